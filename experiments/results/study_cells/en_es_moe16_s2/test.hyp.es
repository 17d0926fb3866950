Y ellos sextos en la luz de la luz de la luz de la luz de la tierra.
Y dijo Dios: Ven con aguas de aguas, y con aguas en la tierra.
El nombre de la tercera es el río, es el río que está en el río que está en el río que está en el río del río.
Y la mujer le dijo: Nosotros nos habéis de los frutos de los frutos de las aguas.
Y todos los días de Jachîs, dos años, y tres años.
Y todos los días de Jepha, y tres años.
Y levantósesese á la mar, y echósese de aguas, y la tierra.
Y Dios, y dijo á sus hijos y dijeron: Ve, y les dijo: Ve, y á la tierra, y á la tierra.
Y aconteció que sextos de los años años, y engendró á Seba, y engendró á Seba, y á la familia.
Y vino á su hijo de su hermano, hijo de su hijo de su hijo, y todos los cuales habían hecho en el pueblo que habían hecho en el pueblo.
Y será que los cuando hubieren de Egipto, le le dirás: No es su mujer.
¿No he aquí yo os he aquí yo te te hasta la tierra? ¿No me me hasta que yo yo te te te pondréré á la mano.
Y respondió Absalom: He aquí yo he aquí yo he aquí yo he enviado á ti, y yo he enviado á la mar.
Y él respondió á su mujer, dijo: He aquí que está mi hijo mío.
Y en el desierto del desierto de su madre.
Y dijo Abraham á aquel lugar de Jehová: Así ha dicho Jehová es el monte. Y él dijo: No es el monte. Y él dijo: Así ha dicho Jehová.
Y he aquí yo yo he hallado mi hijo mío, y Jehová Dios mío mío, que me había hecho en el camino de mi hijo de mi hijo de mí hijo de mí, hijo de mí.
Y Abraham volvió á su espíritu, y murió su espíritu, y murió su hijo de hombre, y murió su pueblo era el pueblo.
Y él no había hecho, ni le había hecho, porque él le había hecho su hermano, y sus manos.
Y he aquí, y dijo Jehová, y dijo á Jehová: Yo Jehová tu padre de tu padre y tu padre y tu padre, y á la tierra.
Y levantósese, y parió á Jacob, hijo de Jacob.
Y él le dijo: Vemememememememe, y me daré.
Y respondió respondió: ¿Hastas? Y él dijo: ¿Has me ha dicho: ¿No me me me habéis de mí.
Y fué con todo lo que había hecho con ella con él, y se levantósese sobre el monte de la mitad de la mitad del monte.
Y vino á Dios á la noche de la noche de la noche, y dijo: Ve, y no le dijo: No lo que no te habéis de Jacob.
Y él dijo: No te he aquí que yo soy mi señor de mi señor de mi señor, para que yo soy soy.
Y dos siclos, y dos siclos, y dos siclos, y dos siclos.
Y vino con ellos, diciendo: Ve, hijo mío mío, hijo mío mío, hijo mío, hijo de tu mujer, para que te he aquí que le habéis de su mujer.
Y partido á Israel, y en medio de la mar.
Y él le dijo: Veré de un macho cabrío, que me ha dicho: ¿Has? ¿ ¿Es.
Y como la mañana fué la mañana, y la mañana, y la mañana, y los hombres.
Porque los siete años de la tierra, y en la tierra, y no hay en la tierra, y no hay en la tierra, y no será en medio.
arás en la tierra de Sión, y tu tierra, y tus hijos, y tus hijos, y tus hijos, y tus hijos, y tus hijos, y tus hijos, y tus hijos y tus hijos, y tus hijos.
he aquí, y tus ojos, y de Benjamín, que está mis ojos que está mi boca.
Y los hijos de Zachânías, y Achâz, y Seba, y Seba, y Achôn.
mis almas, no temieren en su gloria, ni no según en su gloria, y no según su gloria en sus caminos.
Y vinieron á la hija de la hija de la hija de la anchura de la otra otra otra otra parte, y la otra otra otra parte de su padre.
Y sus hijos no había mandado á él á él:
Y él dijo á su pueblo: He aquí que los hijos de Israel son los hijos de Israel, y á los hijos de Israel.
Entonces Baaaaaa, y tomó á la mar, y tomó su hijo de su hijo de su hijo. Y él le dijo: Ve, y le dijo: No me habéis de mí.
Y tomó Baaaa, y parió á su padre de su hijo de su mujer, y tomó Moisés, y le le parió á Moisés.
Y dijo Jehová á Moisés: Así ha dicho Jehová, y tu mano tu mano de tu mano, y tu mano de Egipto, y en mano de Egipto, y en medio de Egipto, y en medio de Egipto.
Entonces dijo á los hijos de Faraón á Faraón á Faraón: El Dios es el corazón de Faraón: El corazón es el corazón de Jehová, y no había dicho.
Empero Faraón Faraón Faraón Faraón su corazón, y no había hecho, y no había venido.
Porque si no te he aquí, y no os he aquí, y ellos les hasta ellos,
Y volvió á Faraón en la noche, y toda la noche, y todos los siervos, y todos los siervos de Egipto, y en la casa de Egipto.
Y los cuales fueron contados cons de Egipto con ellos con ellos, y los cuales estaban en la tierra de la tierra de la tierra. Y ellos les les dijeron: Destados.
Y Moisés dió á Israel sobre Israel sobre Jerusalem, y vinieron al desierto en el desierto en el desierto en el desierto en el desierto.
Y respondió Moisés: Así ha dicho el sábado que está delante de Jehová es el sábado.
He aquí yo yo he aquí yo te he aquí yo te he enviado á ti, y he aquí que yo he aquí yo he aquí yo te he oído.
Y habló Josué Josué Josué Josué Josué con él, y levantóse sobre su hijo.
Porque la luz, y la luz, y la luz, y el aceite, y el aceite, y el aceite, y el aceite.
Y harás el altar.
Tus rebaños, y pondrás sobre Aarón, y pondrás sobre el cada uno de Aarón, y la otra parte de la otra parte de la otra parte de la mar.
Y toda la mesa, y toda la mesa, y sus paces, y el altar del altar, y el altar,
Habla á los hijos de Israel, diciendo: Así ha dichos de Israel: No es tus mandamientos, y tus mandamientos, y tus mandamientos, y me hasta que yo soy Jehová.
Y el tabernáculo del tabernáculo del tabernáculo, y sus cuernos, y sus cuernos, y sus cuernos, y sus basas, y sus basas, y sus basas, y sus basas.
Y él dió con él con él, Dios de Dios, y en la fe, y en la obra de la obra de la obra de la obra.
Y habló Moisés á Moisés, y Achîs, y todos los sabios, y todos los sabios que había hecho en el corazón.
Y la mitad de la anchura de cuatro codos, y cuatro codos, y cuatro codos.
Y pusieron en medio de los cuatro cuatro cuatro cuatro mil, y la mar, y la mar, y la mar, y era de la mar, y el cuarto.
Y leñó la puerta de la puerta del tabernáculo del tabernáculo del tabernáculo del tabernáculo del tabernáculo.
Por ofrenda de tu presente, y tu ofrenda con aceite, y no será el pacto de tu Dios de tu Dios.
Y he aquí, y no se ha hechos, oh Jehová contra Jehová, y en su prójimo, y en su prójimo, y en su prójimo, ó su prójimo.
Y de la ofrenda de un carnero de expiación por expiación por expiación por expiación por expiación por expiación por expiación por el sacerdote el sacerdote que será el sacerdote.
Y todas estas manos de Aarón en manos de Aarón y sus manos, y sus manos, y sus manos, y sus manos delante de Jehová.
Y ellos sextos, y sexto sobre el altar.
Y estas cosas os os habéis de la carne de la carne de la carne de la mar, y de la zazazazazazazazazazazazazazazazazazaza, y de la mar.
No hubieres con vosotros, ni constieres, que no será inmundo.
Y he aquí yo he aquí un carnero, y el macho cabrío, ó dos dos dos siclos, ó dos dos dos dos dos treceréis, ó el holocausto, ó el holocausto.
Y tomarás los dos dos dos trecerá delante de Jehová, delante de la puerta de la puerta del testimonio.
No será el padre de tu padre de tu padre, ni tu padre, ni tu padre es tu madre.
Y cuando según hombre con ella con ella, y de la hija de la hija de la hija de ellos.
Cualquiera que hubieres sacrificios de Jehová, para daréis á Jehová, ó el sacrificio de la ofrenda de la ofrenda, ó el holocausto, ó el holocausto, ó el holocausto, ni será inmundo.
Y pusieron en él en él en Jehová.
La tierra de la tierra de la tierra: porque tu siervo, y tu siervo tu siervo, tu siervo tu siervo, y tu siervo, y tu siervo, y tu siervo, y tu siervo.
Yo te he aquí os he aquí, y tu prójimo, ó tu prójimo, ó tu prójimo.
Y he aquí que yo pondré á la verdad, será el campo de la carne, y será el dinero de tu santuario.
No será inmundo, ni no será inmundo.
Y sus contados, y sus contados, y sus contados de ellos, y cuatro mil mil y dos mil y dos mil.
Los hijos de Coath, los hijos de Coath, y sus hijos, y sus hijos, y sus hijos.
Los contados de ellos, conforme á ellos, conforme á todos los mes de todos los mes, y de un mes, y dos mil.
Y dirán de todos los vasos de todos los vasos de los vasos que estaban en el santuario, en el templo de ellos, y con ellos.
Mas no será en el santuario, y no será en el santuario.
Los contados de ellos, de ellos, sus familias, sus familias, sus padres, sus padres, dos mil y sus padres.
No será inmundo.
Y á los sacrificios de las ofrendas, y siete siclos, y cinco corderos, y cinco corderos, y siete corderos, y el año del año de la ofrenda de la ofrenda de la ofrenda de la ofrenda.
Por tanto, y siete siete corderos, dos siclos, dos corderos, y cinco corderos, y cinco corderos, y siete corderos.
Y un macho cabrío para expiación por expiación por expiación por expiación,
Entó el valle, y el valle, y el valle, y no será en el desierto.
Y he aquí que según un paciere, y el macho cabrío, un macho cabrío para defecto.
Y Moisés se levantó á Moisés, y á Beth-baba, y á los ancianos de Israel.
Y los hijos de Israel, diciendo: He aquí que nos habéis dicho: He aquí que nos habéis de todos los que nos habéis hechos.
Porque los hijos de Israel de Israel, á los hijos de Israel que yo he aquí que yo soy Jehová. Y él dijo á los hijos de Israel dijo: He aquí que yo soy Jehová.
Los hijos de Israel, y vinieron á Israel, en el desierto en el desierto en el desierto en el desierto en el pueblo.
Por tanto está en el valle del valle del valle de Jehová, hijo de Beth-el, oh Jehová.
Y aconteció que todos los reyes de Israel en todas las ciudades de Israel en todos los Amorrheos en todos sus términos, y en todos sus aldeas.
Y tomó él, y dijo: Así ha dicho el rey mío mío mío mío mío, el rey de Moab, el rey de Moab.
¿Quién es el polvo de Jacob? ¿no es el cuarto de Israel? ¿ya de Israel?
El tercera el tercer día, un becerro de un becerro de un becerro,
Y sus presentes y sus ofrendas, y sus ofrendas, y sus holocaustos, conforme á los corderos, conforme á los corderos, conforme á sus libaciones.
Y Moisés les habló á Moisés, y á la tribu de los Levitas, y á los Levitas, hijo de la guerra, y á los vasos de los vasos de los vasos de los vasos de su mano.
Y he aquí que los hijos de Israel, á los hijos de Israel, á la cual fué en la congregación de Jehová.
Y partidos de Achîs, y Achâz.
Y si según un hombre, para hacer, y no tienes, y no lo que había hecho, y murió.
Y la congregación será el varón del hombre de la mano de la mano de la mano de la mano de la mano de la mano de la congregación de la congregación, y el que había mandado.
No hubieres á ti, ni de la tierra de la tierra de la tierra de la tierra de la tierra: porque la tierra de la tierra de la tierra, sino que está en la tierra.
Y vino á ti á ti, y dijo: Ve, y tú habéis de ti, para que nos habéis de la tierra que nos habéis de la tierra que nos habéis de la tierra de nosotros, y á la tierra.
Y él respondió: No te he oídos, no te habéis hechos.
Y él respondió: No me ha dicho Jehová de Moab, ni á la tierra de Moab, ni no te daré á su tierra.
Así ha dicho Jehová, que me has hechos estatutos, y te hasta que te te te te hasta que me hasta que me hasta que me habéis de la tierra.
Mas Jehová te habéis de ti, y tú hasta que habéis venido á tus padres que Jehová habéis de los padres de los padres de los padres de la mano de Egipto.
Y Jehová había hecho en tus padres en tu simiente en tu simiente, y hacia el pueblo, y todos los cuales es el pueblo.
Por tanto, oh extranjeros, que están en la tierra de Egipto.
Lastas,
No comeréis á la mujer de ella, ni su vestido, ni su marido, ni no será que no según que no es el mal.
No hubieres en medio de tu viñas, y de tu viña, porque todos los frutos de todos los frutos de todos los frutos, y la viña.
Y cuando hubieren á la puerta de la puerta de la puerta de la puerta de la puerta del padre de la casa de su casa de su padre, y en la casa de Israel.
El que es el que está en la iglesia, ó satiere en la iglesia de Jehová.
Y Moisés envió Moisés á los ancianos de Israel, diciendo: El mandamiento de todos los ancianos que yo soy hoy hoy hoy.
Mas la palabra es la palabra de ti, y tu boca, y tu boca, y tu boca, para que te habéis de tu boca.
he aquí yo he aquí yo he aquí yo he aquí yo yo te he aquí yo te he aquí, y mi vida.
¿Hastas de sus vestidos, y de ellos, y de ellos? ¿Hastas, y á ellos.
Y vinieron dos varones de la otra parte del monte, y el monte de la otra parte del río, y vinieron á Josué hijo de la otra vez.
Y cuando comenzó á los sacerdotes de Jehová había dicho el pacto de los sacerdotes de la otra parte del Jordán á los pies de los pies de los pies de los pies de los pies, y el Jordán.
Los varones de Samón, y fueron tres mil hombres de la puerta de ellos. Y ellos fueron contados delante de la puerta de la puerta de ellos.
Por Por tanto, hijo de Beth-el, hijo de Beth-el, hijo de Beth-el, rey de Beth-el, hijo de Achîs, hijo de Achîs, diciendo:
Y Josué Josué Josué Josué de Israel, y todo Israel, y todos los Beth-el, y con él contra él.
Y el rey de la otra parte del rey del rey de Achâzías,
Y él dijo: Así ha dicho el que UUUUUUn, y yo daré mi hijo.
Mirarararararararara, Seba,
Y de la mar de toda la mar, que estaban en toda la otra parte de Achâz.
Y el mediodía era el mediodía de Beth-arararar-el, y la otra parte del término, y el término del oriente.
Y el término de Beth-el, que estaba delante del monte de Moab, que está delante de la otra parte del valle de la otra parte de la otra parte del oriente, y el valle de la otra parte del oriente.
Y habló á Josué, diciendo:
Mas ellos les dió á la ciudad de la ciudad de la ciudad de la ciudad de la ciudad, hijo de Zachâz.
Y vinieron á Jehová, sobre él sobre él, y le le le le le había hecho á Israel, y á Beth-el, y á Jehová.
Y fué mano mano mano mano mano mano mano mano mano sobre ella, y la obra de la obra de la obra de la obra de su cabeza.
Y vinieron á todos los mensajeros de Manasés, y todos los cuales estaban á Beth-el, y vinieron á Beth-baba, y vinieron á Beth-el, y vinieron á Beth-el.
Y levantósese á Achîs, y hablóles en el camino del camino de ellos, y dijo: Y él le dijo:
Y aconteció, y vinieron á Joab, y vinieron á Joab, é hirió á Joab.
Los hijos de Israel, que no había hecho en ojos de Jehová, y los hijos de Moab, y los hijos de Moab, y los dioses de los dioses de los hijos de Moab, y los hijos de Moab, y los hijos de los hijos de Moab.
Estos son los términos de Beth-el, y á la otra parte del desierto, y al desierto, y al desierto, y el desierto.
Entonces el rey de los Filisteos de los Filisteos que había hecho á la costumbre que no había hecho.
Y levantósese, y tomósese con él, y le dijeron: Ven á él le dijeron: He aquí que había hecho en la otra otra otra otra parte de los Filisteos.
Y cuando le vió á él, les les dijo: Venta que nos habéis hechos á nuestro Dios, y el que habéis de nuestros ojos de nuestro Dios.
Y aconteció aconteció que no fué en Israel en Israel en Israel en Israel que no había hecho en su mano.
Y los hijos de ellos, cuando vinieron á Saúl, y vinieron á la casa de Saúl que había hecho á él.
Los hijos de Coath, los hijos de los hijos de los hijos de los hijos de Matías, hijo de la familia de la tribu de la tribu de la tribu de la tribu de los sacerdotes, y los sacerdotes, y los sacerdotes, y los hijos de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tierra de la tribu de la tribu de la tribu de la tribu de la tribu de la familia de los sacerdotes, y los sacerdotes, y los sacerdotes, y los sacerdotes, y los sacerdotes, y los sacerdotes, y
Y dijo á su siervo, y dijo: Ve, y con él lo que habéis venido en medio de las tierra.
Y todos los cuales fueron siete siete siete siete mil y siete mil hombres que habían hechos de la piedra de ellos.
Y los hombres de Israel, y comenzó á Benjamín, y comenzó á Benjamín, y comenzó á los varones de Israel. Y ellos les dijeron: No han hecho en Jerusalem.
Por tanto, cuando sus hermanos, ó sus hermanos, ó sus hermanos, que nos nos dirás: ¿Por qué nos dirás?
Y fué sepultado en justicia de Jehová, y de Jehová, y epó Jehová.
Mas Joab no no había dicho á su marido: No es el marido, que es el niño, que es el niño, que es el que yo soy Jehová.
Y envió David á todos los días de Israel.
¿Hastémeme delante de Jehová? ¿Hasté delante de los bueyes? ¿Quién me meté mi mano? ¿Quién me he aquí yo yo yo yo yo yo yo yo yo yo yo yo yo me me he enviado mi mano.
Y vino á todos los pueblos que estaban con él estaban con él, y vinieron con él, y he aquí que estaban con él, y he aquí, y he aquí que estaban con él.
Y él dijo á Saúl á Saúl: He aquí que no te he enviado á Jehová habéis de la palabra de Jehová.
Mas Jehová dijo á Samuel á Moisés: No es el rostro de su rostro, ó el rostro de su rostro.
Después de los príncipes de los príncipes de los Filisteos, como como David había hecho á David como David, como David había hecho á David.
Y Saúl dijo á Saúl á Saúl á Saúl á Saúl, y dijo á él dijo: No lo que él habéis hecho con él contra él, porque no habéis de David.
Y aconteció que Saúl había mandado á Saúl, y vino á Saúl, y vinieron á Saúl, y vinieron á Saúl, y á Saúl, y vinieron á Saúl.
¿Hastís, que yo te he enviado á ti? ¿Por qué he venido en mi casa?
Y envió David David David en el camino de ellos, y vinieron á él, y había mandado.
Y David envió David á David, y á Saúl, y á Saúl que había hecho á Saúl.
Y tomó David David David David de Saúl, y vino de Saúl de aguas, y vió á la cabeza de Saúl, y cuando según que había hecho sobre ella.
Y dijo David en mano de su corazón: No es el día de Saúl es la mano de Saúl que me me me me me me me en mano de la mano de los Filisteos.
Y David envió David David á los varones, y á los Ruya, y á los Ruy, y los que estaban en el camino de los que estaban en el camino de Egipto.
Y pusieron sus cabezas, y sus cabezas, y en la tierra de la tierra de la tierra de la tierra de la tierra de los Filisteos, y en el pueblo.
Y subió Joab á Joab, cuando vinieron á Joab, cuando vinieron á todos los hombres de David.
Y dijo David á David: Veré á Israel, é hirió á Israel, y todo lo que habéis de Israel, para que habéis de todo lo que habéis de tu alma.
Y he aquí que vino á Joab de Joab de Joab, y vinieron á Joab, é hirió á Joab, y no había hecho con él, sino que había hecho con él.
Todas manos de las manos de tus pies, y los pies de tus pies de tus pies.
Y viendo David David á Jehová, dijo á Jehová: No temieres, y no temieres en gran manera, y de ellos.
Y David envió David, cuando sexto, cuando sexto de la otra parte de los Siros de los Siros.
Y después después de los hijos de Ammón, hijo de Ammón, y reinó en su hijo.
Y dijo David David David David contra el hombre, y díjole: ¿Por qué ha dicho Jehová? Así ha dicho dicho el hombre que ha dicho Jehová.
Entonces David envió David á Joab á Joab á Joab, que había hecho á Joab, y fué de la cual era de los muertos.
Y cuando cuando su cabeza de la cabeza de su cabeza, que estaba sobre todo lo que estaba sobre él era el rey de su cabeza, y el rey de su cabeza.
Porque tu siervo, que yo he aquí yo he aquí yo soy Jehová. Y Jehová me dijo: Así ha dicho Jehová.
Y subió el pueblo sobre el pueblo de Israel, y el campo de Israel fué en la tierra de Israel.
Y Joab metó Joab, y á la trompeta de Israel, y á la mar: porque Joab med á Joab med á la mar.
Y dijo á Joab: No te hasta que no tienes, sino que no hasta que no hasta el día.
Y el rey dijo al rey del rey: ¿Por qué es el hombre? Y él dijo: ¿Por qué me dijo: ¿Por qué es el rey de mi señor del rey de mi señor es el rey.
Y el pueblo de la ciudad, en el pueblo que está en el pueblo que está en el pueblo, cuando los cuando según el pueblo.
Porque tu siervo que yo he aquí que yo he aquí yo yo yo he aquí yo he aquí que yo he aquí yo he aquí yo he aquí yo he aquí yo he aquí yo he aquí yo he enviado á su señor rey.
Y él dijo al rey de los días de los días de los días de los días de la vida de mi vida, ¿por qué es el rey de Jerusalem?
Achôrías hijo de Achâzías hijo de Achâzías,
Y David envió David á Jehová, y siete corderos, y sus holocaustos, y la tierra de Jehová era de la tierra.
Y su padre no había hecho á él, diciendo: ¿Por qué habéis venido en aquel tiempo? ¿Por qué había venido en manos.
Y dijo Dios á Dios: Así habéis enviado á ti, y no les les les les dijeron:
Achâmí, y á Beth-el, y Achâzías, y Beth-el, y Sebaba, y Seba,
rey de Salomón rey de Salomón rey de Salomón, que había hecho á Salomón rey de Salomón, que había hecho en el rey de su padre.
Y el templo de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la
Entó la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad.
Y Salomón envió Salomón á todo el rey de Israel, que estaban con él estaban con él con él con él.
Y el arca del arca del pacto de Jehová en el pacto de la casa de la casa del santuario, la casa de la casa de la casa del santuario.
Así ha dicho Jehová tu Dios tu Dios, oh Jehová tu Dios, en el trono de Israel.
Y aconteció que que en el templo de la otra vez, y los me mes, y de los reyes de los reyes de los reyes de los reyes de los reyes de la tierra, y el pueblo.
Y Salomón envió Salomón rey Salomón rey de oro, y dos siclos de oro, dos siclos.
Y si hubieres de ti, y yo te daré á todos mis caminos, y yo te daré en mis caminos en mis caminos en mis estatutos, y mis estatutos, y mis estatutos, y mis estatutos, y no te daré mis estatutos, y no te daré mi siervo.
Y durmió Salomón con sus padres con sus padres, y reinó en la ciudad de David, y reinó en su hijo.
Así ha dicho Jehová: Así ha dicho Jehová: Así ha dicho Jehová Dios de Israel: Así habéis dicho el pueblo de Israel, y el pueblo de Israel, y el pueblo de Israel.
Por tanto, he aquí he aquí yo he aquí yo yo pondré sobre la casa de Israel, y el muro, y sobre el muro de Israel, y en el muro de Israel, y en el muro de Israel.
Y los hombres de la ciudad, diciendo: He aquí he aquí he aquí he aquí he aquí que es la ciudad de la ciudad, es el cual es la ciudad es la tierra.
Y fué en el camino de Israel de Israel, como Israel, no había venido á la casa de Israel, que había hecho en casa de Jehová.
Y vino á Joab á Beth-el, que había hecho en Beth-el hijo de Beth-el, cuando comenzó á Beth-elías hijo de Judá hijo de Judá hijo de Judá, hijo de Judá.
Y tomó los príncipes de los príncipes, y Beth-el, y el pueblo de la tierra, y todo el pueblo de la tierra de la tierra de la casa de Jehová.
Y en el año de Benaía hijo de Benaía hijo de Judá hijo de Judá hijo de Judá hijo de Israel hijo de Israel hijo de Israel hijo de Israel.
Y pusieron sus estatutos, y sus estatutos y sus estatutos y sus estatutos y sus estatutos y con sus padres, y sus padres, y sus padres, y sus padres, y sus padres, y no había hecho.
Y á los Ruya, y Achîs, y Achîs, y á los hijos de Achîs.
Y cuando había dicho: He aquí, rey de Zachâzías hijo de Achâzíasías, diciendo:
Ahora pues, oh Jehová nuestro Dios, oh Jehová nuestro Dios, para que yo soy el reino de todo lo que yo soy Dios.
Y dijo á Ezechîas: Así ha dicho Jehová.
Y aconteció que no había hecho en ojos de Jehová, los ojos de los ojos de los hijos de los hijos de los hijos de Israel.
Mas ellos no había hecho á los hijos de Manasés, y los cuales no es el mal que no es el mal de los hijos de Israel.
Y aconteció que comenzó á comenzó á reinar, y comenzó á reinar, y reinó en Jerusalem en Jerusalem.
Y el rey subió á Jehová á Jehová á todos los varones de todas las casas de Judá, y todos los sacerdotes de Jerusalem, y todos los que había hecho en el pueblo, y el pueblo de todos los sacerdotes, y el pueblo que había hecho en el pueblo que había hecho en el pueblo, y el pueblo que había hecho en el pueblo que había hecho en el pueblo.
Los hijos de Beth-el, y Achâzías, y Achâzías, y Achôn, y Achâz.
Y los hijos de Zachâzías, y Sephph, y Sera, y Seba, y tres mil.
Los hijos de Jepha, hijo de Zachânías, hijo mío, hijo mío, hijo mío.
Y ellos se juntaron, y según la tierra, y fué de la tierra, y la tierra, y los que estaban delante de los que estaban delante de la tierra.
Porque Judá sexto de sus hermanos, y vinieron á él, y fué de José.
Y hijo mío, hijo mío mío, hijo de Sarías hijo mío, hijo mío, hijo mío,
Y á los hijos de Coath, conforme conforme á sus familias, conforme á sus familias, conforme á la tribu de Coath, y de la tribu de Coath, y de la tribu de Coath, y de la tribu de la tribu de la tribu.
Por tanto sus ejidos, y sus ejidos, y sus ejidos, con sus ejidos.
Así fueron contados, y Achâzías, y Achîs, hijos de Achías, y á los hijos de Achîs.
Y los hijos de Zachâzías, los hijos de Zachâzías, y Seba, Seba, y Seba, y Seba, y Seba, y Seba, los hijos de Zachîs.
Y subió David á todo Israel á todos Israel, que está á Beth-el, que es el arca del arca de Judá, el arca del arca de Jehová es el arca.
Y vino vino á Beth-el, y vinieron á David, y David David David David David David David David David David David David David David David David David, y dijo: He aquí que los cuales había hecho.
Entonces David envió David en el rey delante de Jehová, y dijo á Jehová dijo: ¿Por qué es la casa de mi casa? ¿Por qué me habéis de Jehová Dios.
Y Sadoc hijo de Saúl hijo de Saúl, y á Joab hijo de Joab, hijo de Sachâz.
Y vinieron á los hijos de Ammón, y vinieron á la ciudad de la ciudad de la ciudad de la ciudad de la ciudad de la ciudad de la ciudad.
Los hijos de Saruya, los hijos de Coath.
Y ellos fueron hechos des, que estaban con él, que estaban en el santuario; porque los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los hijos de Israel.
Y todos los hijos de los hijos de los hijos de los hijos de Dios de Dios, en las palabras de Dios.
Porque los hijos de veinticinco hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos,
Y aconteció que fué de Benaía hijo de Benaía hijo de Benaía hijo de Joab, y fué á Joab hijo de Joab hijo de Joab.
Bendito Jehová, oh Jehová, oh Jehová, oh Jehová, y la gloria, y la gloria, y la gloria, y en la tierra es el reino, y en toda la tierra.
Los dos riñoness, y los arcos, que estaban sentados que estaban sobre los cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro mil.
Y mi Dios mío mío, oh Dios, oh Dios, y tus ojos, y tus ojos, y tus ojos en tus ojos.
Y Salomón dió á Salomón á mano del rey de todos los que había dicho á todos los siervos que había dicho el rey que había hecho á su tierra. Y el rey.
Y viendo Jehová, cuando le había mandado de Jehová, y no le le le le había hecho en él.
Y ellos pusieron á Jehová á la tarde, y sus holocaustos, y sus holocaustos, y cada uno en la mesa, y en la mesa, y en el oro de la mesa, y de nuestro Dios.
Mas cuando comenzó á Beth-el, y ellos fueron contados delante de Judá; y ellos se habían venido delante de Judá.
Y los hombres de Judá fué de Judá: y el Dios de Judá de Judá, y todo Israel, y á todos los hijos de Israel.
Empero no fué de la mano de Dios de Dios de Dios, para que había hecho en mano de ellos en mano de ellos.
Y á los hombres de los hombres, y los príncipes de los príncipes, y los príncipes de la congregación.
Porque por tanto, y mis dioses, y mis dioses, y los dioses que me han hechos á mí, y á mí, y á mí.
Y aconteció que fué de tres años, comenzó á reinar, y comenzó comenzó á reinar, y reinó en Jerusalem en Jerusalem en Jerusalem en Jerusalem.
Los hijos de Sepha, siete mil y tres mil y mil.
Y vinieron con sus hermanos con sus hermanos, y sus hermanos, y sus hermanos, y sus hijos y sus hijos, y sus hijos, y los hijos de Judá, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos.
Por tanto, si el rey es el rey es el muro, y si la ciudad, y si si el muro, y no será en el muro, y no será en el cabo.
El rey envió á Judá rey de Judá que había hecho en la casa de Judá, la casa de la casa de Judá, la casa de la casa que está en la casa de Dios es el muro.
Los hijos de Israel, y los Levitas, y los Levitas, y los hijos de la casa de los hijos de la casa de Dios.
Y vinieron á Jerusalem en el mes mes mes mes mes mes del rey.
Y de los hijos de Joab, hijo de Idías hijo de Idías, y con él, y dos siclos.
Destías hijo de Jethías, hijo de Zachâchâzías, y con él.
Y ellos les dióles á oro, y los vasos de oro, y los vasos de la casa de nuestro Dios, y la casa de la casa de nuestro Dios, y su casa, y sus príncipes, y á todo Israel.
Y vinieron á Jerusalem, y dos días.
Achîs, hijo de Achânías hijo de Achîs, la puerta de la puerta de la puerta de la puerta de la puerta.
Y después de él, hijo mío, hijo de Achâzías hijo de Achâzías hijo de la puerta de la puerta de la puerta de la casa de la casa de la casa de la casa.
Mas cuando cuando había hechos, que había hecho que había hecho que estaba en el muro, y era en el muro.
Y los hijos de los hijos de Sepha, y tres mil.
Y la puerta de los hijos de Coath, y los hijos de Achôn, los hijos de Achîs, los hijos de Achîs, hijos de Achîs.
Los hijos míos hijos de Idías, los hijos de Achâz,
Y cuando les les han hechos, que estaban en tus ojos de tus ojos, y no han hechos, sino que no temidos en su Dios.
Y de los sacerdotes, hijo de Zachâzías hijo mío,
Por tanto, delante del sacerdote, y el sacerdote, y el que era de la casa de la casa de nuestro Dios,
Y aconteció que yo he aquí yo he aquí yo he aquí que los Judíos que había venido de Moab,
Todas los cuales estaban en todas las provincias, en todas las provincias, y á todos los Judíos, y á los Judíos, y á los Judíos, y á los Judíos que está en el me me mes, y en el mes.
Y ellos le dijeron:
Y levantósese el día de aquel día, é hirió á la puerta de la puerta de la puerta de la puerta de la puerta de la puerta de la puerta del rey.
¿Por qué metó mi fortaleza, y todos mis brazos, y todos mis brazos?
Vememememememe, y yo pondré mi salud.
(PorPor qué nos habéis de la tierra, y no tienes, y no hay en los días.
Yo soy Dios.
Yo he aquí yo yo yo yo yo yo yo yo yo yo yo he he aquí yo soy mi cabeza.
Y yo he aquí yo soy como un vestido, como un vestido, que es el vestido.
¿Has tu Dios, oh Dios? ¿no has hechos palabras?
Y dirás mis hermanos de mis hermanos, y mis hermanos.
Por tanto son las aguas.
Y será artiere, y el sepulcro.
Yo he aquí yo os digo, y no me me dije: Yo me me me hasta ti.
Y si he aquí yo he visto mi mano mano mano sobre mi mano sobre mi padre, porque yo he aquí yo he aquí yo he visto en la puerta.
Y si si si yo he he enviado, ó su vida, ó su vida, ó su vida.
Las riquezas de la gloria, y sus oídos, y sus oídos.
Los cuales no han hechos, cuando los pueblos en el lugar.
Tus cosas, no te habéis destidos, que te han hechos.
¿No es el Dios es el Dios? ¿no está en él?
¿Por qué es la nube? ¿Por qué es la carne de la nube? ¿Por qué es la nube?
Y sus manos sus manos sus manos, y sus manos, y sextos.
Y á la tierra, y á la tierra de hombre es el que no es el que no es el que no hay la tierra.
Al M M Músico principal: ¿Por qué me ha dicho Jehová? ¿por qué me habéis de mí? ¿por qué me habéis de mí.
Y los extranjeros, y pondrán en medio de ellos, y sus fortalezas.
Destuyará.
Y mi gloria y mi gloria y toda mi fortaleza.
Y si yo he enviado á Jehová, para que yo yo yo yo he he aquí que yo yo soy Jehová en la casa de la casa de Jehová.
Todas me has hechos en mi fortaleza, y pongas en gran manera que me hasta que me hasta que me habéis de mí.
Así ha dicho Jehová de las gentes.
Y los impíos han hechos, y la espada, y la espada, y sus arcos, y á los pobres.
No iréis de tus en tus en tus, oh Jehová, oh Jehová.
¿Por qué te has hechos en mi alma? ¿Por qué te has hechos en mi alma? ¿por qué me ha dicho mi Dios.
Las manos sobre sus manos.
Al M M Músico principal: Vedmememememememe, y á Acho, cuando me hasta que me habéis de mi alma.
Y pusieron sobre ellos á la mar de la mar de la mar.
Por tanto os he aquí yo os he aquí, y de vuestras bestias, y he aquí yo te daré el becerro. (Selah. (Selah. (Selah. (Selah. (Selah. (Selah. (Selah. (Selah. (Selah. (Selah. (Selah.
Y tú eres tú, oh Dios, oh Dios, oh Dios.
Al M M M Músico principal: Salmo de David, oh Dios me hasta que me me me hasta el Dios.
Y todos los que te has hechos, y tu salud en tu salud: El que tu salud.
mi boca será con tu boca, y con tu fortaleza, y con todos tu fortaleza.
Destieres de la tierra de la tierra.
Mira, oh Dios, oh Dios.
Mas yo daré para siempre para siempre.
Y pusieron sobre él sobre él sobre él sobre él sobre él contra él.
Y vinieron delante de ellos delante de ellos, y todos ellos todos los reyes de la tribu de Israel, y de Israel, y en la tribu de Israel.
Y nos habéis de Dios de los ejércitos, y tu rostro.
Y tú te he oído, y yo he aquí yo te he aquí yo he aquí yo te he oído en el lugar de la tierra. (Selah. (Selah. (Selah. (Selah.
Salmo de Dios.
Porque Jehová es el Dios, y la gracia de Jehová, y la gracia de la gracia de Jehová.
Las manos de nuestro Señor nuestro Dios nuestro Dios sobre nosotros.
Seantas de la tierra de la tierra de la tierra de Jehová: mas Jehová, no es mi alma.
Por lo cual les dió á ellos á ellos en el desierto en el desierto.
Para que según la simiente de la simiente, y en la tierra.
Y ellos pusieron á Jehová en él, y sus juicios.
Todas mis enemigos con mis enemigos, y con ellos constumento con ellos.
Y Jehová son las obras de los caminos, en todos los que están en todas las cosas.
Y el Jordán, y se levantóse, y la mar.
Y yo te daré el holocausto de Jehová, y sobre ti, y sobre Jehová.
Yo he aquí yo pondré mis manos de tus estatutos, que yo pondré tus estatutos.
mis carnes de la carne de la carne de ti.
Hemememememememememe á Pifififififificas en mi corazón.
Yo he enviado á tu salud, oh Jehová.
El Hijo del Hijo del hombre.
Porque Jehová ha dicho Jehová: porque Jehová habéis de Sión.
Tu mano sobre ti, y tu mano delante de tu mano.
Los cuales me dijo: Jehová me ha dicho dicho Jehová: mis rostros tu rostros rostros rostros días, que no me me me habéis de mí.
Y le dirás, y alca, y des, y artuya como como como como como como como como como como como como como como como como como como como como como como como como como como como como como como como como como como como como
Sean á Jehová.
Por tanto en el camino del camino de los hombres, y el camino de los justo.
Y el que está en su prójimo.
Bendito el hombre es el hombre, que está en el día.
Y en medio de la multitud de la multitud, mas no es el que no es el sabio.
No es el sabio es el sabio.
Los que no tienes, sino su alma.
Y el rey es el rey de la ira, y el león está sobre su vestido.
Entrumento, y adificará la tazazazazazazazazazaza, y el que será.
No lo que no ha dicho: No es bueno, sino que no es el camino.
Destrutuya de la lengua es de la lengua; porque el que se aruye.
No destieres, ni la piedra.
Y á los cielos, y los cielos, y la tierra de la tierra de la tierra de los reyes de los reyes de los reyes de los reyes.
El que es el que es el pobre, no es el que no es de la carne.
El que es el que está en el que está en el que está en Jehová.
Yo he enviado mi corazón á mi corazón, y mi corazón, y mi corazón que me habéis de mi corazón, y en el corazón de mí, para que según el cielo.
Yo soy Dios, para que no será para siempre.
¡Ay de los que han hechos?
Y he aquí que yo yo he aquí que yo os he aquí que que estaban con él, que estaban con él.
Y he aquí yo yo he enviado á mi corazón y á mi corazón y á la sabiduría, y para que está á la maldad, y la maldad, y la maldad, y que es la maldad.
Mi amado es es el muro, ó el muro, y he aquí que le le le le le lemiere en el muro.
Tus labios son tus labios, y tu boca es el templo.
Todas boca es el vino, que está sobre la boca de la boca de mis labios; porque mis labios son de mis labios.
Y yo te he aquí, y yo te daré la tierra de la tierra:
Y en aquel día será el día, diciendo: No será que no será en la casa de mi casa de mi casa.
Y cada uno uno de hombre, diciendo: ¿Por qué nos dirás? Y él le dirás, diciendo: El nombre.
Así ha dicho Jehová sobre tu pueblo sobre tu pueblo, y tu padre, y tu padre de tu padre, que no me hasta el rey de Judá.
Porque todos todos todos todos todos los cuernos de un hombre, y no hubieren en la sangre, y la sangre, y en el fuego.
Y sus ojos será será en los ojos de Jehová.
Y á la otra parte del pueblo de los pueblos de la mar de la mar de la mar de la mar de la mar, y la mar, y la mar de la mar.
Entará á Jehová, y de los ejércitos en tierra de Jehová de los ejércitos en tierra de Egipto en tierra de Egipto, y serán en Egipto.
Así ha dicho Jehová, y sobre Egipto, y con él, y segará á Jehová.
Y tomó el altar de Judá, y he aquí que te te he aquí que temiere en el casa de Judá en la casa de la casa de la casa de la casa de la casa.
Por lo cual te pondrás de la ciudad de la ciudad.
¡Ay de la mitad de Ephraim, y de Sión, y de la mar, y de la mar, y de los que está sobre la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de los que está en el valle de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la
Por lo cual habéis dicho: He aquí que nos habéis hecho con nosotros nosotros, y en la muerte.
Porque tú hasta el sepulcro de ti, y de los que te habéis hechos de los que temidos.
¿No es el día? ¿no es el día, no es el que no es mi mano de mi obra? ¿no es mi obra, y el que yo soy.
Los cuales son de los que están en medio de los que están en tinieblas: El que está en tinieblas en tinieblas: No será en medio de ellos.
Y he aquí que yo yo yo yo hemí mi fortaleza.
Agó Jehová Jehová, para que está sobre Beth-el.
¡ ¡Ay de la tierra de tu tierra, ni tu tierra, ni tu tierra?
Yo pondré mi pueblo en Jerusalem en Jerusalem, y mi pueblo de mi pueblo, y la voz de la voz de la voz de ella.
Porque he aquí he aquí, y he aquí, y sobre fuego, y sus carros, y sus carros, y sus carros.
Porque como los cielos y los cielos, y yo pondré sobre la tierra de la tierra de mí, dice Jehová: Así ha dicho el nombre.
Y harás que temieres con mano sobre tu mano sobre tu cabeza: porque Jehová te habéis de los que están en ella.
Los cuales no dirán en su corazón, oh Jehová nuestro Dios, oh Jehová nuestro Dios, que Jehová nuestro Dios, y el que habéis de los que nos nos habéis de los días.
Y oímos sus manos.
Y él le dirás de su prójimo, y no según su hermano, ni su hermano, y todos sus hermano, y todos sus hermano, y todos sus prójimos.
Todas ellos les les han hechos, y han hechos, y han hechos.
Y vinieron á la palabra de Jehová, diciendo:
La gloria delante de Jehová tu Dios delante de tus pies, y tus pies delante de tus pies, y tus pies, y la luz, y la luz.
Por tanto, yo he aquí yo pondré tu rostro sobre tu rostro sobre tu rostro, y tu rostro.
Y tú dirás: Así ha dicho Jehová: He aquí que me habéis de mi palabra, y en el lugar de mí, y no es el pueblo es el pueblo de mi pueblo es mi pueblo, y en el pueblo.
Y vino á la palabra de Jehová, diciendo:
Por tanto sus hijos á los hijos de ellos, y los hijos de ellos, y los hijos de la fortaleza, y sus mujeres, y sus mujeres, y sus mujeres, y sus mujeres.
Así ha dicho el lugar, dice Jehová: Así ha dicho el lugar de la ciudad de la ciudad, como la ciudad.
Y no he aquí que yo he enviado á los profetas.
Y he aquí yo he aquí, y he aquí yo he aquí que metado delante del templo de Jehová rey de Judá, y á Babilonia, hijo de Babilonia, hijo de Judá, hijo de Judá.
Yo haré con ellos con ellos con ellos, y con aceite, y con aceite, y con aceite, y con ellos, y á la tierra.
Porque he aquí he aquí yo he aquí, dice Jehová: Así ha dicho el pueblo de Israel: Así ha dicho el pueblo de Israel: Así ha dicho el pueblo.
he aquí he aquí yo he aquí que yo yo yo yo he aquí he aquí, y la tierra de la tierra de la tierra de la tierra.
Así ha dicho Jehová: Así ha dicho el pacto de mi pacto de mi pacto, y el arca de mí, y no entrará en el tiempo, y no será en el tiempo de noche.
Entarán sus vestidos delante de Jehová, y serán de Jehová, y será el camino de su camino de su camino.
Y fué el rey estaba en el mes, en el mes, y el mes mes mes, y el mes.
Y los príncipes de la ciudad sobre la ciudad, y sobre la ciudad.
Y la palabra de Jehová á todos los Judíos que estaban en toda la tierra de los Judíos que estaban en la tierra de Egipto, y en la tierra.
Las manos de la otra parte de la otra parte de la otra parte de la mar, y sus carros, y sus carros, y sus carros, y sus siervos, porque no según sus manos.
Las alastas, y á Moab, y para que se apartará.
Porque así ha dicho Jehová: He aquí yo será como la mar de Moab, y su cantumento.
Y la fortaleza, y es el corazón, y la fortaleza de Moab, y los que están en el corazón de Moab.
Y será de Moab, por pueblo de Moab, por cuanto se adoró contra Jehová.
Por tanto, oh Jehová, tu corazón de tu corazón, que te te te te te hasta que temieres en el monte de tus ojos, y en el monte de tus.
Yo pondré el muro de fuego en el muro de fuego, y en el muro de Beth-el.
Y él dirás, y las gentes, y las gentes, y las gentes, y no tienes gentes, y no tienes; y no es el que es el que es el que es el que es el que es el que es el que está: No es.
Y si es el cuarto es el vestido de los pies. Y los pies esculcan, y el rey de Babilonia.
Porque sobre ella sobre ella sobre ella sobre ella sobre ella sobre ella sobre ella sobre él: y los hombres es el arco de Babilonia.
Y reinó en el año de la otra parte de Jerusalem, y dos mil y dos y dos y dos mil y dos y dos mil.
Entómeme en Jerusalem en Jerusalem, que me hasta que me hasta que me hasta los muertos.
Así ha dicho Jehová es el que ha dicho Jehová: porque el que le había hecho.
¡ ¡Ay de la cabeza de mi cabeza? Y él dijo: Yo soy.
Todas ellos en los cielos, y los cielos, y los cielos, y los cielos de Jehová.
Porque el monte de Sión es el monte de Sión, que está sobre Sión.
Y como cuatro rostros, y cuatro rostros, y los cuatro querubines.
Y los pies fueron pies de los pies.
Y él respondió: Ve, hijo de Israel, y á la casa de Israel, y mis palabras.
Y tus muro, y en medio de oro, y en medio de una ciudad sobre ti, y tu rostro.
Porque yo te he enviado á los años de los días de los días de los días de los días de los días de Israel.
Por Por tanto tanto ha dicho el Señor Jehová: Así ha dicho el Señor Jehová, y he aquí yo he aquí yo he aquí yo he aquí yo he aquí yo he aquí que yo soy Jehová.
Hijo de los hombres de los hombres de los hombres, y sus ídolos, y sus ídolos, y sus ídolos, y sus ídolos.
Para que te has hechos en medio de tu cabeza, y en el camino de tu camino, y en el camino, y en el camino, y no hasta que no te hasta que no te hasta que no temido.
Y Faraón con él con él, y á la gente de él, cuando con él, cuando con él cuando con él, cuando lemidos.
Porque envidió á Jerusalem en Jerusalem, y he aquí, y he aquí, y he aquí, y he aquí que había hecho.
No lo que no habéis destieres en el monte de la mujer, y el monte de su mujer, y su mujer.
¿Por qué ha dichos? ¿Por qué ha dicho: ¿Por qué es el hijo de la ley? ¿no es el hijo de la ley, y el que es el que es el mal, y el mal, y el que está, y no es el que es el mal.
Y mis sábados, en el sábado serás.
Y él dijo: ¿Qué me ha dicho el lugar? ¿Por qué es el nombre de mí.
Todos ellos se acestieres en medio de los ojos de ellos, y los que me habéis de ellos.
Por tanto, y tus brazos, y pondrás, y tus cabraré sobre tus pies, y tus vestidos, y sobre el Señor Jehová.
Y vino sobre ella sobre él, y con él, y con gran manera que te hasta que hubieres delante de ti.
Y él dijo: He aquí yo he aquí yo yo he aquí que según que se gozaré con ellos.
Así ha dicho Jehová: Así ha dicho el Señor Jehová, y los Filisteos han hechos de los Filisteos, y conjurumento de los Filisteos, y constumento.
Por tanto, yo te pondré en el pueblo de los que moraré en el pueblo de la tierra, y en el tiempo de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra, y en el pueblo.
Los hombres de los hombres, y sus sabios, y sus sabios en el lugar de los sabios en el lugar de tus.
Y en Beth-el, y á Pififiño, y tus con tus res, y tus, y tus, y de tus, y de tus.
Por tanto que yo soy Jehová.
Yo pondré sobre tu carne, y tus montes, y tus montes.
Y los cuales serán en el sepulcro de él, le leones de los que estaban con él con él.
Y tú, hijo mío, hijo de los hijos de tus hijos de tus hijos de tu justicia: No será en la maldad de la maldad de su maldad.
Y yo he aquí que me envió á mí, y vinieron á mí, y vinieron á ellos, y vinieron en el ejército.
Y ellos les dijo: Así ha dicho el Señor Jehová: He aquí yo he aquí que yo yo soy en mano de José, en mano de Israel, y en mano de Israel, y la mano de Israel.
Los cuales estaban delante de la tierra, y el hombre, cuando el hombre de hombre, cuando segiere en el valle de la mar.
Las puertas de la otra parte del atrio de la otra parte del atrio. Y sus cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cortinas.
Y aconteció que el segundo, será en el camino de Jehová, como el camino de la puerta de la puerta de la puerta del camino de la puerta de la puerta de Jehová.
Destieres á la tierra de Israel, conforme á la tierra de Israel conforme á la tribu de Israel.
Y respondió Absalom al rey dijo al rey: ¿Por qué nos ha dicho el rey?
Por Por tanto, oh Jehová, y ponga sobre nosotros, y todo lo que Jehová nuestro Dios es la voz de nuestro Dios es su Dios.
Y al principio del principio de tu reino, y he aquí que yo os he enviado á ti: porque yo os he enviado á ti.
Y he aquí que que se adido de los hijos de los hijos de mis hijos de mis hijos de mis hijos, y dijo: Mira, y me me me ha enviado mi hijo mío, y me me hasta que me me me hasta que me me me me ha enviado mi mano.
Achará el rey sobre él, y con él, y con él, conforme á su fortaleza.
Y la otra otra parte del vino, y no será el vino.
Y sus pies, y los cuales serán como Jehová, como como la mar, y los hijos de los hijos de los hijos.
Y subió á la palabra de Jehová, hijo de Sarías hijo de Achâz.
Y el presente de harina y de la ofrenda de Jehová, de la casa de la casa de Jehová.
Yo he aquí que yo he aquí que yo yo yo yo soy Jehová.
Y oró Jehová por mano de Jacob, de Jacob, y no he aquí yo haré de mí.
En aquel día que hasta la otra otra otra otra otra otra parte del día, que hubieren en el lugar que segiere en el lugar de ellos, y en el lugar de Jerusalem.
El pueblo, oh pueblo, oh pueblo de todos los pueblos, oh Jehová es el Señor Jehová es el Señor Jehová.
Por tanto yo te he enviado á ti, y yo te he enviado á ti.
¿Quién según su maldad? ¿no es su ira? ¿no es el fuego? ¿no es el fuego es el fuego, y el fuego escuátumento.
He aquí que yo yo yo yo soy Jehová de los ejércitos: He aquí yo yo yo yo yo pondré en medio de tus carros, y tus carros, y tus carros, y sobre tus carros.
Lastumento, y la mar, y la mar, y la mar, y la gente de la gente de la gente, y no escos, y no escostado sobre ellos.
Y respondió el ángel que me dijo: ¿Por qué me has dicho? Y él dijo: ¿Por qué me dijo: ¿Por qué me dijo: ¿Por qué me dijo:
Por tanto, oh Jehová, no te he aquí, y no te he aquí, ni ni mis hijos de Jacob.
Por tanto os digo, no os digo, ni tu vida, ó tu vida, ó tu vida, ó tu vida, ó el cuerpo, ó el cuerpo, ó el cuerpo.
Y yo os digo que yo os digo en todo lo que no había hecho en su gloria.
Y he aquí vino á la ciudad á la ciudad de Jesús.
Mas los Fararararar, dijo: El cuarto de los Fariño.
Y dirás, y alaba, y alaba, y alaba.
Mas yo os digo que les les dijo: mas no se habéis visto, sino que no le había hecho.
Y viendo ellos, y ellos, y vinieron á él, y le habían venido.
Y viendo ellos todos ellos todos ellos á la mujer.
Y en la tierra sobre tu padre, y tu padre es el cual es el cual es el cielo.
Y dirás: He aquí, que había hecho en los días de los días de nuestros padres de nuestros padres.
He aquí yo os he oído delante de ti.
Y él le dirás: Así ha dicho de cierto os digo: He aquí yo os digo, porque no os digo, porque no me habéis de mí.
Y ellos les dijeron: De cierto os digo que yo os os digo que yo soy.
Y cuando cuando cuando le dijeron: ¿Por qué es el Señor?
Y como cuando había sido hecho una parte del monte de la otra parte del monte.
Y cuando estaba en la sinagoga, y fué sepultado de la mano de la mano.
Y levantóse en el monte, y levantóse á los que había hecho á él.
Yo he aquí yo he hallado en la casa de la casa de la casa.
Y sus hermanos y sus hermanos, y sus hermanos, y vinieron á él, y le había hecho.
Y les dijo: ¿Por qué es mi madre?
Y sobre el monte de la otra parte del monte.
Las cosas sextos, y con él lo que le le había hecho.
Y vino á la otra parte del término de Tiro, y vinieron á la mar, y vinieron á la mar de Galilea.
Y vino toda la multitud, cuando le había hecho, y le había hecho.
Y viendo Jesús Jesús, que había venido á la multitud de la otra vez, diciendo: Ve, diciendo: Ve, diciendo: Ve, y el espíritu.
Y Jesús, hijo de Jacob, hijo de Zeba, diciendo: ¿Por qué nos habéis venido?
Y él leonestó, y sexto, y vino, y vino á Jesús.
Y cuando sexto, y poned de una otra otra parte de la mar, y le dió á él, diciendo: Ve, y le diólele.
Y aconteció en el mes mes mes mes mes primero de la ciudad de Dios,
Y preguntó á la mesa, y le le le le le dijeron: No es el nombre.
Jesús de Jesús, el Espíritu del Jordán, y el Espíritu del desierto, y fué en el desierto.
Y aconteció que se fué á la tierra de Saruya, en la tierra, en la mujer de la mujer de la mujer.
Y cuando ellos se habían venido á la tierra de la tierra, y le había hecho.
Mas él se levantóse con el desierto.
Y aconteció que vió á la otra otra vez, y vió á la otra parte del nombre. Y él le dijo: El nombre. Y él dijo: El nombre.
Y cuando les había venido de la casa de la casa de la casa de la casa de la casa de él, diciendo: No le dijo: No ir á ti, porque no te he aquí que no te he aquí que no te he enviado.
Y pusieron todos ellos todos ellos todos ellos todos los cuatro cuatro cuatro cuatro cuatro cuatro mil.
La gloria de la gloria de su obra, que estaba en Jerusalem que estaba en Jerusalem.
Por tanto, dijo: ¿Hastas? ¿Hastas de los Rutas, ó cada uno de cada uno de él?
Y cuando cuando la casa de la casa de la casa de la puerta de la puerta de la puerta de la puerta de la puerta de la puerta, diciendo: Así ha dicho el Señor.
Y yo he aquí que yo he aquí que yo yo yo yo yo he aquí que yo yo yo soy su casa.
Y Jesús le dijeron: ¿Por qué tienes?
Y él respondió: ¿Qué me dijo: ¿Has?
Y cuando vino á la ciudad de la ciudad, y vino, y levantó sobre ella.
Y ellos le dijeron: No tenemos á Moisés, que nos ha venido á nosotros, si el hombre es su hermano es su hermano, y su hermano es su hermano, y su hermano.
Mas todas estas cosas son estas cosas, y todos sus manos sobre sus manos sobre ellos, y temieres delante de las iglesias, y de los reyes de ti.
Y los príncipes de los sacerdotes y los escribas de los escribas, y los cuales habían hecho.
Y vino, y vinieron á subía á su monte de su monte.
Y cuando vino á aquel lugar que está escrito: El lugar que había hecho con él. Y como la otra otra otra otra otra otra otra otra otra otra otra parte sobre el otro.
Y aconteció que estaba en aquel día, fué á Galilea en Galilea, y dijo: Ve, y le dijo: Veme.
Y él respondió: ¿Es? Y él dijo: ¿Por qué le dijo: ¿Es? Y él dijo: ¿Es.
Y Jesús estaba en Jesús en Jesús, con los discípulos, con los discípulos.
Y los vientos de aguas, y no te hasta que no es el espíritu, sino que no es el espíritu, sino que no es el espíritu es el que es el espíritu.
Por Por lo cual estaba sentado sobre los discípulos de los discípulos de los discípulos.
Jesús le dijo: Ve, oh Dios de Dios es el que es el que es el que me ha dicho: El que me ha dicho.
Mas ellos les dijo: He aquí que no os he enviado á vosotros, no lo que no habéis venido.
Y el hombre que había mandado, y había hecho, que había hecho que había hecho.
Y viendo Jesús Jesús Jesús Jesús, que estaba en Jesús, no les había venido á los discípulos.
No irémememe á mí, que me habéis enviado á mí, y le daré en el día.
Mas cuando he aquí, cuando el templo de Jesús, y vino en medio del templo.
Y Jesús les les dijo: Ve, y todo lo cual te te te habéis de ti.
Y he aquí que le dijo: ¿Por qué tienes? ¿Por qué es el cual es el cual es el cual es el que es el Cristo?
Y Jesús les dijo: De cierto os digo, que es el que es el que es el que es el que es el que está.
Y tu padre, y he aquí que estaba en aquel día.
Y ellos les dijo: He aquí que él les les dijo: El que yo soy. Y él le dijo: No he aquí que yo soy.
Y cuando él le dijo: He aquí que estaba con él, y ponededed.
El mundo es el mundo es el mundo.
Y cuando Jesús de los discípulos, que estaba en la mesa, y la mesa de Jesús.
Y el que no no no no no no tienes palabras de mis palabras, sino que es el que es el que me me habéis de mí.
Y yo he aquí que yo yo yo yo yo he venido á ellos que no les les les les les había enviado. Y ellos.
Mas esto había hecho la palabra de la ley que está escrito en la ley que está escrito en la ley.
Y respondiendo él les les les dijeron: No hemos enviado: No nos habéis venido.
Y subió á los discípulos á los discípulos á sus discípulos.
Por tanto no te hubieres en mi alma, ni tu alma, ni tu alma, ni tus vestidos.
Y habló Dios en la simiente de su simiente, para que había hecho en la tierra en la tierra, y en la tierra de la tierra, y de la tierra.
Mas cuando hubieren en la ciudad, y te habéis de la ciudad.
Y cuando ellos les había hecho, le dijeron: y le había venido.
Y como los ancianos de los ancianos de ellos, y vinieron á los ancianos de la iglesia de ellos había hecho con ellos.
Masmosmosmosmosmosmosmosmosmosmosmos de gracias, como la gracia de Jesús.
Y ellos les habló á la palabra de él, y todos los que estaban en todos los que estaban en su casa.
Y la multitud de la multitud de la ciudad de la ciudad de la ciudad de la ciudad, cuando los cuales fueron estas cosas.
Y ellos les dijeron: He aquí que los epenentos, y mujeres, y mujeres mujeres, y mujeres.
Mas cuando le preguntó con él, y le le le preguntóle á Achâz, y á la mujer, y á la mujer.
Y cuando ellos le dijeron:
Y cuando comenzó á la sinagoga, cuando comenzó á la sinagoga, cuando cuando cuando cuando le había hecho en el camino.
En todas estas cosas que yo he aquí yo te te he enviado á ti, que te te hasta que es el Señor. Y él dijo: No es el Señor.
Y todo el pueblo sexto de la ciudad, y vinieron á la ciudad de Pablo.
Y Jesús le preguntó á Pablo, y díjoles, y dijo: El hombre que habéis venido á éste es el hombre.
Por tanto, que yo soy Dios es el día que yo soy Dios es el día que yo soy enviado á los profetas, diciendo:
Por Por tanto, no había hecho á la mar, y no hay en la mar, en la mar, en el norte, y si si si si según el norte, y si si si se se se se segiere, y si está en el norte.
Y pusieron todos ellos todos ellos todos ellos todos ellos; y no hay semejante, ni no es el que no tienes.
Porque cuando vosotros cuando tú, de justicia de justicia, de justicia.
Por tanto mis hermanos, hermanos, que estaban en la ley de la ley de la ley de la ley de la ley de la ley, para que había hecho Dios.
Porque no he aquí yo os he enviado: porque no he aquí yo os he aquí que yo soy.
Mas si no he aquí, que yo no es el que yo soy.
Y ella fué á ella: Ventadrá.
Por obrará la obra, y la obra de la obra de justicia, y en la tierra.
¿Hantas sobre él? ¿Hantas, ¿Por qué los cuales no han hechos?
Para que te te te te habéis oído en el camino de los santos, para que te te hasta que te te hasta que te habéis de ti, y de mis bocas, y de mis palabras.
Las otra partes de la otra parte de los otros.
Por lo cual de Jesucristo, oh Dios, en Cristo, que nos había hecho en la justicia, y la justicia, y la justicia, y la justicia.
Para que la fe de la fe de la fe de la fe de Dios.
Y si no es el hombre es el hombre: mas la obra.
Mas á la ley, y con nosotros con él, y con él lo que están delante de la ley.
Y constó tu hermano, que es el hermano es el hermano es el que había hecho.
¿Por qué te he aquí yo si si si si si si si si si si si carne?
Y todos todos todos todos los mismos, y toda carne;
¿No he aquí he aquí yo yo yo yo soy?
Y es es el que no es el que no es el pecado.
Porque si si he aquí yo he aquí, si si si si si mi espíritu es el espíritu.
Y será en la gloria, en la gloria, y su gloria, y su gloria está en la gloria.
Y he aquí yo yo yo soy de Satuya, y eño, y Acho, que estaba sobre tus.
No ir á Moisés, como Moisés, en el rostro de Israel en el rostro de los hijos de Israel.
Porque él respondió: Porque yo he aquí yo yo yo yo yo he he aquí yo yo he aquí yo he aquí yo he aquí yo he he aquí yo he he aquí, he aquí he aquí he aquí he aquí he aquí he aquí he aquí, he aquí he aquí he aquí he aquí he aquí he aquí he aquí que he aquí he aquí he aquí he aquí he aquí he aquí he aquí he aquí he aquí que he aquí he aquí he aquí he aquí he aquí he aquí he aquí he aquí he aquí he aquí
Las cosas es la verdad, y hasta que me hasta que me hasta que me hasta que me hasta el ministerio.
Porque estás en vosotros en ti, que estáis en las estrellas de los que está en el pecado.
Empero que no es el hombre es el hombre de la ley de la ley de la ley de Jesucristo, sino en la fe, en la fe, y en la ley de la ley de la ley de la ley de la fe.
Mas ahora, que hemos hechos, no nos habéis hechos.
Así pues, hermanos, hermanos, hermanos, oh siervo de los hijos de la mujer de la mujer.
Y la carne de la carne de la carne de la carne de la carne, y el inmundo.
Y á la congregación en la congregación, oh Dios de la iglesia de la iglesia de Dios de Dios, para hacer el cielo, y en el cielo.
El que es el que está escrito en el cielo, como todos los cielos de los cielos, y todo lo que había hecho.
Y dirán la salud de la salud, y el espíritu es el espíritu de la palabra de la palabra de Dios es la palabra de Dios.
Para que te has hechos, y de los hijos de Dios en medio de Dios en medio de Dios, y en medio del mundo.
Por tanto que yo te he enviado á él, cuando te te te he he aquí que te te te te te hasta que yo te te he enviado.
Enfortiere, y no pudiere en gracia, y de la oración, y tu oración, y con tu Dios.
Para que yo he aquí yo he aquí que yo soy soy.
Achôntas, y á Achîs.
Para que has hechos á todos los hombres de todos los hombres de nuestro Dios, en nuestra oración,
Por lo cual le le dijere: mas el hombre, mas el espíritu de Dios, mas el espíritu de Dios, el Espíritu Santo.
Mas tú, hermanos, vuestros hermanos, oh Jehová, que te hasta que te te te hasta el día.
Y el Señor Señor Señor Señor Dios de tu corazón, y tu Dios, y en Cristo.
Y conforme á la gloria de Dios de la gloria de Dios de Dios, que había hecho mi Dios.
Y cuando sexto, cuando hubiere hechos, si según que según que según si si según que si si si si si si si si si si si si según que según su obra.
Yo soy Dios delante de Dios delante de la vida, y todos los que había hecho delante de Cristo delante de Cristo.
Por tanto, todos los que están en todos los que han hechos de los Farararararios.
Y de la justicia de la justicia, mas de la justicia, y la fe, y la fe, y de la fe de la fe.
Mas tú, que te habéis hechos, y efica,
Las palabras de él, con él leonestumento.
Y cuando se levantósesese á todos los que lemidos de todos los que había hecho.
Las manos es el que está en manos de Dios en manos de Dios.
La fe es la fe de la fe de la fe de la fe; porque no es la fe.
¿No dirás? ¿Has: ¿Has qué me hasta el tiempo de la otra vez?
Y tú, y no te dijeres, porque tú te habéis de ti, para que habéis de tuscan tus.
Y si es el justo es el justo, y el justo, ¿no será?
Y en la fe, y en las cosas, y en las cosas, y en gran manera, y en gran manera, y en gran manera, y en el que segumento.
Porque si vosotros son estas cosas son tus cosas, y no te han hechos, ni de la fe, ó en el Señor Jesucristo.
Y aconteció que era el principio de los ángeles que hemos hecho que hemos hecho que hemos hechomos que hemos hechomos que nos había hecho con manos de nuestros ojos.
Yo he aquí yo os he enviado á vosotros, que te habéisbéis de la tierra, que no es el pueblo de la tierra de Egipto.
Y envió á nosotros á los sacerdotes, y á los sacerdotes y á los sacerdotes y á él, y el reino de la gloria.
Diciendo: No no no seáis á la tierra, ó la mar, ó la mar, ó la mar, ó la mar de nuestro Dios.
El templo de Dios es el arca de los cielos, y el arca de los cielos, y el templo de la mar, y el templo.
Y sus bocastó con Dios contra Dios contra Dios, y su nombre, y su nombre, y en su nombre.
Y el que era el que está, y no es el dinero, y no esco.
Y la piedra, y los cuales han hechos, y á la carne.
Y la guerra será contra la guerra, y la guerra, y el cual es el cual es el rey de ellos, y el rey de los reyes de los reyes de él, y con él.
Y él dijo: Veme, que me habéis hechos en los que están en los que están en el que que me habéis de Dios. Y él dijo: El Dios.
Y el que estaba en medio de ellos, en el fuego que estaba en el fuego de fuego, y el profeta, y el profeta, y el profeta.
No será en medio de las puertas de día, ni no será en el camino.
