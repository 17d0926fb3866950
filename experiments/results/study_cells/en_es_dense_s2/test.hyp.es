Y cuando el cielo en la luz, y en la tierra de la tierra, y la tierra de la tierra.
Y él dijo Dios: Vue Dios con las aguas, y la tierra, y las aves del cielo.
Y el nombre de la tercero es el tercero es la tercero es la tercero es el río del río.
Y la mujer dijo á la otra otra otra otra otra otra parte de la mar.
Y todos los días de Moab, y tres años, y dos años.
Y todos los días de Senías, y tres años.
Y envió envió envió envió envió envió á una parte, y la aguas, y la tierra.
Y Jehová Dios, y dijo á los hijos, y dijo: Ven, y á la tierra.
Y Achânías, y tres años, y tres años, y engendró á los hijos de Coath.
Y tomó Joab á Joab, hijo de su hermano, hijo, hijo, y todos los cuales habían hecho en el pueblo que habían hecho en el pueblo, y los cuales habían hecho en la tierra.
Y cuando se dirán á Egipto, dirás: Ven: No es la mujer.
¿No te he venido delante de ti? ¿Has delante de ti? ¿Hastíré á ti? ¿Hastaré á ti.
Y él respondió: He aquí yo he aquí yo yo yo yo yo yo yo yo yo yo yo yo yo yo he aquí que yo he aquí yo he venido.
Y David dijo Abraham á Joab: No es el rey mío mío mío, y la hija de Joab, y tomó á Joab.
Y en el desierto en el desierto de su madre.
Y Abraham David dijo: Así ha dicho Jehová: Así ha ha dicho Jehová. Y él dijo: No es el monte de este monte.
Yo soy Jehová mío, y á Jehová Dios, y bendigó á Jehová Dios, que había hecho en el camino de mí.
Y Abraham Abraham, y dió á la costumbre de hombre, y de hombre, y de hombre, y de su pueblo, y de su pueblo.
Y no no había hecho, ni su hermano, porque su hermano, porque no había hecho.
Y he aquí Jehová Dios, y dijo: He aquí Jehová vuestro Dios, y tu padre, y tu padre y tu padre y tu padre, y tu padre.
Y volvió á Joab, y parió á Jacob,
Y él respondió: Así ha dicho tus tadré tus o.
Y él respondió: ¿Qué te dirás? Y él respondió: ¿Has? Y él respondió: ¿Has? Y yo te daré tus ovejas.
Y aconteció que había hecho con todo lo que había hecho.
Y vino á Dios á la noche, y dijo á la noche, y dijo á la noche, y dijo: No hasta que no te habéis hecho.
Y él dijo á ella: No te he venido delante de ti, sino que yo te he venido delante de ti.
Y cuatro cuatro cuatro cuatro mil, y dos mil, y dos, y cinco mil, y cinco mil,
Y habló á ellos, diciendo: El alma mío, hijo mío, hijo mío, hijo mío, y tu hija de tu hija.
Y partido de Israel, y de la mar de la mar.
Y él respondió: ¿Has dirás? Y ella dijo: ¿Has? Y ella respondió: ¿Has?
Y á la mañana, como la mañana, y á la mañana, y los asnos.
Porque estas siete siete siete años, y no hay en la tierra, y dos años, y dos años.
Y harás en tierra en la tierra, y tu tierra, y tu tierra, y tus ovejas, y tus ovejas, y tus hijos, y tus hijos, y tus ovejas, y tus ovejas.
Y he aquí que tu hermano y tu hermano, y mi hermano, que es el cual es el boca.
Y los hijos de Coath, y Jarara, y Achân, y Serara,
Y mi alma no no mesiere mi gloria, ni mis gloria, no no no según su gloria.
Y vinieron á la otra parte de la ciudad, y el Jordán, y el Jordán, y de la mar, y de la mar.
Y no hizo á los hijos de ellos á ellos.
Y él dijo: He aquí el pueblo de los hijos de Israel, y los hijos de Israel.
Entonces Amán, y tomó á Boooo, y el oo, y de su hijo, y él dijo: No me hasta la sangre.
Y tomó á Ba, y tomó á su padre, y tomó á su padre, y tomó á Moisés, y sus años.
Y Jehová dijo á Moisés: Así ha dicho á Aarón tu mano, y tu mano, y tu mano, y tus aguas en medio de Egipto.
Y dijo á Faraón á Faraón á Faraón á Faraón: No es el Dios es el Dios es el Dios, sino que no se ha dicho Jehová.
Y Faraón su corazón, y no había hecho en el pueblo, y no había hecho.
Porque si si no te he venido á ellos, y si alguno,
Y levantóse Moisés en la noche, y todos los siervos, y todos los siervos de Egipto, y todos los siervos de Egipto, y no había hecho en medio de Egipto.
Y los Empero los cuales fueron constados constados en tierra de la tierra de ellos. Y ellos dijeron: No han hecho.
Y Moisés sobre el desierto, y de Moab, y la otra parte del desierto, y los días de la otra parte de la otra parte del desierto.
Y Moisés dijo: Así ha dicho Jehová: No es el sábado.
Y he aquí yo yo yo yo te he aquí yo te he aquí que yo te he aquí que yo te he aquí yo te he aquí que yo te he aquí que yo te he aquí que yo te he aquí que yo te he aquí en el lugar.
Y Moisés envió Josué Josué Josué con él, y fué sobre él sobre el monte de Dios.
Porque la luz, y la luz, y la carne, y el presente, y el ministerio, y el ministerio del santuario.
Y harás en el muro de la mar, y la mar, para quebran de la mar.
Y tus vestidos, y harás sobre Aarón, y de Aarón, y el eño, y el taño, y leño.
Y sus mesas, y sus mesas, y sus cuernos, y sus cuernos;
Y á los hijos de Israel, diciendo: No es el sábado, que me hasta el sábado, que está en el sábado de mí, y tus generaciones.
Y el tabernáculo del tabernáculo, y sus cortinas, y sus cortinas, sus cortinas, y sus cortinas, y sus cortinas, y sus cortinas, y sus cortinas.
Y con él, en el espíritu de Dios de Dios, y en sabiduría, y en sabiduría, y en la obra, y en todas las obras.
Y Moisés y á Moisés, y á todos los sabios, y todos los sabios, y todos los sabios, y en el que había hecho.
Y la anchura de la anchura de la anchura, y dos codos, y la anchura de la anchura de anchura.
Y partieron en medio de los cuatro cuatro cuatro mil, y de Achîs, y á la otra parte, y la otra parte de la otra parte,
Y la puerta de la puerta de la puerta del tabernáculo.
Y tu ofrenda de tus ofrendas presentes de tus, y no será de tu Dios.
Y si alguno, y creiere contra Jehová, y contra los pecados, y con él, y con sus caminos, ó en su prójimo.
Y de la ofrenda de la ofrenda de la ofrenda de Jehová, para expiación.
Y todos los hijos de Aarón, y todos los hijos de sus hijos, y los hijos de Jehová delante de ellos.
Y cuando se tornaron sobre los pechos, y la otra parte.
Todos estas cosas, para que te comeréis, y no temieres, y sazazazas, y sazas, y acazazazazazazas, y no te arcas.
No harás constieres, para que no hasta que no te hasta que no serás con ellos.
Y he aquí que yo yo yo temiere á un carnero, ó un carnero, ó un carnero, ó el presente, ó el presente, y el presente, y el presente, y el sacerdote será el sacerdote.
Y será el macho cabrío, y delante de Jehová delante de ellos, y delante del tabernáculo del testimonio.
No harás tu padre, ni tu padre, ni tu padre de tu padre, ni tu madre es tu madre.
Y si el hombre de la hija de la hija de la hija de la hija de su hija de ellos.
Y el altar de Jehová, ó para daréis á Jehová, ó á un macho cabrío, ó de un paciere, ni será inmundo.
Y pusieron en él en él en Jehová, y los quemará á ellos.
Y la tierra de la tierra de tu siervo, y tu siervo, para tu siervo, y tu siervo, y tu siervo, y tu siervo y tu siervo, y tu siervo y tu siervo, y tu siervo.
Y yo te daré á tu prójimo, ó á tu prójimo, ó á tu prójimo.
Y he aquí yo yo yo yo yo yo te será el campo de la verdad, será el dinero de tus quinto.
No será que no es el que no escuriere, ni será inmundo.
Y los contados de ellos, y los contados de ellos, y cuatro mil y dos mil y dos mil.
Y los hijos de los hijos de Coath, y sus nombres, y sus nombres.
Y los contados contados de ellos, conforme á todos los cuatro mil, y de todos los cuatro mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil.
Y los vasos de todos los vasos de todos los vasos de los vasos que estaban en el santuario, y en el santuario.
Mas no será en el santuario en el santuario.
Y los contados contados de ellos, y sus familias, y sus familias, y sus padres, y sus padres fueron contados contados contados contados contados contados contados contados contados contados contados contados contados contados contados contados contados contados contados contados contados contados contados contados contados contados de sus padres.
No será su padre, ó su padre, ó su padre, ó su madre, ó su madre, ó su madre, ó su hermano, ó su madre es su padre.
Y el macho cabrío, y dos décimas, y dos décimas, y cinco corderos, y cinco corderos, y dos corderos, hijo de dos corderos, hijo de Sechânías hijo de Senías hijo de Sechânías hijo de Senías hijo de Senías hijo de Senías hijo de Sechânías hijo de Senías hijo de Senías hijo de Senías hijo de Senías hijo de Senías hijo de
Y el macho cabrío, y dos carneros, y dos corderos, y cinco corderos, y cinco corderos, y dos corderos, hijo de veinticincocincocincocincocincocincocincocinco hijo de Senías, hijo de Senías hijo de Senías hijo de Senías hijo de Senías hijo de Senías hijo de Senías hijo de Senías hijo de Senías hijo de Senías, hijo de Senías, hijo de Senías
Y un macho cabrío, para holocausto, para expiación.
Y en el desierto, y en el desierto y en el desierto, y en el desierto, y el desierto.
Y he aquí que no se arierestiere, y el becerro de un año de un año.
Y Moisés se levantó Moisés, y tomó á Zachîstó á los ancianos de Israel.
Y los hijos de Israel dijo á Moisés, diciendo: He aquí que nos habéis oídos.
Porque á los hijos de Israel que los hijos de Israel, como á Jehová les he hecho á los Levitas, y á los Levitas á los Levitas. Y él les dijo: No serás hijos de Israel.
Y los hijos de Israel, y vinieron en el desierto, en el desierto, en el desierto, en el pueblo estaba en el pueblo.
Así ha dicho el cual está en el valle de Jehová, diciendo: Así ha dicho el valle de Jehová.
Y tomó todo Israel en todos los reyes de Israel en todos los Amorrheos, y todos los Amorrheos en todos los Amorrheos.
Y tomó á él, y dijo: Así ha dicho Jehová: No me hasta el rey de Moab, que me hasta el rey de Moab.
¿Hastieres de Jacob, ó de Israel?
Y el tercer día, el tercer día del becerro, y el becerro, ó el becerro, ó ó ó ó ó ó ó un año.
Y sus presentes, y sus presentes, conforme á los corderos, y el becerro, y el cordero, conforme á los corderos, conforme á sus corderos, conforme á sus holocaustos.
Y Moisés envió Moisés á todos los príncipes de la tribu, y á todos los Farías hijo del sacerdote, hijo de los vasos del sacerdote, y el santuario.
Y he aquí que los hijos de Israel, los hijos de Israel, oh Jehová contra los ejércitos, y contra los ejércitos, y en la casa de Jehová.
Y partidos de Achân, y en Beth-el,
¿Hastiere con un hombre, y no se ha hecho?
Y el hombre será el varón de la mano de la mano de la mano de la mano de la mano de la mano de la ciudad, y el cual había hecho.
Y tú no será que no comerán de la tierra: porque no será la tierra de la tierra de la tierra.
Y vino á mí, y díjoles, y díjoles: No nos habéis venido delante de nosotros, para que nos habéis venido á nosotros, y nos habéis venido á la palabra de la palabra de la tierra.
Y él dijo: No te he venido á ti, ni no no no no no no no no según ellos.
Y Jehová dijo á mí: No, ni á Moab, ni de Moab, ni en la guerra, ni en la tierra de la tierra de su tierra.
Así ha dicho Jehová á mí para que me has hechos estatutos, y los estatutos, para poseeréis en la tierra.
Mas Jehová te habéis hecho Jehová, y á vosotros, y á tus padres, y á tus padres, y á tus padres, y á tus padres, y de Egipto.
Y cuando Jehová tus padres en tu simiente y tu simiente, y la simiente, y el pueblo es el pueblo.
Por tanto, oh hijos de Egipto.
Y las estrellas, y las estrellas,
No nos haremos, ni nos habéis hechos, ni la mujer de mujeres, ni de las mujeres.
No harás tu viñas viñas viñas viñas siete siete siete días, porque no temieres, y todos los frutos.
Y dirán á los criados de la puerta de la puerta de la puerta de la puerta de la ciudad, y la ciudad de la ciudad de la ciudad, y en medio de su padre.
Y el que está en medio de Jehová, ó el que no será en la iglesia.
Y Moisés envió Moisés á los ancianos de Israel, diciendo: Ven á todos los ancianos que os he dicho.
Mas la palabra que está en tu boca, y tu boca, y tu boca y tu boca.
He aquí yo te he aquí yo te he aquí yo te he hecho delante de la muerte, y de muerte.
¿Hastieres de ellos, y sus presentes?
Entonces el monte del monte de los cuerno, y el río, y el río del río, y vinieron á Josué hijo de todos los cuales habían hecho.
Y cuando el arca de Jehová, el arca del pacto del pacto del pacto de la mitad del Jordán, y el Jordán, y el Jordán, y el Jordán, y los pies de la tierra, y el Jordán, y el Jordán, y el Jordán.
Y los varones de los varones de Ammón, y los varones de los hombres, y los hombres de la puerta de la puerta de la puerta de la puerta de la puerta de ellos.
Por tanto, envió á reinar á Jerusalem á reinar á Jerusalem á Jerusalem á reinarías, rey de Meph, hijo de Sera, hijo de Sera, hijo de Sera, hijo de Seba, hijo de Seba, y á Achânías hijo de Serarararara, hijo de Senías hijo de Senías, hijo de Merarararararararararara, hijo de Jerusalem.
Y Josué envió Josué Josué Josué de Israel, y todo Israel, y con él con él con él contra él,
Y el rey del rey del rey, el rey del rey,
Y Joab dijo: Así ha dicho Jehová, y la hija de Beth-el, y la hija de Acho.
Y Achân,
Y de la mar hasta la mar, y todos los cuales fueron con la otra otra parte de la otra otra otra parte.
Y el mediodía del mediodía era de Beth--el, y á Beth-el, y el término del término, y el término del término.
Y el término del monte de la otra parte del monte, delante del monte delante del monte que está delante del mediodía, hijo de Senías hijo de Senías hijo de Seba, y el mediodía.
Y habló Jehová á Josué, diciendo:
Mas ellos les dió á la ciudad de la ciudad, y su ciudad, y su hijo, hijo de Senías hijo de su hijo.
Y vino á Jehová sobre él sobre él, y dió á Israel, y dió á la guerra, y la guerra, y á Beth-el, y en mano del rey.
Y su mano á su mano, y su mano, y su mano, é hirió á la obra.
Y envió envió envió á todos los príncipes, y vinieron á todos los cuales vinieron á él, y vinieron á Beth-el, y vinieron á Beth-el, y vinieron á Beth-el.
Y aconteció que había había hecho, y habló á ellos en el camino, y habló á los hombres de los hombres de él.
Y vino á los Siros, y vinieron á Beth-el, y fué á su hermano.
Y los hijos de Israel que había hecho en el mal de Jehová, y á los ojos de los Filisteos, y los Filisteos fueron dioses de los dioses de los dioses de los Filisteos, y los dioses de los Filisteos, y los Filisteos, y los Filisteos, y los Filisteos, y los dioses de los Filisteos, y los dioses de los Filisteos, y los dioses de los dioses de los dioses de los Filisteos, y los Filisteos, y los dioses de Israel, y los Filisteos, y los Filisteos, y los dioses de los dioses de Israel, y los Filisteos, y los Filisteos, y los Filisteos, y los Filisteos, y los
Y vinieron á todos los términos de Mes, desde el desierto hasta el desierto hasta el desierto, y el desierto.
Entonces el señor del señor de los Filisteos, y siete siete siete siete siete siete siete siete siete siete siete siete que no había con ellos.
Y Achânías, y tomó á ellos, y le dijo: El que está en él. Y él le dijeron: El que está en la otra otra otra parte.
Y cuando se levantón á él, y dijeron: ¿Hastas? Y ellos les dijeron: No nos habéis venido á nosotros?
Y en el rey había hecho en Israel en Israel, que no había hecho en el cual había hecho en el ojos.
Y vinieron á los hijos de Ammón, y cuando habían hechostidos, y vinieron á su casa.
Y los hijos de Saúl, y la otra parte de la otra parte de Jonathán, hijo de la familia de la tribu de la tribu de la tribu de Moisés, y los sacerdotes, y los sacerdotes y los sacerdotes, y los sacerdotes, y los sacerdotes, y los sacerdotes de la tribu de la tribu de la tribu de los sacerdotes.
Y él dijo á su siervo, y dijo: Vedd á los altos, y en medio de los altos, ó en ella.
Y todos los cuales estaban todos los siete siete siete siete siete siete siete siete mil hombres que estaban en una piedra, y de una piedra, y de una piedra.
Y los varones de Israel en Jerusalem, y á Benjamín, é hirió á los hombres de Israel, y los hombres de Israel. Y ellos les dijeron: No han venido delante de la guerra.
Y cuando hubiere hecho sus padres, ó sus hermanos, ó á nosotros á nosotros á nosotros, que nos habéis hechos á nosotros.
Y fué en medio de Jehová, y amó á Jehová,
Y aconteció que no no había hecho á su marido, y dijo: No es el marido, que es el marido de él.
Y á todos los días de Israel.
¿No he aquí yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo soy? ¿Quién he aquí yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo soy soy soy soy soy en mano?
Y todos los que estaban con todos los que estaban con él, y vino á la guerra, y he aquí he aquí que estaban en ella.
Y dijo á Saúl: No te hasta que no te hasta la palabra de Jehová.
Mas Jehová dijo: No te ha dicho el rostro de su rostro, ó el rostro de su rostro, ó el rostro de su rostro.
Entonces los príncipes de los príncipes de los Filisteos, y como como como la cual había hecho, que había hecho todos los sabios.
Y dijo á Saúl á Saúl á Saúl, y dijo á Saúl, y dijo á él: No contra David contra David contra David contra mí, porque no habéis venido á su siervo.
Y cuando comenzó á Saúl envió á Saúl, y vinieron á Saúl, y vinieron á Saúl, y vinieron á la tercero.
¿Hasté á ti? ¿Hastís á la casa?
Y envió David David á los mancebos de ellos, y vinieron á todos sus palabras.
Y envió envió envió David David David á Saúl, y el cual había hecho.
Y envió David David David David, y la cabeza de la cabeza de la cabeza de la cabeza de la cabeza, y no había hecho.
Y David dijo David: Ven en mano de la mano de la mano de la mano de la mano de la mano de la mano de Saúl, y la mano de la mano de la mano de Israel.
Y David, y tomó á los varones, y á los Egigigigigigitaron á los que estaban en la tierra de Egipto.
Y pusieron sus cabezas, y en medio de la tierra, y á la tierra de la tierra de los Filisteos, y á todos los Filisteos.
Y vinieron á Joab á Joab, y á todos los pueblos, y todos los hombres de David, y todos los hombres de David, y los hombres.
Y David dijo David á David: Veré á todo Israel, y todo Israel, y todo lo que temiere á todo el rey de Israel.
Y he aquí que vino á Joab, y vinieron á Joab, y con los cuales había hecho contado con él, y no había hecho con él.
Y tus pies, y tus pies, y tus pies y tus pies, y los pies, y en el pueblo.
Y cuando comenzó á Jehová, no dirás: No habéis dicho.
Y David envió David á David, cuando comenzó á reinaró de los varones de los varones de los varones de los hombres.
Y después de los hijos de los hijos de Ammón, y reinó en el lugar de su hijo.
Y David había hecho contra David, y dijo á Jehová, y dijo á los que le dijo: ¿Has?
Y envió David á David á Joab á Joab, que estaba en el cual había hecho.
Y cuando cuando se echóse su cabeza, el año era de todo lo que estaba sobre ella.
Porque tu siervo que yo yo soy Jehová, diciendo: Yo soy soy Jehová, diciendo: Yo soy Jehová.
Y aconteció que estaba en el campo de Israel, y el campo de Israel.
Y Joab, y la trompeta, y la trompeta, y dió á la trompeta, y el pueblo.
Y Joab dijo á Joab: No te hasta el día de ti, sino que no te hasta el día de los otros.
Y el rey dijo al rey dijo: ¿Has? Y él dijo: ¿Has? Y él respondió: Así ha dicho el rey de ti? Y él respondió á ti?
Y el pueblo que está en el pueblo que está en el pueblo que está en la ciudad.
Porque tu siervo, he aquí yo he aquí yo he aquí yo he aquí yo he aquí yo he aquí que yo he aquí que yo he aquí que yo he aquí que yo he aquí el rey de mi señor.
Y el rey dijo á los días, diciendo: ¿Has días de los días de la vida?
Y Achânías, hijo de Serara, hijo de Sera,
Y David envió David á Jehová á Jehová, y el holocausto, y el holocausto, y la tierra de Jehová era de la tierra.
Y no había hecho en el tiempo de él, diciendo: ¿Por qué habéis hecho?
Y él dijo á Dios: Por esto os habéis hecho, y no te habéis venido á ti, sino que no te habéis venido á ti, sino que no te hasta que no te hasta el juicio.
Y Achâchân, hijo de Achânías, y Achânías, y Achânías,
Y David envió envió envió á Salomón á Salomón á Salomón á Salomón á los siervos de él había hecho en el rey de David, y había hecho.
Y el templo de la casa de la casa de la casa de la anchura de la anchura de la anchura de la anchura de la anchura de la anchura de la casa de la anchura de la casa de la anchura.
Y en medio de la mitad de la mitad de la otra parte, y la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la otra parte.
Y Salomón envió á todo el rey de Israel, que estaban delante de Israel, y delante de él, y delante del arca de él, y los cuales fueron contados delante de ellos.
Y el arca de Jehová en el arca del pacto de Jehová, el arca del arca de la casa de la casa de la casa de la casa de la casa de los querubines.
Así ha dicho Jehová tu Dios tu Dios tu Dios, y en el trono de Israel en el trono de Israel.
Y en el que en el que había hecho, y á los reyes de los reyes de los reyes de los reyes, y todos los reyes de los reyes de los reyes de los reyes de la tierra.
Y Salomón comenzó á Salomón, y dos siclos de oro, y dos siclos, y dos siclos.
Y si te daré á ti, si te daré á todos mis caminos, que yo yo os pondré en tus caminos, y mis estatutos, y mis estatutos, y mis estatutos, y mi siervo, y yo yo yo yo yo yo yo yo yo yo yo yo yo te pondré en ti.
Y durmió Salomón Salomón con sus padres, y reinó en su padre, y reinó en ciudad en su hijo.
Así ha dicho Jehová: Así ha dicho Así ha dicho Jehová Dios de Israel: Yo soy el pueblo de Israel.
Y he aquí yo he aquí yo yo he aquí yo yo he aquí yo en casa de Israel, y el que está en el muro, y en el muro de la casa de Israel, y sobre todo lo que está sobre todo lo que está en la casa de Israel.
Y la ciudad dijo á la ciudad dijo: He aquí que es la ciudad es la ciudad es la ciudad es la ciudad, y la ciudad es la ciudad, y la tierra.
Y en el camino de Israel en el camino de los reyes de Israel, no había hecho en casa de Israel.
Y envió envió á Joab en Beth-el, que había puesto en el cual había hecho contra él, cuando comenzó á reinado contra él, hijo de Babilonia, hijo de Babilonia, hijo de Judá, hijo de Jerusalem, hijo de Judá, hijo de Achâb hijo de su hijo.
Y tomó á los príncipes, y los términos, y á todos los términos, y á todos los reyes de la tierra, y todos los reyes de la casa de Jehová.
Y en el año del rey de Babilonia hijo del rey de Judá, hijo de Israel hijo de Israel hijo de Israel hijo de Israel hijo de Israel.
Y partieron sus estatutos y sus estatutos, y con sus estatutos y con sus estatutos, y sus padres, y sus padres, y á los cuales habían hechos.
Y á Achîs, y á Achîs, y á Achîs, y á los Egigigigigigra, y á los dioses.
Y cuando comenzó á Joab, y dijo: He aquí el rey de He aquí el rey de He aquí, diciendo: He aquí que te envió contra ti, diciendo:
Ahora pues nuestro Dios, oh Jehová Dios, oh Dios, oh Dios, para que yo soy Jehová nuestro Dios, todos los reinos de todos los reinos.
Y dijo á Jehová: No ha dicho Jehová:
Y no había hecho en el mal de Jehová en ojos de los ojos de Israel.
Mas no no no no no según la familia, que no es el mal que no es el mal que Jehová.
Y aconteció que comenzó á reinado, y reinó reinó en Jerusalem, y reinó en Jerusalem en Jerusalem en Jerusalem.
Y el rey fué á Jehová, y todo el rey de todo el rey de Judá, y todos los príncipes de Jerusalem, y todos los príncipes de todos los profetas, y todos los príncipes de los profetas, y en el pueblo, y á todos los príncipes de la casa de los profetas, y en el pueblo, y en el pueblo, y en el pueblo, y en el pueblo, y en el pueblo, y en el pueblo, y en el pueblo, y en el pueblo, y en el pueblo, y en el pueblo, y en el pueblo, y en el pueblo, y en el pueblo, y en el pueblo
Y los hijos de Ammón, y los hijos de Achânías, Achânías, y Achânías, y Achîs,
Y los hijos de Seníasías, y Senías, y Senías,
Y los hijos de Senías hijo de Jera, hijo de Ira, hijo mío, hijo mío, hijo mío, hijo mío, hijo de Samías hijo de Achânías hijo.
Y partieron, y no según la tierra, y la tierra, y los que estaban delante de los que estaban delante de ellos.
Porque los hermanos de Judá, y vinieron á los hermanos, y el príncipe de José.
Y el hijo mío, hijo mío, hijo mío, hijo mío, hijo mío, hijo mío, hijo mío,
Y á los hijos de Coath, conforme á sus familias, conforme á la tribu de la tribu de la tribu de Coath, y la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de
Y sus ejidos, y sus ejidos, y sus ejidos, y sus ejidos.
Y los Eph, y los hijos de Id, y los hijos de Hen, y los hijos de Hen,
Y los hijos de Coath, que estaban en Beth-el, y á Seníasías, y Seníasías, y Seníasías, y Senías, y los hijos de Achânías, y los hijos de Seth, y los hijos.
Y salió David á todo Israel á todos los hijos de Benjamín, que está en Beth--el, y á Jehová Dios es el arca de Judá.
Y vinieron á Joab, y vinieron á la mano de David, y dijo á David David David David David David David David David David, y dijo á mi mano.
Entonces David fué en el rey delante de Jehová, y dijo Jehová Dios: ¿No es Dios? Y yo soy Jehová Dios?
Y Sadoc hijo mío, hijo de Joab hijo de Joab, hijo de Senías,
Y vinieron á los hijos de Ammón, y en la puerta de la puerta de la ciudad, y los reyes de la ciudad, y los reyes de los reyes.
Y los hijos de Senías:
Y ellos fueron contados contados contados destados, y los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los hijos de Dios.
Y todos los hijos de los hijos de los hijos de los hijos de Dios, y los hijos de Dios.
Y los hijos de Ammón, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos,
Y después de Joab hijo hijo hijo de Benaía hijo hijo de Benaía hijo, hijo de Joab hijo de Joab hijo del rey.
Y tú eres Jehová, es la gloria, y la gloria, y la gloria, y la gloria, y la gloria, y la gloria, y todo lo que está en el reino.
Y los cuatro cuatro cuatro cuatro mil, que estaban sobre los querubines que estaban sobre la mar de la mar, y los cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro mil.
Y tu Dios, oh Dios, oh Dios, y tus ojos, y tus ojos, y tus ojos, y tus ojos.
Y Salomón dió á Salomón á Josué hijo de ella, que había hecho á todos los siervos que había hecho á la tierra que había hecho.
Y cuando cuando se ha dicho Jehová, no había hecho de él no había hecho.
Y pusieron á Jehová, y todos los holocaustos, y todos los holocaustos en el altar de la mesa, y á todos los holocaustos, y á todos los holocaustos, y á todos los holocaustos.
Empero David envió á ellos á ellos á ellos, y fueron delante de Judá.
Entonces los varones de Judá, y á los hombres de Judá, é hirió á todos los varones de Israel, y todos los hombres, y todos los hombres.
Mas no no no no no había hecho por Dios, para que había hecho en mano de ellos, porque no había hecho.
Y los varones de los hombres, y delante de los príncipes, y todos los príncipes de la iglesia.
Por cuanto me hasta que me hasta que metieron á mí, y á todos los dioses de mí.
Y reinó tres años, y reinó en tres años, y reinó en Jerusalem, y reinó en Jerusalem, y reinó en Jerusalem.
Y los hijos de Ammón, siete siete siete siete siete siete siete siete siete siete siete siete siete siete siete siete siete siete siete siete siete siete siete siete siete siete siete mil.
Y vinieron á sus hermanos, y sus hermanos, y sus hermanos, y los hijos de los hijos de Judá, y los hijos de Judá, y los hijos de los hijos de los Levitas, y sus hermanos, y sus hermanos, y sus hermanos.
Y ahora ahora ahora ahora ahora ahora, y si el rey, y si el muro de la ciudad, y no será en el muro de los reyes.
Y en el rey de Judá, que nos había hecho en las provincias de Judá, y la casa de Dios, y la casa de Dios es el muro, y en medio de la obra, y en medio de la obra, y en medio de la obra.
Y los hijos de Israel, y los Levitas, y los Levitas, y los Levitas de los Levitas, y los hijos de la casa de la casa de Dios.
Y vinieron á Jerusalem en el mes mes mes mes mes séptimo año del rey.
Y de los hijos de Joab, hijo de Zeba, hijo de Sechânías hijo de él.
Y de los hijos de Senías, hijo de Senías hijo de Seníasías, y Senías.
Y vinieron á los vasos, y los vasos de plata, y los vasos de la casa de nuestro Dios, y la casa de nuestro Dios, y la casa de nuestro Dios, y á todos los príncipes, y á todos los príncipes de Israel.
Y vinieron á Jerusalem, y tres días, y tres días,
Y Boooo, hijo de Medías, hijo de Paro, y á la puerta, y la puerta de la puerta de la puerta de la puerta, y su puerta.
Y después de Boo, hijo de Medías hijo de Sera, hijo de Seba, hijo de la otra otra parte de la otra otra parte de la casa de la casa de Moab.
Mas cuando cuando cuando nos habiendo hecho, y no había hecho en el muro, y fué en el muro de los Judíos.
Y los hijos de Ammón, cuatro mil y dos mil y dos mil y dos mil.
Y los hijos de la puerta de los hijos de Coath, y los hijos de Achânías, los hijos de Sadías, y los hijos de los hijos de los hijos de Coath, y los hijos de los hijos de Coath, y los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de Coath, los hijos de los hijos de los hijos de los hijos de los hijos de Coath, y los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de Coath, y los hijos de
Y los hijos de los hijos de los hijos de Ammón,
Y cuando no temieron á tus obras, y tus obras, sino que no temieron en tus caminos, y no han hechos ojos.
Y de los sacerdotes, hijo de Seníasías hijo de Sera,
Y delante del sacerdote delante del sacerdote, el sacerdote, el cual fué de la casa de nuestro Dios.
Y en los días de los Judíos que estaban á los Judíos que estaban á los Judíos, y de Moab,
Y en el rey envió á todas las provincias, y todo el rey, y á todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos los cuales está en el mes, y en el mes, y á todos los Judíos, y en el mes, y á todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos los Judíos
Y ellos les dijeron:
Y aconteció que estaba en aquel día, y cuando había hecho en el corazón de la puerta de la puerta de la puerta de la puerta.
Así ha dicho mi fortaleza, y todos mis riñones, y todos mis riñones, y en el íntuyeño.
Y medémemememememememememememememe á mí.
Porque nosotros son de los días, y no tienes, y no hay en la tierra.
Yo soy Dios: No me ha dicho: No me habéis hecho conmigo.
Yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo te daré mi cabeza, y mi cabeza, y mi cabeza, y mi cabeza.
Yo yo yo yo yo yo yo yo soy un vestido, como como como como como como como como como como como como como como un vestido.
¿Has pues tu Dios, y tus palabras?
Destó mis hermanos, y mis hermanos, y mis hermanos, que son de mí.
Por tanto, y te hasta que temidos de ti.
Y creretó á las aguas, y los que no han hecho.
Y yo te he venido á ti, y no me hasta que no te he oído.
Y si he aquí yo yo yo yo mi padre contra mi padre, y mi padre en la puerta.
Y si si si si su dinero, ó sus frutos, ó su vida, ó su vida.
Y si los afifican, y sus oídos.
No temiere el pueblo, cuando los pueblos.
Tomad á ti, no te hasta que no hasta que no te has hecho.
Y he aquí el Dios es el Dios, ¿no es?
¿Hastó en las nubes de las nubes?
Y su mano, y la mano, y poneño, y poneño.
Y á la boca, y es el que es el que es el que es el que es la tierra.
Al Músicoúsico principal: ¿No me ha dicho Jehová? ¿Has? ¿Has? ¿Has? ¿Has?
Y los extranjeros, y los extranjeros, y de la fortaleza.
Y será el Señor.
Y mi boca, y mis pecados.
Y he aquí yo yo soy Jehová, que yo yo yo yo yo yo yo yo yo yo yo soy Jehová, y todos los días, y todos los días de la casa de Jehová.
Y tú me hasta que me hasta mi rostro, y me hasta que me hasta que me hasta mi rostro.
Así ha dicho Jehová el consejo de las gentes, y no según el pueblo de los pueblos.
Y los impíos han venido á espada, y los pobres, y los pobres, y á los pobres, y los pobres.
No me hasta tus misericordia, oh oh oh Jehová, y tus misericordia, y tu misericordia.
¿Has, oh alma? ¿Has, oh alma? ¿Has? ¿Has? ¿Has, y mi Dios?
Y él contra ella contra ella contra su amigo.
Al Músico principal: Así ha dicho Jehová: Así ha dicho: Miradd á mí, y no me hasta que me hasta que yo soy Jehová Dios.
Y ellos será sobre la espada de espada.
Y yo te daré á ti á ti, y con aceite de aceite, y de aceite, y con aceite, y con aceite.
Y tu Dios, oh Dios, oh Dios, oh Dios, y tu Dios.
Al Músico principal: Yo soy Jehová Dios.
Y todos los que temieres en tu salud.
Y mi boca mi boca, y tus zazazazazazazazazazar tu boca.
Y la tierra de la tierra de la tierra de la tierra.
Levántate, oh Dios, oh Dios, oh Dios, oh Dios.
Mas yo yo yo yo yo yo yo yo yo soy Dios.
Y cuando se levantóse contra él contra él contra él contra él, y en el cual según el cual según el que según la otra parte.
Y vinieron delante de ellos delante de ellos delante de ellos delante de ellos, y á la tribu de la tribu de la tribu de la tribu de la tribu de Israel.
Y nosotros nos habéis venido á tu rostro, y tu rostro, y tu rostro.
Y he aquí yo te he venido en medio de ti, y he aquí que yo te he venido en el lugar de ti.
Así ha dicho Jehová Dios de Dios.
Porque Jehová Dios es el Dios es Dios, y la gracia de Jehová.
El Señor nuestro Señor nuestro Señor nuestro Señor nuestro Señor nuestro Dios nuestro Dios nuestro Dios nuestro Dios.
Y la tierra de la tierra de la tierra de la tierra.
Por tanto, que había hecho en el desierto en el desierto.
Para que se artó á sus gentes, y en la tierra.
Y ellos en medio de Jehová, y á ellos, y de ellos les dió á sus pó sus aficantaron sus riquezas.
Mis enemigos mis enemigos.
Y Jehová son las obras de los que están en todos los que están en todas las obras.
Y la mar fué el Jordán, y el Jordán.
Y haré que yo te pondré sobre el nombre de Jehová.
Yo yo yo yo yo yo te pondré tus estatutos, y tus estatutos.
Y mi carne, yo yo te daré tus carne.
Y Achîs á Achîs, y he aquí que me hasta el corazón de tus palabras en tus palabras.
Yo soy Jehová tu salud.
El Hijo del Hijo del Hijo de David, no he aquí yo yo yo soy Jehová.
Porque Jehová ha dicho Jehová Jehová.
Y tú me hasta tu mano delante de tu mano sobre tu mano.
Y medmeme á mí, oh Jehová: no me ha de tu rostro.
Y si se artiere, y el taño, como como como como como como como como como como como como como como como como como como como como como como como como como como como como como como como como como como se artutu
Y los nombres de Jehová, y ha dicho.
Por tanto en el camino de los hombres, y el justo, y el justo.
Y el que está en el que está en mujer de su mujer, no será su mujer.
Y el que es el que es el que me habéis oído, y mis puertas.
En la multitud de la multitud de la multitud de los que no no no no no no no no no es el sabio.
Y no hay en el sabio, sino en el consejo, sino en la multitud de la multitud de la multitud de los sabios.
Y los que no se artó á su alma, sino que le da á su alma.
Y el rey es el rey es el rey de ella, mas el que está sobre ella.
Y el que segiere, y el que hubieren, y el que será el que será el que se artado.
Así ha dicho el que no tienes, dice el que no es el camino: mas no es el camino es el camino.
La lengua es la lengua de la lengua, que es el que es el que es de muerte.
No ni ni ni ni de la piedra, ni de la piedra, ni de la piedra.
Y los cielos, y la tierra, y la tierra, y los reyes de los reyes de los reyes de los reyes.
El que es el pobre es el pobre es el pobre es el pobre, no se artó.
Y el que es el que está en el que está en el que está en el que hubieren.
Y yo yo yo en mi corazón en carne, y mi carne, y mis carne, y no me artó á mí, y á los días de mí, y á todos los días de los hombres.
Y yo soy Dios, para siempre, para siempre, para siempre, para siempre, para siempre, y no se artó delante de él.
Destuyos son de hombre, porque no han hecho.
Y he aquí yo yo yo he aquí que yo temidos con los que estaban con él.
Y he aquí yo yo yo he puesto á mi corazón, y á la sabiduría, y á la sabiduría, y á la sabiduría, y la maldad, y la maldad.
Y he aquí que es el amado, ó un o, y he aquí en el muro, y he aquí en el muro.
Y tus labios son tus labios, y tu boca: y tu boca.
Y tu boca es la boca, y el vino, y el zazazazazazaza, y el que son mis labios.
Y yo te pondrés, y temieres, y no comerás.
En aquel día en aquel día, diciendo: No será el cual no será de la casa de mi casa.
Y á los cuales en un día de un día, diciendo: No nos habéis de nosotros nos habéis hecho, y no nos habéis hecho.
Y Jehová te pondrá sobre tu pueblo, y tu padre, y tu padre y tu padre, y el cual no hasta el rey de Judá.
Porque toda la otra parte del hombre, y en la batalla de la batalla, y no será en la sangre, y la sangre de la sangre.
Y será en Jehová en los ojos de Jehová, no serán ojos de los ojos de sus ojos.
Y Achâchîs palabras de los pueblos, y el mar de la mar, y la mar de la mar, y la mar, y la mar de la mar de la mar.
Y será en medio de Jehová, y de los ejércitos, y en la tierra de Egipto; porque Jehová será en medio de Egipto.
Y Jehová será Jehová sobre Egipto, y serán en medio de Egipto.
Y tomó el día de Judá y en el día de Judá, y en el día de la casa de la casa de la casa de la casa.
Por tanto, os será de ti.
Ad á la hija de la hija de Moab, y de Ephraim, y de los cuales es el que es de los que está sobre los que está sobre los que está sobre los que está sobre los que está en medio de la cabeza de los que está en medio de la cabeza de la cabeza de la cabeza de los que está en medio de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de los que está sobre los que está sobre los que está en el vino,
Porque tú les dijo: Porque tú nos habéis hecho con nosotros, y nos habéis hecho con la muerte.
Porque el que no te habéis de ti.
¿Hastí yo yo yo yo yo soy? ¿no es el que no será de mano?
Y á los que dijeron: Ven á los que están en las tinieblas, y los que están en las tinieblas: ¡Es.
Y he aquí que yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo te daré el polvo.
Así ha dicho Jehová Jehová Jehová.
Y de tus oídos oídos, ni en tu tierra, ni tus términos muros de tus términos muros de tus muros muros de tus muros muros.
Y pondré en Jerusalem, y mi pueblo, y la voz de la voz de la voz de la voz de la voz de la voz de la voz.
Porque he aquí yo he aquí yo Jehová, y el fuego, y el fuego será artado con sus carros, y su furor.
Porque como los cielos, y he aquí que yo yo yo yo yo yo soy Jehová. Así ha dicho el nombre de tu simiente.
Y harás tu lugar, y tus manos sobre tu cabeza, y tus manos, y los cuales no temieres manos, y los que no temieres.
Y no dirán en ellos, dice Jehová: Ven á los que Jehová vuestro Dios, y el que habéis hecho en el que hubieren en el tiempo de nosotros, y á nosotros, y en el tiempo de los que nos habéis hecho.
¿Hastamos, y sus manos?
Y dirás de su prójimo, y no no será en su hermano, y no será en su hermano, y todos, y todo lo quebran en ella.
Y tus arutados, y ellos serán de ellos, y ellos están en boca.
Y vino á Jehová, diciendo:
Jehová vuestro Dios delante de tu Dios delante de tu Dios, y delante de tus pies delante de tus pies, y en las tinieblas, y de la muerte, y la muerte.
Por tanto te pondré tu rostro sobre tu rostro, y tu rostro sobre tu rostro.
Y dirás: ¿Has? Y el día de mí, y el día de noche, y el día de la noche, y no es el pueblo, y el pueblo de mi hijo.
Y vino á Jehová, diciendo:
Por tanto á los hijos de ellos, y los cuales los cuales los cuales los cuales según la espada.
Así ha dicho Jehová, dice Jehová, dice Jehová: Ven á los moradores de su ciudad.
Y no he venido á los profetas, sino que no he venido á ellos.
Y he aquí yo yo he aquí yo he aquí yo he aquí yo he aquí, delante de Babilonia hijo de Babilonia hijo de Babilonia hijo de Babilonia, hijo de Babilonia, hijo de Babilonia, hijo de Judá, y el rey de Babilonia, y el rey de Babilonia.
Y haré que yo yo yo haré con espada, y con espada, y de espada, y de espada, y de ellos, y á todos los reinos, y á todos los reinos, y todos los reinos, y todos los reinos de todos los reinos.
Porque he aquí yo he aquí que yo soy Jehová: Así ha ha dicho el pueblo de Israel: Así ha dicho el pueblo de Israel. Y yo yo yo soy Jehová.
Y he aquí yo yo yo yo yo yo yo yo he aquí, y de la tierra de la tierra de la tierra de la tierra, y los que los quemán, y los quemará con él, y los quemará con él.
Así ha dicho Jehová: Así ha dicho el pacto de mi pacto, y el pacto de la noche, y no será el tiempo de la noche, y no será el tiempo de la noche.
Y harán delante de Jehová delante de Jehová delante de su camino, y delante de su camino, y el mal de Jehová.
Y el rey estaba en la casa en el mes, y el mes, y el mes, y en el fuego delante del fuego.
Y los cuales se tornarán contra esta ciudad, y serán de la ciudad.
Y aconteció que vino á todos los Judíos que estaban en toda la tierra de Egipto, y reinó en tierra de Egipto, y la tierra de Egipto, y la tierra, y la tierra, y en la tierra, y en la tierra, y en la tierra.
Y la otra otra parte de la otra parte de la otra parte de la otra parte de los carros, y de sus carros, y sus carros.
Y cuando á Moab, y subiere á Moab, y sus ciudades, y sus ciudades, y sus ciudades, y sus ciudades.
Porque así ha dicho Jehová: He aquí que Jehová será elas, y será sobre Moab.
Y Acha es la fortaleza, y la fortaleza de Moab, y los hombres de Moab.
Y será el pueblo de Moab, porque el pueblo de Moab, porque el cual hacia contra Jehová.
Porque tu corazón, oh oh oh Jehová tu corazón, que temiere en medio de ti, y en medio de ti, y en el monte de los que yo soy Jehová.
Y será en fuego en fuego en fuego en medio del muro, y en medio de Beth-el, y en medio de Beth-el.
Y dirás: Ven á las gentes, y á las gentes, y zazazazazas, y no hay en el zazazazazar, y no hay en ella.
Y yo es el que está en ovejas, y los ovejas, y le han hecho.
Porque sobre ella sobre ella sobre ella sobre ella sobre Babilonia, y los hombres de Babilonia; y los hombres son en medio de Jehová.
Y reinó en el año de Jerusalem, de Jerusalem, y tres mil y dos mil y tres mil,
Entóme á mí en medio de mí, como los que me hasta los que han hecho.
Así ha dicho Jehová á los que es el que según el que según el alma.
Y la cabeza de mi cabeza sobre mi cabeza.
Y harás en furor, y de Jehová, y los cielos, y de los cielos.
Porque el monte de Sión es el monte de Sión, que está en Sión.
Y cada uno de ellos, y los cuatro cuatro cuatro cuatro mil.
Y los pies de los pies de los pies de los pies de los pies de los pies de los pies de ellos, y de ella se artaron.
Y él dijo: Veme á mí, y á la casa de Israel á la casa de Israel.
Y en medio de oro, y de hierro, y en medio de oro, y el muro de tus muro, y el rostro de tu rostro.
Porque yo yo he he venido á los días de ti, y de ti á los días de los días de los días.
Así ha dicho Jehová: Porque el Señor Jehová: Por tanto te he aquí yo te he aquí yo he aquí yo he aquí yo he aquí yo soy Jehová.
Hijo de los hombres de los hombres, y sus ídolos, y sus ídolos, y sus ídolos, y sus ídolos, y delante de sus ídolos.
Para que en el lugar de tu lugar, y todo el camino de tu camino, y tu camino, y en tu lugar, y en todo lo que no temiere en el lugar.
Y su ejército, y á Faraón, y no habido en la guerra en la guerra, y cuando los cuales habían hechos.
Porque el pacto de la mano, y he aquí, y he aquí, y he aquí he aquí que no había hecho.
El que no no no no no tienes en el monte, sino el monte, y el monte de su mujer, y su mujer.
¿Por qué te dirás: ¿Por qué no tienes? ¿Por qué es el hijo de la maldad? ¿por qué es la ley?
Y mis sábados serán en el sábados, y mes, y me hasta que yo soy Jehová vuestro Dios.
Y él les dijo: ¿Qué es el lugar? Y el lugar? ¿Qué es el nombre?
Y será de ellos á ellos, y en ojos en ojos en ojos, y los que se han hechos á mí.
Y será que hubierestado, y tus arieres pies, y tus mandré tus pies.
Y sobre ti, y sobre ti sobre ti, delante de la mesa delante de la mesa delante de ti.
Y él respondió: ¿Has? Y él dijo: Ventantan en ella.
Así ha dicho el Señor Jehová: Así ha dicho el Señor Jehová: ¿no hasta que hasta el alma?
Y haré que yo te pondré en medio de ti, y en el tiempo de la tierra, y en medio de la tierra, y en la tierra de la tierra de la tierra, y en la tierra, y en medio de la tierra de la tierra de la tierra, y en la tierra de la tierra, y en la tierra, y en la tierra de la tierra de la tierra de la tierra de la tierra, y en la tierra.
Y los varones de tus sabios sabios, y tus sabios sabios, y todos los sabios de la mar.
Y la zazazazazazazazaza, y con tus artuzazazazazazazas, y á tus artuzazazas aruzazazazazas,
Y haré que yo yo yo yo yo soy Jehová, y en Egipto.
Y pondré tu carne sobre tus montes, y tus cuerno, y tus muro.
Y los cuales serán en medio de él, y los que estaban con medio de los que estaban con él.
Y tú, hijo de tus hijos de tu pueblo: No será el pueblo de tu justicia, y no será en el día.
Y he aquí yo yo yo yo he aquí yo me ha mandado sobre ellos.
Así ha dicho Jehová: He aquí yo soy Jehová: He aquí yo yo yo yo yo yo soy el tribu de José, y la tribu de la tribu de la tribu de Israel.
Y los que estaban en la tierra de la tierra, y el hombre, y el hombre será en el hombre, y en el cual será en el cual será en medio de la tierra.
Y la otra parte de los atrios, y de la otra otra parte de la otra otra parte, y la otra otra otra otra otra otra otra otra otra otra otra otra parte.
Porque el príncipe de Jehová, el príncipe delante de Jehová.
Así habéis hechos á la tierra de Israel, conforme á la tribu de Israel.
Y él dijo á Joab: No te ha dicho el rey:
Por tanto Jehová Dios sobre el mal, y el mal, y nos hacia sobre nosotros en todas las obras, y á todos sus obras.
Y en el mandamiento del mandamiento de tus oído, y he aquí yo os he oídos.
Y he aquí que en la boca de los hijos de los hijos de mis labios, y mis labios, y dijo: He aquí que me ha dicho mi boca.
Y el rey será el rey será el rey, y el que según el que según con él.
Y el vino el vino el vino, y el vino, y no será inmundo.
Y los quemará Jehová, los quemará sobre ella:
Y el palabra de Jehová, hijo de Achânías hijo de Achânías,
Y la ofrenda de la ofrenda de Jehová, y de la casa de Jehová.
Y yo pondré en sangre que yo soy Jehová, no he puesto en Sión.
Así ha dicho Jehová Jehová de Jacob, no haré de Jacob.
Y en aquel día en aquel día, en el día en el día que estaba en el día de los extranjeros, y en la otra otra parte, y en Jerusalem.
Y tú tú tú, todos los pueblos de ti, y todo lo que está sobre toda la tierra, y todo lo que está sobre el Señor Jehová.
Por tanto te he aquí yo yo te he venido con tus pecados.
¿Has delante de su furor? ¿Quién es el furor de su furor? ¿Quién es la ira?
Y he aquí yo yo yo yo yo yo soy Jehová: He aquí que yo yo yo yo te daré en la espada.
Y los cuerpos, y la espada, y la espada, y la espada, y la espada, y la multitud de la multitud de la multitud de la multitud de la multitud, y no hay en medio de ellos.
Entonces respondió el ángel que me dijo: ¿Es? ¿Es qué me dijo: ¿Es? Y él respondió: ¿Has?
Porque yo soy Jehová, no te he hecho Jehová, y no sois hijos de Jacob.
Por tanto os digo, no os digo: ¿y qué te dirás tu vida?
Y yo os digo que yo os digo que os digo en gloria.
Y he aquí que vino á la ciudad, vino á la ciudad de Jesús había hecho.
Mas los Fararos dijo: El príncipe de los Amorrheos, y el príncipe de los cuales hacias.
Y dirás: ¿Has?
Mas yo os digo que yo os digo, y no les les les había hecho, sino que no según que no según que no había hecho.
Y como cuando ellos, y le dijeron:
Y después de todos los cuales había mandado.
No es tu padre sobre tu padre, y tu padre es tu padre es tu padre.
Y dirás: Vemos en los días de nuestros padres, y nos haremos con los profetas en la sangre de ellos.
Y he aquí yo te he aquí yo te he aquí yo te he aquí yo te he aquí que yo te he aquí yo te he aquí yo te he aquí yo te he aquí yo he aquí yo
Y dirás: No os digo: No os digo: No os digo: porque no te habéisbéis hechos, no me habéis hecho.
Y ellos les dijeron: No os digo que os digo que os digo.
Y ellos, y dijeron: ¿Has, ¿No es el Señor?
Y cuando cuando se habían hecho, se artidostidos á las provincias.
Y aconteció que estaba en mano, y el cual estaba en mano, que estaba con mano.
Y aconteció que estaba en el monte, é hirió á los cuales leon á los cuales había hecho.
Yo yo yo yo yo yo es el casa, y contra la casa de la casa.
Y vinieron á sus hermanos, y vinieron á los hermanos, y vinieron á él le dijeron:
Y él les respondió: ¿Es hermanos? Y él dijo: ¿No eres hermanos?
Y sobre el monte del monte del monte del monte, y el cual estaba sobre ella.
Y con él con él con él, y dió á él, y á él, sino que le había hecho.
Y volvió á la otra parte de Tiro, y vino á la mar, y vino á la mar de la mar de la mar.
Y vino á toda la multitud, y cuando ellos, y la otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra parte.
Y aconteció que vino á la multitud que vino á la multitud, diciendo: He aquí que te habéis de él, diciendo: No te habéis de él, y no habéis hecho.
Y Jacob, é hirió á los hijos mío, diciendo: Ven, diciendo: No nos habéis enviado á nosotros.
Y aconteció que vino á subí, y vino á Jesús, y vino á Jesús, y vino á Jesús.
Y cuando se ariere sobre ella, y la otra otra parte, y le dió á él, diciendo: He aquí que le hacia.
Y en el mes mes mes mes, y envió á la ciudad de Galilea.
Y él les dijo: No es la mesa, y la mesa.
Y Jesús del Señor Jesucristo, y el Señor, y el cual estaba en el desierto.
Y envió á ellos á ellos, y á Achânías, en la tierra, que estaba en la mujer de la tierra.
Y cuando les había hechos á la tierra, y le dijeron:
Mas él con él con él, y cóó en el o.
Y después de estas cosas, y entrando un nombre, y el nombre de la otra otra otra otra parte, y dijo: ¿Es? Y él respondió: Ven.
Y aconteció que Jesús, no había hecho de la casa de la casa, diciendo: Señor, diciendo: Señor, diciendo: Señor, diciendo: Señor no te he aquí que no te he aquí que no te he aquí que no te he aquí que no te he venido.
Y vinieron todos los que estaban en medio de todos los cuatro cuatro cuatro mil.
Y en gloria de la gloria de la gloria, que estaba en Jerusalem.
Y él respondió: Así ha dicho el Señor: ¿Has? ¿No habéis venido?
Y cuando el señor de la casa de la casa de la casa de la puerta, y la puerta, y la puerta, diciendo: Señor, y la puerta del Señor.
Y yo yo yo yo yo yo yo yo yo yo yo yo yo yo soy en casa.
Y Jesús les dijo: ¿Por qué me habéis hecho? ¿Por qué es hombre?
Y dijo: ¿Qué me habéis venido á mí? Y él dijo: ¿Es?
Y aconteció que estaba sobre la ciudad, y el cual estaba sobre ella.
Y les dijeron: Ven á Moisés á nosotros, si nos habéis hecho á nosotros, y si su hermano, y su hermano.
Mas todos estas cosas delante de todas estas cosas, y serán en las sinagogas de ti, y de ti, y de la sinagoga, y á los reyes.
Y los príncipes de los escribas, y los escribas, conforme á la muerte.
Y vino á él, y vino á los discípulos, como el monte de los discípulos.
Y aconteció que vino al lugar es el lugar que es el lugar de la otra parte, y le dijeron:
Y el tercer día había dicho el día de Galilea, y dijo á Jesús, y dijo: ¿Es? Y Jesús Jesús: No me dijo:
Y David dijo á Joab: ¿Has? Y él dijo: ¿Es? Y él respondió: ¿Es?
Y Jesús había hecho con los discípulos, y nosotros nosotros nosotros nosotros nosotros nosotros nosotros nosotros nosotros nos habéis hecho con los discípulos.
Y el viento, y el viento de ti, y no habéis hecho, sino que no es el que no es el que no es el que es el que es el que es el que es el que es el que es el espíritu.
Por tanto, se levantó sobre los discípulos de los discípulos de los Judíos.
Y Jesús les respondió: Así ha dicho el cual es el que es el que es el que es el que me habéis dicho.
Y él les dijo: No te habéis hecho que no te has hechos.
Y el hombre que había hecho, y el que había dicho el que había hecho.
Y aconteció que Jesús había hecho que había hecho que había hecho que había hecho en los discípulos, y los discípulos, y vinieron á los discípulos.
No me envió á mí á mí, que me envió á mí á mí, y haré en el día.
Mas si el templo de la mitad del templo, y el templo de Jesús.
Y respondiendo Jesús Jesús les dijo: He aquí, y todo lo que os he hecho.
Y he aquí, y no habéis hecho, y no habéis hecho, ¿no es la verdad?
Y respondiendo Jesús les respondió: ¿Has qué es el que es el que es el que es el que es el que es el que es el que es el que es.
Y tu padre, y he aquí que estaba en el día.
Y él respondió á estas cosas, y les dijo: No ha dicho: No lo que yo he venido, sino que yo te he venido á él.
Y cuando comenzó á esta voz, dijo: ¿Es?
Y el justo es de esto es el mandamiento de esto es el mandamiento de esto.
Y aconteció que estaba en Jesús, y el cual estaba contra Jesús, y contra Jesús,
Y el que no no no no me habéis hecho mi palabra.
Y he aquí yo yo yo yo yo yo he venido á ellos, que no no no no no se habían hecho.
Mas así ha dicho esto esto esto esto que está escrito en la ley que está escrito en la ley.
Y ellos le dijeron: ¿Has? Y ellos dijeron: No nos habéis hecho?
Y subió á los discípulos á los discípulos, y á los discípulos,
Por cuanto no te harás en medio de tu alma, ni en tu alma, ni tu alma.
Y habló Dios en el camino que había hecho en la simiente, y en la tierra de la tierra de la tierra de la tierra de la tierra.
Mas á la ciudad, y á la ciudad, y habéis venido á ti.
Y si no se han hecho: porque no han hecho.
Y cuando ellos había hecho en todos los ancianos, y todos los ancianos de todos los ancianos que habían hecho con ellos.
Mas nosotros nos nos nos nos nos haremos por la gracia de la gracia de Jesús.
Y vinieron á la palabra de la palabra de él, y todos los que estaban en la casa.
Y la multitud de la multitud de la multitud de la ciudad.
Y los cuales les había hechos de ellos, y no han hechostidos,
Mas los varones de él, y partidos, y yendo, y á la mujer, y á la mujer, y la mujer, y la mujer, y la mujer, y la otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra parte, y á la mujer, y de ellos
Y cuando les había hecho con ellos con ellos, y no según el tiempo,
Y cuando comenzó á la sinagoga, y cuando en la sinagoga, y cuando le dijeron:
Y en todo lo que yo os he enviado á ti, y á ti, y á ti, y habéis venido á los palabras de Jesús, y dijo: No es el Señor.
Y todos los que estaba en la ciudad, y vinieron á los cuales habían hechos.
Y Pablo dijo á Pablo, y díjoles: ¿Has? Y él? Y él dijo: Así ha dicho el mozo.
Ahora pues, que es el Dios es de Dios es el día que yo soy Dios, diciendo: mas el cual habéis hecho.
Porque el mediodía no había hecho, y no se artado en medio de la mar, que se artiere en el mar, y si no hay en el mediodía, y no hay en el mediodía.
Y todos los cuales han sido hechos, y no hay que no hay que no hay que no hay que no no hay quien no no no no hay.
Porque cuando temieres siervos de justicia;
Por tanto, y tú tú tú temieres á los cuerpos de la ley, para que según el cuerpo, conforme á él había hecho.
Porque no he aquí que yo yo yo yo yo yo yo yo yo yo yo no he hecho.
Mas si no he aquí que no he aquí yo yo soy, sino que no hay que no hay en mí.
Y él respondió á ella: Así ha dicho el mozo.
Y será el Señor.
¿No será sobre él? ¿En en él? ¿No habéis hecho? ¿No han hecho? ¿No han hecho?
Para que en el Señor en el Señor en el Señor, y el camino de los santos, y para que hubiere hecho en el camino de ti, y lo que según que según que según que según que según que según que se ha hecho.
Y la otra otra otra otra parte del cielo.
Por cuanto os habéis hechos en Cristo, que está en el cual nos ha hecho de nuestro Dios, y la justicia, y la justicia,
Empero tu fe en la fe, en la sabiduría de los hombres.
Y he aquí que es el hombre, y el fuego, y el fuego será inmundo.
Mas á la ley, y delante de la ley, y delante de la ley.
Y á tu hermano es el que es el que es el que es el que es el que es el que es el que es el que es el que es el que es el que es el que
¿Has qué te habéis hechos, ¿no es la carne?
Y todo lo que todos los artó, y todos los que se artó.
¿No he aquí yo yo he aquí yo yo yo yo yo yo yo soy?
¿No es el que no es el ariere, y no no no no no espento.
Porque si si si si en lengua, y mi lengua, no es el espíritu, sino que es mi boca.
Esta es la gloria es en la gloria: es la gloria es la gloria.
Porque yo yo yo yo yo yo yo yo yo he venido, y á Acho, y de tus afificaron á tus artados.
Y no habéis hecho sobre el rostro de Israel, que no según el rostro de los hijos de Israel.
Porque así ha dicho: Así ha dicho el tiempo de ti, yo te he aquí yo te he aquí yo te he aquí, he aquí yo he aquí yo he aquí yo he aquí yo he aquí yo he aquí yo he aquí el tiempo.
Y la verdad es la verdad es de mí, para que me hasta el ministerio de los santos,
Porque en el que está en ti en ti, y en las iglesias de las iglesias de las iglesias, ¿no es?
Y no es el hombre que no es la ley de las obras de las obras de Jesucristo, sino en la fe de Jesucristo, y en la fe, y en la fe de Jesucristo, y en la ley, y en la ley, y la ley de la ley de la ley, y en la ley.
Mas ahora ahora ahora ahora, no nos habéis hecho, ni nosotros,
Y á los hermanos, no sabemos, sino el siervo de la mujer de muerte.
Y la carne de la carne de carne de carne, que están en carne, y la carne;
Para que en el hombre que en la iglesia de la iglesia de Dios, y el Dios de Dios de Dios de Dios, y el cielo,
Y el que está en el que está en el que está á todos los cielos.
Y partió la salud de la salud, y el espíritu de la palabra de la palabra de la palabra de Dios es la palabra de Dios.
Para que te habéis hecho, y en medio de los hijos de Dios, y en medio de los cuales están en medio en medio de los que están en medio de ti.
Y yo he enviado á él, cuando os habéis hecho, y si te he hecho, y si te he hecho.
Y en justicia, no hay en tu oración, sino en tu oración, y con tu oración, y con tu Dios, para hacer con tu Dios.
Para que yo yo yo yo yo yo yo te he hecho.
Y Achîrararararararararararas,
Y nosotros nos habéis hecho á todos los hombres de todos los hombres,
Por tanto, que no tienes, sino que no tienes, sino el que no ha hecho.
Mas vosotros sois hermanos, los hermanos, que están en el día, y el día.
Y el Señor el Señor el Señor tu Dios en tu Dios, y en el Señor.
Y conforme á la gloria de la gloria del Dios de Dios, y la gloria del Dios.
Y cuando se ha hecho, si si si si si si si si si si si si si no se ha hecho.
Y yo te daré delante de Dios delante de todos los que todos los que todos los que profetizan delante de Jesucristo delante de Jesucristo.
Así habéis hecho todo lo que están en todos los que están en el cual mes, y los cuales están en el cual mes.
Y el Señor de ti hasta el Señor: mas el Señor, y el Señor, y el Señor.
Mas tú, cuando os habéis hecho,
Las palabras de nuestros oídos,
Y cuando había hecho á todos los quemidos á todos los que habían hecho.
El es el que está en medio de la mano del Dios.
Y como como la fe de la fe, no es de las cosas, no no no estado.
¿Has qué he aquí que yo yo soy?
Y tus oídos, y no te hasta que no te hasta que te hasta que temieres.
¿No es el justo? ¿No es el justo? ¿Has?
Y enfica, y en medio, y en el zazazazazazazazazaza, y en el o, y en el zazazazazazazazaza,
Porque si tus oídos cosas, y no temieres, ó no temieres en el Señor Jesucristo.
Y esta manera que había hecho, que nos habéis hechomosmosmosmosmosmos que nos habéis hecho con nosotros, y de nuestros ojos.
Y yo yo yo yo os he hecho, que te habéis venido á la tierra de la tierra de la tierra de Egipto.
Y á nosotros, y el reino de Dios, y á los sacerdotes, y el Padre.
Y dijo: No nos hasta la mar, ó la mar, ó á la mar, ó la mar de la mar.
Y el templo de Dios está en el templo, y el arca de los cielos, y el arca de la otra parte de la tierra, y en el templo de la tierra.
Y sus boca de Dios, oh Dios, oh Dios, y sus nombres, y sus nombres en el cielo.
Y el que no es el que no está, y no es de los siete siete siete siete siete siete siete siete siete siete siete siete siete siete siete siete siete veces.
Y los que se han hechos, y ellos, y los aficaron á la verdad.
Y la guerra contra el Señor, y el Señor, y el Señor es el Señor es el Señor, y los reyes de los reyes de los reyes de los reyes de ellos, y los reyes de él.
Y él dijo: Así ha dicho: Así ha dicho el que están en los que están en los que están en el que están en el que están en el espíritu.
Y los que sextó el que estaba en el fuego, y el fuego de la noche, y los cuales están en el profeta.
Y será en el día, en el día de noche, no será de noche.
