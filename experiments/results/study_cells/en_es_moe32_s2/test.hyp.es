Y á ellos, y en la luz de la luz de la luz de la luz de la luz de la luz de la tierra.
Y dijo Dios: El Dios: He aquí, y la tierra de las aguas en las aguas de las aguas en la tierra.
Y el nombre de la tercera de la tercera es el río que está en el río.
Y Saúl dijo á la mujer á la casa de la otra parte de la otra parte de los árboles,
Y todos los días de Jachânías, y á la guerra.
Y todos los días de Achâchâz, y á Zachâchânías hijo.
Y levantóse á la mar, y levantó á la mar, y la tierra de la aguas de la aguas.
Y Dios Dios y á sus hijos y á sus hijos, y dijo: Ventad á los hijos de la tierra.
Y Achâtó á los años, y engendró á la familia de Achârón, y engendró.
Y Joab tomó su mujer á su hermano, y á su hermano, y todos los cuales habían hecho en todos los cuales habían habían hecho en el pueblo.
Y será que cuando cuando hubieres de Egipto, y les dirán: No es su mujer es su mujer.
¿No he aquí que yo yo yo yo yo yo yo yo te he aquí que me me me me me me me hasta la mano de ti? Y si yo te daré á mano.
Y respondió Pedro: He aquí yo he aquí yo he aquí yo he aquí que yo yo yo he aquí yo he aquí que yo he aquí yo he aquí que yo he aquí que yo he aquí que yo he aquí que yo he aquí que yo he aquí yo yo he aquí que yo yo yo he aquí,
Y David respondió á Saúl á su mujer dijo: He aquí mi hermana es el rey de Saúl.
Y fué en el desierto del desierto.
Y David respondió á Saúl: El nombre de Jehová es el lugar de Jehová: El lugar de Jehová es el día. Y él dijo: No será el monte de Jehová.
Y yo yo yo yo yo yo yo yo yo yo Jehová, y Jehová Dios mío, que había hecho en mi hijo en mi hijo.
Y Joab envió á su espíritu, y á su tiempo, y de hombre, y de hombre, y era de su pueblo de su pueblo.
Y no había hecho á él, ni su hermano, ni su hermano, ni su hermano de su hermano.
He aquí, y dijo Jehová: He aquí yo soy Jehová vuestro Dios de Jehová tu padre, y á Jehová tu padre, y á Jehová vuestro padre, y yo yo te daré á Jehová tu simiente.
Y tomó á Joab, y parió á Jacob, y á Jacob, y á Jacob.
Y él respondió: He aquí yo me hasta que me hasta que yo soy.
Y respondió respondió respondió: ¿Es tú? Y él dijo: ¿Has tú no me hasta que me hasta que me me hasta que me me hasta que yo me me hasta que yo yo yo me hasta que me me ha dicho.
Y él vino con todos todos todos todos todos los cuales había hecho con él, y subió á la puerta del río.
Y vino á Dios á la otra otra parte de la noche, y dijo: No le le dijo: No lo que no ha dicho.
Y ella respondió á ella: No me ha dicho mi señor mío, y yo yo yo yo yo yo yo yo yo yo yo yo soy.
veinte y dos décimas, y dos décimas, y dos décimas, y dos décimas,
Y díjoles á ellos, diciendo: Así ha dicho mi hijo mío, hijo mío, hijo de tu hijo.
Y partieron á Israel, y de Israel, y la otra parte de la mar.
Y respondió: ¿Quién me hasta que me hasta que me hasta que me ha dicho? Y él dijo: ¿Es?
Y como la mañana según la mañana, como la luz, y se habían sido la luz.
Porque estas provincias de la tierra, y en la tierra que están en la tierra de la tierra, y no hay en la tierra.
Tus tierra de la tierra, y tus hijos, y tus hijos serás hijos, y tus hijos, y tus hijos, y tus hijos, y tus hijos, y tus ovejas, y tus ovejas, y tus hijos.
He aquí tus ojos, y tu hermano, y tu hermano es mi hermano es mi boca.
Y los hijos de Jera, y Japha, y Achânías, y Achîs.
Y mis almas de mis almas, y mis iglesias de mis iglesias, y no según sus iglesias á sus iglesias en sus iglesias.
Y vinieron á la otra parte del Jordán, que está en la otra parte de la otra parte de la otra parte de la otra parte, y según su padre.
Y sus hijos le dijeron á él:
Y respondió á su pueblo á su pueblo: He aquí que los hijos de Israel son los hijos de Israel.
Y dijo á Achîs, y tomó á la carne, y á su hijo de su hijo, y dijo: Ve, y dijo: Así habéis de ella.
Y tomó Joab á Sarutó á su padre de su padre, é hirió á la mujer de la mujer de la mujer de Moisés y á Moisés y á la vida.
Y Moisés dijo á Moisés: Así ha dicho Jehová tu mano sobre tus aguas, y tus aguas de Egipto, y de Egipto, y sobre sobre ella sobre ella en medio de Egipto.
Y dijo Jehová: No es el Dios de Faraón: No es el Dios de Faraón: No es el corazón es el corazón de Jehová.
Mas Faraón dijo á Faraón á su corazón, y no ha ha ha hecho que no ha dicho.
Porque si si si si no te he aquí, y si ellos, y si ellos,
Y Moisés fué en medio de Faraón, y todos sus siervos, y todos sus siervos y todos sus siervos, y todos sus siervos había hecho en Egipto.
Y el pueblo de Egipto, y los cuales fueron con los pueblos con ellos, y á la tierra de la tierra. Y él les dijeron: Ven á todos los hombres.
Y Moisés envió á Israel en el desierto del desierto, y se levantóse en el desierto, y entraron en el desierto.
Y Moisés dijo Moisés: Así ha dicho Jehová, que está en el sábado que Jehová es el sábado.
He aquí yo yo yo yo yo yo yo he aquí que yo yo yo yo yo yo yo yo he aquí que yo yo yo yo he aquí que yo yo yo yo yo yo yo yo he aquí que yo yo yo yo he enviado.
Y Moisés habló Moisés á Josué, y fué con él, y fué con Dios.

