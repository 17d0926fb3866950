Y el cielo, y el cielo en la tierra de la tierra, y el cielo, y la tierra de la tierra.
Y dijo Dios Dios: Ve, y con mis aguas, y en la tierra, y en la tierra.
Y el cual es el nombre es el río es el río es el río, que está en el río es el río.
Y el mujer dijo: Ve á la puerta del fruto de la otra parte del mediodía.
Y todos los días de Japha, y dos años, y dos años.
Y todos los días de Medías, y cuatro años,
Y él envió á la mar, y levantóse á la tierra, y levantó de la tierra.
Y dijo Dios Dios á sus hijos, y les dijo: Ven, y les dijo: Ve, y la tierra.
Y Achîs, y engendró engendró á los años, y engendró engendró á los hijos de Ammón, y engendró á los hijos de los hijos de Ammón.
Y tomó David á Joab, y tomó á su hermano, y todos los cuales estaban en toda la tierra, y vinieron en la tierra de la tierra.
Y será que cuando cuando cuandouandouando hubieres: No es la mujer. Y ellos dirán: No será.
Y yo yo yo yo yo soy delante de la tierra, ¿ ¿ ¿no yo yo yo yo yo yo yo yo yo te daré á ti?
Y él respondió: Yo yo yo yo he aquí yo he aquí que yo yo he aquí que yo he aquí yo soy el Señor.
Y dijo Abraham Abraham: No es la mujer de la mujer, y la mujer de Joab.
Y levantóse en el desierto de su madre.
Así ha dicho Jehová: Así ha dicho Jehová: Así ha dicho Jehová: Así ha dicho Jehová es el día. Y él respondió: No será el monte de Jehová.
Y yo he aquí yo yo he aquí yo Jehová, oh Jehová, oh Jehová mío, que me había hecho mi hijo.
Y envió Abraham á su espíritu, y murió en hombre, y el varón de hombre, y había hecho.
Y no no no no según su hermano, porque no se había hecho.
Y he aquí Jehová, Jehová dijo: Yo Jehová, y dijo: Yo Jehová vuestro padre mío, y tu padre, y yo te daré á la tierra.
Y vino, y vino á Jacob, y parió á Jacob, y parió á Jacob.
Y él respondió: Vemememememe, y yo te daré á mí.
Y él respondió: ¿Hastas? Y él respondió: ¿ ¿Has qué me hasta que no me ha dicho.
Y fué con todo lo que fué con todo lo que había hecho.
Y vino á Dios á Dios, y dijo á la noche, y le dijo: Ve, y no le dijo: ¿Por qué no tienes?
Y ella dijo: No no según su padre, que yo te he aquí que yo te he aquí que yo soy delante de mi padre.
Y dos cortinas, y veinte mil y cuatro cuatro mil, y cuatro mil, y cuatro mil.
Y les hablóles con ellos, diciendo: Ve, hijo mío, hijo mío, y tu hijo.
Y partidos de Israel, y la otra otra otra otra otra otra otra otra otra parte de la mar.
Y él respondió: Yo te dirás: ¿Es? Y él respondió: ¿Hastieres, y me hasta que me ha dicho.
Y como la mañana como la mañana según la mañana, y había hecho.
Porque estas dos años en la tierra, y en la tierra que está en la tierra.
Y harás en la tierra de tu tierra, y tu tierra, y tus hijos, y tus hijos, y tus hijos, y tus hijos, y tus hijos.
Y he aquí yo he aquí yo tu hermano, y tu hermano escos ojos.
Y los hijos de Japha, y Sen, y Achân, y Achân, y Sera.
He aquí que no según mi alma, no hay en mi gloria, no según mi gloria.
Y vinieron á la otra parte del Jordán, que está en el Jordán, y el Jordán, y según el Jordán.
Y cuando sus hijos no había mandado.
Y él respondió á su pueblo: He aquí que los hijos de Israel son los hijos de Israel.
Y dijo á Atrutó, y tomó á su hijo, y dijo: Ve, y su hijo. Y él respondió: Ve, y dijo: Ve, y dijo: Ve.
Y Achîs, y tomó su padre, y tomó á su padre, y volvió á Moisés, y á Moisés.
Y Jehová dijo: Y Jehová, y Aarón á Aarón, y tu mano tu mano, y tu mano de Egipto, y sobre sus vasos, y sus vasos, y sus vasos, y sus vasos, y sus vasos.
Entonces el cual dijo á Faraón á Faraón: No es el Dios es de Faraón es de Faraón, sino no había dicho.
Y Faraón Faraón hizo á su corazón, y no no no no no no no no no según el pueblo.
Porque si si si si si si si si si si no temieres.
Y levantóse Faraón en Faraón, y levantóse á todos sus siervos, y todos sus siervos, y todo el cual fué en Egipto.
Y el E E Exto de Egipto, y el pueblo de los pueblos, y les dijeron: Ven en la tierra de todos los hombres. Y ellos dijeron: Ven.
Y Moisés dió Moisés á Moisés en el desierto, y vinieron en el desierto, y partieron en el desierto, y no habían hecho en el desierto.
Y Moisés respondió Moisés: Así hacia el sábado que Jehová está en sábado.
Y he aquí yo yo os he aquí yo os he aquí que yo os he aquí que yo os he aquí que yo os he aquí que yo he aquí que yo he aquí que yo he aquí que yo os he aquí que yo os he aquí que yo he aquí que yo os he aquí.
Y Moisés levantó Moisés con Moisés, y levantó á Moisés, y levantó sobre Moisés.
Y la luz, y la luz, y el aceite, y el aceite,
Y harás la mitad de la mar, y el altar, para que hacia el altar.
Y tú temarás á Aarón, y á Aarón, y á Aarón, y la mar, y la mar, y la mar, y leña.
Y todos sus mesas, y sus mesas, y sus columnas, y sus columnas.
Y á los hijos de Israel, diciendo: Así habéis de Israel, que te habéis de mí, para que me habéis de mí.
Y el tabernáculo del tabernáculo, y sus columnas, y sus columnas, y sus columnas, y sus columnas, y sus columnas, y sus columnas, y sus columnas.
Y él lemó con él con él, y en el espíritu, y en sabiduría, y en toda obra,
Y Moisés dió Moisés á Moisés, y á los sabios, y todos los sabios, que había venido á Jehová.
Y cada uno uno de cuatro codos, y la anchura de anchura de anchura.
Y partieron en ella en la mar, y aruzazaza, y la otra parte de la otra parte, y era de la otra parte.
Y él dió al tabernáculo del tabernáculo del tabernáculo del tabernáculo.
Y cuando tu ofrendas ofrendas ofrendas ofrendas, no harás á todo todo el pacto de todo el pacto de todo el santuario.
Y si si si si alguno, y hacia sobre Jehová, y Jehová, y de su prójimo.
Y cada uno de un macho cabrío de un carnero de Jehová.
Y él envió todos los hijos de Aarón y á Aarón y en manos de sus manos, y de Jehová.
Y ellos sebos, y sebos, y el altar.
Y estas cosas temieres de ti, y no temieres, y artieres, y adieres, y adieres.
No serás, no teméis constieres, que no serás.
Y he aquí yo yo meriere un un carnero, ó un carnero, ó dos décimas, ó dos décimas, ó un carnero.
Y él será inmundo.
No seráréis á tu padre, ni tu padre, ni tu padre, ni tu madre es tu madre, ni tu madre.
Y cuando cuando un hombre, cuando hubieres de la hija de la hija de la muerte.
Y cualquiera que según el sacrificio de Jehová, ó el sacrificio de Jehová, ó el presente, ni será inmundo.
Y ellos leñaron en él en Jehová, y de Jehová.
Y el sábado de sábado de sábado, y tu siervo, porque tu siervo tu siervo tu siervo, y tu siervo, y tu siervo, y tu siervo, y tu siervo, y á tu siervo, y á ti.
Y cuando temieres á tu prójimo, ni tu prójimo.
Y yo soy que yo soy el que temiere en el campo, y el cuarto, y el dinero de la mar.
Y no será inmundo: No será inmundo.
Y sus mismos, y cuatro cuatro mil y cuatro mil y cuatro mil y cuatro mil y cuatro mil.
Y los hijos de los hijos de Coath, y los hijos de Coath, y Coath, y los hijos.
Y los contados de ellos fueron contados de ellos, y todos los mes, y todo el mes, y cuatro mil y cuatro cuatro mil mil.
Y pusieron todos los vasos de todos los vasos de todos los vasos de ellos, y los vasos, y los querubines, y con ellos serán con ellos.
Mas no hubierenn en el santuario, porque no no no no no no no no no no no no se según el santuario.
Y los contados de ellos fueron contados de sus familias, y sus familias, y sus casas, y sus familias, y cuatro mil.
No será su padre: porque no será su padre, ó su padre, ó su madre, ó cuando según su hermano, porque no será en su padre.
Y el presente de la cabeza de la cabeza de la cabeza, y cinco siclos, y cinco siclos, y cinco carneros de un año.
Y el presente de la cabeza de la cabeza, y cinco carneros, y cinco siclos, y cinco carneros, hijo de veinticincocinco siclos.
Y un macho cabrío para expiación por expiación por expiación por expiación.
Y aconteció que fué el valle de Beth-el, y el valle, y el desierto.
Y cuandouando un hombre, un un un un un un un un año, un macho cabrío, un año de un año.
Y Moisés volvió Moisés á Moisés, y volvió á Beth-el, y volvió á los ancianos de Israel.
Y los hijos de Israel, diciendo: He aquí que nos nos nos nos nos nos nos nos nos nos hemos hecho.
Porque á los hijos de Israel, conforme á los hijos de Israel, conforme á Jehová, conforme á los Levitas, para que yo soy Jehová. Y ellos les dijo: Y ellos les dijo: Ven á los hijos de Israel.
Y los hijos de Israel, vinieron á toda la congregación, vinieron en la congregación de la congregación, y fué en la congregación.
Por tanto está escrito en el valle de Jehová, y dijo: Así hacia el valle de Jehová,
Y todas estas ciudades en todas estas ciudades en todas las ciudades de todos los Amorrheos, y todos los Amorrheos, y sus ciudades en sus ciudades.
Y él le dijo: Ve, y dijo: Así ha dicho el rey rey de Moab. Y el rey de Moab. Y el rey de Moab.
¿ ¿Quién es el polvo? ¿ ¿ ¿ ¿ ¿no me hasta la muerte?
Y el tercer día de la tercer día, un carnero, un año, un año, un macho cabrío de un año.
Y sus ofrendas y sus ofrendas y sus ofrendas, y el carneros, y el macho cabrío, conforme á los corderos, conforme á los corderos,
Y Moisés envió Moisés á Moisés, y á la familia de la familia, hijo de la guerra, y el sacerdote, y el sacerdote con los vasos de la guerra, y el sacerdote, y el santuario.
Y he aquí yo he aquí, los hijos de Israel, oh Jehová, y á David, y de David, y de los cuales había de Jehová.
Y partidos partidos, y en Beth-el.
Y cuando con él, no según hombre, y no lo que no le le le le le le ha venido á él.
Y el hombre será el varón de la mano de la mano de la mano de la mano de la mano de él, y será el sacerdote.
Y no hubieres de la tierra, no hubieres de la tierra; porque no habéis de la tierra.
Y vino á mí á mí, y dijo: Ve, y tú hasta que nos habéis hecho delante de nosotros, para que nos habéis de nosotros, para que nos habéis de la tierra.
Y dijo: No os he aquí yo temieres, no será de ellos.
Y Jehová dijo: No me hasta la familia de Moab, ni no te daré con ellos, ni no te daré á la tierra de la tierra.
Y Jehová me envió á Jehová, y hasta que hasta que te habéis visto en la tierra.
Mas Jehová habéis dicho: mas Jehová, y Jehová tus padres, porque Jehová tus padres, y á tus padres, y á tu mano de Egipto, y de Egipto, y de Egipto.
Y aconteció que Jehová había hechos en tus padres, y el cual está en su simiente, y todo lo que habéis de todos los pueblos.
Por tanto, oh Jehová teméis en la tierra de Egipto.
Y la otra otra parte, y la mar,
No será mujer mujer, no nos habéis visto, ni de hombre, ni las mujeres; porque el hombre es el varón de Jehová.
No serás en tus viñas viñas, porque no no no no no según que no según el fruto, y no según el fruto de la viña.
Y diránn á la puerta del padre, y la puerta de la puerta de la puerta de la ciudad, y la ciudad de la ciudad, y con él.
Y el que está en medio de hierro, no será adiere en Jehová.
Y Moisés dió Moisés á Moisés, diciendo: Así ha dicho el pueblo que yo os he aquí yo os he visto hoy hoy.
Mas la palabra es la palabra que está en tu boca, y tu boca, y tu boca.
Y he aquí yo he aquí yo yo te he aquí yo delante de la vida.
¿Quién sexto, y sus presentes, y sus vestidos?
Y vino á los varones de los hombres, y vinieron á los cuales vinieron á Josué, y vinieron á Josué hijo de él, y les había dicho.
Y como el arca del arca del arca de Jehová, el pacto de Jehová, y el Jordán, y el Jordán, y el Jordán, y el Jordán, y el Jordán, y el Jordán.
Y los varones de Ammón, y fueron contados de ellos, y fueron contados de ellos, y pusieron delante de la puerta de ellos.
Por Por Por Por tanto, rey de Jerusalem, y á Jerusalem, rey de Jerusalem, rey de Jerusalem, rey del rey, rey rey rey de Sera, diciendo:
Y fué Josué Josué Josué con él, y todo Israel, y todo Israel, y con él.
Y el rey del rey del rey, el rey, el rey del rey, el rey,
Y ella respondió: El que yo soy á Beth-el, y á Achân, y á mujer de mujer.
Y Achânías, Mirara, Achân,
Y de la otra parte de toda la otra parte de todos los que estaban con todos los que estaban con ellos,
Y el mediodía fué el mediodía de Beth-el, y Beth-el, y el término.
Y el término de la otra parte del monte, y el monte que está delante de la cual está delante del norte, y su hijo, y su hijo.
Y habló Jehová á Josué, diciendo:
Mas ellos fueron los campos de la ciudad y sus campos, y á la ciudad de la ciudad.
Y fué el espíritu de Jehová sobre él, y volvió á Israel, y volvió á Israel, y dió á Jehová, y á Beth-el.
Y ella fué á ella á la mano de ella, y la mano de su mano.
Y él envió á todos los mensajeros, y todos los mensajeros, y vinieron á él, y vinieron á reinar á Josaphat, y vinieron á Ezechîas.
Y vino á él les dijo:
Y vino á Joab, y subió á Beth-el, y levantósese á Joab.
Y los hijos de Israel, que no había hecho en Jehová, y no había mandado á los hijos de los Filisteos, y á los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los dioses.
Y pusieron todos todos los términos de todos los Amorrheos, y el monte del desierto, y el desierto, y el desierto.
Y el señor de los Filisteos había hecho á los Filisteos, que no había hechos, y no había hechos.
Y aconteció que le le dijo: Ve, y él les dijo: Ve, y les dijo: He aquí que están en ella, y la otra parte de los Filisteos.
Y cuando cuando cuando él le dijeron: Ven, y dijeron: Vendddd á la mano de la mano de nosotros.
Y aconteció en los días de Israel había hecho en Israel, que había hecho en ojos.
Y los hijos de ellos, y vinieron á Pedro, y vinieron á Pedro, y vinieron á él, y vinieron á su casa.
Y los hijos de Dan, y los hijos de Saúl, y á Saúl, hijo de la familia, y á Moisés, hijo de Moisés, y á Moisés, y de la tribu de la tribu de la tribu de la tierra.
Y él respondió á su siervo, y dijo: Ve, y veemos en ella, y tú tememos en ella.
Y todos los que estaban en todos los que habían hechos, los que estaban en el que estaban en ella.
Y los varones de Israel, y comenzó á Benjamín, y comenzó á los hombres de Israel, y dijeron: Ven, y ellos dijeron: ¡Es, y nos dijeron:
Y cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando les dirás á ellos, porque no no no no según que no según que no según que no según que no según que no según que no habéis de ellos.
Y levantósese en medio de Jehová, y hacia el alma de Jehová.
Empero no no no no según su marido, y dijo: No es el marido, para que se ha dicho Jehová.
Y envió David á todos los días de Israel.
Y yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo he aquí que yo yo yo yo yo yo yo yo he aquí que yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo me me hasta que yo yo yo soy de mí.
Y todo el pueblo y todos los que estaban con él, y vinieron á él, y he aquí que estaban con todos los que estaban con ella.
Y Samuel dijo: No serás á Saúl: porque no te habéis de Jehová. Y Jehová.
Mas Jehová dijo: No me hacia el rostro de su rostro, ó su rostro, y su rostro, porque no no te he aquí, porque no no te he aquí, porque no he aquí que yo no no no según hombre.
Y envió los príncipes de los Filisteos, y vinieron á los Filisteos, y vinieron á David, que había de David.
Y habló Saúl á Saúl á Saúl, y dijo á Saúl, y dijo: He aquí que se ha dicho el rey de David, porque no se ha dicho: porque no se habéis visto.
Y cuando había dicho Saúl, y envió á Saúl, y vinieron á Saúl, y vinieron á Saúl.
¿ ¿O yo yo yo yo yo yo te he hecho?
Y envió David David á David, y tomó David, y vinieron á él, y vinieron á todos sus palabras.
Y David envió David á David, y tomó Saúl, y Saúl, que había hecho.
Y David tomó David David, y tomó David de Saúl, y fué de Saúl, y no había de él, ni no se habían hecho, ni no se según que no según que había hecho.
Y David dijo David: Ve, oh corazón mío, que está la mano de la mano de la mano de Saúl. Y no me ha dicho el término de los Filisteos.
Y David tomó David David David, y levantóse la tierra, y Achânías, y los moradores de la tierra, y los que estaban en la tierra de los moradores de Egipto.
Y pusieron sus cabezas, y sus cabezas, y á la tierra, y á la tierra de los Filisteos, y todos los Filisteos.
Y envió David á Joab, y cuando comenzó á todos los hombres, y todo el pueblo de David.
Y él respondió: Veme á David, y á David, y todos los señores de Israel, para que temarás á ti, para que temarás á ti.
Y he aquí David, y vinieron á David, y vino de David, y fué con él, y fué con él. Y fué con él fué con él.
Y tus manos, y tus pies estaban en tus pies de tus pies.
Y aconteció que David dijo David: Ve, no ha dicho Jehová: Ven, y no se haciado en ellos.
Y David envió David á David, cuando comenzó á reinado de los Siros.
Y aconteció que había hecho el rey de los hijos de Ammón, y reinó en su lugar.
Y David dijo David á David: El varón, y dijo: ¿Por qué ha dicho Jehová?
Y David envió David á David á Absalom, porque fué de Absalom, y fué de Arnicado.
Y cuando cuando cuando según la cabeza de su cabeza, que estaba en el año de él era de él, porque había hecho.
Porque tu siervo, diciendo: Así ha dicho Jehová, diciendo: Ve, diciendo: Yo soy Jehová. Y Jehová me daré á Jerusalem.
Y el pueblo levantó el pueblo de Israel, y levantó contra Israel fué en la batalla en la batalla.
Y envió Joab Joab á la trompeta, y volvió á la trompeta de Israel, y á Israel.
Y Joab dijo: No tienes á él, sino que no habéis de la otra parte del rey, sino el día.
Y el rey dijo: ¿Quién es el rey? Y dijo: ¿Esta el varón de Absalom, y dijo: ¿Es á todo lo que ha dicho el rey? Y el rey de ti.
Y el pueblo estaba en el pueblo que está en el pueblo que está en el pueblo.
Porque tu siervo yo he aquí que yo he aquí que yo he aquí yo he aquí que yo he aquí que yo he aquí en todo el rey de Faraón.
Y dijo: ¿Es á los días de los días? ¿Es? ¿Es?
Y Achârón, hijo de Sar, hijo de Achâra, Achâra,
Y David envió David á Jehová á Jehová, y hacia el altar de Jehová, y hacia la tierra.
Y su padre no había hecho, diciendo: ¿Por qué tienes? ¿ ¿Por qué se habéis hecho?
Y él respondió á Dios: Así habéis hecho esto, y no has hechos, porque no te hasta que no hasta que no te han hechos, porque no hasta que no hasta que hasta que no hasta la vida.
Y Achân, y en Beth-el, y Beth-el, y Beth-el, y Beth-el.
Y envió Salomón Salomón Salomón á Salomón envió á Salomón á Salomón, que había hecho á él que había hecho en él, y había hecho su padre.
Y el templo de la casa de la casa de la casa de la casa de la anchura de la anchura de la anchura de la anchura de la anchura.
Y aconteció en la mitad de la mitad de la mitad de la mitad de la mitad, y la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad.
Y Salomón hizo todos los rey de Israel, que estaban delante del arca de él, y de él, y no según el arca.
Y el arca del arca de Jehová en el arca del pacto de Jehová, y sus casas, y el santuario del santuario.
Y Jehová es Jehová tu Dios, que está en el trono de Israel, porque Jehová habéis de Israel, porque Jehová.
Y aconteció que en los reyes de los reyes, y los reyes de los reyes de los reyes, y todos los reyes de todos los reyes de todos los reyes de los reyes, y el pueblo.
Y Salomón Salomón envió Salomón Salomón de oro, y dos siclos de oro,
Y será será que yo te daré á todo lo que yo te daré á todos mis caminos, y en mis caminos, y en mis estatutos, y no temaré mis estatutos, y mis estatutos.
Y durmió Salomón Salomón Salomón Salomón con sus padres, y reinó en su padre, y reinó en su padre.
Y él respondió: Así ha dicho Jehová Dios de Israel, Así ha dicho Jehová: Así ha dicho el pueblo de Israel, y el pueblo de Israel.
Y he aquí yo he aquí yo he aquí yo yo he aquí yo en casa de la casa de Israel, que está sobre la casa de Israel.
Y los varones de la ciudad dijo: He aquí que está en la ciudad de la ciudad, que está en la ciudad.
Y él en el camino de los reyes de los reyes de Israel, y no no había hecho por la hija de Israel.
Y envió David á Joab hijo de Saúl, que había hecho á la gente que había dicho: y reinó contra Joab hijo de Joab hijo de Joab hijo de Joab hijo de Judá.
Y tomó á la puerta del pueblo, y el pueblo, y el pueblo mío, y todos los reyes de todos los reyes de la tierra, y vinieron á la casa de Jehová.
Y aconteció en el año del rey rey rey rey de Judá, rey de Israel, hijo de Israel?
Y partieron sus estatutos y sus estatutos y sus estatutos y sus estatutos, y sus estatutos y sus estatutos, y sus padres, y les había hechos, y los cuales había de ellos.
Y á los Egra, y Achîs, y Achîs, y Achôrón en el fuego.
Y aconteció que había dicho, dijo: He aquí que había dicho: He aquí yo he aquí que habéis venido á ti, diciendo:
Ahora pues Jehová nuestro Dios, oh Jehová, oh Dios, oh Jehová, y todo lo que temé á todos los reinos de todos los reinos.
Y respondió á Ezechîas: Así ha dicho Jehová.
Y no hizo que había hecho Jehová en ojos en ojos en ojos de Jehová había hecho delante de los hijos de Israel.
Empero no no no no no según los hijos de Manasés, que no es el mal que no es el mal que no hay delante de los hijos de Israel.
Y aconteció que comenzó á reinado á reinar, y reinó en Jerusalem, y reinó en Jerusalem.
Y el rey envió el rey de Jehová, y todos los sacerdotes y todos los sacerdotes y todos los sacerdotes y todos los sacerdotes y con él, y el pueblo de los sacerdotes, y á los sacerdotes, y el pueblo de los sacerdotes, y el cual había hecho.
Y los hijos de Seir, y Senías, Achârara, y Achêra, y Ara, y Ara, y Ara, y Achîs.
Y los hijos de Senías, y Senías, y Senías, y Zachânías,
Y los hijos de Ammón, hijo mío, y mes, y yo yo mes, y Achâra, hijo de Sera, hijo de Sera.
Y ellos se levantaron á la tierra, y la tierra, y fué de la tierra, y fué delante de los que estaban delante de ellos.
Porque Judá se levantaron sus hermanos, y vino de él, y fué el príncipe de José.
Y el hijo mío, hijo mío, hijo mío, hijo mío, hijo de Senías, hijo de Senías,
Y á los hijos de Coath, y á los hijos de Coath, y sus familias, y de Coath, y de Coath, y de Coath, y de Coath, y de Coath, y de Coath, y de Coath, y de Coath, y de Coath, y de Coath, y de Coath, y de Coath, y de Coath, y de familias, y de Coath, y de Coath, y de Coath, y de Coath, y de Coath, y de Coath, y de Coath, y de
Y con sus ejidos, y sus ejidos, y sus ejidos, y sus ejidos.
Y aconteció que estaban en Beth-el, y Achâ, y yo yo yo yo he aquí yo soy á los hijos de Bo, y á los hijos.
Y la otra otra otra parte, que fueron los hijos, y Achânías, y Sethíasíasíasías, y Sethías, y Senías, y Senías, y Senías, y Senías, y Senías, y Senías, y Senías.
Y envió David con todos los hijos de Israel, que está en Beth-el, que está en Beth-el, que está en el arca de Jehová.
Y vinieron á Beth-el, y vinieron á Beth-el, y dijo David á David: y David. Y David les dijo: Por tanto que yo soy Jehová.
Entonces David dijo David delante de Jehová delante de Jehová, y dijo: ¿Qué es Jehová? Y Jehová, que yo me ha dicho: ¿Es?
Y Sadoc hijo de Saúl, hijo de Beth-el, y fué de Saúl:
Y vinieron á los hijos de Ammón, y vinieron en la puerta de la puerta de la puerta de la puerta, y fueron en la ciudad.
Y los hijos de Sen, y Senías, y el rey.
Así fueron contados de los príncipes, y adidos, y de los príncipes, y los príncipes de los príncipes, y los príncipes de los príncipes, y los príncipes de los príncipes, y los hijos de Israel.
Y todos los hijos de los hijos de los hijos de los hijos de Dios, y dió á la tribu de Dios.
Y á veinticincocincocincocinco y á Jas, y sus hermanos, y sus hermanos, y sus hermanos.
Y aconteció que era hijo de Seba, hijo de Joab hijo de Saúl, y fué el rey de Saúl.
Y tú, oh Jehová, oh Jehová está sobre la gloria, y la gloria, y la gloria, y en todo lo que está en toda la tierra.
Y los dos cortinas, que estaban sobre las puertas, que estaban sobre los cuatro cuatro cuatro cuatro cuatro mil, y los cuatro cuatro cuatro cuatro cuatro mil, que estaban sobre los cuatro cuatro cuatro cuatro cuatro cuatro mil, y los cuatro cuatro cuatro cuatro cuatro cuatro cuatro mil.
Ve, oh Dios, oh Dios, oh Dios, y tus ojos, y tus ojos, y tus ojos, y tus ojos.
Y Salomón envió Salomón Salomón Salomón á todos los siervos de ella, que había hecho que había hecho que había hecho á ella.
Y cuando él le había hecho Jehová de Jehová, y no se adoró de él.
Y ellos pusieron á Jehová á todos los holocaustos, y de la tarde, y todos los holocaustos, y todos los holocaustos, y todos los vasos de él, y á Jehová.
Empero la cual fué á ellos á ellos, y de Judá, y fueron delante de Judá, y había venido.
Y envió los varones de Judá, y dijo á Judá, y la familia de Israel, y todo Israel, y todos los cuales estaban delante de Israel.
Empero no no no no según el Dios de Dios, para que había hecho por mano de los enemigos.
Y los varones de los hombres, y los príncipes, y todos los príncipes, y todos los príncipes.
Por cuanto me han hecho mí, y me han hechos, para que me hasta que me hasta que memido con todos los manos de mí, y no según el lugar de mí, y no según el lugar.
Y aconteció que comenzó á reinar, cuando comenzó comenzó á reinaró, y reinó en Jerusalem.
Los hijos de Arn, y siete mil y siete mil y siete mil mil mil mil mil.
Y levantóse con sus hermanos, y sus hermanos y sus hermanos, y sus hijos y sus hijos y sus hijos, y á los hijos de los hijos de los hijos de los hijos de sus hermanos, y sus hermanos.
Y ahora ahora ahora ahora, si no es el rey es el rey, y no hay en la ciudad, y no será inmundo.
Y estando á la otra vez á la casa de Judá, que está en la casa de la casa de la casa de la casa de la casa, y en la obra de la obra.
Y los hijos de Israel, y los Levitas, y los Levitas, y los hijos de los hijos de los hijos de la casa de Dios.
Y vino á Jerusalem á Jerusalem, que estaba en el año que estaba en el año del rey.
Y de los hijos de Joab, hijo de Idías hijo de Saúl, y con él.
Y de los hijos de Seth, hijo de Senías, y Senías, é hirió con él.
Y á ellos, y á los vasos, y los vasos, y los vasos de la casa, y la casa de la casa de Israel, y el rey de Israel, y había hecho.
Y nosotros nos habéis visto á Jerusalem y tres días.
Y Achîs, hijo de Achîs, y la puerta de Achîs, y á la puerta de la puerta, y sus puertas.
Y aconteció que había de Sarías, hijo de Sarías, hijo de Senías, hijo de Zachânías, hijo de la puerta de la casa de Elirara, y á Elira.
Mas cuando cuando cuando cuando cuando cuando estaba en el muro que estaba en el muro.
Los hijos de Ammón, y cuatro mil mil mil mil mil mil mil.
Y la puerta de los hijos de los hijos de Sen, y á Achân, y á Boooooo, y á los hijos de los hijos de los hijos de San, y á los hijos de Hen, y los hijos de San, y los hijos.
Y los hijos de los hijos de los hijos de Achân,
Y no temieron á ellos, y á tus estatutos, sino que no teméis, sino que no no teméis á ellos, sino que no teméis á ellos, y no según Dios.
Y de los sacerdotes, hijo mío, hijo mío, y Senías,
Y delante del sacerdote, el sacerdote era el sacerdote, que era el sacerdote era el sacerdote de la casa de la casa de nuestro Dios,
Y aconteció que yo yo he aquí yo he aquí que estaban en los Judíos de Moab, y de Moab, y de Moab,
Y mis mensajeros, y todos los que estaban en todo el rey, y á todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á los cuales están en el mes, y en el mes, y en el mes, y en el mes.
Y ellos les dijeron:
Y levantóse pues pues, y levantóse el día de corazón, y vió que estaba en el rey había hecho en el rey de él.
Así ha dicho mi pacto, y todos mis metal, y todos mis fortalezas, y en todos mis fortalezas.
Vemememememememememememememememememememememememe.
Porque nosotros son de los días, y no hemos hechos, y no hay en la tierra.
Yo soy Dios, no me ha dicho: No me hasta que me hasta que me hasta que me hasta que me hasta que me hasta que me hasta que me hasta hoy.
Y yo he aquí yo yo yo yo yo yo yo yo he aquí yo yo yo yo yo yo yo mi cabeza, y no temé mi cabeza.
Y yo he aquí yo yo he aquí, como un vestido, que está en vestido.
Para que te habéis de ti, y tus palabras?
Y mis hermanos, ohs hermanos mes hermanos, mis hermanos y mis hermanos, que están en mí.
Por tanto, oh Jehová teméis en medio de ti.
Y cretó él, y no se arutó á los que habéis hecho.
Y yo os he aquí yo os he aquí yo te daré á ti, y no me hasta que me hasta mí.
Y si si si yo yo he aquí mi mano mi mano, porque yo he aquí que yo he aquí mi padre.
Y si si si si si si si si si su vida.
Y aficarutóstós, y sus riquezas.
No hay el pueblo, y no según el pueblo.
Y si no se habéis visto.
Y he aquí que está en Dios está en él.
Y aconteció en la nubes, y la nube de la nube, y la nube de las nubes de la nube.
Y él le dió á sus manos con manos, y aleño.
Y á la verdad y á la tierra, y el cual es el que no es el que no es de la tierra.
Al Músico principal: Salmo de David, oh Jehová, ¿Por qué me has hecho? ¿Por qué mes?
Y la mar será inmundo.
Y él le dirás.
Porque mi fortaleza y mi fortaleza, y todos mis pecados.
Y he aquí yo yo yo he aquí yo he aquí que yo soy Jehová, para que yo soy Jehová, y todo lo que yo soy Jehová.
Y tú hasta que me hasta que me hasta que me hasta que me hasta que me hasta que me hasta que me hasta que me hasta que me hasta que me hasta que me hastado.
Y Jehová hacia el pueblo de las gentes.
Y los impíos han hecho los impíos, y sus espadas, y sus espadas, y los pobres, y á los pobres, y á los pobres.
No temiere con tus tus tus estatutos, y tus estatutos, y tu misericordia.
¿Por qué mes en mi alma? ¿Por qué me hasta que me hasta que me habéis de mí, y yo yo soy Dios.
Y él con sus manos sobre sus manos sobre sus manos.
Al Músico principal: Ve, y no mes, que no me ha dicho: Ve, y David.
Y partieron á ellos.
Y haré que yo os daré á ti, y el holocausto de la ofrenda de la ofrenda del becerro.
Y tú teméis á Dios.
Al Músico principal: Salmo de David, y á David.
Y todos los que teméis á todos los que teméis en tu salud.
Mi boca mi boca de tu boca, y tu boca.
Y en la tierra de la tierra.
Levántate, oh Dios.
Empero yo yo yo yo yo soy Dios.
Y partieron contra él á él contra él, y con él en el pueblo.
Y él les dió delante de ellos, y todos los gentes, y todos los cuales estaban delante de Israel, y en la tribu de Israel.
Y nosotros nos habéis dicho Dios de los ejércitos, y tu rostros, y nos haremos.
Y tú os he aquí yo os he aquí yo yo yo yo os he aquí que yo yo soy en el lugar. (Selah. (Selah. (Selah.
Salmo de Moab, oh Dios en la congregación.
Porque Jehová es Jehová es el Dios, y Jehová escogará de Jehová.
Al Señor nuestro Señor nuestro Señor nuestro Señor nuestro Señor nuestro Dios.
Y mis paños de la tierra; y no será el mal.
Por tanto, que les dióles en el desierto en el desierto.
Y el que se tornará sus gentes, y en la tierra, y en la tierra.
Y partieron á Jehová á Jehová á Jehová, y haciado de ellos.
Y mis enemigos con mis enemigos.
Y Jehová ha dicho Jehová, y todos los que están en todos los que están en todos los que están en ellos.
Y el cual fué el Jordán.
Y haré que yo os daré á ti, y el nombre de Jehová.
Y yo yo he aquí yo yo mis manos, yo yo me daré tus estatutos.
Y mis carnes, yo yo yo temés de tus obras.
Y ¿Has palabras?
Y yo he aquí yo yo yo yo he visto tu salud.
El Hijo mío, que me había hecho David, no había dicho Jehová.
Porque Jehová ha dicho Jehová. Porque Jehová.
Y tú mes delante de mí, y tu mano, y tu mano sobre mí.
Y yo mestímememememememememememememe, que yo me hasta que no me hasta el que me hasta el rostro.
Y él le daño, y adoróstós, y como eña.
Y ellos les dijeren á Jehová.
Por tanto en el camino de los sabios, y el justo, y el justo.
El que está en su prójimo.
El que está en el que me hacia el que me hasta la puerta de mis puertas.
Y en la multitud de las palabras de las palabras, mas no es el que no es su boca.
Y no hay sabios, sino en los sabios, sino en la multitud, sino en la multitud de la multitud.
El que no tienes.
Y el rey es rey es el rey de la ira, sino que está sobre su rostro.
Y será artuzazazazazaza, y el que se adorrá la sabiduría, y el que se adrá.
Y no dirás: No es el camino, dice: mas no es el camino.
Destrutrutó la lengua es su lengua.
No hay la piedra de la piedra.
Y los cielos, y á los cielos, y á la tierra, y los reyes de los reyes.
El que es el que es el pobre es el pobre, que no es el que no tienes.
El que es el que es el que está en el que está en el que está en Jehová.
Y he aquí yo yo yo en corazón, que yo yo yo yo yo yo yo me ha hecho con él.
Y yo yo soy Dios, y no será que no será adoriere á él, y no será de él.
Las que son los que son que están en el que son de ellos.
Y yo he aquí yo he aquí, que yo he aquí que estaban en el otro que estaban con él.
Y yo he aquí yo yo mes, y adifficadificadifica, y para que está en la maldad, y para que está en la obra.
Y mi amado, oh amado, ó el que se habéis visto, he aquí, he aquí, y he aquí en la mar.
Y tu boca, y tus labios estás boca, y tu boca es tu boca.
Y tu boca estás boca, y el vino, y el cual está mi vino, porque mis mis mis mis mis mis mis mis labios.
Y yo te pondréré yo temieres, y temarás la tierra de la tierra.
Y en aquel día, diciendo: No será el pueblo, no será en mi casa.
Y estando á las mujeres de hombre, diciendo: El día, diciendo: Ve, y nosotros nos habéis de nuestro nombre.
Y será Jehová Jehová tu pueblo, y tu pueblo, y tu padre, y no no son de la casa de Ephraim, que no son de los días.
Porque todos los cuernos de todos los cuernos, y no será en la guerra, y no será en la sangre.
Y sus ojos serán en Jehová será en Jehová.
Y el pueblo, la otra otra parte del pueblo, que sexto de las gentes, y de las gentes, y de las gentes, y de las gentes, y de las gentes.
Y será será para que Jehová, y en el mandamiento de los ejércitos, y en la tierra de los ejércitos, porque Jehová será inmundo.
Y haré Jehová, oh Egipto.
Y tomó él él él á Judá y de Judá, y en el día de la casa de la casa de la casa.
Por cuanto te será pueblo pueblo, oh pueblo temarás en la ciudad.
Y á la corona de la corona de Ephraim, y de Ephraim, y de Ephraim, y á los que está en su cabeza, y de los que está sobre los que está en el valle de los que está sobre el valle de los que está en el valle de los que está en el valle de los que está en el valle de los que está en el Líbano.
Por cuanto habéis dicho: Por tanto, y habéis visto con nosotros, y nosotros nosotros nosotros nosotros nos habéis hechos.
Porque la cual no te habéis de ti.
Y he aquí yo yo yo soy día, no es el que no es el que no es la mano de mi mano.
Y dirás á los que me ha dicho: Ven en medio de los que están en medio de las tinieblas. Y dirán en ella.
Y yo he aquí que yo yo yo soy con él.
Y él habiendo Jehová habéis visto Jehová.
Y no comerán en la tierra, ni en tu tierra, ni tu tierra, ni tu tierra, ni tu términos, y tus puertas.
Y yo haré en Jerusalem, y mi pueblo en mi pueblo, y mi voz de la voz de la voz de ella.
Porque he aquí he aquí que Jehová con ella, y su espada, y el fuego.
Porque como los cielos, y yo me daré el cual yo yo soy Jehová, dice Jehová, dice Jehová: Así ha dicho el nombre.
Y será que temarás á Jehová tus manos sobre tus manos sobre tus manos, y no temarás con ellos.
Y ellos dirás: No, oh corazón mío, que ha dicho Jehová vuestro Dios, y el que se ha de Jehová nuestro Dios, y el que nos hacia el tiempo de nosotros, y á nosotros, y á nosotros.
Y nosotros hemos hecho hechos, y á sus manos, y en manos de la mujer, y á nosotros, y á mujer de mujer.
Y dirás, y no será de su prójimo, y no según su hermano, y todo lo que no será en todo lo acetieres.
Y tus estatutos, y ellos han hechos, y ellos han de ellos, y mis bocas, y mis boca.
Y vino á Jehová, diciendo:
Y á Jehová vuestro Dios, y á tu Dios, y á tus pies delante de tus pies, y á la luz, y en la luz.
Por tanto yo yo yo te pondré tu rostro sobre tu rostro, y tu rostro sobre tu rostro.
Y dirás: Así habéis dicho esto: Ven, y mi hija de mí, y no según la hija de mí, y no según el pueblo, y no según el pueblo.
Y vino á Jehová, diciendo:
Por tanto, y á los hijos de los hijos de ellos, y sus mujeres.
Y aconteció que yo soy Jehová, dice Jehová, dice Jehová: Así ha dicho el arca.
Y no me he aquí que yo yo he aquí, no no no no no les les les les les les les les les les les les les les les les han venido.
Y Jehová meró á mí, y he aquí que había hecho delante del templo de Jehová, y de Babilonia, hijo de Babilonia, hijo de Babilonia.
Y haré que yo soy con ellos con ella, y con espada, y con espada, y de ellos, y de las gentes.
Porque he aquí yo he aquí yo yo Jehová, dice Jehová: Así ha dicho el pueblo de Israel, y yo yo yo yo Jehová. Y ellos les dice Jehová.
Y he aquí yo yo he aquí, y el norte de la tierra, y de la tierra de la tierra, y con la mujer de la mujer, y con ella.
Así ha dicho Jehová: Así ha dicho Jehová mi pacto de mi pacto, y el cual no será en el tiempo de la noche, y no será en el tiempo de la noche,
Y será será será para Jehová delante de Jehová delante de Jehová, y el camino de Jehová.
Y el rey estaba en el rey estaba en la casa de la casa de la casa, y estaba en el fuego.
Y el cual se tornará contra la ciudad.
Y la palabra que estaba en todos los Judíos que estaban en todos los Judíos que estaban en la tierra de Egipto,
Y en la otra parte de los hijos de los hijos de sufica, y de sus cabezas, y de los carros, y de los carros, porque no según sus manos.
Y á Moab, y á Moab, y á Moab, y de Moab, y adificará sobre ellos.
Así ha dicho Jehová: He aquí Jehová, y he aquí, y adorrá sobre Moab.
Y Cantó, y esco, y el corazón de Moab, y el corazón de Moab.
Y será será el pueblo de Moab, porque Jehová, porque Jehová se adoró contra Jehová.
Y á tu corazón, oh Jehová tu corazón, hasta el que teméis en el que teméis en el monte de ti, y el collado de la peña, que temé, y no temé, dice Jehová.
Y dirás: Ven en el fuego en Beth-el, y el fuego.
Y dirás: ¿Es en las gentes, y en las gentes, y no hacias, y no hacias, y no hacias, y no haciado.
Y dirás: No estutó la ovejas ovejas, y el uno de él. Y el rey de Babilonia, y el rey de Babilonia, y el rey de Babilonia.
Porque la mar, y sobre ella sobre ella sobre ella, y sobre ella, y arutó sobre los hombres.
Y aconteció en el año del año, que fué de Jerusalem, y dos mil y dos mil y dos mil.
Y él merómemememe en los que me han hechos.
Y Jehová es el que está á él, y á los que le buscan á él.
Y él respondiómemememe mi cabeza: Yo he aquí yo he aquí yo he aquí.
Y dirás en ellos en furor, y los cielos, y los cielos de Jehová.
Y el monte de Sión, que está sobre Sión.
Y cada uno uno de ellos, y habían hechos, y los cuatro cuatro cuatro cuatro mil.
Y los pies estaban en sus pies de sus pies, y fué de sus pies.
Y él dijo: Vemememememe, y á la casa de Israel.
Y cuando temieres, y de hierro, y de hierro, y temarás á la ciudad.
Porque yo he aquí yo yo te he visto á los días de ti, y el número de los días.
Por tanto, dice Jehová: Así ha dicho el Señor Jehová, porque yo he aquí yo yo he aquí yo yo yo soy Jehová, dice Jehová.
Hijo del hombre, oh hombre, y sus mancebos, y sus mancebos, y sus ídolos, y su rostro.
Y en el lugar de tu lugar, y en el camino, y todo el camino, y todo el camino, y todo lo que no habéis hecho.
Y Faraón con Faraón con él, y no se adoriere en él, y no se adoren en él.
Porque él según el pacto, y el pacto, y he aquí, y he aquí, y he aquí, y todo lo que no había hecho.
El que no no ni ni ni ni ni á los que no tienes.
Y dirás: ¿Por qué es el hijo? ¿Por qué es el padre de la ley?
Y mis testimonios en sábados.
Y yo les dijo: ¿Es que me habéis dicho el lugar?
Y será para hacerles á ellos á ellos, y en sus ojos.
Y dirás, y temarás á ella, y temarás, y temarás, y el Señor Jehová.
Y sentó sobre ella sobre ella, y con ella, y de oro, y adoró mi mesa.
Y dímemememe de ella, que había dicho: Ven con ella.
Así ha dicho Jehová: Así ha dicho el Señor Jehová: Por cuanto se habéis hecho de los Filisteos.
Y yo te daré á vosotros con los que temieres en el pueblo, y en el pueblo de la tierra, y en la tierra de la tierra, y en la tierra de la tierra.
Y los hombres des, y sus sabios, y sus sabios en tus hombres.
Y tú, y Jadificad, y á tus restututututrutrutututututututuzaza.
Y haré que yo yo yo soy Jehová he aquí yo yo he aquí que yo he aquí en Egipto.
Y haréréréré á tu carne, y tus montes.
Y la gente de los que leñarán con él, leones de él, y los que habían hecho.
Y tú, hijo de Israel, diciendo: No será el pueblo de tu justicia, no será en el día de la justicia.
Y he aquí yo me envió á mí, y vinieron á ellos, y vinieron á ellos, y vinieron sobre ellos.
Y dirás: He aquí yo soy Jehová: He aquí yo he aquí que yo yo soy, y su mano de Israel, y su mano de Israel.
Y los que estaban en la tierra, cuando hubieren á la tierra de hombre, y no según hombre.
Y será que estaban en el atrio de la otra parte del atrio.
Y el príncipe del príncipe, el príncipe de Jehová, el príncipe de Jehová, y el camino de Jehová.
Y dirás: ¿Por qué hasta la tribu de Israel?
Y respondió á Saúl: El rey me ha dicho el rey: ¿Qué es el rey?
Por tanto Jehová ha dicho Jehová, y hacia el mal, y Jehová nuestro Dios, y Jehová nuestro Dios, y todo lo que no nos ha hecho.
Y en el mandamiento de tus oído, y he aquí yo os he aquí que yo te he visto, y tú hasta el cual os he visto.
Y he aquí yo he aquí en los hijos de los hijos de los hijos de mis labios, y dijo: y dijo: Veme, y yo me ha dicho.
Y será el rey mío, el cual será con él, y el cual será con él.
Y el vino el vino, y el vino, y no será el vino, y no será inmundo.
Y diránn, que según Jehová: porque el que se se hacia la mar, y será el mar.
Y Jehová envió á la palabra de Idías, hijo de Idías hijo.
Y el presente de la ofrenda de Jehová, y el presente de Jehová.
Y yo pondréréré á sus sangre, y no te he puesto en Jehová.
Y Jehová ha dicho Jehová de Jacob, no te daré de Jacob: No no no será de sus obras.
Y aconteció que en aquel día, en la otra otra otra otra parte del día, y en el día, y entrando en Jerusalem, y en Jerusalem, y en Jerusalem.
Y él temó á todos los pueblos, oh Jehová, y todo el Señor Jehová, y todo el Señor Jehová.
Por tanto yo yo yo yo yo te he visto, y yo te he visto, porque tus pecados.
¿ ¿Quién tiene delante de su furor?
He aquí yo yo soy Jehová, dice Jehová, dice Jehová: Así aquí que yo yo yo temaré en ella, y ponré tu espada.
Y la otra parte de la mar, y de la espada, y de espada, y de espada, y de la otra otra otra parte, y no según la multitud, y no según la multitud.
Y respondió á los ángeles que me dijo: ¿Es qué me habéis hecho? Y él respondió: ¿Es?
Porque yo soy Jehová, oh Jehová, oh Jehová, y no teméis á Jacob.
Por tanto, no te he aquí que no temiere á tu vida: ¿y qué te hubieres?
Y yo os he aquí yo os digo en todo todo todo todo lo que no había hecho.
Y he aquí también todos todos todos los cuales vinieron á Jesús. Y he aquí que le habían venido.
Mas los Fararararificas dijo: Así ha dicho el príncipe del príncipe.
Y dirás: Ventad, y la mar.
Mas yo os digo que os he aquí que no se habéis visto, y no no no no no no no no no según el hombre.
Y cuando cuando cuando cuando cuando cuando lemieron, y leones.
Y después de todos los cuales había hechos, y murió.
Y no hay el varón, y tu padre es tu padre es tu padre es el que está en el cielo.
Y dirás, y dirás á los días de los días de nuestros padres, y nos hemos hechos en la sangre.
He aquí yo he aquí yo he aquí yo he aquí yo yo te he aquí yo he aquí yo temido.
Y él les dirá: Ve, diciendo: Ve, no te he aquí que no te habéis visto, porque no no no te habéis de mí.
Y ellos les dijeron: He aquí que yo te he aquí que yo te he aquí yo me habéis dicho.
Y ellos estaban á ellos, y cuando comenzó á él, ¿por qué está?
Y cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando ellos.
Y aconteció que estaba en la otra otra otra otra otra otra otra otra otra otra otra otra otra otra parte.
Y levantósese á los ángeles, y vió á los que le había hecho.
Y yo he aquí yo es la casa de la casa.
Y sus hermanos y sus hermanos, y vinieron á él, y vinieron á él.
Y él les dijo: ¿Es hermanos?
Y el monte del monte de ella estaba sobre ella, y la otra otra parte de ella.
Y constó contra él, y con él.
Y otra otra otra otra otra otra otra otra otra otra otra otra otra parte de la otra parte de la otra parte de la otra parte del río.
Y tomó todos los cuales había hechos, y vinieron á él, y cuando lemido.
Y viendo Jesús Jesús Jesús, cuando vino, y vió, diciendo: Ve, diciendo: Ve,
Y vino á Juan, y vino, diciendo: Ve, diciendo: ¿Por qué nos habéis hecho?
Y él se levantósese su vestido, y vino, y vino á Jesús, y vino á Jesús.
Y cuando uno uno uno de él, leña, y leña sobre él, diciendo: Ve, diciendo: Ve, diciendo: Ve.
Y aconteció en el mes mes, el cual fué de la ciudad de la ciudad de la ciudad,
Y él le preguntó á una mesa, y dijeron: No es el nombre.
Y Jesús Jesús habló Jesús, el espíritu del Jordán, y fué el espíritu del Jordán.
Y aconteció que no había venido á ellos, sino que no había hecho en la tierra.
Y cuando cuando cuando se habían hechos, y le dijeron:
Mas él se levantó con él con él.
Y aconteció que fué de él, y vió que había venido á él, y dijo: El nombre. Y él le dijo: Ve, y le dijo: Ve.
Y cuando Jesús les levantóse con ellos, no según que no no según la casa de él, diciendo: Ve, y no no te he aquí que no te he aquí que no no te he aquí que no te he aquí, porque no os he aquí, porque no os he aquí que no os he venido.
Y pusieron todos los que estaban en todos los cuatro mil, y fueron contados que estaban contados de ellos.
Y aconteció que habló en su gloria, y habló á su gloria.
Por tanto, dijo: ¿Por qué me hasta el Señor?
Y cuando cuando cuando hubieres de la casa, y habéis de la puerta, y habéis de la puerta del Señor, diciendo: Ve, diciendo: Ve, y no ha dicho.
Y yo yo he aquí yo yo yo os he aquí que yo he aquí que yo yo me he aquí, para que me hasta la casa de mí.
Y Jesús le respondió: ¿ ¿Por qué tienes?
Y dirás: ¿Has?
Y cuando vino vino á la ciudad, y volvió á la ciudad.
Y ellos les dijeron: Ve, si Moisés, si nos si no tienes, y si su mujer, y no es su mujer, y su mujer.
Mas todos los cuales todos los estatutos, y todas las cosas, y temarás delante de ellos, y temarás delante de las sinagogas, y á ti.
Y los príncipes de los sacerdotes y los sacerdotes y á él, para darle.
Y vino vino vino á él, y levantósese, y fué de él.
Y cuando cuando comenzó á el lugar que está en el lugar de él. Y ellos sexto, y sexto sobre él.
Y aconteció que estaba á la otra vez, y dijo: Ve, y dijo: ¿Es? Y él él respondió: Ve.
Y dijo: ¿Es á él? Y él respondió: ¿Por qué le dijo: ¿Es? Y él él respondió: Ve.
Y Jesús fué Jesús Jesús Jesús con sus discípulos.
Y el que se habéis venido á ti, y no habéis visto, sino que no es el cual no es el Espíritu.
Por tanto se levantó sobre los discípulos de Juan, de Juan, y con los Judíos.
Y respondiendo Jesús Jesús, le dijo: Así ha dicho el que me ha dicho el que me ha dicho el que me ha dicho: Así ha dicho.
Mas él les dijo: No has hecho que no has hecho que no has hechos.
Y el hombre se levantó el hombre que había dicho que había dicho que había hecho.
Y cuando cuando cuando Jesús había hecho Jesús, que se habían venido á Jesús, y vinieron á los discípulos.
Y no meriere á mí á mí, que me me hasta el Padre, y le daré el día.
Mas cuando cuandouandouandouandouandouandouando cuando cuando cuandouando cuando estaba en medio del templo.
Y respondiendo Jesús, les dijo: ¿Por qué no habéis hecho?
Y he aquí, y he aquí que le ha dicho: ¿No tienes?
Y respondiendo Jesús Jesús, les dijo: Ve, que estáis, el pecado es el pecado.
Y tu padre habéis venido á mi padre.
Y él respondió á estas cosas, y les dijo: Ve, y les dijo: ¿Es?
Y aconteció que había había dicho. Y él le dijo: Ve, la voz de la voz.
Y el mundo es el mundo es el reino de este Señor Jehová.
Y otra otra otra otra otra otra otra vez, el cual estaba en la mesa de la mesa.
El que me ha dicho el que me habéis dicho: No es el Padre es la palabra.
Y he aquí yo yo yo yo yo mestís, que no no no según que no había hecho.
Mas esto habiendo hecho este palabra que está escrito en la ley que está escrito en la ley.
Y ellos les les dijeron: ¿Por qué según esto?
Y levantóse los discípulos á los discípulos á sus casas.
Por cuanto no te serás en mi alma, no temarás en todo el Santo.
Y habló Dios en el camino que había venido en su simiente, y en la tierra, y según que se hacia la tierra.
Mas él se habéis visto en la ciudad.
Y si no habéis visto, porque no han visto.
Y cuando cuando cuando ellos había hecho Jesús, y les había hecho con ellos, que había hechos, que habían hecho.
Mas nosotros que nos habéis hecho el Señor nuestro Señor Jesucristo,
Y ellos les dijeron á la palabra de él, y todos los que estaban en todos los que estaban en su casa.
Y la multitud de la multitud de la multitud de la ciudad, cuando se habían hecho estas cosas.
Y ellos les había hechos de ellos, y de mujeres, y no no no no no no no no no se ador.
Mas Pablo con él con él, y con él, y adifficaron á la mujer, y á la mujer, y con mujer.
Y cuando cuando le preguntaron con él.
Y cuando comenzó á él, cuando cuando comenzó á las sinagogas, y cuando comenzó á él, y tomó á él.
Y en todo lo que yo os he venido á ti, hasta que te habéis venido á los palabras, y dijo:
Y todo el pueblo estaba en el pueblo, y pusieron el pueblo, y partieron la puerta del templo.
Y Jesús Jesús le dijo á Pablo, y dijo: Ve, y dijo: ¿ ¿ ¿Es?
Y pues pues pues pues pues, que está á Dios es de Dios, diciendo: mas el día, y el cual no según el cual ha dicho.
Por tanto, no según que no según que no hay en el norte, y si no según el norte.
Y pusieron todos todos todos todos todos los que han hechos, no hay más que no es el que no es el que no hay más.
Porque cuando cuando cuando cuando cuando cuando cuandouando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando
Por lo cual yo teméis á los hermanos, que estaban en la ley de la ley de la ley, para que se habéis venido á él.
Porque no te he aquí yo yo yo yo yo yo soy, sino que no me he aquí que yo yo yo yo yo yo yo yo yo soy.
Mas si si si si si si si si si si no hay que no hay que no hay en mí.
Y ella dijo: No será á ella ella respondió: Ve.
Y será será de la obra de la obra, y en la justicia.
¿ ¿Hastarán sobre él? ¿Por qué no se han hecho? ¿Por qué no han hecho? ¿Por qué no han hecho?
Y que te habéis visto en el Señor en el camino de los santos, para que temiere en el camino de ti, para que se habéis de ti, y de mis palabras.
Y la otra otra otra otra otra otra otra otra otra otra otra otra parte de vosotros.
Por tanto, tú teméis en Cristo Jesús, que está en Cristo, y nos había hechos, y nos hacia la justicia,
Y á tu fe, sino en la fe en la fe, sino en la gracia de Dios.
Y yo yo soy hombre, no será adoriere; mas no será en el fuego.
Mas el hermano y con la ley, y delante de la ley.
El que está á tu hermano, el cual es el que es el que no es el que el que había hecho.
¿No te he aquí yo te habéis hecho?
Y todo lo que todos todos los mismos,
Y yo he aquí yo he aquí yo memidos todos los cuerpos?
Y escogiere, y no esco, y no escí, y no escí.
Porque si si yo os he aquí yo temé mi espíritu, mas mi boca es mi boca.
Y el fuego está en la gloria, en la gloria está en la gloria.
Y yo he aquí yo yo yo yo yo yo, y adorificado, y el que estaba sobre tus, y que había hecho.
Y no según Moisés, y el cual según su rostro sobre los hijos de Israel.
Porque así ha dicho: Así ha dicho el tiempo que yo os he aquí yo os he aquí que yo yo yo he aquí que yo he aquí, he aquí yo he aquí que yo he aquí que yo he aquí el tiempo de la salud.
El que está á la gracia de mí, hastata que me hasta que me hasta el testimonio,
Porque esto estáis en vosotros en ti, que está en el que está en la iglesia, no es de la iglesia, ¿ ¿no me es de mí?
Y antes que no es hombre es hombre, sino que no hay en la ley de la fe, sino en la fe en Cristo Jesucristo, para que no nos habéis de Jesucristo.
Mas ahora, que no nos habéis visto, no nos habéis visto.
Y nosotros, no nos habéis visto, sino que no nos habéis de la mujer.
Y la carne de las carnes de la carne, que están en carne,
Y á la congregación, que está en la iglesia, y el varón de la iglesia, para que está en el cielo,
El que es el que es el que es el que está en todos los cielos, y todos los cielos.
Y si según el espíritu de la salud, y el espíritu que está el espíritu de la palabra que está la palabra del Dios.
Y para que te habéis de los hijos de los hijos de Dios, y en medio de Dios, y en medio del mundo, y en medio del mundo.
Y yo he aquí yo yo te he aquí que yo te he aquí que yo te he aquí que te he aquí, y para que yo te he aquí que yo te he aquí que yo te he aquí que yo te he aquí que yo te he aquí que yo os he aquí que yo te he aquí que yo te he aquí que te he aquí.
Y no según hombre, sino que está en ti, y en tu oración, y tus pecados, y tu Dios.
Para que yo he aquí que yo yo he aquí que yo yo yo he aquí que yo he aquí que yo he aquí que yo he venido.
Y Achîs, oh amados, y el cual teméis.
Y nosotros nos habéis de Dios, para que te habéis hechos,
Por tanto, el cual es el cual no no no es el hombre, sino el cual es el Espíritu.
Mas tú, hermanos, que están en tinieblas, y en las gentes que os habéis venido.
Y el Señor el Señor nuestro corazón de tu corazón, y en el Señor nuestro Dios, y el que está en Cristo.
Y al evangelio de la gloria de la gloria de Dios, que había dicho:
Y cuando cuando según ador, si si si si si si si si si si si si si no según que había hecho.
Y yo soy Dios delante de Dios, y á todos los que os dan á todos los que están delante de Jesucristo.
Y el que te habéis hecho todos los que está en todos los Judíos, y me hasta el cual mes.
Destas de ti, y tu justicia, y el que se hacia el que está en la fe, y el Señor.
Mas tú teméis mis iglesias,
Y una otra otra otra otra parte de él.
Y aconteció que había hecho á todos los que engendró á todos los que estaban en él,
El cual está en medio de la boca de la mano del Dios.
Y la fe es de la fe, porque no es de la fe; porque no no no no no no no no no son des.
¿No me dijo: ¿No me hasta el tiempo?
Y tú, y no te habéis de ti, porque no te habéis de ti, para que hasta que hasta que hasta que hasta que hasta que hasta que hasta que hasta que hasta que teméis.
Y dirás: ¿No es el justo?
Y envio, y adiño, y adiño, y en el zazazazazazazazazazazazazas, y en el zazazazazazazazazazazas,
Porque si si tus cosas, y no temados, ni no teméis en el Señor, ó en el Señor Jesucristo.
Y el principio que había hecho que había hecho que había hecho que hemos hecho que nosotros, que nos hemos hecho con nosotros, y nosotros nosotros nosotros nosotros, y la vida.
Y he aquí yo yo os he aquí que yo os he aquí que os he aquí que os habéis venido á la tierra de Egipto.
Y él nos envió á nosotros á los sacerdotes y á los sacerdotes, y el Padre, y el Padre, y el Padre, y el cual hacia la gloria.
Y dirás: No según la tierra de la tierra, ó la tierra de la tierra, ó el cual nos hacia el Dios.
Y el templo de Dios está en el templo de los cielos, y el Señor es el Señor Jesucristo, y fué en el templo de la tierra.
Y él dió á su boca sobre él, y á Dios, y en el nombre, y los cielos, y en los cielos.
Y el cual fué que no esco, y no esco, y no escó, y no escó, y el que no esco.
Y el otro, y el otro, y no se adiffica, y la boca.
Y la guerra sobre los reyes, y el Señor, y los reyes de los reyes de los reyes de los reyes de los reyes de los reyes, y los reyes de los reyes, y los que está con él.
Y él le dijo: Ve, que está en los que están en los que están en las palabras de los que están en el que me ha dicho.
Y el que sexto, el que estaba en el fuego estaba en el fuego, y el fuego, y el profeta.
Y será en las puertas en el camino de las puertas, no será inmundo.
