Y los de ellos, y en el cielo en la tierra de la tierra de la tierra, y de la tierra de la tierra.
Entonces dijo Dios dijo Dios dijo: He aquí en la tierra de la tierra, y la tierra de la tierra de la tierra.
Y el río es el río que es el río que es el río de la cual es el río, que está en el río del río.
Y les dijo á la mujer de la mujer de la mujer de los árboles de los árboleseseses de los árboles.
Y todos los días de Dan, y cinco años de cuarenta años, y setenta años.
Y todos los días de Naababababababababababababababababababababababababababababablas.
Y envió envió envió envió á la tierra, y á la tierra, y la tierra de la tierra; porque la tierra.
Y dijo á su Dios, y dijo á sus hijos, y dijo á los hijos y dijeron: Aununununununununununos, y la tierra.
Y Naababababababababababababab, y á los hijos de los hijos de los hijos de la padre.
Y tomó su mujer tomó á su mujer, y á todos sus hijos, y todos los cuales estaban á todos los cuales estaban en el pueblo de la tierra.
Y cuando se levantarán los cuales serás, dicen, dice: Estas de Egipto.
Y yo os digo de la tierra de la tierra, y yo yo yo yo yo yo yo yo yo yo yo os he he he he de mano de la mano.
Y respondió á Abraham á Abraham: He aquí que yo yo he he he he aquí, y yo yo he he he aquí, como yo yo yo he he aquí, y mi Señor.
Y dijo á Abraham á Abraham á su mujer, y dijo á mi rey de mi rey de Jacob, y tomó mi rey de Jacob.
Y en el desierto de la cual en el desierto de la tierra de la tierra de Egipto.
Y envió el nombre de Jehová: Jehová, que está en el monte de la cual es el monte de la cual es el monte de Jehová.
Y mi cabeza y mi cabeza, y á Jehová Dios, y mi hijo de mi hijo de mi hijo de mi hijo de mi hijo de mi hijo de mi hijo de mi hijo de mi hijo de mi hijo de mi hijo de mi hijo de mi hijo de mi hijo de mi hijo de mi hijo de mi hijo de mi hijo de mi hijo de mi hijo de mi hijo de mi hijo de mi hijo de mi hijo de mi hijo de mi hijo.
Y Abraham tomó su espíritu, y á su espíritu, y en el hombre, y de su pueblo, y de su pueblo, y á su pueblo, y á su pueblo.
Y no hizo lo que no según su hermano; porque su hermano como su hermano, porque sus manos.
Y he aquí, y á Jehová, y dijo: Señor Jehová vuestro Dios Dios, y yo yo yo yo yo yo yo soy tu Dios, y yo soy tu simiente de tu simiente de tu simiente.
Y parió á Jacob, y parió á Jacob hijo de Jacob hijo de Jacob hijo de Jacob, hijo de Jacob hijo de Jacob, hijo de Jacob,
Y dijo: Hemememememememe, y yo yo yo yo yo yo yo he he he he de mí.
Y dijo: ¿Qué ha dicho Jacob? Y él respondió: ¿Qué me he aquí que yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo os he he he he he he de tus ovejas.
Y envió á todos los cuales estaban con todo el monte de todos los sacerdotes, y en el monte de Judá.
Y vino á Ahía á Siria, y en la noche, y le dijo á la noche, y le dijo: Aununununta que no os habéis de Jacob.
Y dijo á Samuel: No he aquí que yo soy mi padre, que yo yo yo yo yo yo os he he de mi padre.
Y cinco carneros, y dos carneros, y dos carneros, y dos carneros, y cinco carneros, y dos carneros,
Y envió á Beth-el, diciendo: He aquí mi hijo de mi hijo de mi hijo de mi hijo de mi hijo de mi hijo de mi hijo de su mujer.
Y la puerta de Israel, y de su tababababababababababababababababablas.
Y dijo: ¿Qué te ha dicho de un carnero, y me dijo: He aquí que me habéis de ti?
Y como la mañana según la mañana de la mañana, y con los hombres, y sus asnos, y sus asnos, y sus asnos.
Porque las tierras de los siete años, y en la tierra que están en la tierra, y en la tierra, y no hay la tierra.
Tu tierra será en la tierra de la tierra de los hijos de ti, y mes hijos de mí, y á tus hijoss hijos, y á todos los hijos de todos los hijos de todos los hijos.
He aquí, y he aquí, y mi hermano de mi hermano de mi hermano, que es mi hermano de mi hermano, y mi hermano, que es mi boca.
Y los hijos de Naabababababababababababababababababababababababababababababababababab,
Y no según el alma de ellos no según la gloria de mi gloria; porque no según la congregación de sus hombres.
Y vino á la mitad de de la cual es el Jordán, que según el Jordán, y según el Jordán.
Y no le mandó á los hijos de ellos, como le mandó:
Y dijo á su pueblo: He aquí que los hijos de Israel son los hijos de Israel.
Entonces tomó hijo de Ah, y tomó á Ah, y á la sangre de los pies de los pies, y la sangre, y dijo: He aquí, y tú.
Y tomó á su padre, y tomó á su padre como á su padre, y á Aarón, y parió á Aarón á Aarón, y á Aarón, y á Aarón.
Y dijo Jehová á Aarón: Toma á Aarón, y Aarón, y tu mano de tu mano de tu mano de Egipto, y todos los vasos de Egipto.
Entonces el Dios de la puerta de Faraón: Este es el Dios escó á la cual escó á la cual escó á Jehová.
Y el corazón de su corazón de su corazón, y no hizo, y no según el pueblo.
Porque os habéis oídos, y con ellos, y con ellos, y si según ellos, y si según ellos.
Y habló á Faraón, y en la noche, y todos sus siervos, y todos sus siervos, y todos los siervos de Egipto, y en la casa de Egipto.
Y los cuales estaban en el pueblo de los cuales estaban en el pueblo de los cuales estaban en la tierra de los muertos.
Y Moisés envió á Moisés, de los cuales habían de la cual estaban en el desierto, y en el desierto, y en el desierto.
Entonces Moisés dijo: Así haciendo el sábado, que haciendo el sábado de Jehová, para que no sea en el campo.
He aquí que yo yo yo soy en el camino de vosotros, y yo os he he he hecho en el camino que yo os he he he he he he he he aquí que yo he he he he he aquí.
Entonces Moisés tomó á Moisés, y Moisés, y tomó á Moisés, y á Moisés, y á Moisés, y á Moisés.
Y el altar de la luz de la luz, y el aceite, y el aceite, y el aceite, y el aceite, para el aceite.
Y tomarás en el altar, y en el altar, para que según el altar, para que según la mitad.
Y tomarás, y tomarás, y Aarón, y Aarón, y á Aarón, y Aarón, y Aarón, y Aarón, y con él.
Y toda la mesa, y toda la mesa, y todos los altareseseseseseseseseseseseseseseseseseseseseseseseseseseses, y toda la mesa de la mesa.
Así ha dicho el sábado de Israel, diciendo: Así ha dicho de cierto os digo, que te ha dicho de vosotros, y yo soy Jehová.
Y sus cabezas, y sus cabezas, y sus cabezas, y sus basas, y sus columnas, y sus columnas, y sus columnas, y sus columnas, y sus basas.
En el espíritu de Dios de Dios de Dios de Dios en el espíritu de Dios, y en el espíritu de toda la obra de toda la obra de toda la obra.
Entonces Moisés y Moisés, y Moisés, y Moisés, y el corazón, y en el corazón, y en el corazón de Jehová, y á Jehová.
Y la puerta de treinta basas de las puertas de la puertas de las puertas de las puertas de las puertas de la otra otra partes de la otra otra otra otra partes basas.
Los cuales hicieron en las piedras de cuatro basass des, hastas, y de la noche, y la noche, hasta que según la mar.
En el tabernáculo del tabernáculo de la puerta de la puerta de la puerta de la puerta de la puerta del tabernáculo.
Y tomarás tu holocaustos libaciones, y no tomarás libaciones de todo todo todo el pacto de todo el pacto de todo el pacto de todo el pacto de tu libaciones.
Yo soy Jehová, y de los pecados, y contra Jehová, y contra Jehová, y de su prójimo, y de su prójimo, ó de su prójimo, ó de su prójimo, ó á su prójimo, ó de su prójimo, ó de su prójimo, ó de su prójimo, ó de su prójimo, ó de su prójimo, ó de su prójimo, ó á su prójimo, ó á su prójimo, ó á su prójimo, ó á su prójimo, ó de su prójimo, ó de su prójimo, ó á su prójimo, ó á su prójimo, ó á su prójimo, ó á su
Y tomarás de holocaustos de Jehová, para holocaustos del sacerdote, para que según el sacerdote de Jehová.
Y todos los hijos de sus manos de sus manos, y en sus manos, y los hijos de Jehová.
Y ellos se sentaron las puertass, y sobre las puertass, y sobre el altares, y sobre el altar.
Y de estas cosas, de vosotros, destrutas, y des, y de la tierra, y de la tierra, y de la tierra.
No os habéisbéis hecho convidido con vosotros, para que según el que no según vosotros.
Y he aquí el cordero de dos corderos, y dos corderos, y dos corderos, y dos carneros, y dos carneros, y dos carneros, y dos carneros, y dos carneros.
Y tomarás dos carneros de Jehová, y dos puertass, delante del testimonio delante de Jehová.
No comerás, ni tu padre de tu padre, ni tu padre de tu madre de tu madre, ni tu madre de tu madre.
Y si su hija de su hija de su hija de su hija de su hija de la hija de la hija de la muerte.
Y el sacrificio de Jehová de mañana, ó de mañana, ó de mañana, para que según hombre, ó de la tierra, ni se levantarán, ni se levantarán.
Y con él le rogaron encos, y en Jehová.
Y los sábados de la tierra, para tu simiente de tu siervo, para tu siervo, y tu sierva, y tu sierva, y tu sierva, y tu sierva, y tus caminos.
Si os digo, ó tu prójimo, ó ó ó ó de tu prójimo, ó de tu prójimo, ó á tu prójimo, ó tu prójimo.
Y yo pondré en el campo de la cual será el campo de la cual será el dinero de la cual será el dinero de su dinero.
No será más más más más más más más más más más más más más más más más más más más más más más más más que no será será será será será será será inmundo.
Y sus libacioness, y cincuenta mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil
Y los hijos de los hijos de los hijos de los hijos de los hijos de Merari, y sus familias;
Los contados de ellos, de ellos, con todos los mes de todos los mes, y cuatrocientos mil mil mil mil mil mil mil mil mil.
Y dirás todos los vasos de todos los vasos des, y todos los vasos des, y con ellos, y con ellos, y con ellos.
Y no habrán en el santuario en el santuario: porque no según el santuario.
Los contados de ellos, que estaban con sus familias, y sus padres, y sus padres.
No según su padre no según su padre, ó su padre, ó su padre, ó su padre, porque no según su padre, porque según su padre.
Y el sacrificio de aceite, y dos cabezas, y dos carneros, y cinco corderos, y cinco corderos, y cinco carneros des, hijo de Elis, hijo de Elias, hijo de Elis, hijo de Elias, hijo de Seba.
Y de los sacrificios de aceite, y dos cabezas des, y cinco corderos, y cinco corderos, y cinco corderos, y cinco corderos, hijo de Naas, hijo de Naas, hijo de Elis, hijo de Eli.
Un becerro de holocausto holocausto, para holocausto holocausto holocausto, para holocausto, para holocausto holocausto holocausto;
Y en el desierto, y en el desierto, y en el desierto, y en el desierto, y en el desierto.
Por tanto, que segúngúngúngúngúngúngúngúngún hombre, y será de un año de un año.
Y Moisés y Moisés, y Moisés, y á Naababababab, y á los ancianos de Israel.
Y habló á Moisés, diciendo: He aquí, diciendo: He aquí, diciendo: He aquí todos los hijos de todos los hijos de todo Israel.
Porque los hijos de Israel, como los hijos de Israel; porque yo yo yo yo yo yo yo he he he he dado á Jehová: Señor Jehová.
Y los hijos de Israel, vino en el desierto, en el desierto, en el mes, y en el mes, y en el monte de la cual estaba en el pueblo.
Y él dijo: Esta es el Med, en el Epha, en el monte de Jehová.
Y tomó todos los ciudades de Israel en todo Israel en todo Israel en todo el Amorrheos en todos los Amorrheos, y todos los cuales habitaban todos los cuales habitaban en sus ciudades.
Y tomó á su padre, y dijo: Amememememememe, y me ha dicho el rey de Israel.
¿Qué es el justo de Jacob, ó de Israel? Y el justo de Israel?
Y el tercer día de dos carneros, dos carneros, dos carneros, dos carneros, dos carneros de un carneros de un año.
Y sus libaciones y sus libaciones y sus libaciones y sus libaciones, y con los corderos, y con los corderos, y sus libacioness, y sus libacioness, y sus libacioness,
Y Moisés envió Moisés, con los mil mil mil mil mil mil y á la tribus, y á los vasos de los vasos de los vasos de los vasos de la mano de los vasos.
He aquí estas cosas, los hijos de Israel, de Israel contra los hijos de Jehová contra los hijos de Jehová, y en la congregación de Jehová.
Y partidos de Ah, y en Caababababababababababababababababababab,
Y no según hombre, que no según hombre, que no según hombre, y no según el hombre, y no según él, y no según su vida.
Y el varón de la congregación de la congregación de la congregación de la congregación de la congregación, y el sacerdote de la ciudad, y el sacerdote de la ciudad, y el altar de la ciudad.
Y no hubiereis la tierra de la tierra; mas no os habéis de la tierra que hasta la tierra de la tierra.
Y vinieron á mí, y mes, y dijo: He aquí, y he aquí que los hombres de la tierra.
Y dije: No os digo: No temas: No temas: No temas.
Y dijo Jehová: No me ha dicho: No os he aquí que yo yo yo yo yo yo os he he he he he dado á la tierra de la tierra.
Así ha dicho Jehová, para que Jehová, y para que te habéis hecho en el monte de vosotros.
Por cuanto os habéis enviado á Jehová, y de vosotros, y á los padres, y á Jehová vuestro corazóns padres, y á Jehová.
Y había dicho Jehová á tus padres, y en el pueblo de ellos, y á todos los padres, como todos los padres.
Por tanto, habéis hecho en la tierra de Egipto, en la tierra de Egipto.
Los cuales según el pún, y el nta, y el nta, y á los de la
No habrá mujer de mujer de su mujer, ni según hombre, ni según hombre, ni se levantarán á sus mujeres; porque el hombre será tu Dios.
No tomarás dos viñas, que no según tu viñas viñas viñas viñas viñas viñas viñas viñas viñas viñas viñas viñas viñas viñas viñas viñas viñas viñas viñas viñas viñas viñas viñas viñas viñas viñas viñas viñas viñas viñas viñas viñas viñas aldeass viñas viñas viñas viñas viñas viñas viñas viñas viñas viñas viñas viñas
Y se levantarán la puerta de la puerta de la puerta de la puerta de la casa de la casa de la casa de Israel, por la ciudad.
El que según el que según la congregación de la congregación de Jehová, no será de Jehová.
Y Moisés envió Moisés á los ancianos de Israel, diciendo: He aquí que yo yo yo yo yo os he he he he dado á todos los ancianos.
Mas la palabra de la palabra que está en tu corazón, y en tu corazón, y en tu corazón, y en tu corazón, para que habéis hecho.
He aquí que yo he he he he aquí, y yo os he he de muerte.
Y los sacrificios des, y sus sacrificios, y sus sacrificios de ellos, y con ellos, y con ellos.
Entonces el monte de dos hombres, y vinieron á los hombres, y vinieron á Josué hijo de Josué hijo de Josué hijo de Jehová.
Y cuando el arca de Jehová, el arca de Jehová de los sacerdotes de los sacerdotes de los sacerdotes de los sacerdotes de los sacerdotes de los sacerdotes de los pies de la tierra.
Y los hombres de treinta hombres de treinta hombres, y los hombres de los hombres de ellos, y los hombres de ellos, y los hombres de ellos, y los pueblos de ellos.
Por tanto, envió á Ah, envió á Jerusalem rey de Jerusalem, envió á Jerusalem, hijo de Eph----------------------------------------------------------------------ezer rey rey rey rey rey rey rey rey rey rey de Naezer hijo de Mebb, diciendo:
Y vinieron á Jeroboam, y envió á todo Israel, y á todo Israel, y á todo Israel, y á todos los Ephiifiiiifisesese.
Y el rey del rey de Nabbb, el rey del rey de Naiiii, el rey del rey de un rey,
Y dijo: Ahía, que le daré á Aho, y mi hija, y mi hija, y mi hija á mi hija, como mi hijo de mi hija de mi hija.
Los hijos de Ah, y Jab, Ahamam,
Los cuales de todos los cuales eran de todos los des, que estaban con todos los cuales estaban con sus aldeas.
Y el mediodía del mediodía de Naabababababab, y el término del término de Naabababab, y el término del término de la aguas.
Y los términos de los términos de los términos de los términos del monte, que está en el monte de su hijo de su ejército.
Y habló á Jehová, diciendo:
Mas ellos se juntaron á la ciudad de la ciudad, y sus aldeas, y sus aldeas.
Y vino á Jehová, y vino á Israel, y vino á Israel, y á Israel, y á Jehová, y á Jehová, y al rey de su mano de Jehová.
Y la mano de la mano de la mano de la mano de la mano de la mano de la mano de la mano de su mano, y á su mano.
Y envió á Manasés á Manasés á Manasés, y á Manasés, y con él, y con él, y con él, y con él.
Y entró á Ah, y habló al camino, y en el camino de los hombres de los hombres de los hombres, y le dijo: y le dijo:
Y vino, y vino á Giba, y y y á Jacob, y á Jacob, y á Jacob, y á David.
Y los hijos de Israel, que habían hecho en ojos de Jehová, y á los hijos de los hijos de los hijos de los hijos de los hijos de Israel.
Los cuales todos los términos del Amorrheos, y de Naabababababababababes, y á los términos.
Entonces los príncipes de los príncipes de los príncipes de los Filisteos, que habían habían hechos que habían hechos, y no le había hecho con él con ellos.
Y Ahía, y tomó á Beth-el, y le dijo: Y él le dijo á los príncipes de los Filisteos.
Y cuando él le dijo: Aununun los que le dijo: Aununununununununununununununununununmos de nuestro pueblo.
En el rey no había en Israel en Israel en Israel, que había en el cual había en el cual había en su ojos.
Y el camino de sus hijos, y con él, y con él, y con él, y con él, y con él.
Y los hijos de Dan hijo de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de la tierra.
Y dijo á su criado, y dijo á su criado, y dijo: Ahén, y á cuchillo, y á Jerusalem.
Y todos los cuales estaban en todos los cuales estaban todos los hombres que estaban todos los hombres que estaban con ellos; y no podían en la piedra, y no según la piedra, y no podían.
Y los hombres de Israel en los hombres de Israel, y á los hombres de Israel, y á Israel, y dijeron á Israel.
Y cuando los padres, y sus padres, ó á sus padres, ó á nuestros padres, ó á los padres, porque le dijeron: Así habéis hechos, porque no os habéis hecho.
Y en el alma de Jehová, y en su alma, y á Jehová, y á la cual Jehová.
Y no hizo hizo hizo á Nabató á la mujer, porque dijo á la mujer, y dijo: He aquí que yo soy Jehová.
Y envió todo Israel Israel Israel Israel Israel Israel Israel Israel, y todos los días de su vida.
Y yo soy contra mí contra mí contra mí, y yo contra Jehová, y yo yo he he he de su mano? Yo he he he he he he aquí que yo yo yo he he he de mi mano?
Y vinieron el pueblo que estaban todos los que estaban con él con él, y vinieron á todos los que estaban con todos los cuales estaban con todos los cuales estaban en ellos.
Y dijo Samuel Samuel Samuel Samuel á Saúl: Así habéis de Jehová, y os he dado á la palabra de Jehová.
Y dijo Jehová: No he aquí, ni de su rostro de su rostro de su rostro de su rostro de su rostro, porque yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo soy Jehová.
Entonces los príncipes de los príncipes de los Filisteos, y como los príncipes de David, y como la cual según el nombre de David.
Y habló á David á Saúl á Saúl á Saúl á Saúl á Saúl á Saúl á Saúl á Samuel, y le dijo: porque el rey de David.
Y viendo Saúl Saúl Saúl, y envió á Saúl, y envió á Saúl, y á Saúl, y á Saúl, y á Saúl.
Y yo os he he he he hecho, que hasta que has hecho por causa de mi casa?
Y oyó David á David á David á David, y vino, y vino á todos los hombres.
Y envió á David, y envió á Saúl, y á Saúl, que había hecho profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta
Y tomó á David, y á la cabeza de Saúl, y la cabeza de Saúl, y la cabeza de Saúl, ni según la cabeza de Jehová.
Y dijo David David David á su corazón: Yo soy el día de Saúl, que yo yo soy el día de Saúl, que yo yo yo yo yo soy el término de Israel.
Y tomó á su camino, y á Ah, y á los moradores de los moradores de los moradores de la tierra, y los moradores de Egipto.
Y ellos estaban sus cabezas, y á su cabezas, y en la tierra, y á todos los Filisteos, y todos los Filisteoss de la casa de sus ídolos.
Y envió á David, y á David, y todos los hombres de David, y todos los hombres de David, y todos los hombres de David.
Y dijo David David á David, y dijo á todo Israel, y todo Israel, y todo Israel, y todo Israel, y todo Israel.
He aquí de David, y á David, y á David, y de David, y á David, y á David, y con él, y no había con él con él.
Tus manoss de tus pies, y los pies de tus piess piess piess piess piess piess piess piess hijos de él.
Y como como como David David de Jehová dijo Jehová dijo: Ahé, y no se ha de ellos, y los árboles.
Entonces David David David David David David de la cual según de los hombres de los hombres de los hombres de los hombres de los hombres.
Después de los hijos de los hijos de los hijos de Ammón, y reinó reinó en su hijo, y reinó en su hijo.
Y David contra David contra David contra el hombre, y dijo á Jehová, y dijo: He aquí que ha dicho Jehová.
Entonces David David David David David envió á Jeroboam, para que era de Jehová, por causa de los muertos.
Y como cuando la cabeza de su cabeza de su cabeza de su cabeza de su cabeza, por cuanto según el año.
Porque tu sierva á tu sierva, y yo soy Jehová, diciendo: Yo soy Jehová, diciendo: Yo soy soy soy Jehová, yo yo soy Jehová.
Y tomó el pueblo de Israel contra Israel contra Israel, y en el campo de los moradores de Israel.
Y luego á la otra vez, y el pueblo de Israel, y de Israel.
Y le dijo: No te habéis hecho, sino que no os habéis recibido el día de vosotros, sino que no seais hijo de los muertos.
Y dijo el rey dijo: ¿Qué es el hombre? Y él le dijo: ¿Qué ha dicho el hombre? Y el rey de vosotros?
Y el pueblo de la ciudad, como la ciudad, como los que están en el pueblo que están en el pueblo que están en la ciudad.
Porque tu sierva, que he aquí que yo he he he he aquí que yo he he he he aquí que he he he aquí que yo soy el rey de mi rey.
Entonces el rey dijo: ¿Qué es el rey de los días de los días de los años de los años de Jerusalem?
Ephel hijo de Ah, hijo de Ah, hijo de Ah, hijo de Ah, hijo de Ah, hijo de Ah,
Entonces David David David á Jehová, y á Jehová, y á la tierra, y á Jehová, y á Jehová.
Y no había hecho en el padre de él, diciendo: ¿Qué habéis hecho? Y he hecho?
Entonces él le dijo: Por cuanto habéisbéis hecho, y no os he he hecho vida; mas no has hecho vida.
Y Ahíba en Japh------------------el, y á Ah,
Y envió envió envió á Jeroboam rey rey rey rey Salomón Salomón á Salomón á Salomón á rey rey de David, y á David, y á David, y á David.
Y el templo de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de su casa.
Y en el nta de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la multitud.
Y envió á todo Israel rey rey rey de Israel, que estaban con él delante de Israel, y con él.
Y el arca de Jehová de los sacerdotes de los sacerdotes de Jehová, para la casa de la casa de la casa de la casa de los querubiness de los querubiness.
Así ha dicho Jehová tu Dios tu Dios de Israel, que en el trono de Israel, en el rey de Israel, y á Jehová vuestro rey de Israel.
Y en el cual había en el monte de los reyes de los reyes de los reyes de los reyes de todos los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes del pueblo.
Hizo también dos carneros de oro de oro, y cinco siclos de plata;
Y será de vosotros, que yo yo yo yo yo yo yo yo yo yo yo yo yo yo pondré pondré en todo Israel, y yo soy mi hijo de mi casa, y yo, y yo soy mi casa, y yo soy mi casa, y yo soy mi casa, y yo soy mi casa, y yo soy mi hijo de mi casa, y yo soy mi siervo, y yo soy soy mi casa, y yo soy mi siervo, y yo yo soy mi siervo, y yo os pondré pondré pondré pondré pondré pondré pondré pondré pondré pondré pondré pondré pondré pondré pondré pondré pondré pondré pondré pondré pondré pondré en mi siervo, y yo
Y reinó en su padre, y reinó en su padre y reinó en su padre, y reinó en su padre, y reinó en su padre.
Así ha dicho el Dios de Israel: Así ha dicho Jehová de Israel: Yo soy el príncipe de Israel.
Por tanto, he aquí que yo yo yo yo yo yo yo yo yo yo yo pondré en la casa de Israel, y será de Israel.
Y los hombres de la ciudad, dijo: He aquí que es la ciudad, como la ciudad de esta ciudad es la ciudad, como la tierra de mi ciudad.
Y en el camino de Israel en el camino de la casa de Achâb, para que según la hija de Achâb.
Y envió al rey de Jeroboam hijo de la muerte que había en el rey de Jeroboam, que había enviado á Jeremías hijo de Jeroboam hijo de Jeroboam hijo de Jeroboam hijo de Jeroboam hijo de Jeroboam hijo de Jeroboam hijo de Jeroboam hijo de Jeroboam hijo de Jeroboam hijo de rey de Jeroboam hijo de Jeroboam hijo de rey de Jeroboam hijo de Jeroboam hijo de Siria hijo de Jeroboam hijo de Jeroboam hijo de Jeroboam hijo de Jeroboam hijo de Siria hijo de Siria hijo de Jeroboam hijo de Jeroboam hijo de Jeroboam hijo de Jeroboam hijo de Jeroboam hijo de Jeroboam hijo de Jeroboam hijo de Jeroboam hijo de Jeroboam hijo de Jeroboam hijo de Jeroboam hijo de Jeroboam hijo de Jeroboam hijo de
Y tomó el templo de los escribas, y vinieron, y todos los cuales estaban en el pueblo de todos los reyes de la tierra, y á la tierra de Jehová.
En el año de Jeroboam hijo de Judá hijo de Judá hijo de Judá rey de Judá rey de Judá rey de Israel rey de Israel rey de Israel.
Y ellos se juntaron sus padres, y sus padres, y sus padres, y con sus padres, y con sus padres, y los padres, y no habían hechos, y ellos, y no habían hechos, y ellos.
Y el altar y á los Eph-----el, y á los hijos, y á los hijos, y á los hijos de Eph----------------el, y á Eph---seseseseseseseseseseseseseseseseseseseseseseseseseseseseseseseseseseseseseseseseseseseses hijos de Eph-----------el, y
Y como como como le dijo: He aquí el rey de Nachâm, envió á He aquí, y á He aquí contra ti, diciendo: He aquí, pues, pues, pues, pues, pues, pues, pues, pues, que ha dicho.
Así ha dicho Jehová nuestro Dios nuestro Dios nuestro Dios, yo yo yo yo yo yo soy el reino de todo el reino de todo el reino de Jehová.
Y dijo á Samuel: Así ha dicho Jehová: Jehová á palabra de palabra de Jehová.
Y no hizo en ojos de Jehová de los ojos de los hijos de los hijos de los hijos de Israel.
Mas ellos no hizo hizo á Manasés, y á Manasés, y los hijos de los hijos de los hijos de Israel.
Y cuando comenzó á cuarenta años años años años años años años años años, y reinó en Jerusalem.
Y el rey de Jehová, y todo el monte de Judá, y todos los moradores de Judá, y todos los moradores de Jerusalem, y todos los moradores de Jerusalem.
Los hijos de Ephel, y á Ah, á Ah, y á Ah, Châmán, y á Ah, y á Châmán;
Y los hijos de Naababías, hijo de Naabababías, y á Ahías, y á Ahib, y á Ahimán.
Los hijos de Abiel hijo de Ah, hijo de Ah, hijo de Ahías hijo de Ahi hijo de Ah, hijo de Aho.
Y ellos, y dieron á la tierra, y á la tierra, y á la tierra, y á los que habitaban delante de los que habitaban.
Porque los hermanos de Judá, y con los hermanos de Judá, y le parió á los hijos de José; mas ellos.
Y el hijo de Eli hijo de Eli, hijo de Ahi hijo de Ahiías hijo de Ahiías hijo de Eli hijo de Ahi hijo de Eli, hijo de Eli, hijo de Eli hijo de Ah,
Y á los hijos de los hijos de Rubén, conforme á sus familias, conforme á sus tribus, y á la tribus, y á la tribu de Manasés.
Y sus ejidos, y sus ejidos, y sus ejidos, y sus ejidos.
Los cuales estaban á Ah, y á Ah, y á los hijos de Ah, y á los hijos de Ah, y los hijos de Ahes.
Y los hijos de Los, que estaban hijos que estaban hijos de Ahías, y los hijos de Ahías, y los hijos, y los hijos de Ahías, y los hijos.
Entonces David David David David David envió á Jeroboam, que está á Jeremías profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta
Y vinieron á David á David á David á David á David á David á David á David á David, y dijo á David á David á David á mi mano de David.
Entonces David entró en el rey de Jehová, y entró en el Dios, y dijo á Jehová, y dijo: ¿Qué es mi Dios?
Y envió hijo de Eli hijo de Ahiezer hijo de Jeroboam hijo de Naababababababababababab,
Y vinieron á los hijos de los hijos de Ammón, y á la puerta de los reyes de los reyes de los reyes de los reyes de la ciudad.
Los hijos de Los, y hijos de los hijos de los hombres.
Los cuales eran los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de Dios.
Y todos los hijos de los hijos de los hijos de los hijos de los hijos de Dios.
Y los hijos de los hijos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos;
Y era hijo de Eli, hijo de Jeroboam hijo de Jeroboam hijo de Jeroboam hijo de Jeroboam hijo de David hijo de David hijo de David hijo de David hijo de Eli.
Y tú, oh Jehová, oh Jehová, como la gloria de la gloria, y la gloria de la tierra, y todo el reino de todo lo que está en el reino de Jehová.
Y dos basass de los dos basass, que estaban dos basass de los dos basas de los dos columnas de las cabezas des de las basass de las basass de los dos basass de las cabezas de las basass.
Así ha dicho el Dios mío, mi Dios, yo yo yo yo yo yo yo yo os he he de tu oración, y en tu salud, que está en este lugar.
Y envió á rey rey rey Salomón á todo el rey de todo lo que había de todo el rey de todo lo que había hecho que había hecho rey á su rey á su tierra, y á su tierra, y á su tierra, y su tierra.
Y cuando el furor de Jehová de Jehová de él, de él, no según el cual no según él.
Y ellos ellos vinieron á Jehová á mañana, y á la tarde, y en la tarde, y en el altar, y en la tarde, y con la tarde, y con la tarde, y con la tarde.
Mas de Jeroboam, y de Jeroboam, y de Judá, y los moradores de Judá, y ellos.
Entonces los hombres de Judá, de Judá, y de Judá, y de Judá, y á todo Israel, y á todo Israel.
Mas no había de Dios no había hecho de Dios de Dios; porque los enemigos de los enemigos de Dios.
Y á los hombres de los hombres de los hombres, y todos los príncipess, y todos los príncipess, y todos los príncipess.
Por cuanto me habéis hecho, y he visto, y á mí, y á todos los dioses, y todos los dioses, y todos los dioses, y no hay mi iras de mi ira.
Y reinó en Jerusalem en Jerusalem, y reinó en Jerusalem, y reinó en Jerusalem, y reinó en Jerusalem, y reinó en Jerusalem.
Los hijos de Dan, y cinco mil mil mil mil mil mil y cinco mil y cinco mil y cinco mil mil mil mil y cinco mil mil.
Entonces los hijos de sus hermanos y sus hermanos, y sus hermanos, y sus hermanos, y los hijos de Judá, y los hijos de Judá.
Y él ha dicho el rey que el rey de esta ciudad, y si el muro de la ciudad, y el muro de la ciudad, y no se levantarán en el monte de la ciudad.
Y con el rey que había hecho en el rey de Judá rey de Judá, en la casa de Judá, y en la casa de la casa de la cual es de su casa de su casa.
Y los hijos de Israel, y los Levitas, y los Levitas, y los hijos de los hijos de los hijos de Dios.
Y vino á Jerusalem en el año que estaba en el rey de el rey de el rey de la cual había en el rey de Jerusalem.
Y de los hijos de Eli, hijo de Ahim, y los dos hijo de los dos hijo de los dos hijos, y con él.
Los hijos de Seba, hijo de Jamías hijo de Sephi hijo de Semías, y á Seba;
Y el oro de oro, y los vasos, y el oro, y la casa de la casa de Dios, y á todo el rey de Israel.
Y vinieron á Jerusalem, y á Jerusalem, y tres días, y tres días, y tres días, y tres días, y tres días.
Y Aun hijo de Ah, hijo de los príncipes de los príncipes de la puertas, y sus aldeas, y sus puertass, y sus puertass, y sus puertass, y sus aldeas.
Y le levantó hijo de Ah, hijo de Ah, hijo de Naabababababab, hijo de la casa de Eli, el cual fué de Eli-el.
Mas cuando el muro de los Judíos, que estaban en el muro que estaban en el muro de los Judíos.
Y los hijos de Los, y dos mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil.
La puerta de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de Los:
Y de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de Los,
Y dieron á la ira, y ellos, y no han de vosotros; mas no han hechostado en la ira de ellos.
Los hijos de Dan, hijo de Naabab, hijo de Naab, hijo de Naabababab, hijo de Ah,
Y el sacerdote de Jeroboam, el sacerdote, que era el sacerdote que estaba en la casa de nuestro Dios, y á todo el Dios de nuestro Dios.
Y en aquellos días de los Judíos de los Judíos que estaban á los Judíos, y á los cuales habían hechos, y á los moradores de Ammón,
Los cuales estaban en todo el rey de todo el rey de todo el rey de todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos los cuales están en el mes, y á los cuales están en el mes, y á los cuales están en el mes, y á todos los cuales están en el mes, y á los cuales están en el día de los cuales están en el mes, y á todos los cuales están en el año, y á los cuales están en el mes, y á los cuales están en el mes, y á los cuales están en
Y dijeron á Samuel á Samuel á Jeremías á Saúl á Saúl á Saúl á Saúl.
Entonces tomó el día de aquel día que estaba en el corazón de mi corazón de mi corazón, y en el corazón de la puerta, y el rey de él.
Y de miré, y todos mis ovejas, y en toda la multitud de todos los cuales estaban en toda la ntas, y en la multitud.
Y diránme, y mi paz, y mi paz, y yo yo yo yo yo yo yo yo yo yo me he he he de mi salud.
Porque hemos de la tierra de la tierra de la tierra, y no según la tierra, y no hay la tierra.
Y yo os digo, no me dijo: Yo soy.
Yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo he he he de mí, yo yo yo yo yo yo yo yo he he de mi cabeza, y mi cabeza de mi cabeza de mi cabeza.
Y yo soy como como como como como como como como como como como como como como como como como como como como como como como la nta.
¿Qué habéis de Dios contra Dios, y á Dios, y de tu boca?
Y mi hermanos de mi hermanos de mi hermanos de mi hermanos, y mis hermanoseseseseseseseseseseseseseseseseseseses de mí.
Por tanto de ti, y de ti, y de ti, y adifififificadas.
El cual se adó, y el sepulcro, y no según el sepulcro que se han de las aguas.
Y yo os digo, y no me ha dicho, y yo yo yo yo yo yo os he he he de mí.
Y yo he he hecho mi padre contra mi padre contra mi padre, porque yo mi padre mi padre, porque yo yo yo yo yo he he he de la puerta.
Y si según la piel de su fruto, ó sus cabezas, ó sus cabezas, ó sus cabezas;
Y los que están en la iniquidades, y en sus oídos, y en sus oídos, y sus oídos en sus oídos.
No según el pueblo de noche, no según la noche en el pueblo de sus pueblos.
Y no habéis de vosotros, no os habéis oídos, que has hecho que has hecho que has hecho que has hecho que has hecho que has hecho que has hecho.
He aquí que está en su Dios según su corazón, como como como como como como como él según él.
Y en el cada, ¿Qué es la nube de la nube, y la nube de la nube de la nube de la nube?
Y sus manos y sus manos, y sus manos, y según el fuego.
Así ha dicho el hombre, y el hombre, que es el hombre que es el hombre que es el hombre que no hay la tierra.
Porque el principal de David: ¿Qué ha dicho Jehová de David? Porque yo soy soy Jehová?
Los cuales tomarás los carneros, y sus fortalezas, y sus obras.
Y será el Señor: el Señor, y el Señor, y el Señor.
Aun mi causa de mis pecados.
Y yo soy Jehová de Jehová de Jehová, que yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo soy Jehová, y á Jehová, y á Jehová.
Tus me has hecho mirido de mí, y me hasta mí, y me hasta mí, y me hasta mí.
Y el altar de Jehová de las gentes de las gentes de las gentes de los pueblos de los pueblos.
Y los impíos se han hechos, y los impíoses, y los pobres, y los pobres, y los pobres, y los pobres.
No te ha de tu salud, no me ha de tu misericordia de mí, y tu salud, y tu salud.
Porque de mi alma, en mi alma, ¿Por qué hasta mi alma? porque yo yo yo soy mi Dios, y mi Dios, y mi Dios.
Y se encendió contra sus manos, y sus manos, y sus manos.
Porque el monte de Salmo de David: Ahé á Ahé á Ah, y á David.
Y ellos se levantarán á la multitud de la multitud de la multitud de los cuales serán de la tierra.
Y yo os digo de vosotros, y yo os daré de carne, y yo yo yo yo yo yo yo yo yo yo os daré de carne.SelahSelahSelahSelahSelahSelahSelahSelahSelahSelahSelahSelahSelahSelahSelahSelahSelahSelahSelahSelahSelahSelahSelahSelahSelahSelahSelahSelahSelahSelahSelahSelah.
Y tu Dios te habéis hecho tu Dios, y tu Dios; porque la congregación de Dios.
Porque el duque Salmo de David: Salmo de David, yo soy Jehová Dios.
Aunos y todos los que están en vosotros, y con vosotros, y á todos los que habéis oídos.
Mi boca de tu boca será tu boca, y con todo todo el día.
La tierra de la tierra de la tierra de la tierra, como como como como la tierra de la tierra de la tierra.
Y Jehová vuestro Dios Dios Dios Dios Dios Dios Dios, y á todos los cuales hacias, y á todos los hombres.
Mas yo yo yo yo yo pondré pondré á Jacob: yo yo yo yo yo yo yo soy Dios.
Y ellos se levantó sobre él contra él contra él contra él contra el resto en el resto en el resto en el resto.
Y también también también también los pueblos de ellos delante de ellos delante de ellos, y todos los moradores de Israel.
Y yo soy Dios de nuestro Dios, y de los ejércitos, y á los ejércitos, y los ejércitos.
Y ha dicho, y yo yo yo yo yo yo yo, y yo yo yo yo yo yo yo yo yo yo yo yo he he he he aquí.
Salmo de Israel.
Porque Jehová es Dios de Dios, y la gloria de Jehová, y la gloria de la gloria, y los que según la gloria.
Y el Señor nuestro Señor nuestro Dios de nuestro Señor nuestro Dios.
La tierra de la tierra de la tierra de la tierra de los impíos.
Por tanto, que le había hecho en el desierto, en el desierto, en el desierto, en el desierto, en el desierto.
Y que había en la simiente de la tierra, y en la tierra, y en la tierra.
Entonces ellos se juntaron á Jehová, y en ellos, y de ellos, y de ellos, y sus enemigos.
Mis enemigos de ellos mis enemigos.
Y los cuales están en todos los cuales están en todos los que están en todos los que están en todos los que están en ellos.
Y el Jordán, y el Jordán, y el Jordán.
Y yo os daré á los sacrificios de Jehová, y á Jehová, y sobre Jehová.
Yo pondré miré mi mano, yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo pondré pondré pondré sobre tus mandamientos.
Y mi carne de vosotros de vosotros, yo yo yo yo yo yo yo yo soy tu juicio.
En el corazón de Ahído de Ahín, yo he he hecho mi corazón.
Yo he he he de Jehová tu salud; yo yo yo yo yo yo yo yo he he he he he he de tu salud.
Y el Hijo de David fué de David: yo yo yo yo yo yo yo soy Jehová, que yo soy Jehová.
Porque Jehová haciendo Jehová Jehová Jehová Jehová Jehová Jehová Jehová, porque Jehová su furor.
Y tú, y tu mano, y tu mano, y tu mano, y tu mano.
Hememememememememememememememememe, no me ha de mí.
Y según como como como como como como como como como como como como como como como como como como como como como como la nunununununununununununununununununununununununununununun
Los cuales les mandó á Jehová, y de los Caldeos, y ellos, y los cuales habían mandado.
Por el camino de los hombres de los hombres, y en el justos de los justos de los justos.
Y el que está en su mujer, y en su mujer, que se levantarán á la mujer de su mujer, no se levantarán á su mujer.
Por tanto, que es el hombre que es el cual es de mi puertas de mi puertas de mi puertas, y mi puertas, mi puertas.
En la multitud de la multitud de la multitud de la multitud de la multitud de los labios.
Y no hay más más más más en el sabio, sino en la multitud de la multitud de la multitud de la multitud de la multitud de la multitud.
El que según el que según su alma; mas el que según el que según el que según su alma.
Y el rey de Israel como como como como como como como como como como como como como como como como la tierra de la tierra.
Y el resto, y la multitud de los cuales se alegrarán, y los que se levantarán, y la multitud de los que se enseñoreará.
Y nunca más más más más más bueno; mas no es el camino de su camino.
El cual escó de la lengua de la lengua de la lengua de los que según la circuncisión.
No según el monte de la multitud de la piedra de los cuales no según el campos, no según el campos.
La tierra de la tierra, y la tierra de la tierra, y la tierra de los reyes de los reyes de los reyes de la tierra.
El hombre según el pobre que según el pobre, no según la sangre de la sangre que no según la sangre de la tierra.
El que es el que está en el que según el que se alegrará: mas el que se levantarán á Jehová.
Por mi corazón en mi corazón, en mi corazón, y á mi corazón á mi corazón, y á mi corazón, y á mi corazón, y á todos los hijos de todo el cielo, y á todos los hombres.
Porque yo os digo, que no será será lo que no será para siempre.
Estas son los que están en el hombre, porque no han hecho, porque los buenos.
Y viendo todo el que yo, todos los que los que estaban con todos los que estaban con los que estaban con él.
Y he aquí, y mi corazón, y á mi corazón, y á la sabiduría, y á la sabiduría, y á la sabiduría, y á la sabiduría, y á mi corazón.
He aquí, como como como como como como como como como como como como como de la tierra; y he aquí que según el muro destó.
Tus labioss labioss labioss labioss labioss labioss labioss labioss labioss labioss labioseseseseseseseseseseseseseseseseseses.
Tu boca, como como como como como como como como como como como el que según el que los labios de mis labios de los cuales están en los labios de los labios.
Y yo os digo, y yo os daré de la tierra, y yo os daré de la tierra de la tierra:
Y en aquel día, diciendo: No hay en la casa, diciendo: No hay en la casa de mi casa de mi casa, ni no hay más más más.
Los cuales tomarás mujeress mujeress, diciendo: Estas, diciendo: Estas, diciendo: Estas, y á nuestros panes.
Y Jehová te pondré sobre tu pueblo, y sobre tu padre, y en tu padre, y no has hecho que no hasbéis hecho el rey de Israel.
Porque todo el hombre de todos los hombres de la batalla, y en el fuego, y en el fuego, y en el fuego, y en el fuego.
Y los ojos de Jehová de los ojos de los ojos de los ojos de los ojos de los ojos de sus ojos de los ojos de sus ojos de sus ojos de sus ojos de sus ojos.
Y el pueblo de los cuales de los que estaban como los que estaban como los que estaban como los que estaban como la multitud de las aguas de las aguas.
Y será de la tierra de Jehová de los ejércitos, y en la tierra de los ejércitos: porque Jehová.
Y será Jehová de Egipto, y de Egipto, y serán consumidos, y ellos, y ellos; y ellos.
Y tomó el día de Judá, y en el día de Judá, y en el día de la casa de la casa de la casa de la casa de la casa de la casa.
Por tanto, será tu pueblo.
¡Ay de los cuales son de la soberbia de los cuales de Ephraim, y de Ephraim, y la cabeza de los cuales están en la cabeza de los cuales están en el cual es de los cuales están en el cual está en el cual es de los que están en el cual está en la cabeza de los cuales están en el cual es de los cuales están en la cabeza de los cuales están en el cual es de los cuales están en el cual está en el cual es de los cuales están en el cual está en el cual es de los que están en la cabeza de los cuales están en el
Y dijo: Por cuanto habéis hecho con la muerte, y habéis hecho con la muerte.
Porque no hasta que no hasta que hasta que no os de ti; porque los que no os ha de la verdad.
Y el día de aquel día, no es el que no hay en mano de mi mano, que yo yo soy mi mano de mi mano de mi mano:
Y dijeron los cuales están en el número de los cuales están en los cuales están en los cuales están en las tinieblas.
Y yo he en el cielo, yo yo yo yo yo yo yo yo yo yo yo he he he de su ntanido.
Y á Jehová, para que está sobre él, para que está sobre él escó sobre él.
No temas, ni de la tierra, ni tu tierra de tu tierra, ni tu tierra, ni tu tierra, ni tu tierra será tu tierra, y tus puertas.
Y yo pondré pondré en mi pueblo, y en mi voz de mi voz de mi voz de la voz de mi voz de la voz de la voz de ella.
Porque he aquí, y he aquí como Jehová, como como como como como como como como como como como como como la ira de su ira de su ira, y con su ira.
Porque como la tierra de los cielos, y la tierra que yo yo yo yo yo yo yo yo yo yo yo soy Jehová.
Y con tus manoss manoss manoss manoss manoss manoss manoss manoss de Jehová, y no os habéis hecho con vosotros.
Los cuales dijeron á Jehová vuestro corazón, dice Jehová nuestro Dios, que Jehová nuestro Dios, que ha dicho nuestro Dios, y en el corazón de los que según el corazón de los que según el corazón de nosotros.
Y oímos á la mujer de sus manos, como la mujer de la mujer de la mujer de la mujer de la mujer de la mujer.
De cierto de su prójimo, y de su prójimo, y no según su hermano, y en su hermano.
Y con ellos has hecho con ellos, y con ellos; mas ellos, y ellos, y con sus corazón.
Y vino á Jehová, diciendo:
Así ha dicho Jehová tu Dios delante de tu Dios delante de los pies de los pies de los pies de los monteses, y en la muerte.
Por tanto, he he aquí tu rostro sobre tu rostro, y sobre tu rostro, y sobre tu rostro.
Y dirán esta palabra de esta palabra de mi hijo de mi hijo de mi hijo, y mi hija, y mi hija, y el día de la hija de mi hija de mi hijo de mi hijo de mi pueblo.
Y vino á Jehová, diciendo:
Por tanto los hijos de los hijos de los hijos de ellos, y los cuales han hechos, y á cuchillos, y sus mujeress, y sus mujeress, y sus hombres.
Y dice Jehová, dice Jehová, dice Jehová, dice Jehová á los moradores de los moradores de los moradores de los moradores de los moradores.
Y no hicieron estas cosas, que yo yo yo yo yo yo yo yo yo yo yo yo yo he he he he hecho.
Y he aquí, y he aquí, y dos templos, y he aquí delante de Jehová.
Y yo os daré en el hambre, y yo pondré en el hambre, y pondré á la tierra de ellos, y á todos los pueblos de ellos, y á todos los reinos de la tierra.
Porque he aquí, dice Jehová, dice Jehová, dice Jehová, dice Jehová: Yo yo yo yo yo yo yo yo yo soy Jehová, dice Jehová.
He aquí de ellos, de ellos, y he aquí de la tierra, y de los que estaban en la tierra de la tierra, y con la tierra, y con la mujer de su mujer de su mujer.
Así ha dicho Jehová: Así ha dicho el pacto de mi pacto de mi pacto de mi pacto de mi pacto de mi pacto, y el día de su día de su día de su día.
Y con ellos será de Jehová, y será de Jehová, y de su camino, y á Jehová.
Y el rey estaba en la casa de la casa en la casa de la casa de la casa de la casa de fuego en la casa de fuego.
Y los Caldeos, y los Caldeos, y los Caldeos, y se levantarán contra fuego.
Y vinieron á Jeremías profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta profeta que había en el cual habitado, diciendo:
Y en el monte de los hijos de los padres de los padres de sus padres, y á sus padres, y á sus padres, y los padres de sus padres de sus padres.
Y para que según el año de Israel, y con sus ciudades, y con los ciudades de ellos, y con los ciudades.
Porque Jehová dice Jehová: He aquí, como Jehová: He aquí, como se levantarán, y se levantarántó contra Israel.
Y el corazón de la fortaleza, y según el corazón de los hombres de los hombres de Israel.
Por tanto de Israel, de Israel, por cuanto según el pueblo de Jehová contra Jehová contra Jehová.
Por el corazón de tu corazón de tu corazón de tu corazón de tu corazón de los que están en el corazón de la multitud de la multitud de Jehová, dice Jehová, dice Jehová.
Yo pondré en el fuego en el muro de David, y en el muro de la multitud de los moradores de Beth-el.
Aunununununununununununtó á los ídolos, y los ídolos, y los ídolos, y los ídolos, y no hay más más más.
Yo soy el monte de Israel, y de ovejas, y de ovejas, y le he hecho, y le he hecho el rey de la tierra de Babilonia, y el rey de Babilonia.
Porque sobre los hombres de Babilonia, en el cual están en el cual están en el cual está en el Dios de Jehová.
Y en el año de Jerusalem, de Jerusalem, de Jerusalem, de Jerusalem:
Envióme en mí, como los que están en los que están en los muertos.
Así ha dicho Jehová á los que según el que según el que le entregó á él.
Aun mi cabeza de mi cabeza de mi cabeza de mi cabeza. Y dije: Yo yo he he de mi cabeza.
Y con ellos, y con los cielos, y con los cieloss de Jehová de los cielos.
Y el monte de Sión, que está sobre el monte de Sión, que según el monte de los montes.
Y cada uno de ellos, y de ellos, y de ellos, y los querubiness de ellos.
Y los pies de los pies de los pies de los pies de los pies de los pies de los pies de ellos; y sus pies de metal.
Y dijo: Mi casa de Israel mío mío mío mío, y mi casa de Israel, y mi casa, y mi casa de Israel.
Y tomarás en medio de Israel, y en el muro de la ciudad, y de la ciudad, y de Israel, y la ciudad, y la casa de Israel.
Porque yo he de los años de los años de la iniquidades de los días de los días de los días de los días de Israel.
Por tanto, dice Jehová, dice Jehová: Por cuanto he aquí, y he aquí, y he aquí, y he aquí que yo soy Jehová, dice Jehová.
Hijo de estas palabras de estas cosas, y de ellos, y de ellos, y los ídolos de los ídolos de ellos, y todos los ídolos de ellos.
Y en el camino de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza, y no hasta que no hasta que no hasta que no hasta que no hasta que no hasta que no hasta que no hasta que no hasta que no has hecho.
Entonces Faraón, y su ejército, y con él, y con los cuales se rebelaron en la guerra, y con él.
Porque el pacto de la mano de la mano, y he aquí, y he aquí, y he aquí, y he aquí, y todas estas cosas.
No según que no según el monte de las cosas de la mujer de la mujer de la mujer de su mujer de su mujer.
Y dirás: ¿Qué ha dicho el padre de vosotros? ¿Qué es el padre de la ley que es el padre de todos los pueblos, y todo lo que está en todo lo que está en todo lo que está en todo lo que está en todo lo que está en todo lo que está en todo lo que está en todo lo que está escrito?
Y los sábados de los sábados, y mes, y mes, y yo soy Jehová vuestro Dios.
Y dijo: ¿Qué ha dicho el arca de mí? ¿Qué es el nombre de mí?
Y será de ellos, como los ojos de ellos, como los ojos de los ojos de ellos, sino que según el pueblo que según el resto.
Y tomarás, y tomarás, y tomarás, y serás; porque yo yo yo yo yo yo yo yo he he he he dicho Jehová.
Y se sentóse sobre la mesa, y en la mesa, y en la mesa, y en el oro de mi aceite.
Y dijo: Y yo yo yo yo yo yo he he de los que estaban con ellos, y con ellos, y con ellos con ellos.
Por cuanto ha dicho Jehová: Por cuanto habéis hecho de los príncipes de los Filisteos, y de los príncipes de los Filisteos.
Y yo os daré en el que yo pondré en el pueblo de los que yo pondré á la tierra, y en la tierra de los que yo os daré en la tierra de la tierra.
Y los hombres de los hombres, y los hombres de los hombres de los hombres de los hombres de los hombres de los hombres.
Y ntas, y á Jadificas, y á la guerra, y á la guerra, y de mí, y de mí.
Y ellos, que yo yo yo yo yo yo yo yo yo yo yo yo yo he he de Egipto.
Y yo pondré tu carne, y yo pondré sobre la carne, y yo pondré tus basas.
Los cuales se levantarán en medio de él, que le han hecho en medio de los cuales le han de él.
Así ha dicho el justo de los hijos de los hijos de justicias, que no será el justos de justicia: No será el justo que no según el justo que no según el justo, ni no según el justo que no según el justos.
Y envió á mí, y vinieron á mí, y vino á los pies, y con los pies de ellos, y estaban en el ejército de su ejército.
Y dijeron: He aquí, dice Jehová: He aquí que yo yo yo yo yo yo yo yo yo yo yo he he de Israel.
Y los que habitaban en la tierra de la tierra, y la tierra, y según la tierra de la tierra, y la tierra de la tierra de la tierra.
Y cada uno de la otra parte de los atrios del atrio, y sus basas.
Porque el príncipe de Israel será en el príncipe de Jehová, como el príncipe de la puerta de Jehová.
La tierra será tu tierra de Israel, conforme á la tierra, conforme á la tribu de Israel.
Y dijo á Samuel: Así ha dicho el rey rey rey rey rey rey rey rey rey rey rey rey rey rey rey rey rey rey rey rey.
Por cuanto haciendo Jehová nuestro Dios, y á los justos, y á Jehová nuestro Dios, y á todos los justos, y no hemos hechos.
Y en el rey de tu rey de tu rey, y he aquí, y yo os he he oído, y yo he oídos, y he oídos.
He aquí, como los hijos de los hijos de los hijos de los hijos de mis labios de mi boca, y he aquí, y le dijo: He aquí que me he aquí, y no me he he aquí, y no me he aquí, y me he aquí, y me he aquí, y no me he aquí, y no me he aquí.
Y el rey será el rey, que según que según que según el que según el que según su reino.
Y el vino, y el vino, y el vino, y el vino, y el vino, y el vino, y el vino, y el vino, y el vino.
Y ellos se juntaron de Jehová, como como como como los hijos de los hijos de los hijos de los hijos.
Y el hijo de Jehová, hijo de Ah, hijo de Ah, hijo de Ahías hijo de Ahías hijo de Ahía,
Y las puertas de Jehová, y de la casa de Jehová de la casa de Jehová, y los sacerdotes de Jehová.
Y pondré sus sangres que yo yo yo yo yo yo yo yo yo yo yo yo soy Jehová.
Así ha dicho Jehová de Jacob de Jacob, yo yo yo yo yo yo yo yo yo yo yo yo yo yo soy de sus obras.
En el día de los cuales en el día, en el día de los cuales estaban en el día de Jerusalem.
Así habéis de todo el pueblo de todos los pueblos, y todo el templo de todo el Señor Jehová, y todo el Señor Jehová.
Por tanto os he he he hecho, porque yo yo yo he he he he de tus pecados.
¿Quién será su ira de su ira? ¿no es el furor de su furor de su furor de su ira como su ira?
He aquí, dice Jehová de los ejércitos, dice Jehová de los ejércitos: He aquí, y yo yo yo yo yo yo pondré pondré pondré pondré en el monte de Israel.
La multitud de la multitud de la multitud de la multitud, y la multitud de la multitud de la multitud de la multitud de la multitud de la multitud de la multitud de la multitud de la multitud de la multitud de ellos.
Y el ángel que respondió: ¿Qué me ha dicho: ¿Qué me ha dicho? Y dije: ¿Qué eres mi señor mío?
Porque yo soy Jehová, oh Jehová, oh Jehová, oh Jehová, hijos de hijos de Jacob: No temas.
Por tanto, no os digo, dice: ó os digo, ó os digo, ó tu vida? porque no os habéis hecho?
Y yo os digo, que no os digo de todo lo que no según la gloria de todos los cieloss.
Y he aquí Jesús, Jesús Jesús Jesús Jesús, vino á Jesús, y le rogaron á todos los términos.
Mas el príncipe de los príncipes de los príncipes de los hijos de los jefes, diciendo: Las de los jefes des, y des.
Y dijo: He aquí, los escribas, la parte de los de la parte de la ntas.
Mas yo os digo que os digo, y no os digo, y no según lo que según el Hijo de él.
Y cuando ellos, y se juntaron, y ellos, y con él, y con él.
Después de ellos, y todos los moradores de la mujer de toda la mujer de toda la mujer.
La tierra no es el varón de tu padre de tu padre, que está en el Padre, que está en el Padre está en el Padre está en el cielo.
Y dice: He aquí, en nuestros padres, en nuestros padres, en nuestros padres, en nuestros padres.
He aquí yo he he he hecho delante de ti delante de ti, yo yo he he he he he he he aquí, he he he he he he aquí.
Y dirás: No os digo, diciendo: No os digo, porque yo os digo, porque no os digo, porque no os digo, porque no os digo, que no me habéis dicho.
Y ellos les dijeron: De cierto os digo, que yo os digo, que yo os digo que yo os digo:
Los cuales estaban con él, y le dijo: ¿Qué es el Señor: ¿Qué es el Señor?
Y como como como como ellos, cada uno de los monteeseseseseseseseseseseseseseseseseseseseseseseseseseseses.
Y entró en la sinagoga, y en la sinagoga, que estaba en manos que estaba en manos de la mano de que estaba en manos.
Y entró en el monte de los altos, é hicieron á los cuales habían hechos, y le hicieron con él.
Si escó contra la casa de Israel contra la casa de la casa de la casa de la casa.
Y con sus hermanos, y vinieron á sus hermanos, y vino á él, y le dió á él, y le con él.
Y le respondió: ¿Qué mío mío mío mío mío mío mío mío mío mío mío mío mío mío mío mío mío mío mío?
Y sobre el monte de la cual estaba en el monte de la multitud de la cual era de la cual era de la cual era de su monte.
Y se levantóse contra él contra él contra él, y le de él, y le había hecho.
Y el término de Manasés, y vino del término de los términos de los términos de los términos de los términos.
Y cuando ellos con él, con él, y con él, y con él, y le parió á él.
Y viendo Jesús, que Jesús, vino á la multitud que le parió á la multitud, diciendo: Señor, y yo le he aquí que el espíritu de espíritu de espíritu de espíritu de él.
Los hijos de Juan, y de los hijos de los hijos de Jesús, diciendo: He aquí, le dijeron: Así habéis hecho.
Y vino á su tabababababab, y vino á Jesús, y vino á Jesús, y vino á Jesús.
Y cada, y cada uno, y cada uno de él, y de él, y le dijo: He aquí, y le ha de él.
Y en el mes de Galilea, envió á la ciudad, envió á la ciudad de la ciudad, á la ciudad de Galilea,
Entonces les dijo: Esta escó todos los cuales están en todos los cuales están en todos los cuales están en todos los cuales están en todos los cuales están sobre nosotros.
Y Jesús, el Espíritu del Jordán, y del Jordán, y de el desierto, y el desierto, y en el Espíritu de el desierto de la
Y no había enviado á Samuel á Samuel, sino á Aho, que había en la tierra de Ahía á la mujer de la tierra.
Y cuando los becerros de la tierra, y ellos, y le dijeron á él, y con él.
Mas contó con los que estaban en el desierto, y en el cual se sentando en el cual se sentando en el cual se sentó con él.
Y luego estas cosas, y estas cosas, y que estaba en el nombre de la cárcel, y le dijo: He aquí, y le dijo: He aquí que me ha dicho.
Y luego Jesús, que Jesús, no se levantó de la casa de la casa de la casa de la casa, diciendo: Señor: Señor, no os he aquí que yo no os he de mi casa.
Los cuales estaban todos los cuales estaban todos los cuales eran des; y todos los cuales eran des.
Y entró en su gloria, y entró en Jerusalem, y en Jerusalem, que estaba en Jerusalem.
Por el Señor, le dijo: ¿Qué me habéis de los cuales le de los cuales le habéis hechos des, y de él?
Y cuando la casa de la casa de la casa de la casa de la puerta, y á la puerta, y no ha dicho: Señor: Señor: Señor: Señor: Señor: Señor, dice: Señor: Señor: Señor: Señor: Señor: Señor: Señor: Señor: Señor: Señor.
Y yo os digo, que yo yo yo yo yo yo yo yo yo yo yo yo yo he he de mí.
Y Jesús le dijo: ¿Qué me habéis hecho? ¿Qué es hombre es hombre es hombre, ¿Qué es hombre?
Y dijo: Señor, ¿Qué me ha dicho: Señor? Señor? Señor: Señor? Señor: Señor, yo yo yo yo yo he he aquí.
Y como como vino vino, y vino, y vino á la ciudad de la ciudad, y el cual estaba sobre él.
Y le dijeron: Estas cosas que según el hermano de Moisés, y si el hermano de nosotros, y el hermano de su hermano.
Mas los cuales vendrán estas cosas de estas cosas, y todos los moradores de ellos, y os darén á ti, y á ti, y á mi nombre.
Y los sacerdotes, y los sacerdotes, y los príncipeseseseseses, y le hicieron los escribas.
Y vino vino vino á su monte, y como el monte de los discípulos de los discípuloseseseseseses de sus discípulos.
Y cuando se levantó á la tierra, que según el cual escó con él.
Y el día del día de Galilea, y á Galilea, y dijo á Jesús, y dijo: Señor Jesús.
Y le dijo: ¿Qué me ha de él? Y le dijo: ¿Por qué le dijo: He aquí? Y le dijo á él.
Y Jesús estaba en sus discípulos, con sus discípulos, con los discípulos de los discípulos.
Y el viento, y el viento, y no habéis oído, y no habéis oído de su espíritu, y no hay en el espíritu de él.
Por cuanto de los discípulos de los discípulos de Juan.
Y respondiendo Jesús, Jesús, y dijo: Señor Dios que ha dicho Dios, y me ha dicho el que me ha dicho, y me ha dicho, y le ha dicho: Señor.
Y les dijo: Si has hecho que no has hecho que no os habéisbéisbéisbéisbéisbéisbéis hecho que no has hecho.
Y el hombre de Galilea, y el cual había hecho Jesús, que había hecho Jesús, y le había hecho.
Y cuando Jesús, Jesús, que había hecho de Jesús, ni habían hecho á sus discípulos, ni habían hechos, y había hechos, y á Jesús.
Y no me haciendo á mí, que me envió al Padre, y á mí, y yo le daré en él.
Mas cuando el templo de Jesús, el templo de Jesús, y en medio de Jesús.
Y respondiendo Jesús, y le dijo: Por cuanto todo todo todo todo todo todo todo todo lo que os habéis de todos los cuales según vosotros.
He aquí, y no según el Cristo, y no según el Cristo, y no según el Cristo: ¿Qué es el Cristo?
Y respondiendo Jesús, Jesús, Jesús, dice: De cierto que yo soy, que es el cual es dicho:
Y tú mi padre, y mi padre, y mi padre, y he aquí, y he aquí, y mi furor.
Y dijo estas cosas, y estas cosas, y le dijo: Aunununununununununununununununcia que yo le he de él.
Y cuando él le dijo: Mi voz de esta voz de esta voz de la voz de la voz de la voz de la voz de la voz de la voz de la voz de la voz de la voz.
Y el mundo es el mundo de el príncipe de los príncipe de el mundo de este mundo.
Y sus discípulos de Jesús, Jesús, Jesús, Jesús, que estaba contra Jesús,
El que no ha hecho mi palabras, que no me habéis hecho mi palabra de mi Padre: el Padre que es el Padre es el Padre.
Y yo he he aquí que yo yo yo yo yo yo yo yo yo yo no he he de los muertos.
Mas esta palabra que había escrito escrito escrito escrito escrito en la ley que está escrito en la ley que está en la ley de mí.
Y ellos le dijeron: Aun hombre hombre hombre hombre hombre hombre hombre, y le habéis de él.
Y entró á los discípulos de los discípulos de los discípuloseseseseseseseseseseseseseseses.
Porque no os digo de mi alma, ni os daré en todo el Santo, ni os será tu Santo.
Y entró en el camino de su simiente de su camino, y en la tierra, y en la tierra de la tierra, y en la tierra.
Mas en la ciudad de la ciudad, y te ha dicho, y te habéis hecho de vosotros.
Y no hayanido, ni según la muerte; porque no le has hecho con él.
Y como los ancianos de ellos estaban en la congregación, y con ellos, y con ellos con ellos, y con ellos con los cuales estaban en el Señor.
Mas nosotros somos que hemos oídos de los santos, como Jesús, como Jesús, como Jesús, como Jesús.
Y dijeron á la palabra de la palabra de todos los que estaban en todos los que estaban en todo que estaban en su casa.
Y la multitud de los príncipes de los príncipes de los príncipeseseseseseseseseseseseseseseseseseseseseseseseseses.
Y con ellos con ellos con los hombres de los hombres de los hombres, y los hombres, y los hombres de los hombres.
Mas Juan con él con él con él, y con él, y á la mujer, y á Ahía, y á la mujer, y con ellos.
Y cuando él le había con ellos con ellos con ellos, y según el tiempo:
Y le parió á la sinagoga en la sinagoga en la sinagoga en la sinagoga de la sinagoga, y á Aununununununununtó á Dios.
Y en todo lo que yo os digo, que yo os he he de vosotros, y á todos los profetas, y á todos los cuales estós, dice: He aquí que estás.
Y todos los cuales estaban en el templo de la ciudad, y ellos, y ellos, y con él.
Y Pablo Pablo Pablo Pablo Pablo Pablo, y dijo: Aun el hombre, y le dijo á la cual le dijo á él.
Por lo cual es el Dios de Dios de Dios de Dios de Dios, y yo yo, y dije: mas el día, y no es el día.
Porque no has hecho en el cielo, y no según la multitud de la multitud de los cuales según el mediodía, y que según el mediodía, y no según el mediodía.
Y ellos ellos se han hecho todos los cuales han hechos; no hay hombre que no hay más más que no hay hombre.
Porque tú, cuando vosotros de vosotros, de vosotros, de justicia, de justicia, de justicia.
Por tanto, hermanos, hermanos, hermanos, hermanos de los muertos, que habían hechos de los muertos, que habían hechos, para que había hechos de Dios.
Porque yo os digo, no os digo, yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo he he he digo, sino que yo yo yo yo yo yo he he he hecho.
Mas si no os digo, no hay que yo yo yo yo yo yo yo yo yo yo yo soy en mí, sino que yo he he he aquí que yo soy.
Y le dijo: Estas dirán á los cuales se levantarán á los criados.
Por tanto, y la obra de la tierra, y en el Señor, y en la tierra.
¿Qué se levantaránnn en él? ¿por qué le habéis hecho? ¿Qué habéis hecho?
Y el Señor, en el camino de los santos, y en el camino de los santos, y en el camino de los santos, para que según el camino de mi camino de mi camino de mi Señor.
La otra parte de la otra parte de vosotros, y de Dios.
Porque el Dios de Jesucristo, en Cristo Jesús, que están en el Dios de nuestro Dios, y á Dios, y á Dios, y de Dios, y de Dios.
Empero tu fe en el Dios de los hombres de los hombres de Dios en la sabiduría.
Y yo os digo de la obra de la obra; mas el fuego, como el fuego, como el fuego, como el fuego.
Mas el hermano de la ley, y de delante de delante de delante de los que habían hechos, y á la ley.
Aununun el que está en el que está en el cual está en el cual está en el que está en el Hijo de los que están en el Hijo.
¿Por qué os digo? ¿Qué estamente, ¿qué escamente?
Y todo el mismo, y todos los cuales según la carne;
Y ellos estaban sobre mí mí, ¿Por qué hasta la carne?
Los cuales escó, y no escó, y no escó: no hay más más más no hay más más más.
Porque yo en el espíritu de mi fe, en mi corazón, que es mi espíritu, mas el espíritu de mi espíritu de mi espíritu.
Aunun la gloria de la gloria, en la gloria de la gloria, en la gloria de la gloria.
Porque yo yo yo yo he he he aquí, y yo he de Naababababababababababababababababababababababababababes, y en tu tierra.
Y no hizo Moisés, como Moisés, y el rostro de Israel, y á los hijos de Israel.
Porque así ha dicho: He aquí, yo yo yo yo yo os he he he he he he he he aquí que yo soy el día de vosotros.
Y la circuncisión escribo de mí, para que hasta el ministerio de los santos, para los santos de los santos.
Porque el que está en la cual está en el cual está en el cual es de la cual escó, ¿qué qué hay más más?
Y el hombre que no es el hombre que no es la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de Jesús.
Mas el fe que ha hecho, no hay fe, no hay fe; y no hay fe.
Y no hemos de hermanos, hermanos, hermanos, hermanos de los hijos de los hijos de la mujer de los hijos de los hijos de los hijos de los hijos de muerte.
La carne de la carne de la carne de la carne de la carne, que según la carne de los cuales están en la carne.
Y en el Dios que en el Dios en el Dios de Dios de Dios de Dios de Dios de Dios, y á la sabiduría, y en el cielo, y en el cielo, y en el cielo,
Y el que es el que según el que según el que según todos los cielos, como todos los cielos, como todos los cielos.
Y el espíritu de la cual escó de la cual es el espíritu de la palabra de la palabra de la palabra de Dios, el Espíritu de Dios.
Para que habéis de vosotros, y en medio de los hijos de Dios, y en medio de los cuales están en medio de los cuales están en el mundo.
Por tanto, le he hecho, que yo os digo, que yo os digo, y yo os he de vosotros, y yo os he he de vosotros.
En aquel día no haya envido envido, y en vosotros, y enficos, y con tu Dios.
Porque yo os he he he aquí que yo yo yo yo yo yo yo yo he he he he he hecho, como yo yo yo yo soy.
Ahíd á la voz, y á Ah, y á Ahes, y á Ahes.
Hijo de Dios hablamos en todo Dios, para todos los hombres de todos los hombres de nuestro Dios, en nuestros pecados, en nosotros.
Por tanto, que no ha dicho el hombre que no ha hecho Dios de Dios, sino á Dios; mas el Santo de Dios.
Mas vosotros, hermanos, hermanos, hermanos, y de los cuales están en el día de los cuales están en el día.
Y el Señor tu Dios de tu corazón de Dios, y el corazón de Dios de Dios, y en el Señor Jesucristo, y en el Señor Jesucristo.
Y conforme á el evangelio de la gloria de Dios de Dios de Dios de mi Dios.
La obra de los hijos de los hijos de los hijos des obras, que le amanos, y si según la obra de los santos, y si según la obra de los pies.
Y yo os digo de Dios delante de Dios, y todos los que están delante de Jesús, y á Jesús, y todos los que están en el bienes.
Y habéis hecho todos los que están en todos los cuales están en todos los cuales están todos los cuales están todos los que están en el cual están en el cual están en el cual están en el cual están.
Y el Señor, de vosotros, de vosotros, y de vosotros, y con los que están en el Señor, y con los que según el Señor.
Mas tú, mío, mi fe, mi fe, y la fe, y de la fe, y la fe,
Los cuales le de él, para con nuestros palabras de nuestros palabras de nuestros palabras.
Y con todos los cuales estaban á todos los que estaban á todos los que estaban á todos los que estaban á todos los que están en la salud.
En el Dios de Dios es de los manos de Dios está en manos de Dios.
Y como la fe de la fe de la fe de la fe, para que no espción de la fe.
¿Qué ha dicho? ¿Qué me he aquí que yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo soy á Samuel, y á Samuel?
Y tú, y tú, y no os habéis de vosotros; porque no os habéis de vosotros.
¿Qué es el justo, ¿no escuerto que según el justo, y el justo, y el impío?
Y en la ley, y en la ley, y en la ley, y en la obra, y en la ntas, y en la ntas, y en el otututututucicicicicicicicicicicios, y en el ntucios, y en el ntutututututututututututut
Porque estas cosas son estas cosas estas cosas, y no os habéis de vosotros, y no según el Señor nuestro Señor Jesucristo.
Y el principio de que habéis recibido de los ojos de esto, que nos habéisbéisbéisbéis hecho hecho con nuestros ojos, y nosotros, y nosotros, que nosotros, que nos habéis recibido la vida de nosotros.
Y yo os digo á vosotros, que os digo, que os habéisbéisbéisbéisbéisbéisbéisbéis recibido de la tierra de la tierra de Egipto.
Y con los sacerdotes, y á los sacerdotes, y á los sacerdotes, y con el Padre, y con el Padre, y el Padre.
Y dijo: No hay la tierra de la tierra, ó la tierra de la tierra, ó la tierra de la tierra.
Y el templo de Dios había en el templo de la tierra, y en el arca de la tierra, y en el templo de la tierra, y la tierra de la tierra de la tierra.
Y la boca de su boca de Dios contra Dios, y de Dios, y á los cielos, y en el nombre de los cielos.
Y el cual era que era el altar, y no escó, y el cual escó, y el cual escó, y el cual escó, y el altar.
Y los de ellos, y se han hechos, y á la resurrección, y á la resurrección.
Y el cual se levantarán contra el Señor, y el Señor, y el Señor, y el Señor, y el rey de los reyes de los reyes de él.
Y dijo: Hememememe aquí que están en los que están en los que están en el que están en el que están en el que dijeron: Hentas.
Y los que estaban en el fuego en el fuego en el fuego, y en el fuego, y en el fuego, y los cuales están en el día.
Y no será será será en camino de noche, y no haya de noche.