Y harás el altar en el altar en el altar.
Y harás el aceite de Aarón y sobre Aarón y Aarón y Aarón y Aarón, y la otra parte de la mar, y de la mar, y la mar, y de la mar de la mar.
Y todos sus vasos, y todos todos sus mesas, y sus mesas, y sus mesas,
Habla á los hijos de Israel á los hijos de Israel, diciendo: Así habéisbéis dicho Jehová, y tus mandamientos, y tus mandamientos, y para que yo yo yo yo yo yo yo yo yo yo os pondré á Jehová.
Y el tabernáculo del tabernáculo, y sus cabezas, y sus cabezas, sus cabezas, y sus cabezas, y sus cabezas, y sus columnas,
Y el espíritu de Dios de Dios, y en el espíritu de Dios, y en la sabiduría, y en toda carne, y en la obra de todos,
Y habló Moisés á Moisés, y á los sabios, y todos los sabios, y todos los sabios que había hecho en el corazón.
Y la anchura de la anchura de la anchura de anchura, y la anchura de anchura de anchura.
Y pusieron en el cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro mil, y la mar, y sextos, y la otra parte de la otra parte;
Y cayó sobre el tabernáculo del tabernáculo del tabernáculo del tabernáculo del tabernáculo del tabernáculo.
Y ofrenda de tu presente, y tu presente, y no harás con todo lo que no será de todos tu pacto.
Y si si si si el que yo soy Jehová, y de Jehová, y constiere en su prójimo, ó en su prójimo, ó en su prójimo.
Y de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de Jehová será el sacerdote.
Y aconteció en todas las manos de Aarón y todos los hijos de Aarón y sus manos y sus manos, y delante de ellos delante de ellos delante de ellos.
Y partieron los querubines, y sextos, y el altar.
Destieres de ti, y de carne, y de carne, y cada uno de carne, y cada uno, y cuando hubieres, y de la mar, y de la mar.
No serás de vosotros, ni constieres, y no será que no será que no no será de ellos.
Y he aquí que yo he aquí que me me metiere en el carnero, ó dos décimas, ó dos siete corderos, ó el sacerdote será el sacerdote, y el sacerdote será el sacerdote, y el sacerdote, y el sacerdote.
Y él será la otra otra parte de la puerta, y delante de Jehová delante de la puerta del testimonio.
No serás de tu padre, ni tu padre, ni tu padre, ni tu madre es tu madre es tu madre: no será su madre.
Y he aquí que su hija con su hija de su hija de su hija, y será de la muerte.
Y cualquiera que ha dicho Jehová de Jehová de Jehová á Jehová, ó cada uno de cada uno de su ofrenda, ó el holocausto, ó el holocausto, y no será inmundo.
Y partieron en él en él, y de Jehová leña de Jehová.
La tierra de la tierra de la tierra: porque tu siervo, tu siervo tu siervo tu siervo tu siervo, y tu siervo, y tu siervo, y tu siervo, y des días.
Y yo te daré á ti á tu prójimo, ó tu prójimo, ó para daréis tu prójimo.
Y he aquí que yo yo yo soy el campo, y el campo, será de tus mandamientos, y de tus canas, y será inmundo.
No será inmundo, no será inmundo.
Y sus contados, y sus contados de ellos, y sus mil y dos mil y dos mil.
Y los hijos de los hijos de los hijos de Coath, y los hijos de Coath,
Los contados de los contados de ellos, conforme á todos los dos mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil.
Y pondrás sobre todos los vasos de todos los vasos de todos los vasos que estaban en el santuario, y en el santuario, y en el santuario, y sobre ellos.
Mas no será más en el santuario en el santuario.
Los cuales fueron contados de ellos, los contados de ellos, y sus familias, y sus familias, seiscientos seiscientos mil mil mil mil mil mil.
Y su madre no será su madre, ni su madre, ni su madre, ni su madre, ó su madre, cuando su hermano es su hermano es su cabeza.
Y los corderos de los holocaustos, y cinco macho cabrío, y cinco décimas corderos, y cinco décimas décimas corderos, y el cuarto cuarto cuarto cuarto día de la ofrenda.
Y el sacrificio de los corderos, y cinco macho cabrío, y cinco décimas siclos, y dos décimas, y dos corderos, y el cuarto cuarto cuarto cuarto cuarto cuarto cuarto cuarto cuarto cuarto cuarto cuarto,
macho cabrío cabrío para expiación por expiación por expiación,
Empero á la otra parte y á la otra parte, y en el desierto, y en el desierto.
Y cuando cuando hubiere hechos, y el cada uno de un macho cabrío, para expiación por expiación por expiación para expiación.
Y habló Moisés á Moisés á Moisés, y levantó á los ancianos de los ancianos de Israel.
Y los hijos de Israel dijo á los hijos de Israel, diciendo: He aquí hemos hemos hemos hemos hemos hemos hemos hemos hemosmos, ¿no nos nos nos nos nos nos nos nos nos nos nos nos nos nos nos nos nos nos nos nos nos nos nos nos nos nos nos nos nos nos nos nos nos han hecho.
Porque los hijos de los hijos de Israel que los hijos de Israel, que yo yo yo yo yo yo yo yo soy Jehová.
Y los hijos de Israel, los hijos de Israel, que estaba en el desierto en el desierto en el desierto.
Así ha dicho el que está en el valle de Jehová de Jehová de Jehová, y dijo: Así ha dicho Jehová en el valle de Moab.
Empero todos todos los reyes de Israel en todas las ciudades de todos los reyes de todos los Amorrheos, y sus ciudades en todas las ciudades.
Y él respondió á su hijo, y dijo: He aquí que me hasta el rey de Moab, el rey de Moab.
¿Quién ha dicho el polvo de Jacob? ¿no es el cuarto de Israel?
Y la tercer día, al tercer día, el tercer día, dos décimas, un becerro,
Y sus presentes y sus ofrendas y sus ofrendas, y sus ofrendas, y sus libaciones, y sus siete corderos,
Y Moisés envió á Moisés, y á todos los varones de la tribu, y á todos los cuales hizo con los vasos de los vasos de los vasos, y con mano de su santuario.
He aquí yo he aquí que los hijos de Israel, á los hijos de los hijos de Jehová había hecho en el consejo de Jehová, y en la congregación de Jehová.
Y partidos de Beth-el, y en Michîs.
Y si alguno con una piedra, que no no lo que no se hallare, y no lo que no le le le le le había hecho.
Y la congregación de la congregación de su mano de la mano de la sangre de mano de la sangre de la congregación de la congregación de la congregación de la congregación de la ciudad de la ciudad.
Y serás en la tierra de la tierra, y no te habéis de la tierra: porque la sangre será en la tierra.
Y vinieron á mí á mí, y dijo: He aquí que habéis venido delante de los hombres, para que nos haremos delante de los hombres que nos haremos delante de la palabra de la palabra de la palabra de la palabra de los hombres.
Y yo dije á ti, dijo: No te habéis hechos.
Y dijo Jehová: No me ha dicho Jehová de Moab, ni á Moab, ni en la tierra de Moab, ni en la tierra de su tierra.
Y mandó Jehová á Jehová á Jehová á Jehová á los estatutos y para poseer en la tierra en la tierra.
Mas Jehová habéis dicho Jehová, y á Jehová, y habéis hecho Jehová tus padres, que Jehová ha dicho Jehová tu casa, y de la casa de la casa de Egipto.
Y Jehová había hecho en tus padres en tu simiente, y á tu simiente, y á todos los cuales estás padres.
Por tanto, oh Jehová, y en la tierra de Egipto en la tierra de Egipto.
Las restastas, y el tas,
El que no nos ha de su vestido, ni no se ha de su marido, ni el hombre no se ha dicho Jehová vuestro Dios.
No serás en tus viñas de tus viñas, y no se adorieres, no se han de todos los fruto de todos los frutos.
Y dirán á la puerta de la puerta de la puerta de la puerta de la puerta de la casa de la casa de la casa de su padre, y en la casa de Israel.
El que es el que es el que está en la congregación de Jehová, no no no será en la iglesia.
Y Moisés habló Moisés á los ancianos de Israel, diciendo: Así ha dicho el que yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo os he aquí que yo yo yo yo yo yo yo yo yo os habéis mandado.
Mas la palabra es el que está en tu boca, y tu boca en tu boca.
He he he aquí yo yo yo he aquí yo he aquí yo he aquí que yo yo yo yo yo yo yo yo he he aquí, y he aquí yo yo he aquí yo he aquí yo he aquí yo he aquí yo he he aquí yo he aquí yo yo yo he aquí
¿Hastas de los sacerdotes, y el vino de ellos? ¿Hastuya de ellos, y tus vestidos.
Y vinieron á la otra otra parte del monte de la otra parte del río, y vinieron á Josué hijo de Josué hijo de Josué hijo de Benjamín.
Y cuando cuando los príncipes de Jehová había dicho el arca del Jordán, y el Jordán del Jordán, y el Jordán delante del Jordán.
Y los varones de los varones de los varones de ellos fueron contados de ellos, y los cuales estaban delante de ellos, y delante de ellos delante de ellos.
Ahora pues pues pues pues pues pues pues pues á Jerusalem, rey rey rey rey rey rey de Achânías rey rey rey rey de Sachîs, rey de Achîs, hijo de Achîs, hijo del rey del rey del rey del rey del rey del rey del rey del rey del rey del rey del rey del rey del rey del rey del rey del rey del rey del rey del rey, rey de Sachîs, rey de Achîs, rey, rey de Achîs, rey de Achîs, rey de
Y Josué envió Josué á Josué hijo de Israel, y todos todos los Siros de Israel, y á Beth-ba.
Y el rey del rey del rey del rey, el rey del rey del rey del rey,
Y respondió respondió: Así ha dicho el que yo yo yo yo yo yo yo yo yo te daré mi hija.
Y Mira, Mira, y Achân,
Dessstó de todos todos los que estaban en todas las otra partes de la otra otra partes de la otra parte.
Y el mediodía de la otra parte del mediodía, y el término de Beth-el, y subió al término de Beth-el, y el término del término de Moab.
Y el término del término de los términos de los términos de la mar de la mar de la otra parte del valle de la otra parte del atrio que está delante de la otra parte del mediodía.
Y habló Josué á Josué, diciendo:
Mas vinieron á la ciudad de la ciudad de la ciudad de la ciudad, y su hijo de Sepha, y á su hijo.
Y salió Jehová de Jehová, y le había mandado á Israel, y levantó á Jehová á Jehová:
Exto á su mano á su mano, y la obra de su mano, y la obra de la obra de su obra.
Y envió David á todos los mensajeros á todos los Filisteos, y á todos los cuales habían hecho á Beth-el, y vinieron á Babilonia.
Y subió á Joab, y preguntó á él en el camino en el camino de él, y dijo:
Y vinieron á la gente, é hirió á Joab, y se levantóse á la ciudad de su hermano.
Y los hijos de Israel no había hecho en los hijos de Jehová, y no había hecho en los hijos de Moab, y á los hijos de Moab, y los hijos de Moab, y los hijos de Ammón, y los hijos de Moab, y los hijos de Ammón.
Y los términos de todos los términos de los términos, y á la otra parte del desierto, y la otra parte del Jordán.
Entonces el señor del rey de los Filisteos, que los Filisteos había hecho siete Filisteos, y no había hecho.
Y él le parió á una parte de él, y le dijeron: He aquí que le dijo: El que le dijo: El que se hacia el eño de ellos.
Y viendo el pueblo, cuando le dijeron: Ven, y dijeron: Ven, y dijeron: El que nos ha dicho Jehová nuestro Dios nos ha venido á la mano de nuestros ojos.
En aquel rey no había hecho en Israel en el rey en el rey.
Y vinieron á los hijos de José y á sus hijos, y vinieron á los cuales había hecho á la casa de la casa.
Y los hijos de Benjamín, y á los hijos de metal, y á los hijos de la familia, hijo de los hijos de Coath, y á los sacerdotes y á los sacerdotes, y á los sacerdotes de los sacerdotes, y á los sacerdotes de los sacerdotes, y á los sacerdotes de los sacerdotes de los sacerdotes, y á los sacerdotes,
Y respondió á su siervo dijo á su siervo, y dijo: Ventamos en la mar, y lo que nos habéis hecho en ella.
Y todos los cuales todos ellos todos los cuales fueron siete siete siete días, que estaban en medio de ellos, y de ellos según la piedra.
Y los varones de Israel había hecho en Jerusalem, y comenzó á los cuales comenzó á los cuales comenzó á los varones de Israel, y les dijeron: Ven á la batalla delante de Israel.
Y dirás á sus padres, cuando sus hermanos, cuando les dijeron: No nos nos nos nos dirán á ellos nos nos nos nos nos ha de ellos.
Y fué en la alma de Jehová de Jehová, y de Jehová, y amó á Jehová.
Mas él no había dicho á su marido, no dijo: No es su marido: No es el niño, que es el que ha dicho Jehová.
Y David envió á todos los días de Israel.
¿Hastaré yo yo yo yo soy Jehová, y yo yo yo yo yo yo yo yo yo yo yo yo yo yo he aquí yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo he aquí yo yo he aquí yo yo yo yo yo yo he enviado? ¿Quién yo yo he aquí yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo he aquí yo yo yo yo he
Y Saúl vino á todos los que estaban con él con él, y he aquí, y he aquí, y he aquí que había hecho en ella, y he aquí que había hecho en ella.
Y dijo Saúl Saúl á Saúl: No te habéis dicho Jehová, y no te hasta que Jehová ha hecho Jehová.
Mas Jehová dijo dijo á Samuel: No su rostro, ó el rostro de su rostro, ó en su rostro, ni su rostro.
Y vinieron los príncipes de los príncipes de los Filisteos, y vinieron á los Filisteos había hecho á David.
Y habló David á David á Saúl á Saúl á Saúl, y dijo á Saúl: No ha dicho el rey de David su padre, porque no habéis hecho en su siervo.
Y aconteció que había había venido á Saúl, y á Saúl, y vinieron á Saúl, y vinieron á Saúl, y á la tercero,
He aquí que yo he aquí yo yo yo yo yo yo yo yo yo yo he hecho en mi casa?
Y David envió David David David á los hombres de ellos, y vinieron á todos los cuales había mandado.
Y envió David á David á David, y á los cuales había hecho que había hecho.
Y David David envió David David á Joab, y de aguas, y se levantóse de la cabeza de Saúl, y no había hecho en ella.
Y David respondió David David á su corazón: He aquí yo yo yo yo yo yo me ha dicho el día de Saúl que me me me me me me me ha dicho en mano de Israel.
Y David envió David á David y á los varones y á la mar, y á la tierra, y á los que estaban en la tierra de los que estaban en el camino de Egipto, y en el camino de Egipto.
Y vinieron á sus cabezas, y sus cabezas de su tierra, y en la tierra de la tierra de todos los Filisteos, conforme á todos los Filisteos.
Y Joab volvió á Joab á Joab, y vinieron á todo el pueblo de todos los hombres de todos los hombres de David, y todos los varones de los hombres.
Y dijo David David á David David: He aquí que yo te daré mi señor el rey de Israel, para que habéis hecho en el rey de Israel.
Y he aquí que David envió David, y vinieron á Joab, y con él estaba en Jerusalem, y no había hecho con él con él con él.
Tus pies de tus pies y tus pies y tus pies, y las pies des pies.
Y ella respondió David á David, dijo á Jehová: No serás, y no no temidos, y des, y des.
Y David David envió David David David David á cuando comenzó á siete mil mil mil hombres hombres hombres hombres hombres hombres hombres hombres hombres hombres de los Siros.
Y aconteció que el rey de los hijos de Ammón, y reinó en su hijo reinó en su hijo.
Y David envió David David á David, y no dijo: ¿Qué ha dicho Jehová? Y él dijo: El hombre que ha dicho el hombre que Jehová.
Y David envió David á David á David á Absalom á Absalom, hijo de Achânías hijo de Achân.
Y cuando cuando cuando según su cabeza de su cabeza, y todo lo que había hecho, y todo lo que había hecho de él, y el término de su cabeza.
Porque tu siervo siervo siervo siervo siervo siervo siervo siervo, diciendo: Así ha dicho Jehová me ha dicho dicho Jehová.
Y el pueblo fué en el pueblo de Israel en el campo de Israel, y fué en la batalla.
Y Joab vino á la plata, y al pueblo, y al pueblo de Israel, y á la otra parte del pueblo.
Y él le dijo á Joab: No es el que no habéis hecho, sino el día de los muertos, sino que no hay en el día.
Y el rey dijo al rey: ¿Qué es el hombre? Y él respondió: ¿Qué es el hombre es el rey dijo: ¿Qué es el rey mío? Y él dijo: No es el rey.
Y el pueblo que el pueblo en el pueblo que está en el pueblo, como como en el pueblo, cuando cuando cuando cuando cuando cuando según la batalla.
Porque tu siervo siervo siervo siervo siervo que yo yo yo yo yo yo yo yo he he aquí que yo he aquí yo he aquí que yo he aquí que he aquí que yo he aquí que he aquí que yo he aquí que yo he aquí que yo he aquí.
Y el rey dijo: ¿Hastad al rey de los días de los días de los días de mi vida?
El hijo de Achârías hijo mío, hijo de Achârías hijo de Achâz,
Y David envió David á Jehová á Jehová á Jehová á Jehová, y cuando Jehová había mandado á la tierra de Jehová, y la tierra de la tierra.
Y tomó su padre no había hecho á él, diciendo: ¿Por qué ha venido en el tiempo? Y él dijo: ¿Por qué qué había venido á su mano.
Y dijo Dios: Así habéis dicho el Dios, y no hemos hechos, y no hemos oídos, ni tu vida, sino que no no hemos hechos enemigos.
He He aquí en Mira, y en Beth-el, y á Beth-el, y á Beth-el,
Salomón envió á Salomón á Salomón á Salomón rey de Salomón que había hecho á Salomón había mandado en el rey de su padre, y había hecho á David.
Y el templo de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa.
Y en la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad.
Y Salomón Salomón Salomón envió á todos los príncipes de Israel, que estaban delante de él con él con él, y de él según el arca.
Y el arca del arca del arca de Jehová en el pacto de Jehová en el santuario, y sus casas de la casa de la casa de la casa de los querubines.
Así ha dicho Jehová tu Dios, que estáis en el rey en el trono de Israel en el trono de Israel.
Y en el que que que había hecho en el cual, y en el me me me mes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes.
Y Salomón rey Salomón Salomón rey Salomón envió á los dos siclos de oro, y dos siclos de oro;
Y dirás á ti á ti, y si yo te haré que yo te daré en ti, y en mis caminos, y en mi casa, y no será mi casa, y en mis estatutos, y en mi siervo.
Y durmió Salomón con sus padres, y con sus padres en su padre, y reinó en su hijo.
Así ha dicho el Dios: Así ha dicho el Dios de Israel: Así ha dicho el Dios mío, y yo yo yo yo yo yo te he aquí que yo yo yo yo soy el pueblo.
Por tanto, he aquí yo he aquí yo he aquí yo yo yo yo he aquí que yo soy el que está en la casa de la casa de Israel.
Y él dijo á la ciudad de la ciudad, dijo: He aquí que está en la ciudad de la ciudad de la ciudad de mi señor es el rey, y la tierra.
Y en el camino de los reyes de Israel, no había hecho en la casa de la casa de Israel, no había hecho en casa de Jehová.
Y vinieron á Josué á Joab hijo de Moab, que había hecho en el cual había hecho en el rey de él, cuando había hecho en el rey de Judá.
Y tomó el templo de la familia, y el templo, y á la tierra de la tierra, y todo el pueblo de Jehová, y todos los reyes de la casa de la casa de la casa de la casa de los reyes de los reyes de la casa de los reyes de la casa de la casa de Jehová.
Y en el año año año año año hijo de Judá hijo de Judá hijo de Judá hijo de Israel, rey de Israel reinó en el rey de Israel.
Y vinieron á sus estatutos y sus estatutos y sus estatutos, y con sus estatutos, y que había hecho á sus padres, y les había hecho en las gentes, y los cuales habían hecho.
Y Achâstuvo, y Achîs, y Achân, y á los hijos de Achîs, y en sus dioses.
Y aconteció que había dicho, que había dicho á Achîs, diciendo: He aquí que habéis venido contra ti, diciendo:
Ahora pues pues, oh Jehová nuestro Dios, oh Jehová, oh Dios, que yo os he aquí yo te ha dicho el reino del reino de Jehová, para siempre.
Y dijo Ezechîas á Josué: Así ha dicho Jehová.
Y aconteció que no había hecho en ojos de Jehová en los días de Jehová había hecho en las gentes delante de los hijos de Israel delante de Israel delante de Israel.
Mas no hicieron á los de ellos, y no han hecho á ellos, que no ha dicho Jehová, que no no es el que Jehová es el que no son los hijos de Israel delante de Israel.
Y comenzó comenzó á reinar, cuando comenzó á reinar, y reinó en Jerusalem en Jerusalem en Jerusalem.
Y el rey envió el rey á Jehová á Jehová á Jehová, y todos los que todos los que había hecho en la casa de Judá, y todos los cuales había hecho en la casa de Jehová, y todos los cuales había hecho en el pueblo en el pueblo que había hecho en el pueblo.
Y los hijos de Ammón, los hijos de Ammón, y Achânías, hijo mío:
Y los hijos de Jeraías, hijo mío, y Achâmías, y Senías, y sus hijos.
Los hijos de Ammón hijo mío, hijo mío, hijo mío, hijo mío, hijo mío, hijo mío:
Y he aquí, y he aquí, y he aquí, y la tierra, y la tierra de los que estaban delante de los que estaban delante de los que estaban delante de ellos.
Porque cuando cuando según sus hermanos, y los hermanos, y los cuales había hecho á José.
Y hijo hijo hijo hijo hijo de Izías hijo hijo de Jeraías, hijo mío,
Y á los hijos de los hijos de los hijos de los hijos de Coath, conforme á la tribu de Coath, y de la tribu de Ephraim, y de la tribu de la tribu de Ephraim,
La tierra con sus ejidos, y sus ejidos, y sus ejidos, y sus ejidos.
Y vinieron á He aquí, y á Id, y á los hijos de Id, y á los hijos de Id, y á los hijos de Achîs.
De los hijos de Ammón, los hijos de Idías, los hijos de Idías, hijo mío, hijo mío, hijo mío, y Zebaías hijo mío, y Achîs.
Y David envió David á todos los hijos de Israel, que está delante de Beth-el, que es el arca del arca del arca del arca del arca del arca de Jehová, que está en el arca del arca del arca.
Y vinieron á los cuales vinieron á Beth-el, y vinieron á David, y dijo David. Y David David David David. Y él les les les les les les había hecho en mano de Moab.
Y David envió David David David David en el rey delante de Jehová, y dijo: ¿Por qué yo soy Jehová Dios?
Y Josué hijo de Idías hijo de Idías hijo hijo de Coath;
Y los hijos de Ammón vinieron á los hijos de Ammón, y á la puerta de la ciudad de la ciudad que había hecho en la puerta de los reyes.
Los hijos de Ammón, los hijos de Id, y los hijos.
Y ellos ellos estaban en el etutados, y de los príncipes de los príncipes de los príncipes de los príncipes, y de los príncipes de los príncipes de los príncipes de los príncipes de los hijos de los hijos de los hijos de los hijos de los hijos de Dios,
Y todos los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de Dios, á los hijos de Dios, y á los hijos de Dios.
Por tanto, á la familia, y á sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos.
Y aconteció que era hijo de Sapha hijo hijo de Sarías hijo de Ipha hijo hijo de Joab hijo de la guardia.
Y tú, oh Jehová, oh Jehová, oh Jehová es la gloria, y la gloria, y la gloria, y en la gloria de todos los cielos, y en el reino, y en toda la tierra.
Los cuatro cuatro cuatro cuatro cuatro cuatro cuatro cortinas, que estaban en la mar, que estaban sentados, y las columnas de la mar, y las cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro
Y mi Dios mío, oh Dios, oh Dios, oh Dios, oh Dios, y tus oídos oídos ojos, y en el lugar que está en el lugar.
Y Salomón rey Salomón envió á Salomón á todo el rey de todo lo que había hecho á todos los que había hecho á su tierra que había hecho á su tierra.
Y cuando se levantó á Jehová de Jehová, y no le le había hecho hecho de él, no no había hecho en él.
Y vinieron á Jehová á Jehová á Jehová, y todos los holocaustos, y todos los holocaustos en el pan, y en la tarde, y todos los vasos de Jehová nuestro Dios.
Mas vinieron á todos los de ellos á ellos á ellos á ellos, y se habían venido delante de Judá.
Y los varones de Judá y de Judá y de Judá y de Judá, y todos los varones de Israel y todos los varones de Israel delante de Israel.
Mas no sabía que no había hecho de Dios, que no había hecho hecho en mano de ellos en mano de ellos, que había hecho por mano de ellos.
Y los varones de los contados delante de los hombres y la congregación y delante de todos los príncipes.
Por tanto, y he enviado á ti, y he aquí que me hasta que me han venido á todos los dioses á todos los dioses de mí, y no es el lugar de su lugar.
Y aconteció que era de tres años, cuando comenzó á reinar, y reinó en el mes días en Jerusalem.
Los hijos de Ammón, los hijos de He aquí, y siete siete siete siete siete mil.
Y vinieron con sus hermanos y con sus hermanos y sus hermanos, y sus hermanos, y sus hermanos, y los hijos de Judá y los hijos de Judá, y los hijos de los hijos de los hijos de los hijos de los hijos de sus hermanos, y los hijos de los hijos de los hijos de sus hermanos.
Empero pues pues pues pues pues el rey á la ciudad, y si no es el muro de la ciudad, y no será en el rey, y no será en el rey.
Empero á los rey á los rey de Judá, que está escrito en la casa de Judá, que está en la casa de la casa de la casa de la casa de Dios, y en la casa de sus manos.
Y los hijos de Israel, y los hijos de Israel, y los hijos de los hijos de los hijos de los hijos de los hijos de la casa de la casa de Dios.
Y vino á Jerusalem en el mes, que estaba en el mesta en el rey de el rey.
Y de los hijos de Ammón, hijo de Idías, hijo de la familia de la familia, y dos dos mil.
Y de los hijos de Coath, hijo de Ipha, hijo de Jephaías hijo de Samías hijo.
Y vinieron á la plata y á oro, y los vasos de oro, y la casa de la casa de la casa de la casa de la casa de Israel, y todo Israel.
Y vinieron á Jerusalem, y vinieron á Jerusalem, y dijéronle:
Y Achîs, hijo de Achîs, hijo de Achâz, hijo de Beth--el, y sus puertas, y sus puertas, y sus puertas, y sus puertas, y sus puertas, y sus puertas.
Y aconteció que él le había hecho hijo hijo de Achârías hijo hijo de Achoías hijo hijo de Canías hijo de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de Achîs.
Mas cuando cuando oímos que había oído que había hecho que había hecho en medio de la otra parte de los Judíos, y fué en el primero.
Y los hijos de los hijos de Ammón, y dos mil y dos mil.
Y la puerta de los hijos de los hijos de los hijos de los hijos de los hijos de Achânías, los hijos de Achîs, y á los hijos de Achîs, y á los hijos de los hijos de Achîs.
Los hijos de los hijos de los hijos de los hijos de Aser,
Y luego que se aruvo, y á tus obras, y no no no no no no temieron en sus mujeres, sino á ellos en su Dios.
De los sacerdotes, hijo de Jeraías, hijo mío,
Y delante del sacerdote delante del sacerdote, que estaba delante de la casa de la casa de la casa de la casa de nuestro Dios.
Y he aquí yo yo yo yo he aquí que yo he aquí que yo he aquí que yo yo he aquí yo he aquí yo yo de Moab,
Las provincias en el rey de todos los mes, y todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos todos los Judíos, y á todos los Judíos, y á los Judíos que está en medio de los Judíos, y á todos los Judíos, y á todos los Judíos que está en el mes, y á todos los Judíos, y á los Judíos, y á los Judíos, y á los Judíos, y á todos los Judíos, y á los Judíos, y á todos los Judíos, y á los Judíos, y á los Judíos, y á los Judíos que está en
Y vinieron á Saúl á Saúl á Saúl á Saúl.
Y levantóse pues el día que estaba en el corazón de mí, y cuando había hecho en el rey de la puerta del rey.
He aquí que yo he aquí, y en todas las aguas, y en todas las aguas.
Vemememememememe, y mis mandamientos.
Porque no nos habéis hechos de la tierra, y la tierra, y la tierra de nuestros días.
Yo soy Dios: No me ha dicho: No me habéis dicho.
Yo he aquí que yo yo yo yo yo yo yo yo yo yo yo yo he aquí, y no haré mi cabeza.
Y yo he aquí que yo yo he aquí como como como como como como un vestido.
¿Hastas de Dios, y tus palabras?
Mis hermanos de mis hermanos, y mis hermanos, y mis hermanos, y mis hermanos, que me hasta el que me hasta el que me hasta el que me hasta mí.
Por lo cual tú eres de ti, y tus riquezas, y tus obras.
Las aguas, y leña, y la aguas.
Yo he aquí que yo yo me me hasta que yo me me hasta que me hasta que me hasta que me hasta que me hasta que me hasta que me hasta que me hasta hoy.
Y si yo yo yo he aquí yo he aquí mi mano sobre mi padre, y he aquí yo he aquí yo he aquí que yo yo he aquí yo he aquí que yo yo yo he aquí yo he aquí que yo he visto.
Y si yo he he he aquí que yo he aquí que su vida.
Las riquezas, y sus fortalezas, y sus riquezas, y en la fortaleza.
No te habéis dicho el pueblo, cuando no hay en el lugar.
Las maldades, no no hasta que no hasta que hasta que hasta que hasta que no hasta que has hecho.
He aquí que está delante de su Dios está en su carne, ¿no está en él?
Y en la nube, ¿Hastó la nube de las nubes?
Las manos cons manos, y constó constó á la mar.
Y á la tierra, y á la tierra de la tierra que está en la tierra de la tierra.
Al Músicoúsicoúsico principal: Salmo de Jehová, oh Jehová, oh Jehová, oh Jehová, oh Jehová: ¿Has? ¿Has? ¿no me hasta el rostro.
Las metieres, y sobre sus fortalezas, y sus fortalezas.
Hacerálelelelelelelelelelelele.
Y mi gloria y mi gloria y mi gloria, y todos mis pecados.
Y yo he he he aquí que yo yo yo soy Jehová, que yo yo yo yo yo yo yo soy Jehová en la vida de Jehová, y todos los días.
Yo te he aquí que he aquí que me habéis hecho en mi fortaleza, y con mi fortaleza, y con mi fortaleza, y me hasta que me hasta que me hasta mi fortaleza.
Así ha dicho el Jehová de Jehová de Jehová de las gentes; y el pueblo de las gentes, para que no hay en el pueblo.
Y los impíos han venido á los impíos, y á los sabios, y á los sabios, y á los sabios:
No me has de tus enemigos, y tus riquezas, y tu misericordia, y tu misericordia y tu misericordia y tu misericordia.
¿Por qué habéis hechos en mi alma? ¿Por qué me hasta que me hasta que me me hasta que yo soy Dios.
Y él con sus manos con sus manos, y sus manos.
Al Músicoúsico principal: Salmo de Moab, y dijo: Ved á Achîs.
Y ellos según que se apartará á la carne de la fortaleza.
Y yo os pondré á los holocaustos de holocaustos, con cada uno de holocaustos, con cada uno de holocaustos. (Selah.
Y la congregación de la congregación, y tu Dios, y tus sabios.
Al Músico principal: Salmo de David: Salmo de David, oh Dios, oh Dios, oh Dios.
Y todos los que todos los que todos los que están en ti, y en tu salud: Ven, y tu salud.
mi boca mi boca mi boca, y con tus riquezas.
La tierra de la tierra de la tierra de la tierra: y la tierra será la tierra.
Tu Dios, oh Dios, oh Dios, oh Dios, oh Dios.
Mas yo haré que yo yo yo soy Dios.
Y cuando se levantó contra él, y con él en él con él.
Y vinieron delante de ellos delante de ellos delante de todos ellos delante de ellos, y á todos los contados de Israel y de Israel, y de Israel.
Y nosotros, de Dios de los ejércitos, y á tu rostro, y de tu rostro.
Y tú te he aquí yo yo yo yo en el lugar de ti en el lugar de ti. Y yo yo yo he aquí que yo yo soy. (Selah. (Selah. (Selah. (Selah. (Selah. (Selah. (Selah.
Al Músicoúsico principal: Salmo de Dios en la iglesia en la iglesia de los dioses.
Porque Jehová Dios es Jehová Dios es Jehová Dios, y con Jehová, y con justicia, y no será constado de Jehová.
Al Señor nuestro Señor nuestro Señor nuestro Señor nuestro Señor nuestro Dios nuestro Dios nuestro Dios de nuestro Dios nuestro Dios, y la obra de la obra de nuestros manos.
Tus riquezas de la tierra de la tierra, y la tierra; no será Jehová.
Por tanto, que le le había hecho á ellos en el desierto.
Para que según su simiente, y en la tierra, y en las gentes en la tierra.
Y vinieron á Jehová á Jehová á Jehová, y á ellos, y á ellos leña de ellos.
Todas mis enemigos con ellos, y con ellos con ellos, y con ellos con ellos con ellos.
Las obras son las obras de Jehová, y todos los que todos los que están en todos los que están en ellos.
Y la otra vez, y el Jordán, y el Jordán.
Y cuando yo os daré el sacrificio de Jehová, y el nombre de Jehová.
Mis manos mis manos mis manos mis manos, que yo teré tus estatutos.
Yo mis carnes de ti, y mis carnes de ti.
Las palabras me hasta que me hasta que me hasta que me me me me hasta el corazón de mi corazón.
Yo yo yo yo he visto tu salud, oh Jehová tu salud.
El Hijo del Hijo del Hijo del Hijo mío, no había dicho Jehová.
Porque Jehová ha hecho Jehová.
Y tú me ponga delante de ti, y tu mano sobre tu mano.
Tus cuales me hasta que me ha dicho Jehová: no me me hasta que me hasta que no no me me me me me hasta que me ador.
Y el eña, y eña, y como como como como como como como como como como como como como como como como como como como como.
Y ellos les dióles á Jehová, y le dijeron:
Por tanto, y en el camino de los hombres, y el camino de los hombres.
Y el que es el que está en su prójimo.
Así ha dicho el hombre que me ha dicho el que me habéis hecho en medio de mis puertas.
En la multitud de la multitud de la multitud de los sabios, mas el que es el que no es el sabio.
El que no hay sabio, y no es el que está en las gentes en la multitud de la multitud de los sabios.
El que el que el que el que el que el que le ha de su alma.
Y el rey el rey del rey es el rey de él, mas el que está en subido, y el que está sobre su anchura.
Habmememe, y adiere, y el ta, y el que el que el que el que el que le le será.
Y nunca más más más más, ni no tienes, dice el camino: No es el camino.
Destrututó á la lengua: porque es la lengua de la muerte.
No te dijeres á la piedra de la piedra, y no temiere en medio de la piedra.
Empero los cielos y la tierra de la tierra, y la tierra de la tierra de los reyes de los reyes de los reyes.
El hombre que es el que es el que es el que es el que no es el que no tienes.
El que es el que es el que es el que está en el que Jehová.
Yo he aquí yo en mi corazón en mi corazón, y mis carne, y con mis carne, y con mi corazón, y á mí, y á los días de los días, y á todos los días.
Y yo que yo yo yo yo soy Dios, para siempre.
¡Ay de los que han visto, que han hecho que han hecho que han hechos.
Y he aquí que yo yo yo he aquí yo yo yo he aquí que yo he aquí que los que estaban con él.
Yo he aquí yo he aquí que yo he aquí que yo he aquí que yo yo he aquí, y á la sabiduría, y para que es para que es para que es el mal.
He aquí que es mi hijo, y si si alguno es el uya, y he aquí en el muro.
Tus labios son mis caminos, y tu boca es el templo, y tu boca es el templo.
La boca es la boca de la boca, que está en el vino, para que hacia mi hijo de mis caminos, que están en mis labios.
Yo yo yo he aquí que yo te daré la tierra de la tierra:
Y en aquel día que le ha dicho el día, diciendo: No es el que no será en el pan.
Las mujeres, cada uno en el hombre de hombre, diciendo: El que nos ha de nosotros nosotros nos nos haremos, y nos ha de nosotros, y el nombre de nuestro nombre.
Así será Jehová sobre tu pueblo sobre tu pueblo, y tu padre, y tu padre no hasta que no hasta que no hasta el rey de Israel.
Porque todos todos todos todos todos los cuernos de la mar, y no hay en la sangre, y en el fuego en la sangre, y en el fuego.
Y sus pacerán en Jehová en Jehová de Jehová, y no será de los ojos de los ojos de sus ojos, ni sus ojos de sus oídos.
El pueblo de los pueblos, el pueblo de los que estaban en el pueblo de la mar de la mar, y de las gentes de las aguas de las aguas de las aguas.
Y será de los días, y de Jehová, y en la tierra de los ejércitos en la tierra de Egipto en tierra de Egipto, y será de Egipto, y será de Jehová.
Así será Jehová, y sobre Egipto, y sobre Egipto, y será Jehová.
Y tomó á la mar de Judá y de Judá, y en el día de la casa de la casa de la casa de la casa de la casa de la casa.
Ahora pues pues pues el pueblo de la ciudad.
¡Ay de la corona de la corona de la corona de Ephraim, y á los que está en la mar de los que está en la cabeza de los que está sobre sus cabezas de los que está sobre la cabeza de los que está sobre la cabeza de los que está sobre los que está en la cabeza de los que está en el valles de los que está en la cabeza de la cabeza de los que está en el valles de los que está en la cabeza de los que está sobre los que está sobre los que está en la cabeza de los que está sobre los que está en el
Así habéisbéisbéis dicho Jehová: Ventamos con muerte, y nos hamos en la muerte, y no nos habéis venido á la muerte.
Porque así no habéisbéis hechos de ti, y no temidos.
Y en aquel día, oh día, y no hay en el que no hay en mano de mi mano, y no es el que yo soy.
Y dirán á los que les dijeron: ¡Ay de los que están en las tinieblas en las tinieblas? Y dirás: Ven: Ven, y sobre todos sus ejidos.
Y he aquí yo he aquí que yo he aquí yo he aquí que yo he aquí yo he aquí yo he aquí que yo he aquí yo he aquí que yo he aquí que yo he aquí en ella.
Habando pues Jehová ha ha dicho Jehová.
Y no será en la tierra en la tierra, ni tu tierra, ni tu tierra, ni tus puertas, ni tus puertas.
Yo haré mi pueblo en Jerusalem, y mi pueblo en mi pueblo, y en mi voz de la voz de mi voz de mi voz.
Porque he aquí que yo he aquí, y he aquí que Jehová será con sus carros, y será con sus carros, y con sus carros, y con sus carros.
Por tanto, y la tierra que yo soy Jehová, que yo yo yo yo soy Jehová, dice Jehová.
Y harás constarás en el lugar de tus manos, y no temiere en tus manos, y no será con ellos.
Y no ha dicho Jehová: Así ha dicho Jehová nuestro Dios, que Jehová nuestro Dios nos ha dicho Jehová nuestro Dios nuestro Dios, y el que nos ha hecho en el que nos ha hecho en el que nos ha hecho en el que nos habéis hecho.
Y oímos que oímos á sus manos, y sus manos destuya de la mujer de la mujer de la mujer de la mujer.
Y cuando su prójimo, y de su prójimo, y no será de su hermano, y no será de todo su hermano.
Y tus enemigos han hechos enemigos, y han hechos, y han hecho en la boca de ellos, y en su boca.
Y vinieron á Jehová palabra de Jehová, diciendo:
Empero Jehová tu gloria delante de Jehová tu Dios, y delante de tus pies delante de tus pies, y delante de tus pies.
Por tanto yo he aquí yo te daré tu rostro, y tu rostro, y tu rostro.
Y tú dirás: Así habéis dicho Jehová: He aquí que se artuvo, y no es el día de mí, y no es el pueblo de mis ojos.
Y habló Jehová palabra de Jehová, diciendo:
Por tanto á los hijos de ellos y á los hijos de ellos, y á los hijos de ellos, y sus mujeres, y sus mujeres, y sus mujeres y sus mujeres, y sus mujeres, y sus mujeres, y sus mujeres.
El que yo yo yo yo yo soy Jehová, dice Jehová:
No he enviado á los profetas.
Y Jehová metó á Jehová, y he aquí, y he aquí que había hecho delante de Jehová rey de Jehová rey de Babilonia, hijo de Babilonia, hijo de Judá, hijo de Judá, hijo de Judá, y de Judá, y de Judá, y el rey de Judá.
Yo he aquí que yo he aquí yo yo yo yo yo yo he aquí con ellos, y destaré á todos ellos, y á todos los reinos á todos los reinos de todos los reinos, y á todos los reinos.
Porque he aquí yo he aquí yo ha dicho Jehová: Así ha dicho el pueblo de Israel, y yo yo yo yo yo yo soy Jehová.
He aquí yo he aquí yo yo yo yo yo yo yo yo delante de ellos, y la tierra de la tierra de la tierra de la tierra de la tierra, y he aquí con la tierra, y he aquí, y con la mujer de la tierra.
Así ha dicho el Señor Jehová: Así ha dicho el pacto de mi pacto, y el día de mi pacto, y no será en el día, y no será en medio de ellos.
Y será de Jehová, y para siempre delante de Jehová, y de su camino de Jehová, y su camino de su camino.
Y el rey estaba en el rey en la casa en el mes en el mes, y fué en el fuego en el fuego delante del fuego.
Y la ciudad será á la ciudad, y sobre la ciudad de la ciudad de la ciudad.
Y la palabra que vino á todos los Judíos á todos los Judíos que estaban en la tierra de Egipto, que había hecho en la tierra, y en Beth-el, y en Beth-el, diciendo:
Y la otra parte de la otra parte de la otra parte de la otra parte de sus carros, y sus carros de sus carros, que no no no no no se artuvo de sus padres.
Empero á Moab, y á Moab, y á Moab, y para que se hallará en medio de ellos, y en medio de ellos.
Porque Jehová ha dicho dicho dicho el Jehová: He aquí que ha dicho Jehová, y sus restará contra su piedra.
Empero la fortaleza, y es mi fortaleza, y la fortaleza de Moab, y el corazón de Moab; y el día de Moab será en su corazón.
Y será el pueblo de Moab, y de Moab, porque Jehová había hecho Jehová.
Así ha dicho Jehová tu corazón de tu corazón, y tu corazón, que te ha ha ha habéis dicho Jehová en el monte de la mar, en el monte de la mar, que yo yo yo yo yo yo yo yo yo yo yo os haré que yo yo yo soy Jehová.
Y yo pondré sobre fuego en medio de la mar, y en el muro de Beth-el.
¿Hastas de las gentes, y de las gentes, y no escurtuís, y no es el que no es el que está en miel, y no es el mal.
Y yo he aquí que es el JJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJAAAAAAAAAAOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOO
Porque así hacia el reino de Babilonia, y de Babilonia, y de Babilonia, son de Babilonia hay en tus mancebos hombres, y en el Dios de Jehová Dios.
Y aconteció en el año de la reinado de la reinado de Jerusalem, y dos mil y dos mil y dos mil.
Empero me me habéis hecho en los muertos en los reyes de los muertos.
Así ha dicho Jehová á los que ha dicho Jehová, para siempre es el alma.
Yo he aquí yo yo he aquí mi cabeza.
Y harás en ellos en ellos, y en ellos, y de Jehová de Jehová de Jehová.
Y en el monte de Sión, que está en Sión, y la tierra.
Y aconteció que habían venido á los cuatro mil y dos mil.
Y los pies de los pies, según la pies de sus pies: y la anchura de sus pies, y según sus pies, y cada uno de metal.
Y él respondió: Vememe á hombre de hombre, y á la casa de Israel, y á mí.
Por tanto, y tus muros muro, y sobre la ciudad de la ciudad de la ciudad, y sobre la ciudad será de la ciudad.
Porque yo he enviado á los días de sus años, para daréis á los días, y de siete días de la casa de Israel.
Por tanto ha dicho el Señor Señor Señor Jehová dicho dicho el Señor Jehová: He aquí yo yo yo he aquí yo he aquí yo yo he aquí que yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo soy Jehová.
Hijo del hombre, y he aquí que han hecho en su corazón, y en su corazón de sus ídolos, y delante de sus ídolos, y delante de sus ídolos.
Para que os habéis hechos en el lugar de tu lugar, y todo el camino de tu lugar, y todo el lugar, y todo lo que no han hecho en el lugar.
Y el ejército de Faraón y á Faraón y á Faraón, y no comieron en él, y cuando cuando cuando cuando cuando cuando cuando según la guerra.
Porque así habéis hecho en el pacto, y he aquí que he aquí, y he aquí que había hecho por mano.
No lo que no habéis de los que no conocen en el monte de los ángeles, y el monte de su prójimo.
Y él dirás: ¿Por qué habéis dicho el hijo de la maldad? ¿Por qué es el hijo de la maldad? ¿Por qué es el hijo de ellos.
Y mis sábados en el sábado, y serás en el sábado, y tú me hasta que yo soy Jehová vuestro Dios.
Y yo me dijo: ¿Qué me ha dicho el lugar de ti? ¿Quién es el lugar de mí? ¿Quién es el día.
Y será de ellos á ellos, como á ellos, y en sus ojos en sus ojos, para que me hasta que me hasta que me han hecho.
Y tú te serás, y tus enemigos, y tus brazos rescantaño, y haré que yo soy Jehová.
Y vino sobre ella sobre ti, y constó delante de la mesa delante de ti, y delante de ti, y delante de ti.
Y yo he aquí yo yo yo yo yo yo yo yo yo yo soy de ella.
Así ha dicho el Señor Señor Señor Señor Señor Jehová: He aquí que los Filisteos han venido con los Filisteos con los Filisteos, y constado constado constidos.
Por tanto yo yo yo he aquí que yo yo yo yo yo yo te daré en el pueblo, y en el pueblo de la tierra de la tierra, y en la tierra de la tierra de la tierra.
Las provincias de los sabios, y sus sabios de tus sabios, y de los cuales están en medio de ellos en medio de ellos.
Y ecíguínta, y con tus riñones, y tus riñones, y tus riñones, y en la mar.
He aquí yo he aquí que yo yo yo he aquí yo yo yo yo yo he aquí yo he aquí yo yo en Egipto.
Yo pondré sobre tus montes sobre tus montes, y tus montes, y con tus montes.
Las días de los hombres, á la cual le le le dirán á la tierra de los que le han hecho.
Así habéis dicho el hombre de los hijos de los hijos de tu justicia, no dirá: No será en su justicia en el día de su justicia.
Y yo he aquí que yo yo me envió á ellos, y he aquí que estaba en medio de ellos, y pusieron sobre ellos.
Y ellos les dijo: Así ha dicho el Señor Jehová: He aquí que yo yo yo yo yo yo yo yo en mano de José, y en mano de Israel, y en mano de Israel.
Y los que estaban en la tierra de la tierra, y cuando cuando cuando cuando cuando cuando se hacia el valle de la mar.
Y cayó en el atrio de la otra parte de la mar, y sus cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro codos.
Así hacia el príncipe de la puerta, en el cual hacia el camino de Jehová. Y el camino delante de Jehová será el camino de Jehová.
Destieres á vosotros á la tierra de la tierra de Israel hasta la tribu de Israel.
Y dijo David á Saúl: ¿Es?
Por tanto, pues pues Jehová ha dicho Jehová, y ha hecho Jehová nuestro Dios es Jehová nuestro Dios es Jehová nuestro Dios en su Dios.
Y el principio del principio de tus mandamientos, y he aquí que yo he aquí yo te hasta que hasta el mandamiento.
He aquí que yo he he aquí en los hijos de los hijos de los hijos de mis labios, y dijo: He aquí yo me me ha dicho.
Y el rey será el rey, y constado con él y á su señor.
Y la otra parte del vino, y el vino, y no no será la otra parte de ellos, y el vino.
Y ellos ellos se tornaré á Jehová, que se adoriere, y sus discípulos, y será el oriente.
Y vinieron á la palabra de Jehová, que fué á Achânías hijo de Achîs.
Y el presente y el presente y la ofrenda de Jehová, y de Jehová de Jehová de Jehová, y la casa de Jehová.
Y haré que yo yo yo yo yo yo yo soy Jehová: porque Jehová.
Jehová ha dicho Jehová, oh Jehová de Jacob, y no haré mal;
En aquel día que está en el día, en el día que en el día que en el día que había hecho en el día de sus puertas, y en sus puertas de Jerusalem, y en Jerusalem.
El pueblo mío, oh pueblo, oh pueblo, oh pueblo, y todo lo que está en todo lo que está en todo el Señor Jehová.
Por tanto yo he aquí yo he aquí yo te he aquí yo te he enviado.
¿Quién está delante de su prójimo? ¿Quién es su fortaleza? ¿no es su furor de su furor, y su furor, y su furor.
He aquí yo yo yo yo soy Jehová: Así ha dicho el Señor Jehová de los hijos de los carros, y pondré en tus carros, y en la tierra, y no haré que yo yo yo yo te haré.
Y los Fararificas, y la mar, y el zazazazazaza, y la mar, y la mar de ellos, y no hay en medio de ellos.
Y el ángel que me dijo: No me ha dicho: ¿No me ha dicho? Y él dijo: ¿No me ha dicho el que yo soy.
Porque yo soy Jehová, oh Jehová, y no no no no no hasta que no sois hijos.
Por lo cual yo os digo, ¿Por qué habéisbéis hechos de vida? ¿Por qué habéisbéis hechos? ¿No será que yo os digo, y no lo que ha dicho?
Y yo yo yo yo he aquí que yo yo yo yo yo yo yo yo temido en su gloria.
Y he aquí que todos todos todos todos los cuales había hecho á la ciudad.
Mas Jesús dijo: El que ha dicho el príncipe de la otra parte de los ángeles. Y él le le dió al cabo.
Y dirás, y alca, y alca, y alaba.
Mas yo he aquí que yo yo os dije: mas no no no no lo que no le había hecho hecho, sino que no le habían hecho.
Y aconteció que se habían visto, y he aquí, y le habían venido.
Y aconteció que todos ellos todos ellos se levantó todos todos todos los pies.
Y no hay en la tierra, y tu padre es el Padre, que está en el cual está en el cielo.
Y dirás: Así ha dicho Jehová, que nos nos nos nos nos hemosmos en la sangre de nuestros padres.
He aquí yo he aquí yo yo yo yo yo yo he aquí yo he aquí yo he aquí yo he aquí yo he aquí yo yo yo yo yo yo he aquí yo yo yo yo yo yo yo
Los cuales les les dirás: Así ha dicho, no os os os digo que no os os digo, ni no no no no me me hasta que no me hasta hoy.
Y ellos ellos les les dijeron: He aquí que yo yo yo yo yo os digo que me ha dicho.
Y partidos, y cuando le dijeron: ¿Qué es el Señor?
Y cuando cuando como como como cuando se habían habían habían habían hecho en el monte del monte.
Y aconteció que estaba en la sinagoga, y estaba en mano de la mano de la mano.
Y subió en el monte, y levantó á los que había hecho á los que le habían hecho.
Yo he aquí que yo yo he aquí que yo yo yo yo yo yo he aquí que yo he aquí en la casa.
Y sus hermanos y sus hermanos y sus hermanos, y vinieron á él, y leones.
Y respondiendo ellos les les dijo: ¿Por qué qué es mi madre?
Y estaba sobre el monte en el monte de la otra parte de la mar.
Exto contra él, y con él, y no le le le le le le le adortó.
Y volvió á la término de la término de Tiro, y vino á la otra parte de la otra parte de la otra parte de la otra parte de la otra parte de la otra parte de la mar.
Y vió á todos todos los ángeles, cuando le había hecho, y le había hecho.
Y viendo Jesús Jesús que vino á Jesús, que le había venido, diciendo: He aquí que le ha dicho, diciendo: He aquí que yo te he aquí que yo yo yo yo yo te he aquí que yo yo yo yo te he aquí que yo te he aquí que yo te he aquí.
Y respondió Pedro, y á los hijos de Zeba, diciendo: Y él le dijeron: El que nos haremos nos nos nos nos nos haremos.
Y levantóse á su vestido, y dió á su vestido, y vino á Jesús.
Y una otra otra vez, y leño, y leña de ella, y le dió á él, diciendo: Venle. Y le le le dijo: Velelelelelele.
Y aconteció en el mes me me me me mes, que fué de la ciudad de la ciudad de la ciudad de Dios.
Y preguntó á mí, y dijo: He aquí que es el nombre.
Y Jesús Jesús, y el Espíritu Santo de la otra parte del Jordán, y en el desierto.
Y aconteció que no había venido á ellos, y no había hecho en la tierra de la tierra de la tierra de la tierra.
Y cuando cuando se habían hecho á la tierra, y les les habían hecho.
Mas él se levantó con él con él, y con él, y ponedó con él.
Y aconteció que había venido á la otra vez, y vió á la otra otra parte del nombre, y dijo: El nombre.
Y Jesús se levantó con ellos, y no había venido de la casa de la casa de la casa de la casa de la casa de él, diciendo: No lo que no le habéis de ti.
Y vinieron á todos todos todos los querubines, y todos los cuales fueron cuatro cuatro mil.
El que hablaba en la gloria de su gloria, que estaba en Jerusalem.
Así ha dicho el Señor Señor le dijo: ¿Hastad á los Fararararificas?
Y cuando cuando cuando hubieres de la casa de la puerta, y el cual habéis dicho: No serás á la puerta de la puerta, y no ha dicho.
Yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo he aquí que yo yo yo me me ha hecho en su casa.
Y Jesús Jesús le dijeron: ¿Por qué es el hombre? ¿Por qué es Dios?
Y él dijo: ¿Es? Y él me dijo: ¿Has que yo soy.
Y cuando cuando vino á la ciudad, y vino á la ciudad, y vino sobre ella.
Y ellos le dijeron: He aquí que nos ha venido á la mujer que nos ha de su hermano, y si no es su mujer, y su mujer es su mujer, y su hermano.
Mas delante de todas todas todas todas todas estas cosas, y todos los cuales te alabarán las cosas, y temieres delante de los reyes de los reyes, y delante de los reyes de mí.
Y los escribas y los escribas y á los escribas á los escribas á la muerte.
Y vino á él, é hirió á su hijo de su hijo.
Y cuando vinieron á los que está escrito: El lugar es el lugar de la otra otra otra otra otra parte, y la otra parte de la otra otra parte de la otra parte de la otra parte.
Y salió el día de la otra vez á la otra vez, y dijo á Jesús: El cual él le dijo: Ve.
Y dijo á Saúl: ¿Es? Y él le dijo: ¿Por qué le dijo: ¿Es? Y él le dijo: Ve.
Y Jesús estaba sentado en sus discípulos, y con los discípulos, y nos nos nos nos nos nos nos nos nos nos nos nos nos nos nos nos nos nos nos nos habéis venido.
Y la mar de la mar, y no habéis hecho, sino que no no no es el que no no es el que no es el que es el Espíritu.
Ahora pues pues pues pues pues pues á la otra parte de los Judíos.
Y Jesús dijo: Así ha dicho el que yo soy Dios de Dios que es el que me ha dicho el que me ha dicho. Y él le dijo: He aquí que me habéis enviado.
Y él les dijo: No te he aquí que no te he aquí que no habéis venido.
Y salió el hombre, y el hombre que había hecho que había dicho.
Y aconteció que había hecho que había hecho Jesús, que había hecho que había hecho Jesús, y no habían venido á Jesús, y á Jesús.
No me hasta que me hasta el Padre me hasta que me hasta el cual me me hasta el día.
Mas cuando cuando fué en medio del templo de la tarde.
Y Jesús les les dijo: He aquí, y todo lo que no te habéis hecho.
He aquí, he aquí que le dijo: ¿Qué es el que es el que es el que es el Cristo?
Y Jesús les dijo: He aquí que yo yo yo yo soy el que es el que es el que es.
Y tu padre hasta que había hecho mi padre.
Y él les dijo: He aquí que les dijo: El que yo yo he aquí que he aquí yo yo yo yo yo yo yo he aquí que yo he aquí que yo yo yo yo yo he aquí que yo yo soy.
Y cuando había dicho: He aquí que estaba con voz voz, y dijo:
Empero el mundo es el mundo.
Y uno uno uno de sus discípulos, y el cual era el cual era de la mesa.
El que no me ha dicho el que no no no no no no no es mi palabra.
Y yo yo yo yo yo yo yo yo yo yo yo he aquí que no no no no no no habían sido sido hecho.
Mas esto ha dicho esto que está escrito en la ley que está escrito en la ley, que está escrito en la ley.
Y ellos les les dijeron: He aquí que no no no nos nos nos nos nos habéis hecho.
Y subió á los discípulos á los discípulos.
Por tanto, no serás en mi alma, ni en tu alma, ni tu alma, ni tú no será.
Y habló Dios en la simiente de Dios, como su simiente en su simiente, y en la tierra, y en la tierra, y en la tierra, y según la tierra.
Mas pues pues pues, y en la ciudad, y ha dicho.
Y si no se han venido á la muerte, que le habían venido.
Y cuando cuando se habían hecho delante de ellos, y todos los ancianos que habían hecho en todos los cuales habían hecho con ellos.
Mas nosotros nos nos nosmosmosmosmosmos que nosotros nos habéis visto el Señor.
Y ellos les habló á la palabra de él, y á todos los que estaban en todos los que estaban en su casa.
Y la multitud de la gente de la gente de la gente de la ciudad.
Ahora pues pues pues, les dijo:
Mas vino á él con él, y preguntó, y á la otra parte, y á la mujer, y á la mujer, y á la mujer, y con ellos, y con ellos, y con ellos, y con ellos.
Y cuando ellos le dijeron:
Empero comenzó á la otra parte de la otra partes, cuando cuando cuando cuando le había hecho en el camino.
En todo lo que he aquí que yo os he aquí que yo yo yo yo soy el Señor, que es el Señor.
Y todo el pueblo que estaba en el pueblo, y vinieron á la ciudad de la ciudad de Pablo, y vinieron á la puerta del templo.
Y Jesús le preguntó Jesús, y díjoles: He aquí que le dijo: El hombre es el hombre que le ha hecho que le le ha de él.
Y oímos que es el que yo soy Dios de Dios, que yo soy Dios, diciendo:
Por tanto, no se han hecho en el norte, no hay en el mar, si no hay en la otra otra parte del mediodía, si no hay en el mediodía.
Y vinieron todos todos ellos todos todos todos todos los que han hechos: y no hay en el que no no hay como como como como no no hay como como como como como como como como como como como como como como como como como como.
Porque cuando cuando hubieres siervos de ti, y de justicia.
Por tanto, pues mis hermanos, y de los hermanos, para que según la ley de la ley de la ley de la ley de los muertos, para que había hecho de Dios.
Porque no he visto, no he enviado á mí, sino que yo no no lo que no lo que yo yo soy.
Mas si si si si no he aquí que yo soy, sino que no hay que no me ha hecho en ella.
Y ella respondió respondió: El que él les dijo: No será el que la otra manera.
Porque él será de la obra, y en justicia, y en justicia en justicia en justicia en justicia.
¿Quieren en él? ¿Has, ¿No han hecho en él? ¿Por qué se habían hecho en él?
Por tanto que os os digo en el Señor, y en el camino de los santos, para que habéis hecho en el camino de ti.
Y otra otra otra otra otra otra parte parte parte de los ángeles.
Por tanto, oh Dios de vosotros, en Cristo, que nos habéis hecho en la sabiduría, y la justicia de Dios, y la justicia, y la justicia, y de la justicia.
Para que según la fe de la fe, sino en la sabiduría de los hombres.
Y si si alguno alguno hombre hombre es el hombre, sino que se ha de la obra; mas el fuego será.
Mas á la ley, y con él, y delante de él, y delante de la ley.
El que está tu hermano, el que es el que es el que es el que es el que es el que es el Cristo.
Y si si si si si si si si si si si si si si si si si si si hubieremos, ¿quién nos nos nos nos nos nos nos nos nos nos nos nos nos nos nos nos nos nos nos hamos?
Y todos todos todos todos todos todos todos todos todos todos todos todos los pestados,
Yo he aquí yo he aquí que me me me me hasta que según la carne?
Y si está en ti, y no es el que no es el que no es el que no no es.
Porque si si si yo he aquí, si mi espíritu, si mi espíritu es mi espíritu.
Y si si hay en la gloria en la gloria; y en la gloria en la gloria en la gloria.
Y yo he aquí que yo yo yo yo yo yo yo yo yo yo yo yo yo he aquí, y en tus egificaron sobre tus.
No según Moisés, y no en el rostro de los hijos de los hijos de Israel.
Porque así ha dicho dicho el dicho dicho: Yo yo yo yo he aquí que yo yo yo yo yo yo yo yo yo te he aquí, he aquí que yo he aquí, he aquí, he aquí que yo he aquí, he aquí, he aquí, he aquí, he aquí que yo he aquí que yo he aquí, he aquí, he aquí, he aquí, he aquí, he aquí, he aquí que yo he aquí, he aquí, he aquí que yo he aquí, he aquí, he aquí que
Y es la verdad es la verdad, para que me hasta que hasta el ministerio de mí,
¿No está en el que está en ti, que está en el cual está en las iglesias de las iglesias? ¿No es el que yo yo me me hasta que yo me me hasta que yo yo me me hasta que me me hasta que no me me me me me me me hasta que me hasta que yo me me me me me me me me me hasta que me me me hasta que me me hasta que yo me me me me me me me me me
Mas no es el hombre que no es la ley de la ley de la ley, sino en la ley de la fe, sino que nos nos nos nos ha hecho en la ley de la ley de la ley de la ley;
Mas ahora, pues, que no nos habéis hechos, no nos hasta la fe.
¿Por qué nos nos nos nos nos habéis venido á los hijos de los hijos de la mujer de la mujer.
La carne de la carne de la carne de carne, que son de la carne, y la carne;
Y á la iglesia que en la iglesia de la iglesia de la iglesia de la iglesia de la iglesia de Dios, y de la sabiduría, y en el cielo, y en el cielo, y en el cielo,
Y el que es el que es el que es el que está en todos los cielos, y todos todos los cielos en todas las cosas.
Así hacia la gloria de la salud, y el espíritu de la palabra de la palabra de la palabra de Dios.
Para que os habéis hechos y los hijos de los hijos de Dios, y en medio de Dios, y en medio de la luz, y en medio de la luz, y en medio de las tinieblas, y en medio de la luz.
Yo he he aquí que yo he aquí que yo he aquí que yo yo yo yo yo os he aquí que yo yo yo yo te daré.
En aquel tiempo, y no en justicia, sino en justicia, y con tu oración, y con tus riquezas.
Y he aquí que yo he aquí yo he aquí yo he aquí que yo he aquí yo yo yo yo he aquí que yo he aquí yo yo yo he he visto.
Las JJJJJJJJJJAAH.

Por tanto, que el que no ha dicho el que no no no no no es el espíritu.
Mas tú, hermanos, hermanos, no en tinieblas, ni en el día.
Y el Señor Señor nuestro Señor nuestro corazón de tu corazón, y en el que en el que en el que en el Cristo.
Por el evangelio de la gloria de la gloria de Dios, y la gloria de Dios.
Y cuando cuando cuando cuando cuando cuando hubierenido, si si si si si si si si si si si si si si si si si si hubierentidos.
Y yo yo yo delante de Dios delante de Dios, y todos los que delante de todos los que están delante de todos los que están delante de todos los que estaban delante de los ángeles,
El que os os habéis hecho todos los que están en todos los que me han hecho en el que metado de los que meruvo.
Destís de la justicia: mas la justicia, y con justicia, y el Señor, y con justicia, y con justicia, y el Señor.
Mas tú, pues, oh Dios, oh fe, y en fe,
Achîstó de él, y de nuestro Padre, y á nuestros palabras.

Las manos es el que está en medio de Dios.
Y la fe es la fe de la fe, porque no hay en las cosas, no no no se aficastados.
¿Por qué me ha dicho: ¿Quién me ha ha dicho el tiempo?
Y tú, y no os dijeres, y no os osieres con vosotros, para que te habéis hechos, para que temido.
¿No es el justo?
Y en medio de ellos, y en el eguufífica, y en el eguí, y en la carne, y en la carne.
Porque si tú, y si tus oídos cosas, y no se habéisbéis hecho en el Señor Jesucristo, ni en el Señor nuestro Señor Jesucristo.
Y el que había hecho de la verdad, quemos que nos hemosmos que nos hemosmos que nos hemosmos que nos habéis visto la vida de la vida.
Y he aquí que yo yo os he aquí yo yo yo yo yo os digo, que no ha dicho el Señor Jehová de la tierra de Egipto.
Y él dió á nosotros, y á los sacerdotes, y á los sacerdotes y á Dios, y para siempre.
Y diciendo: No tenemos la tierra de la tierra, ó la tierra de la cual nos nos nos nos nos nos nos nos nos nos nos nos nos nos nos nos ha hecho su Dios.
Y el templo de Dios que está en el templo de los cielos, y en el arca de los cielos, en el pacto en el pacto de su templo.
Empero su boca, y su boca, y su Dios, y á su nombre en su nombre, y en su nombre.
Y el que es el que no es el que no no es el que no no es el siete siete días, y el que es el que es el que es.
Y los cuales han visto, y he aquí, y á la fe, y de la fe, y de la gloria.
Y el pueblo de Moab, y con él será el Señor, y el Señor, y el Señor, y es el Señor, y es el rey de los reyes de los reyes, y con él.
Y respondió á mí: El que me ha dicho el que habéis dicho el que hamos en el que está escrito en el que me ha dicho: El Dios me hasta el Dios de Dios. Y él me ha dicho.
Y los que estaban en el que estaba en el que estaba en el fuego, y en el fuego en el fuego, y el fuego, y los que están delante de ellos.
Y será en medio de las puertas en el camino, y no será inmundo.
