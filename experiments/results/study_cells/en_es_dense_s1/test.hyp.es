Y ellos, y á los cielos en la luz del cielo, y la tierra de la tierra de la tierra, y la tierra, y la tierra de la tierra.
Y dijo Dios: ¡Ay de las aguas, y la tierra, y la tierra, y la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de los cielos.
Los ríos de los ríos: y la tercera es el cuarto que es el río del río que es el río del río, y el río, y el río del río.
Y la mujer dijo el fruto de la mujer de la mujer de los árboles de los árboles,
Y todos los días de los días de los días, dos años, y dos años, y murió.
Y todos los días de los días de Sepha, y dos años, y dos años, y murió.
Y envió á la gente, y á la tierra, y fué de la tierra, y la tierra de la tierra de la tierra de la tierra de la tierra de la tierra.
Entonces Dios, y á sus hijos, y dijo á su fruto, y dijo: Des, y la tierra, y la tierra, y la tierra de la tierra.
Y vivió vivió Aho, á los años de los años, y engendró á los hijos de los hijos de los hijos de Nephtalí, y engendró á los hijos de los hijos.
Y tomó su mujer á su mujer, y á su hermano, á su hermano, y todos sus pueblos, y todos sus pueblos, y á la tierra de Canaán, y á la tierra de Canaán, y á la tierra de Canaán.
Y será que se levantarán los Fuales, y he aquí, y dirás: No es la mujer de Egipto, sino que es su mujer.
¿No te he de la tierra de toda la tierra de ti? ¿No te he aquí yo te he aquí que yo te he aquí que yo te he de la mano de la mano de la mano de la mano de la mano de la mano de ti.
Y dijo Abraham, y dijo: He aquí yo he aquí yo he aquí, y he aquí, y yo soy el polvo, y el polvo, y el polvo.
Y dijo Abraham Abraham á su mujer, y dijo: He aquí mi mujer es mi hijo de David, y tomó á David, y tomó á Jacob.
Y habitaron en el desierto de su madre: y su mujer, y su mujer de la tierra de Egipto.
Y habló Abraham á Abraham: Así ha dicho Jehová: El día que es el día de la cual es el monte de Jehová: Jehová es el monte de Jehová.
Y habló mi cabeza, y á Jehová, y á Jehová Dios, y á mi padre de mi señor, y á mi hijo de mi hijo de mi hijo de mi hijo de mi hijo de mi hijo de su hijo.
Y habló á su espíritu, y murió, y un hombre, y un hombre, y á su pueblo, y á su pueblo, y de su pueblo, y fué á su pueblo.
Y él no no le había de él, por mano, porque fué á su hermano, por su hermano, por su hermano.
Y he aquí Jehová, y dijo á Jehová, y dijo: He aquí Jehová tu Dios, y la tierra de tu Dios, y á la tierra de tu Dios.
Y tomó á José, y parió un hijo, y parió á Jacob, y parió á Jacob hijo de Jacob.
Y él dijo: He aquí, y me ha dicho: y he aquí, y he aquí, y yo soy.
Y dijo: ¿Qué ha dicho Jehová: ¿Qué ha dicho Jehová: ¿Qué ha dicho Jehová? Y no me ha dicho: y tus ovejas.
Y envió á todos los Filisteos, y todos los Filisteos, y levantóse el monte de su rostro, y á su rostro, y el monte de Galaad.
Y fué á Dios en el sueño de la noche, y dijo á la noche, y le dijo: Y él le dijo: No te ha dicho á Jacob.
Y él le dijo: No ni mi padre, ni mi señor, y no he aquí que yo te he aquí, y no te he hallado delante de mi señor.
Y dos macho cabríos de veinte, y dos siclos, y dos, y dos, y dos, y dos,
Y habló con ellos, diciendo: Destó mi alma, y mi hijo de mi hijo de mi hija de su mujer.
Y partió á Israel, y en la parte de Israel.
Y él dijo: He aquí que me ha dicho el macho de ti, y dijo: ¿Quién me ha dicho el sol?
Y en la mañana, como la mañana, y la mañana, y los asnos, y los asnos, y los asnos.
Porque estos dos años de los años, y la tierra, y la tierra, y la cual no son de la siega, y no se de la noche.
Y harás á la tierra de los hijos de los hijos de ti, y á tus hijos, y tus hijos de tus hijos de tus hijos, y tus hijos de tus hijos, y tus hijos de tus.
He aquí, y tus ojos de mis ojos, y mi hermano, que está mi hermano, y mi boca.
Los hijos de Sepha, y Japha, y Sepha, y Ah, y Ah, y Aho, y Ah,
Y mi alma, no no no no hay en su gloria, y mi ira, y mi ira, y de su ira, y de su ira, y en su ira.
Y vinieron á la puerta del Jordán, que es el Jordán, y el Jordán, y de la parte del Jordán, y á su padre.
Y sus hijos, como sus hijos, como le mandó á ellos,
Y dijo á su pueblo: He aquí, los hijos de Israel, y los hijos de Israel, y á los hijos de Israel.
Entonces Elipha, y tomó á Acha, y de su hijo, y de su hijo de su hijo de su hijo, y le dijo:
Y tomó á Beth-lehem, y tomó su padre de su padre, y parió á Aarón, y parió á Aarón, y á la vida de la vida de la vida de Aarón, y á la vida.
Y Jehová dijo: Así ha dicho Jehová: He aquí, y tus vasos de tus vasos, y en la tierra de Egipto, y á sus vasos de sus vasos de sus vasos de sus vasos de sus vasos de sus vasos de sus vasos, y sobre sus vasos de sus vasos de sus vasos, y en su sangres, y á sus vasos, y en la tierra, y á sus vasos, y á sus vasos, y á sus vasos, y á sus vasos, y á sus vasos de sus vasos de sus vasos de sus vasos, y á sus vasos, y á sus vasos, y á sus vasos, y
Entonces el Dios dijo el Dios de Faraón: Y es Dios es Dios de Faraón, mas el corazón de Faraón.
Y habló á Faraón su corazón, y no lo hizo, y no lo hizo, y los pueblos.
Porque si si no no te te habéis de ellos, y no se han de ellos,
Y habló Faraón en la noche, y todos sus siervos, y todos sus siervos, y todos sus siervos, y todos sus siervos, y de Egipto, y no fué de Egipto, y no había hecho.
Y los Fononononononononononon á los pueblos de la tierra de la tierra de los hombres, y dijo:
Y Moisés fué á Moisés, y de Israel, y en el desierto, y á los días de los días de los días de los días, y en el desierto, y de los días de los días.
Y Moisés dijo: Así ha dicho Jehová: porque es el reino de Jehová ha dicho Jehová: porque no será en el campo.
He aquí yo soy el ángel de ti, delante de ti, y en el camino de ti, y á ti, que yo te he mandado.
Y habló Moisés á Moisés, y á Moisés, y á Moisés, y á Moisés, y á su Dios.
Porque el aceite, y la luz del aceite, y el aceite, y el aceite, y el aceite, y el aceite,
Y harás el altar del altar, y el altar de la mitad del altar, y el altar, y el altar de la mitad del altar.
Y harás á los vestidos, y á Aarón, y el altar de Aarón, y el altar del ephod, y el ephod, y el ephod, y el altar del ephod.
Y todos sus vasos, y todos sus candeleros, y sus candeleros, y sus vasos, y su altar, y el altar del altar,
Habla á los hijos de Israel, diciendo: Así ha dicho Jehová: De cierto os ha dicho el sábado, y tú, y de mí, y á Jehová, y á Jehová, y á Jehová, y á Jehová.
Y el tabernáculo del tabernáculo, y sus columnas, y sus columnas, sus columnas, sus columnas, y sus columnas, y sus columnas, y sus basas,
Y él le acortó con Dios, en la sabiduría, y en toda la obra, y en toda obra de la obra de la obra de la obra,
Y mandó Moisés, y á Moisés, y á todos los sabios, y los sabios que Jehová había mandado á Jehová á Jehová, que había mandado á Jehová á Jehová á Jehová.
Los cuatro codos de cuatro codos, y cuatro codos, y cuatro codos, cuatro cuatro codos de la puerta de la puerta de la puerta de la puerta de la puerta de la puerta de la puerta del otro.
Y puso en piedras de piedras de piedras de piedras, y de piedras, y de piedras, y de las piedras, y el primero, y el primero, y fué el primero.
Y el tabernáculo del tabernáculo del tabernáculo de la puerta de la puerta de la puerta del tabernáculo.
Todos tu ofrendas siete días de tus tiempos tiempos días, y no harás de tu Dios de tu Dios de tu Dios de tu Dios.
Por tanto, y á los pecados de Jehová, y contra sus pecados, y con su prójimo, y á su prójimo, ó á su prójimo, ó de su prójimo, ó á su prójimo, ó de su prójimo, ó de su prójimo, ó de su prójimo, ó de su prójimo, ó de su prójimo, ó á su prójimo, ó á su prójimo, ó á su prójimo, ó á su prójimo, ó á su prójimo, ó á su prójimo, ó á su prójimo, ó á su prójimo, ó á su prójimo, ó á su prójimo, ó de su prójimo,
Y cada uno de la ofrenda de expiación por expiación por expiación, por expiación por expiación: y el sacerdote será el sacerdote de la sangre de la sangre de Jehová.
Y todos estos hijos de Aarón en sus manos, y sus manos, y sus manos, y á Jehová según Jehová, delante de Jehová.
Y se levantóse el pecho, y el pecho, y el altar, y el altar, y el altar, y el altar.
Y estas cosas de estas cosas, cuando según el sol, y según el sol, y según la mar, y de la mar, y según la mar, y de la mar, y de la mar.
No te harás constuvieres, y no lo que no lo que no lo que no te harás, para que no te haréis.
Y cada uno de un cordero, y un cordero, y un cordero, cada uno, y el sacerdote, y dos corderos, y el sacerdote será el sacerdote, y el sacerdote, y el sacerdote, y la expiación, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote,
Y el macho cabrío, y el tabernáculo del tabernáculo, y el tabernáculo del tabernáculo del tabernáculo del tabernáculo del tabernáculo del tabernáculo de Jehová.
No harás tu padre de tu padre, ni tu padre de tu padre, ni tu madre, ni tu madre, ni tu hijo de tu desnudez.
Y cuando la hija de su hija de su hija de su hija de su hija, y de su sangre, y de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre.
Y el sacrificio de Jehová, ó á Jehová, ó á Jehová, ó á Jehová, ó á la ofrenda de la ofrenda de Jehová, por expiación, ó de Jehová.
Y él se se se se se en él, á Jehová, á Jehová, y á Jehová serán á Jehová.
Y los sábados de la tierra, por tu siervo de tu siervo, por tu siervo, para tu siervo, para tu siervo, y tu siervo, y tu siervo, y á tu siervo, y á tu siervo de tu siervo.
Y si te te habéis de tu prójimo, ni tu prójimo, ni tu prójimo, ni tu prójimo.
Y que yo soy el campo, y el campo de la verdad, y el dinero de la verdad, y el dinero de tus vestidos de tus.
Y no será el malo, ni el pecado, ni el pecado, ni el pecado, ni el pecado, y no será el pecado, y todo lo que no será de todo lo lo que no será que todo lo lo que no se se se se será de todo lo lo que está.
Y sus contados, y sus dos mil, y dos mil, y dos mil y dos mil y dos mil y dos mil y dos mil y dos mil y dos mil.
Los hijos de los hijos de los hijos de Coath, y de Coath, y de Coath, y de Merari, y de Merari,
Y los contados de los contados de ellos, conforme á todo el mes, y á todos los dos mil, y dos mil, y dos mil, y dos mil, y dos mil y dos mil.
Y dirás á todos los vasos de todos los vasos de los vasos de los vasos, y en el santuario, y en el santuario de ellos, y con ellos, y con ellos:
Mas ellos no se se se se se se se se se acececen, porque no lo lo que no se se se se se se se se se se se se se se se se se des.
Y los contados de los contados de sus familias, por sus familias, y sus familias, dos mil, y dos mil y dos mil y dos mil y dos mil, y dos mil y dos mil.
Y no será su padre, ni su padre, ni su madre, ni su hermano, ni su hermano, por su hermano, por su hermano, por su cabeza, por su cabeza.
Y de los sacrificios de paz, y dos siclos de un año, y dos siclos de un año, y un año, y el año del año del año del año del año, y el año de un cordero de un cordero de los corderos de un corderos de un corderos de un corderos de un cordero de un cordero de un corderos de un corderos de un corderos, y dos corderos de un año, y dos corderos de un corderos de un año de
Y de los sacrificios de paz, y dos siclos de un año, y dos siclos de un año, y un año, el año de un año del año del año del año, y el año de los corderos.
Un macho cabrío por expiación:
Y los valles de los valles, y en el valle, y en el desierto, y en el camino, y en el camino.
Por tanto, cada uno de un un año, cuando el año, por un año, por un año, un año, por expiación.
Y mandó Moisés y á Moisés, y á los ancianos de Israel, y á los ancianos de Israel, y los ancianos de Israel.
Y los hijos de Israel habló á Moisés, diciendo: He aquí que nos haremosremosremos, y nosotros, todos, y todos, todos, todos, todos, todos, todos los hijos de Israel.
Porque los hijos de Israel, como los hijos de Israel, como Jehová, y á los hijos de Israel, á los Levitas, y á los Levitas: porque Jehová he mandado á los hijos de Israel.
Y los hijos de Israel, todos los hijos de Israel, y la congregación de los primeros en el pueblo de los primeros, y á la congregación, y murió.
Por tanto es el valle de Aho, el valle de Jehová: ¡Ay de Jehová es el valle de Jehová, y el valle de Aho,
Y tomó todas las ciudades de Israel, y todas las ciudades de Israel, y todos los Amorrheos, y todos sus Amorrheos, y todos sus Amorrheos, y todos sus aldeas.
Y tomó á sus montes, y dijo: He aquí que me ha dicho el rey de Moab, y el rey de Moab, y el rey de Israel, de Israel, y á Jacob.
¿Quién es el cuarto de Jacob, ó la muerte de Israel, ó de Israel?
Los corderos del año, siete corderos, siete corderos, dos corderos, siete corderos, siete corderos, y un año, y un año:
Y sus ofrendas y sus corderos, y el becerro, y el becerro, y el holocausto, y el holocausto, y el holocausto, conforme á su ley,
Y envió Moisés á Moisés, y á la tribu de la tribu de la tribu de la tribu de los vasos de la guerra, y á la guerra de la guerra, y á su mano, y á su mano.
Y he aquí estas hijos de Israel, los hijos de Israel, á los hijos de Israel, á los hijos de Jehová, y á la congregación de Jehová fué á la congregación de Jehová.
Y partidos de Beth-lehem, y en Apha, y en Apha, y á Aho.
Y con él con ella, ó de la piedra, y no le había de él, y no lo que no le había hecho, y no había de su corazón, y no había hecho.
Y la congregación de la congregación de la congregación de la congregación de la congregación de la congregación de la congregación de la congregación, y la congregación de la congregación de la congregación, y la congregación de la congregación de la congregación de la congregación de la congregación de la congregación de la congregación de la congregación de la congregación de la congregación de la congregación de la congregación, y la congregación, y la congregación, y la congregación, y la congregación, y la congregación, y la congregación, y la congregación, y la congregación de la congregación de la congregación de la congregación de la congregación de la congregación de la congregación de la congregación de la congregación de
El que no te haréis en la tierra de la tierra, y la tierra de la tierra, y en la tierra de la tierra de la tierra de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la
Y cuando me habéis dicho de mí, y dijo: He aquí, y los hombres de nosotros, y á la tierra de nosotros, y á la palabra de nosotros.
Entonces dije: No te he dicho: No me ha dicho: No te ha de ellos, ni no te habéis hecho.
Y Jehová dijo: No me ha dicho Jehová: No de Moab, ni en la batalla, ni á la tierra de su tierra, porque no te he mandado á su heredad, porque yo soy á los hijos de los hijos de Jehová.
Y Jehová me ha dicho Jehová á mí, y á los estatutos, y á vosotros, y en la tierra, para que Jehová te ha mandado.
Y Jehová ha dicho Jehová de Jehová, y á la mano de la mano de la mano de tu mano de tu mano de tu mano, y á la casa de Jehová, y á la casa de Egipto, y de Egipto.
Y Jehová había dicho Jehová á tu simiente, y á sus padres, y á sus padres, y á todos sus pueblos, y todos los pueblos, y todo lo que está escrito.
Por tanto, por la tierra de Egipto, y en la tierra de Egipto, y la tierra de Egipto.
Y el sol, y el sol, y el sol,
La mujer no hay hallado, ni de los hombres, ni de la mujer, ni de Jehová vuestro Dios, y no será el que Jehová tu Dios.
No serás dos viñas, ni tu viñas dos frutos, porque no según el fruto del fruto, y no te hasta el fruto del fruto de la viña de las viñas de la viñas.
Y cuando la casa de la puerta de la puerta de la puerta de su padre, y la ciudad de su padre, y la ciudad de su casa de Israel, y á su padre, y á su padre, y á su padre, y á su padre.
El que es el que está en la multitud de la multitud de Jehová, ni en la iglesia de Jehová: no será Jehová.
Y Moisés les mandó Moisés á los ancianos de Israel, diciendo: ¡Ay de todo el pueblo que yo te he mandado.
Mas la palabra es la palabra de tu boca, y tu corazón, y en tu corazón, para que te ha mandado.
He aquí, he aquí, y he aquí, y la muerte, y á la muerte, y he aquí, y he aquí, y he aquí, y he aquí, y he aquí, y he aquí, y he aquí, y he aquí, y he aquí, y
¿Por qué pues pues de sus sacrificios, y el vino de sus vestidos, y de ellos, y des?
Entonces los varones de los hombres, á los ríos de los ríos de los ríos de Josué, y á él, y á todo lo que había mandado.
Y como el arca de los sacerdotes de Jehová había mandado á la tierra de Jehová, y el Jordán, y la tierra de la tierra de la tierra de la tierra de los sacerdotes, y á su lugar, y á todos los sacerdotes, y á todos los sacerdotes, y á la tierra de la tierra de la tierra de la tierra de la tierra de los sacerdotes, y á la tierra de la tierra de los sacerdotes, y á la tierra de los sacerdotes, y á la tierra de los sacerdotes, y á la tierra de la tierra de sus príncipes de sus príncipes de sus príncipes de los sacerdotes, y á la tierra de Jehová había
Y los hombres de los hombres de los hijos de los hijos de los hombres de los hombres, y á la puerta de la puerta de la puerta de ellos, y á la puerta de ellos, y á los pueblos de ellos, y á mí, y á mí.
Por tanto, á Aho, á Jerusalem, rey de Jerusalem, á Jerusalem, rey de Beth-lehem, á Beth-lehem, diciendo:
Y Josué envió á Beth-lehem, y con todo Israel, y á Israel, y de Israel, y de Israel, y de Israel, y á él le había contra él.
Y el rey del rey de Aho, el rey de Aho, el rey de Ah,
Y dijo: El que le dijo: He aquí, y la mujer, y la hija de mi mujer, y á mi mujer.
Y Sepha, y Ah,
Y de la parte de la mar, todos los la parte de la parte de la parte de la parte de la mar, y con sus tiendas.
Y el término de Beth-lehem fué de la parte del oriente, y el término de Beth-lehem, y el término de los términos de las aguas del oriente, y la mar.
Y el término de la parte del monte de la parte del monte de la parte del monte de la parte del monte de la parte del norte, y el valle de la parte del norte, y el valle de la parte del norte.
Y habló Jehová á Josué, diciendo:
Mas á la ciudad de la ciudad de la ciudad de la ciudad, y á la ciudad de su hijo de su hijo de su hijo de su hijo.
Y fué el Espíritu de Jehová, y le fué sobre Israel, y fué á Israel, y á la guerra, y á su mano, y á su mano, y á su mano, y á su mano.
Y su mano tomó á su mano, y la mano de la mano de la mano de la obra de la obra de su cabeza, y á su cabeza, y á su cabeza, y á su cabeza, y á su cabeza.
Y envió á todos los criados, y todos los Filisteos, y con él estaban á él, y á él, y á los Filisteos, y á él, y á los Filisteos, y á ellos.
Y fué á Beth-lehem, y dijo: y habló á los hombres, y dijo: y el camino de los hombres de los hombres de los hombres, y dijo:
Y fué á Beth-lehem, y á Beth-lehem, y á su hermano, y á su hermano de su hermano.
Y los hijos de Israel había hechos de los hijos de Israel, y á los hijos de Jehová, y á los dioses de los dioses de los hijos de Israel, y á los hijos de Israel, y á los hijos de los hijos de Jehová, y á los hijos de los hijos de los hijos de los hijos de Israel, y á los hijos de Israel, y los hijos de los hijos de los hijos de Israel, y los hijos de Israel, y á los hijos de los hijos de los hijos de los hijos de Israel, y á los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de
Y partieron todos los Amorrheos de los Amorrheos, de los Amorrheos, y á Beth-lehem, y á Beth-lehem, y á los Amorrheos.
Entonces los Filisteos de los Filisteos de los Filisteos, y á los Filisteos, no había hechos, y no había con ellos, y no había con ellos.
Y tomó á los Filisteos, y le tomó á él, y le dijo: Y él le dijo: He aquí, y le dijo: He aquí que estaba en el sol.
Y viendo el pueblo, y le vió á su señor, y dijo: Por la mano de la tierra, y la tierra de nuestro enemigo, y á nosotros, y á nuestros siervos de nosotros.
En aquellos días fué en los días de Israel, y no había de Israel, que no había en sus ojos.
Y los hijos de Beth-lehem, y vió á Beth-lehem, y vió á su casa, y á su casa, y á su casa.
Los hijos de Beth-lehem, y á los hijos de Dan, y á la tribu de la tribu de la tribu de Moisés, y á la tribu de Moisés, y á la tribu de la tierra de la tierra de la tierra de los hijos de los hijos de Beth-lehem.
Y dijo á su siervo, y dijo: He aquí, y de estas cosas, y de Beth-lehem, y de Beth-lehem, y de Beth-lehem:
Y todos los hombres de todos los hombres que estaban de los hombres que estaban de los que estaban en la piedra de ellos, y de la piedra de la piedra de la piedra, y no había hecho.
Y los hombres de Israel en la batalla, y á los hombres de Benjamín, y á los hombres de Israel, y dijeron á la guerra de Israel, y dijo:
Y cuando los hermanos, ni sus hermanos, ni á sus hermanos, ni á sus hermanos, que nos habéis hechos á la guerra, ni á su mujer, ni á su mujer, ni á su mujer, ni á su mujer, ni á su mujer, ni de su mujer, ni á su mujer, ni á su mujer, ni á su mujer, ni á su mujer, ni á su mujer, ni á su mujer, ni á su mujer, ni á su mujer:
Y fué en su alma, y en su alma, y de Jehová fué á Jehová, y de Jehová, y de Jehová fué á Jehová.
Empero Jehová no no lo hizo, porque le dijo á su marido, y dijo: No es el niño, y el niño de Jehová es el niño de Jehová, y á Jehová.
Y Samuel á todos los días de Israel.
¿Quién me me yo me me ha dicho Jehová contra mí delante de Jehová, y á sus asnos? ¿no me ha dicho Jehová: ¿no me ha dicho el que yo te he de mi mano?
Y Saúl y todos los pueblos que estaban con él estaban con él, y á la batalla, y de la batalla, y de la batalla, y á la espada, y en su espada.
Y Samuel dijo á David: No te ha dicho Jehová, porque no te ha dicho Jehová, y no te ha dicho Jehová de Israel.
Mas Jehová dijo á Jehová: No de su rostro, ni su rostro, ni sobre su rostro, ni en su corazón, porque yo soy el corazón de Jehová: porque yo soy el corazón de Jehová.
Entonces los príncipes de los príncipes de los príncipes de David, y fué de David, como David, y el nombre de David, y á David, y á su nombre.
Y habló David á David á su padre, y dijo á David, y díjole: No te ha dicho el rey de David, porque no te ha dicho á su siervo, y no te ha dicho Jehová.
Y como Saúl fué á Saúl, y vió á Pedro, y vió á Saúl, y á Saúl, y á Saúl, y á Saúl, y á Saúl.
¿Por qué te he oídos? ¿Por qué te he oídos, ¿Qué habéis hecho en mi casa?
Y David fué á los hombres de David, y fué á su camino, y fué á todo el camino, y todos estos palabras.
Por tanto, á David, y á David, y á David, y á Saúl había hecho á Saúl.
Y tomó David á David, y á la cabeza de la cabeza de Saúl, y fué de Saúl, y fué de él, y no había mandado, ni á Jehová, ni á Jehová, ni de Jehová.
Y dijo David á su corazón: He aquí, y el día de la tierra de Saúl es el día de Saúl, que yo soy el término de los Filisteos, y á los Filisteos, y á los Filisteos, y á todos los Filisteos:
Y los hombres de David, y á sus familias, y á los Cananeos, y á los que estaban en la tierra de los que estaban en la tierra de los que estaban en la tierra de Egipto, y á los que estaban en la tierra de Egipto.
Y sus cabezas de su cabeza, y de su cabeza, y en la tierra de los Filisteos, y á todos los Filisteos, á todos los Filisteos, y á la casa de sus ídolos de sus ídolos.
Y Saúl fué de Joab, y á decir: y todos los pueblos, y todos los hombres de David, y todos los hombres de David, y á David.
Y dijo David á David á David, y á David, y á todo Israel, y á todo el rey, y á todo lo que ha dicho, y á todo lo que ha dicho.
Y he aquí David, y á David, y á David, y á David, y á David, y á David, y á David, y no había hecho.
Y tus manos de las manos de tus pies, y á tus pies, y á los hijos de ti, y á los hijos de todo el pueblo de todo el pueblo de él.
Y cuando Jehová dijo á David: No te ha dicho Jehová: No te ha dicho: y no según la multitud de ellos, y á los pueblos de los árboles de ellos.
Empero David á David, cuando se acortó de los hombres de los hombres de los hombres, y á los hombres de los hombres de los hombres.
Y después de los hijos de los hijos de los hijos de Ammón, y reinó en su hijo, y reinó en su lugar.
Y la ira de David, y dijo á David, y dijo á los que dijo á Jehová: ¡Ay de Jehová ha dicho Jehová:
Y David fué á David á David, porque fué á David, porque fué á Jacob, y de los muertos.
Y cuando la cabeza de sus cabezas de su cabeza, y el año del año que estaba en el año del año, y la cabeza de la cabeza de la cabeza de su cabeza de su cabeza, y la cabeza de su cabeza de su cabeza.
Porque tu siervo de tu siervo, diciendo: He aquí yo yo soy, diciendo: Yo soy Jehová, diciendo: Así ha dicho Jehová:
Y fué el pueblo en la batalla de Israel, y en la batalla, y la batalla de la batalla de los pueblos de Ephraim.
Y Joab fué el pueblo, y el pueblo, y á los pueblos de Israel, y á Israel, y á los pueblos.
Y dijo á Joab: No es el día del día, sino el día de vosotros, sino el día de vosotros, porque no es el día del rey, porque no es el día de los muertos.
Y el rey dijo al rey: ¿No es el hombre, y el hombre? Y el rey dijo: ¿No es el señor de mi señor, y dijo: ¿Es?
Y los pueblos de la ciudad, cuando la ciudad, como la ciudad, que están en la batalla, como la batalla.
Porque tu siervo de tu siervo, he aquí, he aquí que yo he aquí que he aquí que he aquí, he aquí, he aquí á la casa de mi señor.
Y dijo á Bari, dijo á los días de los días de los días de los días de los días del rey de Jerusalem, y á Jerusalem.
Y Sepha, el hijo de Ah, hijo de Ah, hijo de Arpha,
Y fué á Jehová á Jehová, y á Jehová, y el holocausto, y el holocausto, y el holocausto, y el holocausto, y la tierra de Jehová fué de Israel.
Y su padre no había de su padre, diciendo: ¿Por qué me ha dicho el hombre, diciendo: ¿Por qué tú?
Y díjole Dios: Por tanto, y no te habéis hechos, y no te he oídos, ni te habéis oídos de ti, ni tus mandamientos de tus enemigos, sino á tus mandamientos de tus enemigos, sino á tus enemigos.
Y Aho, en Beth-lehem, en Beth-lehem, y á Beth-lehem, y á Beth-lehem,
Y fué á sus siervos de Salomón, y á Salomón había mandado á sus siervos, que había mandado á su padre, y á David.
Y el templo de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la
En el cada uno de la mitad de la mitad de la mitad de la puerta de la mitad de la puerta de la puerta de la puerta de la mar, y á sus tiendas.
Y Salomón, y todo el rey de Israel, que estaban con él estaban con él, y de Israel, y á la multitud de la multitud de la multitud de la multitud de la multitud, y á la multitud de la multitud de la congregación.
Los sacerdotes en el arca del pacto de Jehová, á la casa de Jehová, á la casa de la casa de la casa de la casa de la casa de la casa de la casa de Jehová.
¡Ay de Jehová tu Dios, oh Jehová tu Dios en el trono de Israel, para siempre, para siempre, y Jehová ha dicho Jehová ha dicho Jehová á Jehová, y á Jehová, y á justicia, y á justicia.
Y en los de los de los tesoros, y de las manos de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes
Y Salomón fué dos anillos del rey de oro, y dos siclos de oro, dos siclos de oro, y dos siclos de oro.
Y serás, y á ti, y á todos vosotros, y á vosotros, y á mi señor, y á mis ojos, y á mi siervo, y á mi siervo, y á mi siervo, y á mi siervo, y á mi siervo, y á mi siervo, y á mi siervo, y á mi siervo, y á mi siervo, y á mi siervo, y á mi siervo, y á mi siervo, y á mi siervo, y á mi siervo, y á mi siervo, y á mi siervo, y á mi siervo, y á mi siervo, y á mi siervo, y á mi siervo, y
Y durmió Salomón con sus padres, y reinó en su padre, y reinó su hijo, y reinó en su hijo, y reinó en su hijo.
Así ha dicho Jehová: Así ha dicho Jehová Dios de Israel: Por cuanto te he mandado de Israel, y á mi pueblo, y á mi pueblo, y á mi pueblo,
Por tanto, he aquí yo he aquí, y la casa de Jeroboam, y la casa de Jeroboam, y la casa de Israel, y la casa de Israel, y la casa de Israel, y en todo el que es la casa de Israel.
Y los hombres de la ciudad, dijo: He aquí la ciudad, y la ciudad de mi señor, y la ciudad es mi señor, y la ciudad, y la ciudad, y la tierra de mi señor.
Y fué en el camino de los reyes de Israel, como la casa de Israel, y no había dicho Jehová: porque no había mandado.
Y fué á Saúl en el rey de Jeroboam, que estaba en el rey de Beth-lehem de Beth-lehem, cuando fué á reinado de Judá, por el rey de Judá, por el rey de Judá, por el hijo de Judá.
Y tomó á los príncipes de la casa de lositas, y á la tierra, y á todos los Amorrheos, y á la puerta del rey de Jehová, y á la puerta del rey de Jehová.
En el año del año año de Jeroboam hijo de Jeroboam hijo de Jeroboam hijo de Judá, hijo de Judá, hijo de Judá, hijo de Israel, de Israel.
Y los pueblos de sus estatutos y sus estatutos, y sus padres, y á sus padres, y á sus padres, y á sus padres, y á Jehová había mandado, y á Jehová, y á Jehová, y no había mandado.
Y á los hijos de Achîs, y á los hijos de Sepha, y á los hijos de los hijos de Sepha, y á los hijos de los hijos de Sepha.
Y aconteció que dijo: He aquí el rey de Aho, dijo: He aquí que ha dicho contra ti, diciendo: He aquí, diciendo:
Por tanto, oh Jehová nuestro Dios, y á la tierra de sus reino, y á todo el reino de todo el reino de la tierra de Jehová nuestro Dios, para que Jehová nuestro Dios.
Y dijo á Saúl: Salmo de Jehová ha dicho Jehová:
Así que no fué en los ojos de Jehová en los ojos de los ojos de los hijos de Israel, á los hijos de Israel.
Empero no no no no quison, y de Manasés, y de Manasés, y de Manasés, que Jehová es el que no es el que Jehová.
Y fué á ocho años años años, y reinó reinó en Jerusalem, y reinó en Jerusalem, y reinó en Jerusalem, y á Jerusalem, y á Jerusalem, hijo de Beth-lehem:
Y el rey de Jehová fué á Jehová, y todos los hombres de Judá, y todos los hombres de Judá, y todos los profetas de Judá, y todos los profetas, y todos los profetas, y todos los profetas, y todos los profetas, y todos los profetas, y todos los profetas, y todos los profetas, y todos los profetas, y todos los profetas, y todos los profetas, y todos los profetas, y todos los profetas, y todos los profetas, y todos los profetas, y todos los profetas, y todos los profetas, y todos los profetas, y todos los profetas, y á todos los profetas, y á
Los hijos de Seir, hijos de Moab, y Aho, y Aho, y Aho, y Aho, y Aho, y Aho.
Los hijos de Bananías, y sus hijos, y sus hijos, y Sepha, y Sepha, y dos.
Los hijos de Sepha, hijo de Sepha, y Sepha, y Sepha, y el hijo de Sepha, y el hijo de Ah.
Y cuando la tierra, y la tierra, y la tierra, y la tierra, y los que estaban delante de los que estaban delante de los que estaban delante de los que estaban delante de los que estaban delante de los que estaban delante de los que estaban delante de la tierra, y de los que estaban delante de los que estaban delante de los que estaban delante de los que estaban en la tierra, y á la tierra, y de
Porque de Judá, y á sus hermanos, y á sus hermanos, y el príncipe de José fué de José:
El hijo de Beth-lehem, hijo de Beth-lehem, hijo de Sepha, hijo de Sepha,
Y á los hijos de Merari, por sus familias, conforme á sus familias, conforme á las tribus de las tribus de la tribu de la tribu de Zabulón, y á la tribu de Zabulón.
Y con sus ejidos con sus ejidos, y con sus ejidos, y con sus ejidos:
Los hijos de Beth-lehem, y los hijos de Ber, y á los hijos de Amán, y á los hijos de Aho, y á los hijos de Ah.
Los hijos de Nephtalí, los hijos de Banananan, los hijos de Sepha, los hijos de Sepha, y á los hijos de Sepha, y á los hijos de los hijos de Beth-lehem.
Y fué á David á todo Israel, que está á Israel, que es el arca de Judá, que está el arca de Jehová Dios, que está en el arca de Judá, que es el arca de Jehová es el arca de Jehová.
Y vinieron á Beth-lehem, y á David, y á David, y á David, y dijo á David, y dijo Dios de mi mano, y á mi nombre de mi nombre de mi nombre.
Entonces David fué en el rey, y dijo á Jehová, y dijo: ¿Qué ha dicho Jehová, y yo te ha dicho el Dios de mi casa?
Y fué el hijo de Beth-lehem, y á los sacerdotes, y á los príncipes de los escribas:
Y los hijos de los hijos de los hijos de la guerra, y la puerta de la puerta de la ciudad, y los reyes de los reyes de los reyes de la ciudad.
Los hijos de Sepha, los hijos de Sepha:
Y fué á los hijos de los príncipes de los príncipes, y á los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de Dios, y á los hijos de los hijos de los hijos de Israel.
Y todos estos hijos de los hijos de los hijos de los hijos de los hijos de Dios de los hijos de los hijos de Dios, y á los hijos de los hijos de sus hijos.
Los hijos de Beth-lehem, y á sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos,
Y después de Beth-lehem, hijo de Joab hijo de Joab hijo de Joab, y el ejército de Joab hijo de Joab hijo de Joab.
¡Ay de Jehová es el reino, y la gloria, y la gloria de la gloria, y la tierra, y la tierra, y todo el reino, y todo el reino, y todo el reino, y todo el reino, y todo el reino, y todo el reino, y todo el reino, y todo el reino, y todo el reino, y todo el reino, y todo el reino, y la tierra, y en la tierra, y la tierra, y la tierra, y la tierra, y la tierra, y la tierra, y la tierra, y la tierra, y el reino, y el reino, y
Los dos columnas, dos columnas, los dos anillos de las columnas de las columnas de las columnas de las columnas de las columnas de las columnas de las columnas de las columnas de las columnas;
Y mi Dios, y mi Dios, y yo te he oído, y tus ojos, y tus ojos, y el lugar que está en el lugar de este lugar.
Y mandó Salomón á Salomón á Salomón, y todo el rey de todo lo que había hecho, que había mandado á la tierra que había mandado á su tierra, y á su tierra, y á su tierra, y á su tierra, y á su tierra, y á su tierra, y á su tierra, y á su tierra, y á su tierra, y á su tierra, y á su tierra, y á su tierra, y á su tierra, y á su tierra, y á su tierra, y á
Y cuando Jehová, y no le había mandado de Jehová, como le había mandado de él, y no le había mandado:
Y Jehová ha dicho Jehová á la tarde, y á la tarde, y á la tarde, y á la tarde, y á la tarde, y en la tarde, y á la tarde de Jehová nuestro Dios, y á Jehová nuestro Dios, y á Jehová nuestro Dios, y á la tarde.
Mas Jeroboam Jeroboam Jeroboam Jeroboam Jeroboam, y de ellos fueron de Judá, y de Judá, y de Judá, y de Judá, y de Judá, delante de Judá.
Entonces los hombres de Judá dijo á Judá, y á Judá, y de Judá, y de Judá, y á Judá, y á Judá, y á Judá, y á Judá.
Mas no no no no quiso más de Dios, porque el Dios de los enemigos de los enemigos de sus enemigos, por sus enemigos, por mano de los dioses de los dioses de los dioses de Israel.
Y los hombres de los hombres, y los príncipes de los príncipes de los príncipes de los príncipes, y todos los príncipes, y todos los príncipes de toda la congregación.
Por tanto, y me hasta la ira, y me hasta la ira de los dioses de mí, y á mi ira, y de mi ira, y no es mi ira,
Y fué á ocho años años, comenzó á un año, y reinó reinó en Jerusalem, y reinó en Jerusalem, y de Jerusalem, y no había Jehová.
Los hijos de Beth-lehem, y cinco:
Entonces con sus hermanos con sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y los hijos de Judá, los hijos de Judá, los hijos de Judá, y los hijos de Judá, y los hijos de Judá, y con sus hermanos, y á sus hermanos, y á sus hermanos, y á sus hermanos, y á sus hermanos, y á sus hermanos, y á sus hermanos, y á sus hermanos, y á sus hermanos, y á sus hermanos, y á sus hermanos, y á sus hermanos, y á sus hermanos, y á sus hermanos, y á sus hermanos, y á sus hermanos,
Y si la ciudad es el rey que es el rey, y no es la ciudad, y la ciudad, y no según la ciudad, y á los reyes de los reyes de los reyes de los reyes de los reyes de los reyes.
Y el rey de la casa de Judá, y á la casa de Judá, y la casa de Judá, y la casa de Judá, y de Judá, y en la obra de la obra de las manos de la obra de la obra de la obra de la obra de la obra de la obra de la obra de Judá, y en la obra de Judá, y en la obra de las manos, y á las manos de Judá, y de Judá, y de Judá, y la obra de Judá, y la obra de Judá, y á las manos de Judá, y á las manos de las manos de las manos de las manos
Los hijos de Israel, y los hijos de Israel, y los hijos de los hijos de los hijos de la casa de Dios de la casa de la casa de Dios.
Y fué á Jerusalem en Jerusalem, el año que estaba en el año del rey de el año del rey de el año del rey.
De los hijos de Joab, hijo de Joab, y el hijo de los dos hijo de él, y con él, y con dos de él, y con dos.
Y de los hijos de Sepha, hijo de Beth-lehem, y Elipha, y un hijo de él, y un hijo de un hijo de Bananías.
Y de oro, y la plata, y la plata, y la casa de la casa de nuestro Dios, y la casa de su Dios, y á sus príncipes, y á todo el rey de Israel, y todos sus príncipes, y todos sus príncipes, y todos sus príncipes, y todos sus príncipes, y todos sus príncipes, y todos sus príncipes, y á todo el Dios, y á todo el Dios, y á todo el Dios, y á sus príncipes, y á todo el Dios, y todos sus príncipes, y á todo el Dios, y á sus príncipes de Israel, y
Y vino á Jerusalem, y tres días, y tres días, y tres días, y fueron días, y fueron días de Jerusalem.
Y Sepha, hijo de Ah, hijo de Beth-lehem, la puerta de Beth-lehem, y la puerta de Beth-lehem, y la puerta de la puerta de la puerta de su puerta, y á su puerta, y á su puerta, y á su puerta, y á la puerta de la puerta, y á la puerta, y á la puerta, y la puerta de la puerta, y á la puerta de la puerta, y á la puerta de la puerta de la puerta de la puerta de la puerta de la puerta de la puerta, y á la puerta, y á la puerta de la puerta de
Y después de Aho, hijo de Ah, hijo de Aho, hijo de la puerta de la puerta de la puerta de la puerta de la casa de Elipha.
Y cuando los Fuéntas, cuando la mar, que estaba en el muro, y estaba en el muro, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y á los Judíos, y á los Judíos.
Los hijos de los hijos de Sepha, y dos mil y dos mil y dos mil y dos mil y dos mil y dos mil.
Los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de Sepha, los hijos de los hijos de los hijos de Aho, los hijos de Aho, y los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de
Los hijos de los hijos de los hijos de Apha, los hijos de los hijos de Ah,
Y no lo que no se han de la ira de tu ira de tu ira, y de tus enemigos, y no según su ira, y á su Dios, y á su ira, y á su Dios, y á su Dios.
De los sacerdotes de los sacerdotes, hijo de Beth-lehem, hijo de Beth-lehem,
Y esta palabra delante de este sacerdote, que fué á la casa de la casa de la casa de nuestro Dios,
En aquellos días de los Judíos que estaban á los Judíos que estaban á los hijos de Moab, y de Moab, y de Moab,
Y en el día de los Fuales, todos los hijos de todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los Judíos, y á los Judíos, y á los Judíos, y á los Judíos, y á los hijos de los Judíos, y á los hijos de los Judíos, y á los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos
Y les dijo á Galilea:
Y fué el día del día de un día, y vió el día de la puerta de la puerta de la puerta de la puerta de la puerta de la puerta de él, ni con él.
¡Ay de mi cuerpo, y todos mis cuerpos, y todos mis cuerpos, y todos los tesoros,
He aquí, y me ha dicho mi paz, y mi paz, y á mí, y á mí, y me ha dicho.
Porque nosotros, mas nosotros son de la tierra, y la tierra, y la tierra, porque no hay en la tierra de la tierra.
Yo soy Dios: No me ha dicho: No me ha dicho: y me ha dicho.
He aquí, yo yo yo soy: y yo yo soy: y yo yo yo soy, y no he aquí mi cabeza, y mi cabeza, y de mi cabeza, y mi cabeza, y mi salud.
Y si si si si se se se se se afipenento, como como un hombre, y es el sol.
¿Por qué te ha dicho contra tu Dios, y á tu boca, y á tu boca de tu boca de tu boca?
Y mis hermanos, y mis hermanos mes hermanos mes hermanos, y mis hermanos, los que están de mí.
Por tanto, las aguas de ti, y de ti, y de ti, de ti, de ti, y de ti,
Destué pues, y los que no lo lo que no lo lo que no lo lo lo lo que no lo lo que se han hecho.
Yo soy yo te ruego, y no me ha dicho, y no me ha dicho, y no me ha dicho.
Y si yo he oído mi mano contra mi padre, y á mi padre, y á la puerta, y á la puerta de la puerta:
Y si no he hallado su fruto, ni sus frutos, ni á su vida, ni su vida,
Y en las entrañas de sus oídos, y en sus oídos, y en sus oídos, y en sus oídos.
No de noche, ni la noche, y no según su pueblo, y no hay lugar.
Destó pues, no lo que no te ha dicho: porque el mal que no te habéis hecho.
He aquí es Dios, ¿Quién es el Dios?
En el que no se se en la nube de las nubes de la nube, y la nube de su nube, y de la nube.
Y con sus manos, y con sus manos, y á las manos de las manos, y á las manos.
Y los malos y la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra.
Al Músico principal: Salmo de David: Salmo de David, oh Jehová, oh Jehová: ¿Cuánto de Jehová?
Los pastarán, y se levantarás, y la fortaleza de su fortaleza, y de su fortaleza.
Y acecececerá á él: y el Señor será el Señor.
Salmo de mi salud, y todos mis pecados, y todos mis pecados.
Y yo he oído de Jehová, á Jehová, que yo he aquí que yo he mandado á Jehová, y á todos los días de sus días de Jehová, y á su casa, y á Jehová.
Y tus me hasta mi vivado, porque me hasta mí, y me hasta mí, y me hasta mí, y me hasta que mes.
Jehová de los pueblos de los pueblos de las gentes, y los pueblos de los pueblos de los pueblos de los pueblos de los pueblos de los pueblos de Jehová.
Los impíos, y los pobres, y la espada, y los pobres, y los pobres, y los pobres, y los pobres de los pobres de los pobres.
No me ha de tus, ni tu misericordia, oh Jehová me hasta tu misericordia, y tu misericordia, y tu misericordia, y tu misericordia.
¿Por qué eres mi alma, ¿Por qué tú eres mi alma, y me ha dicho mi Dios, y á mi Dios?
Y con sus manos de sus manos de sus manos.
Al Músico principal: Salmo de la tierra de la tierra de David, y á David, y á David, y á David, y de David, y á mí, y á mí, y á mí, y á mí, y á mí, y á mí, y á mí, y á mí, y á mí, y á mí, y á mí, y á mí, y á mí, y á mi alma de mi alma de mi alma, y á mí, y á mí, y á mí, y á mí, y á mi alma, y á mí, y á mí, y á mí, y
Y cuando se enseñorearán á la espada de la espada de la espada de la espada de la espada de la espada.
Y yo te tornaré á las bestias de Jehová, y á los sacrificios de los corderos de los corderos de cabrío, por expiación:
Y harás la congregación, y la congregación, y la congregación, y á tu Dios, y el pobre.
Al M Músico principal: Salmo de David: Salmo de David, oh Jehová, y Dios, y Dios, y Dios, y Jehová me ha dicho Jehová:
Y todos los que todos los que te ha dichos de ti, y á los que te ha dicho: ¡Ay de Dios.
Mi boca de tu boca con tu boca, y con tu boca, y con todo el día.
Y el fruto de la tierra de la tierra de la tierra, como la tierra, como la tierra, como el Líbano, como el campo del campo, como el campo del campo del campo.
¡Ay de Dios, y el día de tu Dios, y el día, y el día de todo el día de todo el día.
Mas yo te daré á este Dios: y á Jacob: y Dios de Jacob.
Y ellos se levantóse contra él, y contra él, á él, y en el sacerdote, y en el arca.
Y los Judíos de las gentes, todos los pueblos de todas las gentes, y en la tribu de Israel, y en la tribu de Israel, y en su tribu.
Y nosotros nos haremos á los ejércitos, y á los ejércitos, y á tu rostros ejércitos, y á tu rostros ejércitos, y á los ejércitos, y á Dios.
Y díjoles: y yo te he aquí, y yo te he aquí, y yo te he visto en el lugar del lugar del lugar de Aho.
Salmo de Jacob. Salmo de Dios: y la iglesia en los dioses de los dioses.
Porque Jehová Dios es Dios, y la gloria, y la gloria de Jehová es la gloria de Jehová, y de la gloria de los que no hay de Jehová.
Y en el Señor nuestro Señor nuestro Señor nuestro Señor nuestro Dios, y la obra de nuestros manos de nuestros manos de nuestros manos de nuestros manos de nuestros manos de nosotros.
¡Ay de la tierra de la tierra de la tierra de la tierra, y la tierra, y la tierra de mi alma.
Por tanto lo que se puso en el desierto, en el desierto, en el desierto,
Y fué á su simiente, y de las gentes, y en la tierra, y en la tierra, y en la tierra.
Entonces ellos se levantaron á Jehová, y á Jehová, y de ellos, y de ellos, y de ellos, y de ellos, y de ellos, y á Jehová.
Y mis enemigos con mis enemigos, y con sus enemigos, y constuces, y con sus enemigos.
Jehová de los que están en todos los que están en todos los que están en todos los que están en todos los que están en ellos.
Y vió la mar, y fué el Jordán.
Y pondré el nombre de Jehová, y en el nombre de Jehová, y sobre el nombre de Jehová:
Y en mis manos de mis manos, y á tus mandamientos, y yo soy Jehová, á tus estatutos.
Mi carne de la carne de ti: y yo te he aquí yo te he oído de tus juicio.
Yo he aquí que me ha dicho el corazón de mí, y no me hasta el corazón de mí, mas no me hasta mi corazón de mi corazón.
Yo soy Jehová tu salud, oh Jehová, oh Jehová, oh Jehová, oh Jehová, oh Jehová:
El Hijo del Hijo de David, y á David, y á David, y no había de Jehová, y no había de Israel,
Porque Jehová ha dicho Jehová.
Y me hasta mí, y me hasta delante de tu mano, y me hasta tu mano.
Amemememememememe, no me ha dicho Jehová: no me ha dicho de mí, y no me hasta que me ha dicho Jehová:
Empero él se acecececes, y des, y destuces, y des.
Y Jehová de Jehová de Jehová, y á Jehová, y á Jehová había mandado.
Por tanto en el camino de los hombres, y el camino de los justos de los justos:
El que es su prójimo en su mujer, la mujer de su prójimo: y no será de su prójimo.
¡Ay de mí, que me está en mí, y mi puertas, en mi puertas, y mi puertas, y mi puertas, y mi puertas,
En la multitud de la multitud de la multitud de los que no hay sus labios, sino su labios, y los sabios de sus labios.
Mas no hay más sabio, mas no hay en la multitud de la multitud de los sabios de los sabios de los sabios de los sabios.
El que los que no lo que no se se se se se de su alma, sino á su alma.
Y el rey de la ira de la ira del león, y el león de su ira, y el león de su ira, y el león de su ira.
El que se se agual, y el que se afeguya, y el que se será el que la sabiduría.
Y no saben más malo, ni no lo malo, dice el camino de su camino: mas el camino: mas el camino de su camino.
En los tesoros de los tesoros de los que es la lengua de los que está en la muerte, que es la muerte.
No de la piedra de la piedra de la piedra de la piedra, ni la piedra de la piedra de la piedra de la piedra de la piedra del campo.
Y los cielos, y los cielos, y la tierra de la tierra de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de la tierra.
El hombre que es el pobre que es el pobre que es el pobre de la lluvia, que no espento.
El que es el que es el que está en el que está en el que está en el que Jehová será Jehová.
Y como mi corazón en mi corazón de mi corazón, y de mi corazón, y de mi corazón, y á mí, y á los cielos, y á los cielos, y á todos los cielos, y á todos los cielos, y á todos los hombres de los hombres de los cielos, y á los cielos, y á los cielos, y á los cielos, y á los cielos, y á los cielos, y á los cielos, y á los cielos, y á todos los cielos, y á todos los cielos, y á todos los cielos, y á los cielos, y á los cielos, y á los cielos, y
Y yo lo que no lo que no lo lo lo lo que no lo lo que no lo lo lo lo lo lo que lo lo lo lo lo que lo lo lo lo lo lo que se ha dicho.
Por tanto, que son más que no hay más más que se han de su cuerpo, porque el malo.
Y viendo todos los cielos, y todos los que estaban á los que estaban en el que estaban, y el que estaban en el que estaban en el que estaban.
Y he aquí, y mi corazón, y á mi corazón, y á la sabiduría, y de la sabiduría, y de la sabiduría, y de la sabiduría, y de la sabiduría, y el que es el que es el que está.
He aquí que es el día, ni de un viento, ni de la parte, y el viento, y el viento, y el viento, y el viento, y el viento, y el viento, y el viento de la mar.
¡Ay de los labios, y de la boca de la boca de la boca de la boca de tus labios, como el templo de tus labios.
¡Ay de las bocas, como la boca de la boca de mi boca, y de mi boca, para que son las labios de los que estás de los que son de los que estás.
Y yo te he aquí, y te daré la tierra de la tierra de la tierra de la tierra de la tierra de la tierra,
En aquel día, diciendo: No, porque no será en mi casa, ni la casa de mi casa, ni en la casa de mi pueblo, ni tu pueblo.
Y la mujeres de las mujeres de un día, diciendo: El día, y el día de nuestra pan, y el día de nosotros, y con nosotros, y con nosotros.
Y Jehová será sobre ti, y sobre tu padre, y tu padre, y de tu padre, y de Judá, de Judá, de Judá, de Judá, de Judá, y de Asiria.
Porque todos los tesoros de la batalla de la batalla, y la guerra, y la guerra, y la sangre, y la sangre de la sangre, y la sangre de fuego.
Y el temor de Jehová será en el temor de Jehová: no se levantarán á los ojos de sus ojos, ni sus ojos de sus ojos de sus ojos:
Aho, los pueblos de los pueblos de los pueblos, y de las aguas de las aguas de las gentes, y las aguas de las aguas de las aguas de las aguas de las aguas de las aguas de las aguas de las aguas de las aguas de las aguas de las aguas de las aguas de las aguas de las aguas de las aguas de las aguas de las aguas de las aguas de las aguas de las aguas de las aguas de las aguas, y de las aguas de las aguas de las aguas de las aguas
Y será de los ejércitos, y en la tierra de Egipto, y los ejércitos de Egipto, y los ejércitos, y á Jehová, y á Jehová será de Jehová.
Y Jehová hará Jehová á Egipto, y de Egipto, y se levantarán á Jehová, y á Jehová, y á Jehová, y á Jehová, y será.
Y tomó el día de Judá, y en el día de Judá, y en el día de la casa de Judá.
Por tanto será de ti, y á la ciudad de la ciudad de la ciudad de ti, y te serás.
¡Ay de la soberbia de la soberbia de la soberbia de Ephraim, y de Ephraim, y la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de los que está en el valle de los que son de los que es el valle de los que está en el valle de los que es el día de los que es el valle de los que es el valle de los que es el valle de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de los que
Porque os habéis dicho Jehová: Por la muerte, y de la muerte, y de la muerte, y de la muerte, y de la muerte, y á la muerte, y á nosotros, y á nosotros.
Porque la tierra de la tierra de ti, y no te ha dicho el que no te hasta la verdad de la verdad: y la verdad.
¿No es el día, y el día, y no hay mi mano?
Y diciendo: ¡Ay de los que están en las tinieblas, y los que están en las tinieblas, y los que están en las tinieblas, y á todos los que están en sus ejidos, y á todos los que todos los de todos los de todos los que están en todo lo malos.
Yo soy los cielos de los cielos, y á sus cielos: y yo he aquí, y he aquí, y he aquí, y de los cielos.
Y Jehová fué á Jehová.
Porque no se levantarán en tu tierra, ni tu tierra, ni tus término, ni tus término, ni tus puertas, y tus puertas, y tus puertas, y tus puertas, y tus puertas, y tus puertas.
Y pondré en Jerusalem, y en Jerusalem, y de mi voz, y la voz de la voz de la voz de la voz de la voz de mi voz de mi voz:
Porque he aquí Jehová, y el fuego, y á su ira, y de su ira, y de su ira, y de su ira, y de su ira, y con su ira, y con fuego.
Porque como los cielos, y los cielos, y la tierra que yo he mandado delante de mí, dice Jehová, y á tu nombre:
Y harás á tu cabezas manos de tu cabezas manos, porque Jehová te habéis hecho en ti, y en ti, y en ti, y no te haréis.
Y dirán á su corazón, y no ha dicho el corazón de Jehová nuestro Dios, y á Jehová nuestro Dios, y á la lluvia, y á la mar de los que nos haremos.
Y tenemos sus manos de sus manos de sus manos, y á la mujer, y la mujer de la mujer de la mujer de la mujer de la mujer de nosotros.
Y cada uno de su prójimo, y no será en su hermano, y á su hermano, y á su hermano, y á todo el santuario, y á toda la expiación.
Destuviste á ellos, y destaron, y de la boca de sus frutos, y de su corazón, y de su corazón, y de su corazón.
Y fué palabra de Jehová, diciendo:
Y la gloria de Jehová tu Dios, y la gloria de tu Dios, y de tus pies, y en la luz, y en la muerte, y en la muerte, y en la muerte, y en la muerte de la muerte, y á la muerte, y á la muerte, y en la muerte, y en la muerte, y en la muerte, y en la muerte, y en la muerte, y en la muerte, y en la muerte, y en la muerte, y en la muerte, y á la muerte, y á la muerte, y en las tinieblas, y
Por tanto, y á tu rostro de tu rostro, y tu rostro, y tu rostro, y tu rostro, y tu rostro.
Y dirás á este día, á mi pueblo, y á mi pueblo, y de mi pueblo, y no es el día de mi pueblo, y de mi pueblo, y de mi pueblo, y de mi pueblo:
Y fué palabra de Jehová, diciendo:
Por tanto los hijos de sus hijos, y á los hijos de las mujeres, y á sus mujeres, y á sus mujeres, y sus mujeres, y á sus mujeres, y á la guerra.
Este es esto, dice Jehová á este lugar, dice Jehová: Así ha dicho Jehová á la ciudad, y á la ciudad de la ciudad, y á la ciudad.
Y yo no no no he aquí, y los profetas de estas profetas, y no he oídos, y no he aquí.
Y Jehová me ha dicho Jehová, y he aquí, y de Jehová, y de Jehová había de Babilonia, y de Babilonia, y de Judá, y de Judá, y de Judá, y de Judá, y á los príncipes de Judá, y á los príncipes de Judá, y de Judá, y de Judá, y de Judá, y á los príncipes de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y á los príncipes de Judá, y á los príncipes de Judá, y á los príncipes de Judá,
Y cuando los de los de ellos, y á la espada, y á la tierra, y á la tierra, y á todos los reinos, y á todos los reinos de todos los reinos, y á todos sus reinos, y á todos los reinos, y á todos sus reinos, y á todos los reinos, y á todos los cielos, y á todos los reinos, y á todos los reinos, y á todos los reinos, y á todos los reinos, y á todos los reinos, y á todos sus reinos, y á todos sus reinos, y á
Porque he aquí, he aquí, he aquí, dice Jehová: Así ha dicho el pueblo de Judá, y á los pueblos de Judá, y á Judá, y á sus padres, y á sus padres:
Y he aquí yo he aquí, y de la tierra, y de la tierra de la tierra de la tierra de la tierra, y el niño, y el niño, y á la mujer, y á la mujer de su mujer, y á su mujer.
Así ha dicho Jehová: Así ha dicho Jehová: y mi pacto de mi pacto, y la noche, y la noche, y no según el día de noche,
Y cadaada uno delante de Jehová, y la ira de Jehová será de Jehová, y el camino de su ira, y el pueblo de Jehová, y contra Jehová será contra Jehová.
Y fué el rey en la casa de la casa de la casa de la casa de fuego, y en el mes, y en el me fué delante de él.
Y los Caldeos de Egipto, y á la ciudad, y á la ciudad, y á fuego, y á fuego.
Y la palabra de los Judíos que todos los Judíos que habitaban en la tierra de Egipto, que habitaron á los que habitaron, y á los Fari, y á los Fari, diciendo:
Y de los hijos de las manos de las manos de los paces de sus manos de sus carros, y sus carros, por sus manos de sus carros, por sus manos de sus manos de sus manos de sus manos:
Y á Moab, y de Moab, y de Moab, y á sus ciudades, y á sus ciudades, y á sus ciudades, y á sus ciudades.
Porque Jehová ha dicho Jehová: He aquí Jehová: He aquí, y de Moab, y de Moab, y de Moab, y de Moab, y de Moab.
Y es el día, y el corazón, y el día de los hombres, y los hombres de los hombres de Moab, y el día de su corazón de su corazón.
Y los pueblos de Moab, y de Moab, porque fué de ellos, porque Jehová había mandado contra Jehová.
Porque tu corazón de tu corazón, y tu corazón de tu corazón, que te ha dicho el monte de ti, que Jehová te ha dicho el monte de la peña de la peña de Jehová, y á tus.
Y pondré el monte de Israel, y en el monte de Asiria, y en el palacio del palacio de Beth-lehem.
¡Ay de las gentes, y en las gentes, y de las gentes, y no espalalal, y no espalal, y no espalal, y no es el epalalalal, y no es el epalal, y de los ídolos.
Yo es el eppual, y el león, y el rey de él es el rey de Asiria, y el rey de Babilonia, y el rey de Babilonia, y el rey de Babilonia.
Porque la tierra de Babilonia, y sobre Babilonia, y sobre Babilonia, y de Babilonia, y de Babilonia, y en Dios: y el Dios de Jehová es Dios.
Y en el año del año del año de Beth-lehem, y cinco años de Jerusalem, y dos de Jerusalem;
Y mestóme en los que habitaron en los que habitaron á los que habitan.
Jehová es el que es el que el que le ha dicho á los que le dicen á los que le de los que lo que lo que lo lo lo que Jehová.
Y la cabeza de mi cabeza de mi cabeza: He aquí yo he aquí yo he aquí, y yo soy.
Y harás á ellos, y á los cielos, y á los cielos de los cielos de los cielos.
Porque el monte de Sión, y la cual es el monte de Sión, y el monte de Sión.
Y cada uno, y cuatro rostros, y cuatro rostros, y cuatro cuatro cuatro rostros, y cuatro rostros.
Y los pies de los pies de los pies de sus pies, como un cada uno de sus pies, y de metal.
Y díjome: Hijo del hombre, y mi casa de mi casa de Israel, y á mi casa, y á mi casa.
Y harás la casa de hierro, y en el muro de la ciudad, y la ciudad de la ciudad, y la ciudad, y el rostro de Israel, y la casa de Israel, y serás.
Porque á los años de los años de sus años, y á los días de los días de los días de los días de los días de los días de Israel.
Por tanto, así ha dicho Jehová: Por tanto ha dicho Jehová: Por tanto, y he aquí, y he aquí yo he aquí, dice Jehová, dice Jehová.
Hijo de los hombres de estas cosas, y sus ídolos, y en su corazón, y en su corazón, y á su rostro, y á su rostro, y á todos los de todo el rostro de todo el rostro de todo el rostro de todos sus ídolos.
Y en tu cabezas de tu cabeza, y la cabeza de todo el camino de todo el camino de tu lugar, y no lo malo, y no te habéis hecho.
Y habló á su ejército, y á su ejército, y no se se se con él, y de la guerra, y de la guerra, y de la guerra.
Porque por el pacto de la visión, y he aquí, y he aquí, y he aquí, y he aquí, y todo su mano, y todo lo había hecho.
El que no no lo malo de los malos, sino el monte de su prójimo, sino el monte de su prójimo,
Y dirás: ¿Por qué te ha dicho: ¿Por qué es el hijo de la ley de la ley de la ley de la ley de mi ley, y á todos los pueblos, y á todo lo que está en todo lo que está escrito, y á todo mi ley?
Y mis sábados de mí, y de mí, y mestarás, y lo que Jehová te ha dicho Jehová vuestro Dios.
Entonces dije á ellos: ¿Qué ha dicho: ¿Qué ha dicho el día? ¿Qué es el nombre de mí: ¿Qué es el nombre de aquel día?
Y será para que se se de ellos, como en sus ojos, y en sus ojos, y á mí, y á mí, y á mí, para que me ha dicho.
Y harás el Señor Jehová, y serás, y serás, y serás: y el Señor Jehová, y el Señor Jehová te ha dicho el Señor Jehová.
Y se levantóse en un gran manera, y con la mesa, y con la mesa, y en el aceite, y en el aceite, y en mi aceite, y en mi aceite, y en el aceite, y en el aceite, y en el aceite.
Entonces él dijo de sus hermanos, y le dijo: He aquí, y á la sangre, y á la sangre de ellos, y con ellos, y á ellos, y á ellos.
Por el Señor Jehová ha dicho Jehová: Por cuanto hasta la multitud de los Filisteos, y de los Filisteos, y á los Filisteos, á los Filisteos, dices, dicen á Jehová.
Y yo te daré á los que te en la tierra de los que habitaréis á los pueblos, y en la tierra, y en la tierra de la tierra de la tierra de la tierra, y á los que en la tierra de la tierra, y en la tierra de la tierra, y á los que en la tierra de la tierra de la tierra, y en la tierra de la tierra, y á los que los que yo te será de los que no te daré á la tierra, y en la tierra de la tierra de los que no será en la tierra, y á los que no te daré en la tierra de los que
Y los hombres de los hombres, y sus sabios, y sus sabios, y los sabios de los sabios de los sabios de ti, y á tus.
Destume, y á Aho, y de la guerra, y de la guerra, y de la guerra, y en tus, y con tus.
Y Jehová será que yo soy Jehová, y á Jehová, y á Jehová, y todos los pueblos, y todos sus pueblos, y todos sus pueblos.
Y pondré tu carne, y los montes, y la carne de tus ríos, y de tu noche, y la noche.
Y los moradores de los príncipes de la tierra de los que se levantaron á la tierra de los que estaban con él, y á la espada de la espada.
Así ha dicho el día de los hijos de tus hijos de tus hijos de la justicia, no será el día de su maldad, y no será el día del día de su maldad, ni en el día de su maldad, ni en el día de su maldad.
Y yo he aquí, y me ha dicho el ejército, y vinieron á mí, y en su ejército, y en su ejército, y en su ejército, y en su ejército.
Y diráles: He aquí yo soy Jehová: He aquí yo te he aquí, y la tribu de José, y la tribu de sus tribus, y á sus tribus, y á sus tribus, y á sus tribus, y á Jehová.
Y los que se fué de la tierra, y la tierra, y la tierra, y la tierra, y el campo, y en el valle de la tierra de la mar de los que estaba en el valle del valle del valle de Beth-lehem.
Y el patio de la parte de la parte de la parte de la parte de la parte de la parte de la parte de la parte de la parte de la parte de la parte de la parte del atrio.
Porque el príncipe de los príncipes, como el príncipe de Jehová será el príncipe de Jehová, como el camino de Jehová, y el camino de la puerta de la puerta de la puerta de la puerta de Jehová.
Y te haréis á la tierra de Israel, conforme á Israel, conforme á Israel, conforme á Israel.
Entonces dijo David á Daniel: ¿Qué es el rey, y el rey, y el rey:
Por tanto, Jehová ha dicho Jehová sobre nosotros, y á Jehová nuestro Dios, y en toda su Dios, y á todos sus obras, y á su voz, y á su voz.
Y el principio de tus primero de tu reino, y he aquí, y yo te digo, y os digo, y os digo, y el negocio.
Y he aquí en los hijos de los hijos de los hijos de los hijos de mi boca, y á mi boca, y á mí, y á mi señor, y á mí, y á mí, y á mi señor, y á mí, y á mí, y á mí, y á mí.
El rey será el rey, y el rey, y á los que según su señor, y á su pueblo, y á su señor.
Y el primero, y la noche, y no se se se levantarán, y no se levantarás, y la noche.
Y como Jehová será de Jehová, y el que será el león, y el león, y los hijos, y los hijos de los hijos de los hijos de Jehová.
Y fué palabra de Jehová á Beth-lehem, hijo de Beth-lehem, hijo de Ah, hijo de Aho.
Los sacerdotes y la expiación de Jehová, y la casa de Jehová son de Jehová, y la casa de Jehová, la casa de Jehová.
Y pondré sus sangres, y no he mandado en Sión, porque Jehová no en Sión.
Jehová ha dicho Jehová de Jacob, por la soberbia de Jacob, y á sus obras de sus obras.
En el día de ti, en la parte del día, en el día de la parte del día, y en sus puertas, y en Jerusalem, y en Jerusalem, y en Jerusalem, y en Jerusalem, y en Jerusalem, y en Jerusalem, y en Jerusalem.
¡Ay de todos vosotros, y todos vosotros, y todo lo que está en la tierra, y todo el Señor Jehová es el Señor Jehová es el Señor Jehová.
Por tanto, he aquí yo te he oído, y te he oídos de ti, porque yo te he mandado.
¿Quién es su ira delante de su ira, y el furor de su ira, y el fuego de su ira, y el fuego, y de él es el fuego, y de él es el fuego.
He aquí contra ti, dice Jehová, dice Jehová, y á los ejércitos, y á su espada, y á la tierra, y el león de la tierra de tu voz de tu voz de tu voz de tus hijos de tu voz de tu voz, y á la tierra, y de tu voz de tu voz de la tierra, y á la tierra, y á la tierra, y á la tierra, y á la tierra, y á la tierra, y á la tierra, y á la tierra, y de la tierra, y á la tierra, y á tu voz de tu voz de tu voz de tu voz de tu
Y los cuerpos, y la multitud de la multitud, y de la multitud de la multitud de la multitud de la multitud de la multitud de la multitud de la multitud de la multitud de sus cuerpos, y de sus cuerpos, y de sus cuerpos:
Entonces el ángel de mí, diciendo: ¿No me ha dicho: ¿No me ha dicho: ¿No me ha dicho?
Por tanto, oh Jehová, no he aquí, y no te he aquí, y no son hijos de Jacob:
Por tanto, no te digo: ¿No te habéis de tu vida, ni tu vida, ni tu vida?
Y os digo, y todo su gloria, y todo su gloria, y no lo que no fué de su gloria.
Y he aquí todo el término de la ciudad, y vino á Jesús, y le había de él, y de su término.
Mas los Fuén, dijo el príncipe de los príncipes de los príncipes, y el príncipe de los palacios:
Así ha dicho el Fual, y el Fué, y el UUrías.
Y digo, y no digo, y no lo lo que no lo lo que no lo lo que no lo lo lo que le había hecho: mas el Hijo del Hijo del Hijo del Hijo del Hijo del Hijo del Hijo del Hijo del Hijo del Hijo de ellos.
Y cuando él, y le decía, y le había venido, y le salió, y le había hecho.
Y fué á todos los pueblos:
El hombre, no es la tierra de tu padre, porque es el cielo, que está en el cielo, que está en el cielo.
Y dirán á los días de los días de los días de nuestros días de nuestros días de nuestros padres, y á los profetas de los profetas de los profetas de los profetas de los profetas de los profetas de los profetas de los profetas de los profetas de los profetas de los profetas de los profetas de los profetas de los profetas de los profetas de los profetas de los profetas de los profetas de los profetas de los profetas de los profetas de los
He aquí, he aquí, yo te he oído delante de ti:
Y él le dice: De cierto, diciendo: De cierto os digo, porque yo te digo, porque no te ha dicho: porque no lo lo que no me ha dicho.
Y ellos les fueron: De cierto te digo: De cierto os digo, yo te digo que yo te he mandado.
Y ellos, y se levantóse, y le dijo: ¿No es el Señor?
Y como como como como como un monte de un monte de un monte, y de los Eduéntas, y de los Eduén.
Y aconteció que estaba en la sinagoga, y fué á la sinagoga, y de la sinagoga, que estaba en la mano de él.
Y fué en el monte, y fué á los que estaban á los que había mandado, y le había mandado.
De la casa de la casa, y en la casa de la casa de la casa de la casa:
Y sus hermanos, y sus hermanos, y sus hermanos, y á sus hermanos, y á él, y le diólele.
Y les dijo: ¿Quién eres mi madre y mi madre, y mis hermanos y mis hermanos, y mis hermanos, y díjoles?
Y en el monte de la grande grande, y estaba en el monte del monte de él, y en el monte de él.
Y él le puso contra él, y le había contra él, mas él le le le había de él,
Y fué de la parte del término de Beth-lehem, y de Galilea, y la mar de Galilea, de Galilea, de Galilea, de Galilea.
Y luego luego todos los pueblos, cuando él se vió á él, y le había hecho, y él, y con él, y con él, y con él.
Y viendo Jesús, que se vió á la multitud, diciendo: y el espíritu, y el espíritu de él, diciendo: ¡Ay de él?
Y Juan, los hijos de Juan, diciendo: Así ha dicho, diciendo: Así habéis hechos á nosotros, que nos haremos.
Y vino supal, y de sus vestidos, y vino á Jesús, y vino á Jesús, y á Jesús:
Y la tercera, y de la mar, y de la cárcel, y le dijo á él, y le dijo: He aquí, y le dijo: y le dijo:
Y en el ángel de los ángel de la ciudad, el ángel de la ciudad de Dios de Galilea, de Galilea,
Y les dijo á la mesa, y á la mesa, y dijo: He aquí que está en ella, y á todo el nombre.
Y Jesús fué el Espíritu del Espíritu del Jordán, y fué el Espíritu, y el Espíritu de el Espíritu, y el Espíritu del Espíritu.
Y fué á decir á ellos, y á ellos, y á la mujer de la mujer de la mujer de la mujer de la mujer de la mujer de la mujer de la viuda.
Y cuando sus vestidos, y á su tierra, y les había mandado, y le había mandado.
Mas convió con él, y en el desierto, y en el desierto.
Y después de estas cosas, y fué á los Judíos, y vió el nombre, y le dijo: Y él le dijo: El nombre, y le dijo:
Y respondiendo Jesús, y no fué de la casa de la casa de la casa de él, diciendo: Señor, diciendo: Señor, no te he hallado, porque no te he aquí, porque no te he aquí, porque no te he hallado.
Y partieron todos, y todos, y todos los vasos de los vasos de los vasos de los que estaban en el sol.
Y fué en la gloria de su gloria, y fué de su gloria, que fué á Jerusalem.
Por tanto, él respondió: ¿No ha dicho? ¿No ha dicho el cada uno de sus asnos de su asno, ó de su asno?
Y cuando la casa de la casa de la casa de la casa de la puerta, y la puerta de la puerta de la puerta de la puerta de la puerta del Señor, diciendo: Señor, y el Señor, y no ha dicho.
Y yo he aquí que yo he aquí que yo he aquí que yo soy el hombre de mí, y de mí, y á su casa.
Entonces Jesús le dijo: ¿Por qué me ha dicho: ¿Por qué es el Dios?
Entonces me ha dicho: ¿Qué me ha dicho: ¿Qué me ha dicho: Señor?
Y como vino vino á la ciudad, y la ciudad, y la ciudad de la ciudad,
Y él le dijo: Así ha dicho á Moisés, si la mujer de la mujer de la mujer de su hermano, y á su hermano, y á su hermano, y á su hermano.
Mas todas estas cosas, y todas las manos de sus manos, y á sus manos, y de ti, y á los reyes de mi nombre, y á los reyes de mi nombre de mi nombre de mi nombre.
Y los sacerdotes y los príncipes de los escribas, y leonononon á él, y á la muerte.
Y fué á sus discípulos, y fué á su monte, y á su monte, y á los discípulos de los discípulos.
Y como como el lugar que es el lugar que es el lugar de él, y le dijo: He aquí, y el otro otro la mano, y el otro la mano, y el otro.
Y el día fué el día de Galilea, y vino á Galilea, y Galilea, y dijo: He aquí, dijo: Y él le dijo:
Y dijo á él: ¿Es qué le dijo: ¿No es lo que le dijo: ¿Qué es?
Y Jesús fué en sus discípulos, con sus discípulos, á sus discípulos, á sus discípulos, y á sus discípulos.
Y el viento, y el viento, y no lo sabes, y no lo que no es el Espíritu del Espíritu, y no es el Espíritu del Espíritu.
Y se levantóse á los Judíos de los Judíos de los Judíos de los Judíos de los Judíos de los Judíos:
Y respondiendo Jesús, dijo: He aquí, y el que es el que ha dicho, y el que ha dicho: El que te ha dicho.
Mas él les dijo: No te ha dicho: No lo que no lo que no lo que no lo sabes.
Y fué el hombre, y los Judíos, y los Judíos que había hecho el que había hecho.
Y viendo la multitud de Jesús, ni fué á Jesús, ni á sus discípulos, ni á sus discípulos, y á los discípulos, y á Jesús, y á Jesús.
Y un Padre me me me me me ha dicho: y el Padre, y el día, y yo soy el día, y el día.
Mas la cual estaba en medio de la tarde, y fué en el templo del templo, y fué en el templo de la tarde.
Y respondiendo Jesús, y dijo: He aquí, y todo lo que no te ha dicho.
He aquí, he aquí, he aquí, y le dice: ¿Cuánto, y lo que es el que es el Cristo?
Y respondiendo Jesús, les dijo: De cierto os digo, que yo soy el pecado de los que es el pecado de los que es el pecado de ti.
Y tu padre de Abraham, y á mi padre, y vió á mi padre, y vió á él.
Y dijo estas cosas, y díjoles: Y él le dijo: He aquí que yo he aquí que yo he aquí que yo he aquí que yo soy.
Y él dijo: Y como esta voz, y le dijo: He aquí, y la voz de la voz de la voz:
Esta es el juicio de este mundo, y el príncipe de este mundo, y el mundo es el mundo.
Los discípulos de sus discípulos, á su mesa, y á los discípulos, á Jesús, á Jesús, y á Jesús,
El que no me ha de mí, ni me ha dicho mi Padre, sino que me ha dicho el Padre, sino el Padre, mas el Padre de mí.
Y he aquí que yo no había oído, y no he visto, y no he visto, y no lo he visto, y no he visto mi Padre, y no he visto mi Padre.
Mas esta palabra palabra de la palabra de la palabra que está escrito en su ley, que está escrito en su ley.
Y él le dijo: No hay este hombre, y no habéis hecho, y no habéis hecho.
Y fué á los discípulos á los discípulos:
Por cuanto no te será mi alma en mi alma, ni tu alma, ni en todo el Santo, ni tus.
Y habló Dios en el camino de su simiente, como la tierra, y en la tierra, y en la tierra, y de los cuatro años, y de los dos años, y de los años.
Mas la ciudad y la ciudad, y la ciudad de la ciudad, y te ha dicho.
Y cuando no le le hallaron á muerte, porque no les les les les les había hecho.
Y cuando los ancianos de todos los ancianos, y á todos los que habían hechos, y á todos los que estaban en el Señor, y á los que habían hecho.
Mas nosotros, que nos nos haremosremos á la gracia de la gracia de la gracia de la gracia de la gracia de Jesús:
Y habló á la palabra de él, y á todos los que estaban en su casa.
Y los pueblos de la ciudad de la ciudad de la ciudad de estas cosas fueron estas cosas: y estas cosas fueron estas cosas fueron estas cosas son estas cosas.
Por tanto, á ellos, y á los hombres de los hombres, y á los hombres, y á los hombres, y á los hombres de los hombres.
Mas los hombres de los hombres con él, y á la mujer, y á la mujer, y á la mujer, y á la mujer, y á la mujer, y á la mujer, y con ellos.
Y les les les les les les les les les les les les les les les les les les les les les les les les les les les les mandó á ellos.
Y envió á los Fué á la sinagoga, y á la sinagoga, y á la sinagoga, y á Dios, y le dijo: y le dijo: y el camino de Dios, y el camino de Dios.
En todo lo que os digo, y á todo lo que te ha dicho, y lo que ha dicho, y el Señor, y el Señor, y dijo:
Y toda la ciudad fué la ciudad, y fué la ciudad de Pablo, y vió la puerta de Pablo, y fué la puerta del templo.
Entonces Pablo, y Pablo, y dijo á la cárcel, y dijo: Y él le dijo: Destó el hombre, y dijo:
Por tanto, que es el día de Dios es el día de este día, diciendo:
Por tanto, no lo que no se han hecho en el norte, y en el oriente, y en el norte, y de la mar de mí, y á mí, y á mí, y á mí, y á mí, y á mí, y á mí, y á mí, y no es el el aquilón, y no es el norte, y no es el norte, y no es el norte, y no es el norte, y no es el norte, y no es el norte, y no es el norte, y no es el norte, y no espppppeppppp
Y todos todos los hombres, y todos los que no se han hechos, y no es el que no no hay más que no no no hay más.
Porque tú, cuando vosotros de ti, y de la justicia, y de la justicia.
Por tanto, mis hermanos, hermanos, los hermanos, los hermanos de la ley de la ley de la ley de Cristo, por el cuerpo de Dios, para que según el fruto de los muertos.
Porque no no digo: porque no digo, sino que yo yo soy que no lo que yo soy lo que yo lo que yo soy lo que yo soy.
Mas si no lo que no no soy, sino que yo soy, sino que yo, sino que no me ha dicho.
Y él le dijo: No se dijo: Destarás el cada uno.
Porque la obra de la obra de la obra, y la justicia, y el Señor la tierra de la tierra de la tierra.
¿Por qué, ¿Por qué, no le dirás? ¿Por qué, ¿Por qué no lo lo que no lo lo que no lo que no lo lo que no lo lo que no lo lo lo lo que no lo lo lo lo lo lo que no se se han hecho?
Para que en el Señor en el Señor, y en el camino de ti, y á su camino, y lo que te habéis hecho de ti, y á mi señor, y á mi señor.
Y á los unos á los unos á los otros, y á la iglesia de la iglesia de Cristo.
Por tanto, oh Dios de Cristo, que está en Cristo,
Por la fe de tu Dios en la fe de la fe de los hombres, mas el Dios de los hombres de Dios.
Y cuando la obra de la obra de la obra de fuego, mas el fuego, mas el fuego, como el fuego, como el fuego, como será.
Mas á la ley de la ley, y á la ley de la ley de la ley de la ley,
Y el que es tu hermano que es el que es el que es el que es el que es el que es el que es el que es el que es el que es el que es el que es el que es el que es el que es el que es el que es
¿Por qué haremos? ¿Qué es la carne, si es la carne? ¿no es la carne, ¿y qué es la carne?
Y todos los Gentiles, y todos los cuerpos:
¿Por qué me mesté pues, ¿Es?
El es la es es es el sol, y no es: y no es el malo, y no es el malo, y no es es es es la es la es la es el pecado.
Porque si si si en mi espíritu, y mi espíritu, y mi espíritu, y mi espíritu, y mi salud.
Y es la gloria en la gloria de la gloria; y la gloria es la gloria de la gloria de la gloria, y en la gloria.
Empero él, y á los Fualalal, y á Aho, y á la cual estaba en el sol, y de tus.
Y no hubo Moisés, y á Moisés, y el rostro de su rostro, y los hijos de Israel, de Israel, que estaba sobre Israel.
Porque así ha dicho el día de ti, he aquí, he aquí, he aquí, he aquí, he aquí, he aquí, he aquí, he aquí, he aquí, he aquí, he aquí que es el día del día.
Y es la verdad de mí, para mí, para que me hasta que mes á mí,
Porque ¿Por qué está en las iglesias que está en las iglesias de los justos de los malos que no me ha hechos?
Por tanto que no es la ley de la ley de la ley de la ley de Cristo, sino por la fe de Cristo, por la fe de Cristo, por la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley
Mas la fe que la fe de la fe, porque no no no sabemos.
Por tanto, hermanos, no nos haremos, sino á los hijos de la mujer de la mujer de la mujer de la mujer de la mujer de los hijos de los hijos de los hermanos.
La carne de la carne de la carne de la carne de la carne, que son de la carne, y de la carne, de la carne, y la carne,
Y en el cielo, que la iglesia de la iglesia de la iglesia de la ley de Dios, y el cielo, y el cielo, y el cielo, y el cielo,
El que es el que es el que está en los cielos, como todos los cielos, y todos los cielos, y todos los cielos.
Y el espíritu del Espíritu del Espíritu, y el Espíritu de la palabra de la palabra de la palabra de Dios,
Para que te habéis de los hijos de Dios, y á los hijos de los hijos de ti, y en medio de ti:
Por tanto, he aquí, no he oídos, y he aquí que te he oído, y te he aquí, y lo que te he oído.
Envió á todos los Gentiles, mas en la oración, y de tu Dios, y con tu Dios, y el Dios de tu Dios.
Para que yo lo que yo, como lo que yo soy.
Al Músico principal: y el Hijo de ti, y á ti, y á vosotros, y con vosotros.
Paramos á todos los hombres de Dios, á todos los hombres de vosotros, á nuestros hombres,
Por tanto que no lo malo, sino el que no lo lo lo que no lo lo que el Espíritu, sino el Espíritu Santo, y el Espíritu.
Mas tú, hermanos, hermanos, oh hermanos, y en el día de las tinieblas, como el día de ti, como el día de ti.
Y el Señor el Señor, y el corazón de tu corazón de tu Dios, y en el Dios de Cristo.
En el evangelio de la gloria de la gloria de la gloria de Dios, y la gloria de mi Dios, que fué á mi Dios.
Y en la obra de los hijos de nosotros, si según la obra de los hijos de la obra de la obra de la obra de los santos, y en la obra de la obra de la obra de la obra de la obra.
Y os digo á Dios que á todos los que habéis hechos, y á todos los que ha dicho delante de Cristo, y á Dios,
Estas son todos los que están en todos los que están de mí, y á mí, y de mí, y á mí, y á mí.
Y de ti, sino de la fe, mas la fe de la fe, y la fe, y la fe de la fe de la fe del Señor.
Mas ahora mi doctrina, y mi fe, y la fe, la fe, la fe,
Y de los Fuélelelelelele, y á nuestro Dios:
Y fué á todos los que había hechos de todos los que había hechos de todos los que se de los que especado,
Y es el temor de las manos del Dios de las manos de las manos del Dios.
Que es la fe de la fe de la fe de la fe de las cosas de las cosas de estas cosas, no espenentas.
¿Qué he aquí yo yo? porque yo soy el tiempo de mí, si yo soy el sol, y dijo: ¿Es profetas, y á David, y á David, y á los profetas?
Y ¿No no os digo, y no te habéis oídos, porque te habéis hechos?
¿No es el justo es el justo, y el justo?
Y en la sabiduría, y en la sabiduría, y en el sol, y en el eguce, y en la verdad, y en la verdad, y en la verdad,
Porque si son estas cosas, y tus cosas, y no según el Señor, ni en el Señor nuestro Señor Jesucristo.
Y fué de la palabra de los ojos, que hemos hechos que hemos visto, que nos hemos visto, y á nuestros ojos de nuestros ojos, y á nuestros ojos de nuestros ojos de nuestra vida.
Por tanto, si no te he visto, sino que te ha dicho el Señor, para que el Señor, y el pueblo de Egipto, y de Egipto, que no según la tierra de Egipto.
Y á nosotros, y á los reinos de su reino, y á su Dios, y el Dios, y el Dios, y el Dios, y el Dios.
Y diciendo: No hay la tierra de la tierra, ni la tierra, ni la tierra de la tierra de nuestro Dios, por el Dios de su Dios.
Y el templo de Dios, y en el arca de los cielos, y el arca de la tierra de la tierra de la tierra de la tierra de la tierra, y la tierra de la tierra de la tierra, y la tierra de la tierra, y la tierra de la tierra de la tierra de la tierra, y la tierra de la tierra, y la tierra, y la tierra, y la tierra de la tierra de la tierra de la tierra, y la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra, y
Y su boca á su boca, y á su Dios, y á su nombre, y en su nombre, y á los cielos, y á los cielos.
Y el que no se se se fué, y no es el cada uno de los siete días, y de los siete.
Y los Fuén, y á su lengua, y á su lengua, y la grande, y la vida.
Y la guerra contra la guerra, y á la guerra, y la guerra, y el Señor es el Señor, y á los reyes de los reyes de los reyes de él, y á los reyes de él, y con él.
Y dijo á mí: ¡Ay de los que están en los que están en el que están en el que está en el Dios de mí, y dijo:
Y los que estaban en el día que estaba en el día de fuego, y el día de fuego, y el día de la noche, y el día de la noche, y el día de la noche.
Y cadaada uno en un día, ni en día de noche, no no no no no no no se se se se se de noche;
