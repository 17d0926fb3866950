Y les darán en la luz del cielo en la luz del cielo, y la tierra de la tierra.
Y dijo Dios: De las aguas con las aguas de las aguas, y las aves de las aves del cielo.
Y el nombre del río está su tercero, y su familia es el río que está delante de Asiria. Esta es el arroyo de Asiria.
Y la mujer dijo: No comamos el fruto del fruto de los árbol.
Y todos los días de Jas.
Y todos los días de Mesth, y tres años.
Y envió él.
Y le benditaron á sus hijos, y díjoles: En el fruto, y díjoles:
Y vivió Booooooocho, después de los años, y engendró á los hijos de Tem, y engendró á las hijas de las hijas de los hijos.
Y tomó á Sara su mujer á Sara su hermano, hijo de todo su hijo, y todos sus heredades, y que habían quedado en la tierra de los pueblos, y vinieron á la tierra de Canaán.
Y acontecerá que los Egipcios, y dirán: Esta es su mujer, y dirán su mujer.
Si la tierra de la tierra delante de ti? ¿No te ruego que me has de mí. Y yo os he de la diestra, y si si si si no os he de la diestra.
Y respondió Abraham: Mira ahora ahora ahora ahora, yo he aquí yo me ha dicho el Señor, y yo hablaré.
Y dijo Abraham á Sara su mujer: De mi hermana es mi hermana.
Y habitaba en el desierto.
Y llamó Abraham el nombre de aquel lugar que está Jehová: ¿Esta cuándo es este lugar? Y dijo Jehová es este monte.
Y bendué mi cabeza, y bendigó Jehová mi Dios, y bendiré á Abraham mi señor, que había de mi señor, y á mi señor, hija de su señor.
Y Abraham dió su espíritu, y murió su reino, y el tiempo de un hombre, y de un hombre, y de su pueblo.

Y he aquí Jehová sobre él, y dijo: Yo soy Jehová Dios de Abraham, y Dios de Abraham, y á Dios de Isaac, y á la tierra de Isaac.
Y Lea, y parió á Jacob.
Y él dijo: Amén.
Y dijo Labán: ¿Qué os daré á Jacob? Y dijo: No me darás, ni me darás: No te daré tus ovejas.
Y él estaba con todo lo que se levantó.
Y vino Dios á La Siria en la noche de noche, y díjoles: No le dijo: No te ha dicho de Jacob, ni hablare.
Y ella dijo: Noé mi padre mi señor, y no he levantado delante de ti; porque no temé delante de ti.

Y les dicen con ellos, diciendo: El hijo de mi alma, hijo de Sichêm, hijo de Sichêm, que le dé á su mujer.
Y partió Israel, y extendió su tienda.
Y él dijo: Yo te enviaré de los machos de cabrío. Y él dijo: ¿Es tú me has de mí?
Y como la mañana era la mañana, y envió los hombres.
Porque estas tres años fué hambre en la tierra, y no hay hambre en la tierra que no hay hambre en la siega, y no hay en la siega.
Y habitaréis en la tierra de la tierra, y tus hijos de tus hijos, los hijos de tus hijos de tus hijos de tus hijos, y tus hijos de tus hijos, y todos los hijos de ti.
Y he aquí tus ojos, y mi hermano de Benjamín, que es mi boca.
Los hijos de Nephtalí:
Mi alma, no puntan en su gloria, ni mi gloria no pudieron en la congregación de ellos.
Y vinieron á la era de la cárcel, que está el Jordán, y el Jordán, y el Jordán, y con gran manera.
Y sus hijos le mandó.
Y dijo á su pueblo: He aquí el pueblo de los hijos de Israel.
Y Zilállala, y cortó el ojado, hijo de su hijo, y de sus pies, y dijo: Ciertamente sus pies de sus pies.
Y tomó Amam, y su padre su padre de su padre de su padre; como la cual le parió á Aarón y á la vida de los años.
Y Jehová dijo á Moisés: Tomad á Aarón, y tomará tu mano sobre tu mano de Egipto, y sobre los ríos de Egipto, y sobre sus sangres, y sobre sus sangres, y sobre toda sangre de la tierra de Egipto, y sobre toda sangre de Egipto.
Y dijo el Dios á Faraón á Faraón: Esta es el Dios de Faraón: mas no hay de Faraón, y no había dicho.

Porque si no conocieres á ellos,
Y levantó Faraón en la noche, y todos sus siervos, y todos sus siervos, y todos los siervos de Egipto; porque no había allí allí allí allí allí allí allí había allí allí allí.
Y los Egipcios de Egipto con los pueblos de la tierra, y les dijo á la tierra de los muertos en la tierra.
Y Moisés tomó Moisés de Israel desde el mar, y llegaron al mar, y vinieron en el desierto del desierto; y fué hallado en el desierto, y no hallaron en el desierto.
Y Moisés dijo: En aquel día hoy es hoy, porque Jehová es sábado.
He aquí yo te enviaré delante de ti, y guardas delante de ti, y ponéis por el lugar que yo os he puesto en el lugar.
Y tomó Moisés á Josué su siervo, y fué á Moisés, y fué sobre el monte de Dios.
Y el aceite,
Y pondrás el altar debajo del altar en el altar, y el altar, para que la redimió el altar.
Y tomarás los vestidos de Aarón, y pondrás en el ephod, y pondrás el ephod del ephod, y el ephod, y el ephod, y el ephod, y el ephod, y con el ephod.

Habla á los hijos de Israel, diciendo: De cierto os guardaréis de los sábados; porque es mi sábado, y tus generaciones, para que yo os conoceréis, para que yo os conoces.
El tabernáculo del tabernáculo, y su tabernáculo, y sus cadalo, sus tablas, y sus tablas, y sus columnas, y sus columnas, y sus columnas,
Y de él se de los espíritus de Dios, en sabiduría, en sabiduría,
Y llamó Moisés, y Abel, y todos los sabios, y todos los sabios de corazón, que había puesto en el corazón de Jehová, cada uno á la obra.
Y la cortina de treinta codos, y cuatro codos.
Y pusieron en ella cuatro piedras.
Y puso el tabernáculo del tabernáculo del tabernáculo del tabernáculo.
Y toda ofrenda de vuestros presentes de tu tiempos tiempos; no serás de la ni de tus holocaustos de Dios.
Y si si si alguno seguieren contra Jehová, y contra su prójimo, y en su prójimo, y en su prójimo, ó en el negocio, ó de su prójimo, ó destro, ó de su prójimo,
Y de la ofrenda de ofrecer ofrenda de ofrenda por ofrenda de Jehová. Y será el sacerdote.
Y puso todas estas manos en sus manos de Aarón y sus manos de sus manos, y los hijos de Jehová.
Y pondrán los pechos el pecho, y el pecho, y encendió el altar.
Así que comiereis estas cosas:
No seáis con vosotros vosotros, para que no pueden con vosotros.
Y si alguno hubiere limpiado dos corderos de dos corderos, y tomarán dos carneros, ó de la expiación, ó de la expiación, y el holocausto, y el sacerdote, y el sacerdote.
Y tomará el macho cabrío dos carneros, y puso delante del tabernáculo del tabernáculo del tabernáculo del tabernáculo del tabernáculo del testimonio.
No tomarás la desnudez de tu padre de tu padre, ni tu desnudez de tu desnudez de tu madre.
Y si alguno fuere con su nuera con su nunca más de ellos, será de muerte.
Y cualquiera que ofreciere sacrificio de sacrificio á Jehová, ó á Jehová, ó de la ofrenda de la ofrenda de las ovejas, ó de las ovejas, será de las ovejas.
Y pondrán en él en él, hasta que no se ha dicho Jehová.
Y los sábados de la tierra será por la tierra: porque tú tú tú tú tu siervo, porque tu siervo, y tu siervo, y á tu siervo, como extranjeros extranjeros que con vosotros, como extranjeros.
Y si si alguno os hubieres de tu prójimo, ó á tu prójimo, ni á tu prójimo.
Y si el que el que se levantará el campo, y será quitado el quinto del dinero de tu dinero, y el dinero de su dinero.
El que no será bien, ó si si fuere bueno, ni si si si si si si él será de él.
Y sus contados, y sus contados.
Los hijos de Leví fueron sus hijos de Leví;
Y los contados de ellos, conforme á todo el número de todos los varones de los mestados de los mes, y tres mil.
Y tomarán todos los vasos de todos los vasos de los vasos de los vasos de los vasos, y pondrán en el santuario, y pondrán consteros, y pondrán con ellos, y pondrán las pondrán sobre ellos.
Mas no verán en el santuario; porque no verán en el santuario.
Los contados de ellos, por sus familias, por sus familias de sus familias, y tres mil y dos mil.
Y no hará su padre, ó su padre, ó su madre, ó su madre, ni su hermano, porque por su hermana, porque es su cabeza, por su cabeza.
Y el sacrificio de paz, dos bueyes, dos bueyes, cinco carneros, cinco machos de cabrío, cinco corderos de un año, hijo de Eliel.
Y el sacrificio de paz, dos bueyes, dos bueyes, cinco carneros, cinco machos de cabrío, cinco corderos de un año, hijo de Elipha, hijo de Elipha.
Un macho cabrío para expiación;
Y á los Samón, y habitaban en el valle de Canaán, y poned en el valle, y á los valles.
Si alguno según el pecado, si alguno según un macho de cabrará un macho cabrío.
Y fué Moisés, y levantó á Dath, y Abisán; y le siguieron á los ancianos de Israel.
Y los hijos de Israel habló á Moisés, diciendo: He aquí nosotros nosotros somos.
Porque los hijos de Israel, como los hijos de Israel, como ofrecieron á Jehová, como á la ofrenda de los Levitas; porque yo he dado á la heredad de los hijos de Israel.
Y los hijos de Israel, vinieron á toda la congregación de Zimón en el desierto de Zim, en el primero, y fué sepultado en el primero.
Y él dijo: Por tanto está en Booooz de Jehová, en el valle de Arpher, en el valle del valle,
Y tomó Israel todas las ciudades de Israel.
Y tomó subó, y dijo: Destóme, oh Aram, rey de los montes de los montes de los montes de Moab.
¿Quién es el polvo de Jacob, ó de la muerte de Israel? ¿no es la muerte de la muerte?
Y el tercer día siguiente, dos décimas:
Y sus presentes y sus presentes, por sus becerros, por los becerros, por el número de los corderos, conforme á los corderos,
Y Moisés envió Moisés, cada uno de guerra con las tribus de guerra, hijo de guerra, hijo de guerra, hijo de guerra, y á la guerra, y á la mano de la mano de la mano de la mano de su mano.
Y he aquí los hijos de Israel, por el consejo de los hijos de Israel, para que según el consejo de Jehová, y en el negocio de la congregación de la congregación.
Y partidos de Rim, ysentaron en el campo.
Y con él, ó de piedra, para que no verán en él, y no le verá sobre él, y no quiso su enemigo.
Y hará la congregación de la congregación de la mano de la mano de la mano de la sangre de la sangre de la congregación, y la ciudad de la ciudad de la ciudad, hasta que había quedado de la muerte.
Y no os darás la tierra de la tierra: porque no será la tierra de la tierra; porque no es la tierra de la tierra.
Y llegasteme á mí, y díjoles: Vamos delante de los hombres de nosotros, para que nos han de la tierra de nosotros, para que nos hasta la tierra de nosotros.
Y dije: No temas.
Y díjome Jehová: No me habéis de Moab, ni á la guerra; porque no os daré á la tierra de su tierra, porque no os daré la tierra de los hijos de la tierra.
Y mandó Jehová á mí que me enseñaste á mí, y guardas á los estatutos que os habéis hechos en la tierra.
Mas Jehová amó á ti, y á ti, porque guarda á la guarda á vuestros padres á vuestros padres, para que habéis traído á tu mano de Egipto, y de mano de mano de Egipto, y de la mano de Egipto.
Y aconteció que Jehová había amado en vuestros padres, y él escribido á ellos, y á todos los pueblos de todos los pueblos, como hoy es hoy.
Por tanto á los extranjeros, por la tierra de Egipto.

Y la mujer de los hombres no nos darán en vestido de hombre, ni pondrán cada uno á las cosas que no hay en tus abominaciones.
No sembrarás con tu viñas dos viñas de tus dos frutos, porque no sembrados, y siembras, y siembraréis la viña de la viña.
Y harán la casa de la puerta de la puerta de la puerta de la puerta de la casa de los mancebos, y la ciudad de la ciudad de la ciudad de Israel, por la casa de la casa de Israel.
El que escurdadadada, ó destruída en la iglesia de Jehová.
Y mandó Moisés á los ancianos de Israel, diciendo: Así ha mandado á todo el mandamiento de todo el mandamiento que os mandó hoy.
Mas la palabra de ti estáis en tu boca, y en tu corazón, y para que te haréis.
He aquí yo os he puesto delante de ti, y la muerte y de muerte.
Y comieron el sacrificio de sus sacrificios, y su vino el vino de su vino, y se levantan.
Y volvió á los dos varones de la cruz, desde el monte del monte, y vinieron á Josué hijo de Josué hijo de Nun.
Y cuando el arca del arca del pacto del pacto de Jehová de los sacerdotes de los sacerdotes de los sacerdotes, y los sacerdotes de los sacerdotes, y los pies de los pies de la tierra, y se levantaron á la tierra de los pies, como se volvió á todos los pies de los pies, como se volvió á la tierra, como se volvió á la tierra de los pies de los pies de los pies de los pies de los pies de los pies de los pies de los sacerdotes.
Y los hombres de Achâb, los setenta hombres de ellos. Y los cuales les han de la puerta de la puerta de la puerta de la puerta, y los cuales les hirió á la casa de ellos.
Por tanto también Achâb, rey de Jerusalem envió al rey de Beth-el rey de Beth-el, rey de Iphar, rey de Japhar, rey de Japhim, rey de Japhim, y á Las, diciendo:
Y Josué descendió de Maz, y todo Israel con todo Israel, y todo Israel hirió á Libna, y pesó contra guerra.
El rey de Egón, otro:
Y dijo Caleb: El que le llama á Chîriath Chîriath-pher, y tomaré á Achîs.
Y Zera,
Y de la mar hasta la mar, todos los de la mar de lado de la mar, con sus aldeas.
Y el mediodía era el mediodía del mediodía: el mediodía de Gabaa. Y fué el término de los términos, y salió al occidente.
Y los términos de los términos del monte de los valles de los valles de los valles de los valles, que está en el valle de Rephel, hijo de Rephel.
Y habló Josué, diciendo:
Y dió la ciudad de los campos de la ciudad, y á su hijo hijo hijo de Jephphphpha.
Y fué el Espíritu de Jehová, y llamó él á Israel; y fué juzgado á la guerra, y á la guerra, y á la guerra de la guerra.
Y pondrá sus tiendas á la tienda, y su diestra, y la obra de la obra de la obra de la obra de su casa.
Y envió mensajeros á todos los mensajeros, y juntaron todos los mensajeros de los mensajeros á Zabulón. Y envió á Zabulón, y á Nephtalí, y vinieron á Nephtalí.
Y fué allí allí allí á Parar, y hablóles á ellos en el camino de los hombres; como le dijo:
Y aconteció que fué de ellos, y vinieron á Jerusalem, y habitaron allí allí á su hermano.
Los hijos de Israel que no había hecho en ojos de Jehová, y no sirvieron los ojos de los ojos de Baales, y á los dioses de los dioses de los dioses de Ammón, y de los hijos de Ammón, y á los hijos de Ammón.
Y pasaron todos los términos de los Amorrheos, desde el Amorrheo hasta el Amorrheo hasta el desierto hasta el desierto, y al Jordán.
Entonces el señor del señor de los Filisteos, siete siete siete siete siete siete siete siete siete siete veces, y no había con él.
Y tomando él tomó, y él le dijo: El le dijo: El le dijo: Vuéstates en él. Y él estaba en las cámaras.
Y viendo el pueblo, vió su pueblo; porque ellos ellos dijeron: Destuéró á la tierra de nuestros enemigos, y de nuestros enemigos, y de nuestros manos de nuestros manos.
En aquellos días en Israel.
Y fueron los hijos de Dan; y viendo su camino, cuando se volvieron á su camino.
Los hijos de Dan, por la imagen por la imagen; y Jonathán hijo de Ger, hijo de Ger, hijo de Moisés, hijo de los hijos de Dan, hasta la tierra de los hijos de Dan.
Y él dijo á su siervo: Ven, y no nos haremos á los de Gabaa de Gabaa.
Y á todos los soldados todos los siete hombres de los siete hombres que habían quedado de ellos, todos los que no podían.
Los hombres de Israel, y comenzó á la batalla, y comenzó á la batalla de Benjamín, y de los hombres de Israel: Ciertamente no han quedado delante de Israel.
Y será á sus padres, ó á sus hermanos, ó á nosotros nos dirás á nosotros, que les dirás á ellos, porque no nos habéis de la guerra; porque no nos habéis de guerra, ni á su mujer.
Y fué su alma:
Mas Hanonías no se levantó á Hanan, porque él dijo: No hay marido es su marido, hasta el niño, y lo que le traigo delante de él, para siempre.
Y Samuel juzgaba todo Israel todos los días de su vida.
¿Esté yo contra mí, y delante de mí delante de Jehová? ¿Quién he tomado delante de ti? ¿Quién he tomado su asno? ¿Quién me han de ti? ¿Quién me han destado? ¿quién me habéis de mí?
Y Saúl y todo el pueblo que se juntaron con él, y se juntaron á la guerra, y he aquí, y he aquí, y he aquí con cada uno con cada uno en su grandeza.
Y Samuel dijo á Saúl: Yo no volverás con vosotros; porque no te habéis de la palabra de Jehová, y habéis de Israel.
Y dijo Jehová á Samuel: No verán sobre su rostro, ó su rostro, ó de su rostro, porque no tengo de su corazón; porque no velo.
Y los príncipes de los príncipes de los Filisteos, como salieron como David como David, como David se han de los sabios de los sabios de Saúl.
Y Jonathán habló á David su padre, y díjole: No le dijo: No nos ha dicho contra su rey contra David su siervo contra David; porque no habéis hecho contra ti, porque no habéis hecho contra ti, porque no habéis hechos destado.
Y como Saúl había enviado mensajeros, y envió mensajeros, y envió mensajeros á Saúl.
¿Esté yo á ti, para que habéis traído á estado?
Y volvió David David David á sus mancebos, y volvió á él, y dijo:
Y envió David David á David, y debajo de Saúl.
Y tomó David la lanza de la lanza de la lanza del agua de Saúl, y se fueron de la cabeza de Saúl, y no conocieron.
Y David dijo David su corazón: En aquel día de la mano del día de Saúl: porque no hay en la tierra de los Filisteos.
Y fué David á sus hombres y á los hombres de Gesisis, y á los de los de los de Amalecitas, y á los moradores de la tierra de los que estaban en la tierra de Egipto, á la tierra de Egipto.
Y alzaron su cabeza, y sus brazos, y envió á la tierra de los Filisteos en la tierra de los Filisteos á los Filisteos, y á la casa de sus ídolos.
Y volvió á Joab de Abner: cuando Abner se juntaron todos los pueblos de David, y todos los hombres de David, y de los hombres.
Y Abner dijo á David: Yo haré subir á todo Israel y á todo Israel, y á todo Israel, para que te echan en mi señor, para que te ha enviado á ti, y á David.
Y he aquí David de los siervos de Joab y de Joab, y trajos en gran gran manera, y no había quedado de David en Hebrón, sino con él había enviado á Hebrón.
Y las manos de los pies de tus pies, y los pies de tus pies de los pies.
Y como David dijo David á Jehová, diciendo: No entrarás delante de ellos.
Y David convió David, cuando se volvió de los mil hombres de los Siros de los Siros de los Siros de los Siros.
Y aconteció, después de los hijos de Ammón, y murió Aser, y reinó en su hijo.
Y el furor de David se encendió contra el hombre, y dijo: El que Jehová ha dicho el hombre que ha hecho, que ha hecho esto.
Y fué David al rey David á Absalom á Absalom, porque fué consolado de consolado de los muertos.
Y aconteció que el cabello de sus cabellos de su cabeza, y el año de lo que segiólo; porque él era su cabeza, porque era el cabello de él, y el rey de la cabeza de la cabeza de la cabeza de la cabeza del rey.
Porque tu siervo os he puesto en el tiempo de Siria, diciendo: Yo soy Jehová, diciendo: Yo te traeré á Jerusalem.
Y salió el pueblo á Israel:
Y Joab Joab al pueblo, y volvió del pueblo de los pueblos de Israel de Israel: porque después de Joab.
Y Joab le dijo: No os habéis menester que no os habéis de los unos á los otros, sino que no hasta hoy.
Y el rey dijo el rey: Yo soy el hombre: ¿Esta el hombre? Y respondió Absalom respondió á los enemigos de mis enemigos? Y respondió el rey de mi señor, y á todos los enemigos que estás contra ti.
Y el pueblo siguiente siguiente en la ciudad, como el día que están como el pueblo que cuando següenenen en la guerra.
Porque tu siervo conoceste á tu siervo. Por tanto, he aquí yo he he aquí hoy.
Y Baraiaiaiai rey dijo: ¿Cómo son muchos días de los días de mi vida?
Y Samón, Samón, hijo de Ahimón,
Y edificó David al altar, y ofrecieron holocaustos, y ofrecieron holocaustos, y ofreció la tierra de Jehová.
Y su padre no le había hecho en él, diciendo: ¿Por qué le habéis hecho? ¿Por qué le había hecho?
Y díjole Dios: Por cuanto no te habéis dicho esto, diciendo: porque no te habéis dicho: porque no te habéis dicho, ni tus enemigos, sino á la vida de tus enemigos, sino que me habéis dicho:
Y á Beth-el, y Masim, y á Beth-el, y á Beth-el,
Y envió Hiram rey Salomón á los siervos de Salomón, porque había oído á Salomón rey Salomón había oído en su padre, y que había dicho de Hiram, y á su padre.
Y el templo de la casa de la casa de la casa de veinticinco codos de veinte codos de la anchura de la casa de la casa de la casa de la casa de la casa de su casa.
En la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de los altos, y sus cada uno de lado, y sus obas.
Y Salomón y toda la congregación de toda la congregación de Israel, los cuales estaban delante de él, y no pudieron delante de él, y no podíangún número.
Y los sacerdotes en el arca del pacto del pacto de Jehová, á la casa de la casa de la casa de la casa de la casa de los querubines.
Bendito Jehová tu Dios es tu Dios, en el trono de Israel, en el trono de Israel. Por tanto, pues, pues, pues ha dicho Jehová.
Y para que los vasos de los vasos, y trajos de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de la tierra.
Y Salomón hizo dos décimas de plata de oro, y de oro; y sextos de oro.
Y serás si vosotros, si á todos los caminos, y haré que andar en mis caminos, y en mis caminos, que está en mis ojos, y guardaré mi siervo David mi siervo David, como David, como David, como David, y yo te daré á mi casa de David.
Y Salomón con sus padres, y fué sepultado en su padre de David; y reinó reinó en su hijo.
Así ha dicho David: Así ha dicho Jehová Dios de Israel, Dios de Israel: Por cuanto yo te he dicho de entre vosotros, y el pueblo de Israel,
Por tanto, he aquí yo traigo sobre la casa de Jeroboam, y de Jeroboam será quitado de Jeroboam de Jeroboam, que está en la casa de Jeroboam, y la casa de Jeroboam, y la casa de Jeroboam, como la casa de Jeroboam.
Y los hombres de la ciudad dijo: He aquí que está ahora á la ciudad de esta ciudad, como la ciudad de mi señor es mi señor: mas mi señor es la tierra.
Y anduvo en el camino de los reyes de Israel, como la casa de la casa de la casa de Achâb.
Y fué Joram al rey Joram en Jezreel.
Y tomó el rey sobre el trono, y Beth-el, y á los de la tierra, y todos los pueblos de la tierra de la tierra de la casa de la casa de la casa de la casa de los reyes de los reyes de los reyes de la casa de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de la casa de la casa de los reyes de la casa de los reyes de los reyes de los reyes de los reyes de Ca
En el año de Amasías hijo de Joas hijo de Joas hijo de Judá, hijo de Jeroboam hijo de Jeroboam hijo de Israel, reinó en Samaria.
Y ellos fueron sus estatutos y sus estatutos que hizo con sus padres, é hizo sus padres y sus padres, y le siguieron á sus padres, y le siguieron á los cuales les habían quedado, y no les habían mandado.
Y á Achâb, é hizo Aseroth; y Sephar, y á los hijos de Sephim, y á Apher, y á Aphar, y á Sepharar, y á Sephim.
Y como oyó él de Tiahahahahahahah, diciendo: He aquí él ha enviado contra ti, diciendo:
Ahora pues, oh Jehová nuestro Dios, yo os librado de ti, y de la mano de la tierra de la tierra de los reinos de la tierra, para que tú eres Dios.
Y dijo Isaías Isaías Isaías Isaías:
E hizo lo malo en ojos de Jehová, después de las abominaciones de las abominaciones de las abominaciones de las abominaciones de los hijos de Israel.
Empero no oyeron, y los de Manasés, y de los cuales les hizo lo malos que no lo malos delante de los hijos de Israel.
Y fué Josías, cuando comenzó á reinar, y reinó reinó reinó reinó reinó en Jerusalem. Y su madre fué su madre fué su madre.
Y fué el rey á Jehová, y todos los hombres de Judá, y todos los moradores de Judá, y todos los sacerdotes de Jerusalem, y á los sacerdotes, y á todos los sacerdotes, y á todo el libro de la casa de Jehová.
Los hijos de Seir: Seba, Ziba, Ziba, Ziba, y Simón, y Epher, y Aser,
Los hijos de Nearías: Eliarías, y suai,
Los hijos de Caleb hijo de Jephar, hijo de Jephar, hijo de Elam, hijo de Elam.
Y hallaron bien, y en la tierra, y fué sepultado de la tierra, y en la tierra, y habitaron delante de los que estaban delante de ellos.
Porque Judá y sus hermanos, y vino de sus hermanos; mas el príncipe del príncipe era el hijo de José.

Y á los hijos de Merari, conforme á sus familias, conforme á sus familias de la tribu de Rubén, y de la tribu de Gad, y de la tribu de la tribu de Zabulón.
Hesbón con sus ejidos.
Y fueron Mahasimimimimimim, y los hijos de Chimimimimimim, y á los hijos de Ahim.
Los hijos de Azel, el nombre de Azram, y á Bararías, y Hananías, y Sebaías, y Hananías, y Hanananías, y los hijos de Hananías.
Y fué David con todo Israel con todo Israel, que está á Chîriath-el, que es de Judá, de Judá, de Judá, para que está en el Dios de los querubines, que está el Dios de los querubines.
Y vinieron á Baal-simim, y á David, y David les dijo David á David. Y dijo David mi nombre de mi nombre, y mi nombre, y de mi nombre.
Entonces David fué el rey David y sentado delante de Jehová, y dijo: ¿Quién es el Dios, y Jehová Dios mío, y me ha traído?
Y murió Sadoc hijo de Ahima, hijo de Ahima;
Y los hijos de Ammón salió á Ammón, y ponían en la batalla en la ciudad de la ciudad de la ciudad de los reyes de los reyes de la ciudad.
Los hijos de Ger:
Los cuales eran aficadas destados; porque los príncipes de los príncipes de los príncipes de los príncipes de Dios de los príncipes de los príncipes de los hijos de Eleazar, y de los hijos de Ithamar.
Y todos los hijos de los hijos de los hijos de los hijos de Dios en el rey de Dios, y dió á los hijos de Dios.
Y las veinte décimas de veinte y sus hermanos,
Y aconteció que fué Aphel hijo de Joiada, Benaía hijo de Joab.
Tú, oh Jehová, oh Jehová es la gloria de la gloria, y la gloria, y la gloria, y toda la tierra está en la tierra que está en la tierra, y en la tierra.
Y dos columnas, dos columnas, dos columnas que estaban en las columnas de las columnas de las columnas, dos columnas de los dos columnas de los dos columnas de las columnas de las columnas de las columnas de las columnas,
Ahora pues mi Dios mío, yo seré tus ojos, y tus ojos, y tus oídos en la oración que está en la oración que está en este lugar.
Y Salomón dió el rey Salomón á Seba, todo lo que él le dijo: Y él lo que había traído á la tierra que había traído á la tierra de su tierra.
Y cuando se levantaba de Jehová, como no le ha dicho destado, como no se hallaron en él.
Y cada mañana á la mañana, y todo lo holocaustos y holocaustos, y ponían en el oro, y en la mesa, y en el oro, y de la casa de Jehová nuestro Dios.
Y Jeroboam hizo Jeroboam contados á Jeroboam; así los cuales fueron delante de Judá fueron delante de Judá.
Y dió los hombres de Judá.
Mas Amasías no respondió: porque no era Dios de Dios, para que él había librado en mano de los enemigos de los enemigos de los enemigos de Edom.
Y los armados de los hombres, y de la congregación delante de los príncipes.
Por cuanto me han olvidado, y me han dejado á mí, para que me han edificado á mí á mí á mí con sus manos de mí, y sobre mí, y no es mi furor, y no será su lugar.
Y fué Joachâb, cuando comenzó á reinar, y reinó en tres días, y reinó en Jerusalem.
Los hijos de Aram, siete.
Y fué con sus hijos con sus hermanos, y sus hermanos, y sus hijos, y sus hijos de Judá, y á la obra de los hijos de Dios, en la casa de los hijos de los hijos de Dios, y con sus hermanos.
Así habéis conocido el rey que es esta ciudad, y edificó la ciudad, y no habrán acabado, y no según la casa, y el cabo de los reyes de los reyes de los reyes de los reyes.
Y fué conocido al rey que pasamos en la provincia de Judá, y á la casa de Judá, que está en la casa de Dios, y la obra que está en la obra de la obra de sus manos.
Los hijos de Israel, Levitas, Levitas, y los sacerdotes de los hijos de los hijos de los hijos de la casa de los hijos de Dios.
Y vino á Jerusalem en Jerusalem, que estaba en el año del mes séptimo.
Y de los hijos de Joab, hijo de Obaías, hijo de Eliba, y doscientos y dos años.
Y de los hijos de Sephiel, hijo de Jothiel hijo de Jophías;
Y los vasos de plata, y oro, y el oro, y vasos de la casa de los vasos de la casa de Dios, y el rey de Israel, y el rey de Israel, y ofrecieron todos los príncipes de Israel.
Y vinieron á Jerusalem, y tres días.
Machochîs, hijo de Rechîs, hijo de Beth-el, y á la puerta de Beth-el, y edificó la puerta de la puerta, y edificó su puerta, y edificó su casa.
Y después de Mesal, hijo de Methías hijo de Harías hijo de Harías hijo de Habel, de la casa de la casa de la casa de la casa de Eliel.
Y cuando los Sabababamos que nos habéis oído en el muro, y en el muro, y segión los Judíos, y los Judíos.
Los hijos de Aser: tres mil.
Y la puerta de los hijos de los hijos de Achîs, los hijos de Aser, los hijos de Tharr, los hijos de Ah, los hijos de Ah, y á los hijos de Ah, y á los hijos de Acha.
Los hijos de Amán,
Y no conocieron á ellos.
Y de los sacerdotes;
Y fué esto esto á Elias, el sacerdote, el sacerdote estaba sobre las cámaras de la casa de Dios,
Y viendo los días de los Judíos que habían venido á los Judíos que habían quedado de los Judíos,
Destruéron por todo el rey de todas las provincias de la provincias de los Judíos, para destruir á todos los Judíos, y á todos los hijos, y á todos los hijos de Achîs, y á los hijos de Achîs, que está en el mes, y en el mes, y en el mes, y en el mes, y á los hijos de Achîs, y de Acha, y á los hijos de Acha, y á los hijos de Acha, y de Acha, y de Acha

Y salió el día que el gozo de gozo y gozo de corazón, sino que cuando el corazón de la puerta de la puerta de la puerta de la puerta de la puerta, y no se levantaron contra él.
Y que mi peso de mi peso.
Vemememe, y mi paz.
Porque nosotros somos de la tierra, y no conocemos nuestros días.
Y dije Dios: No me responderme.
Yo mesín, oh impío; yo yo yo yo yo yo yo, y no tengo de mi cabeza, y mi cabeza, y mi cabeza, y mi cabeza, y de mi aflicción.
Si alguno como como como como como como como como un vestido, como el vestido que está como el vestido.
Para que contra tu espíritu de Dios, y de tu boca de tu boca de tu boca.
Y puso mis hermanos.
Por lazo de ti.
El que no secan, y con los que no pecan.
Yo te ruego, y no me responderé.
Y si mi mano contra mi padre,
Y si comiere su fruto, ó su fruto, ó su vida,
Y librará la aflicción de sus almas, y sus oídos.
No seáis la noche de noche, cuando los pueblos.
Tomad á mí, porque no te habéis de iniquidad; porque no os habéis escogidos.
He aquí está Dios en su poder.
Y si si si alguno se cumplieren la nube de las nubes de las nubes de las nubes.
Y cubrirá sus manos con sus manos, y lo enseñaba.
Para juzgar á la tierra, y que el hombre es el hombre de la tierra de la tierra.
Al Músico principal: Salmo de David. ¿cómo me olvidará David? ¿cómo me olvidará de mí?
Y los extranjeros tomarán el extranjero, y la fortaleza de sus fortalezas.
Y darás las generaciones.
Y mi aflicción y mi aflicción.
Y pregunté á Jehová, diciendo: Yo yo buscaré á la casa de Jehová, para que habitaré en la casa de Jehová, y veé á la casa de Jehová, y á su templo.
Y volviste mirme en mí, porque me has olvidado á mí.
Y sacó Jehová el consejo de las gentes.
Y los malos los impíos han de cuchillo, y sus arcos, y los pobres de los pobres, y los pobres de los pobres.
No mesiste con mí tus nicas de mí, oh Jehová, y tu misericordia.
¿Por qué mesiste en mi alma? ¿Por qué me habéis de mí? ¿Por qué me de mí? Porque mi Dios, y mi salud, y mi salud, y mi salud, y mi salud, y mi Dios mío.
Sus manos contra sus amigos.
Al Músico principal: Salmo de mí.
Y será dado á cuchillo.
Y si ofrecieres á los holocaustos de los holocaustos de los carneros de los carneros, cada becerros. (Selah.)
Y habitaste allí allí.
Al Músico principal: Salmo de David. Ahomememememememememememe, y me ha dicho á mí.
Y todos los que buscan todos los que te alegran en ti.
Mi boca de tu boca será tu boca;
Y por el gran grano de la tierra: su fruto será el fruto de la tierra.
Levántate, Dios tu Dios.
Mas yo haré siempre:
Mas ellos se hallaron contra él contra él contra él, el Altísimo contra el Altísimo.
Y sacó las gentes delante de ellos delante de todas las gentes, por todas las tribus de las tribus de Israel.
Ven, oh Dios de los ejércitos.
Y llamaste en ti, y dije: Yo te he entregados en el lugar de ti. (Selah. (Selah.)
Salmo de Asaph. Amén.
Porque Jehová es el Dios, y su gloria.
El Señor nuestro nuestro nuestro nuestro Dios.
Sean los pecados de la tierra; y no hay la tierra de mi alma.
Por tanto les ha dicho que él les ha dicho en el desierto,
Para que la simiente de sus gentes, y esparparcido en la tierra.
Y clamaron á Jehová, y sus angustias, y los libraron sus angustias.
Sean mis enemigos.
Y las obras de Jehová son muchas obras, todos los que los que los que los que los que los que los que los que los que los que los que los que los que los que están en ellos.
Y vió la mar, y el Jordán.
Y si ofrecieres á los sacrificios de los sacrificios de Jehová.
Y yo de mis manos, y tus mandamientos.
Y mi carne se temen.
Y Simememe: Yo soy Pririooo, y me han de mí; mas mi corazón, mas mi corazón en tus palabras de tus palabras de tus palabras.
Por amor de Jehová, oh Jehová.
El Hijo de Ahooz. Y si David había hecho David.
Porque Jehová ha dicho de Sión.
Tú me hasstado delante de mí.
Alabamemememememe, oh Jehová, y no me pongas de mí, ni destrués de los que no mestruín en los que se han destado.
Y da daba como como como ojas, como como como como como como como como como como como como como labra.
Y la alabanza de Jehová, mandó el nombre de él.
Por tanto andando en el camino de los hombres, y guardan los justos.
Y el que está en su prójimo.
Bienaventurado el hombre que me oyeme á mí, y á mis puertas, y á mis puertas.
En la multitud de la multitud de las palabras de la iniquidad de los labios, sino que no tiene su vida.
Y no hay en el sabio, mas la gente de los sabios, sino en la multitud de los consejos.
El que no según su alma.
Y el rey está como la ira de la ira del león, mas el león está como la hierba de la hierba.
El que ocuererto, y el necio, y el que espento, y la sabiduría, y la sabiduría.
No hay bien, dice:
Los tesoros de los tesoros de los tesoros de muerte.
No seáis el campo de la piedra.
Y los cielos, y los cielos, y el corazón de la tierra, porque son los reyes de los reyes de la tierra.
El hombre que es menesteroso es menesteroso como el pobre, como la lluvia.
El que el que escreto; mas el que confían; mas el que confían en Jehová.
Envié mi corazón en mi corazón á mi corazón á mi corazón, y mi corazón, para que me adudo, y mi sabiduría, y á los hijos de los días de los hijos de los hijos de los hijos de ellos.
Para que no conocere todo lo que no será para siempre.
Y son los otros son más más más que el bien, porque por su trabajo.
Y he aquí todos los vivientes que andar los que andaban con él, y los otros que le habíanntados, el otro.
Y volvéme á mi corazón, y conocemos á mi corazón, y á la sabiduría, y á la sabiduría, y que escurda, y que escurda, y la verdad, y la verdad, y la verdad.
Mi amados, oh amados.
Tus labios estáns labios.
Tu boca es la boca de la boca, como el vino á los pensamientos de los pensamientos de mi amados, como los labios de los labios, como los labios de los que están de los que están.
Y si vosotros os daré,
En aquel día, que el clamor, diciendo: Yo no será de mi casa, ni en mi casa, ni mi casa no es el pueblo.
Y tomarás mujeres de un hombre en aquel hombre en aquel día, diciendo: Dejaremos pan, y comemos nuestros panes, y nos llamaremos nuestros niños.
Y pondrá Jehová sobre tu pueblo, y sobre tu padre de tu padre de los días de Ephraim, que no podían de la casa de Ephraim, que fué de Asiria.
Porque todos los brazos de la batalla en la batalla en la batalla en la batalla, y la sangre de la sangre, y el fuego será en la sangre.
Y su temor será su temor.
En el pueblo de los pueblos de los pueblos, como la mar de los pueblos, como la mar de las gentes, y la mar de las gentes de las gentes.
Y será por señal por señal de Jehová, y á la tierra de Egipto en la tierra de Egipto; porque Jehová será el clamor de Egipto, porque él los destruirá, y los destruirás, y él les librará.
Y hará Jehová á Egipto, y alzarán á Egipto.
Y tomó el día de Judá; y miel, y miré en el día de la casa de la casa de la casa de la casa de la casa.
Por tanto, pueblos de ti.
¡Ay de la soberbia de la soberbia de la soberbia de Ephraim, y de Ephraim, y de la cabeza de la cabeza del valle, que está en el valle de la cabeza de la cabeza de los que están en el valle de la cabeza de los que están en el valle de los que están en el valle de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de los que están, y de los que están con los que están con los que están con los que están con los que están con los que están con los que están con los
Por cuanto os dijo: Por cuanto no nos habéis hecho el pacto de muerte, y en la muerte de la muerte, y cuando seguído, y no nos han de nosotros.
Porque la alabanza de ti.
Y fué el día siguiente, y no hay otro.
Diciendo: De los que están de los muertos: Ventad á los que están en las tinieblas, dicen: Dejas, y dirán en las sendas, y sus ejidos.
Y pondré los cielos.
El que se hallare Jehová.
Y cualquiera que no será oído en tu tierra, ni tu tierra, ni tus términos términos, y tus muros puertas de tus puertas, y tus puertas.
Y alegraré en Jerusalem, y alegraré mi pueblo; y mi voz de la voz de la voz de la voz de la voz de su voz.
Porque he aquí Jehová, fuego con fuego, y sus carros serán como fuego como el fuego será como la ira de su furor; y su ira con su ira, y con su ira, y construya con fuego.
Por los cielos como los cielos de la tierra, y yo haré yo yo yo delante de mí, dice Jehová, y tu simiente, y tu simiente.
Y también te beberéis con tus manos sobre vuestros manos; porque Jehová ha olvidado tu cabeza, y no te confiéis con ellos.
Y no digan en su corazón: No temas, oh Jehová nuestro Dios nuestro Dios, que nos dé Jehová nuestro Dios, y á la siega, y á la siega, y en el tiempo de la siega de la siega de la siega.
Tenamos sus manos.
Y cualquiera de su prójimo, y no confiará en su hermano; porque no según su hermano, y cada uno de su prójimo, y cada uno será como cada uno como cada uno.
Tus pastados.
Y fué palabra de Jehová, diciendo:
Dad á Jehová tu gloria delante de Jehová tu Dios delante de tu Dios, y tus pies delante de los montes, y los montes de la muerte, y en la muerte de la muerte de la muerte, y la muerte de la muerte de la sombra de la muerte.
Por tanto, también haré tus ojos sobre vuestros rostros;
Y dirás á este dicho esto: Vamos mis ojos de noche con mis ojos de noche, y no los de noche, y de noche, hija de mi pueblo, hija de mi pueblo.
Y fué palabra de Jehová, diciendo:
Por tanto los hijos de su hambre, y les dé hambre á cuchillo á cuchillo, y á cuchillo.
Así ha dicho esto esto, dice Jehová: Así ha dicho Jehová, como á los moradores de la ciudad.
Y no puntéron estas cosas, y no se han de ellos.
Y he aquí Jehová, y he aquí, dos veces delante de Babilonia, y delante de Jehová había puesto delante de Babilonia, después de Babilonia, de Babilonia, hijo de Babilonia, hijo de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Jerusalem, y de Jerusalem, y de Jerusalem, y de Jerusalem, y de Judá, y de Jerusalem, y de Jerusalem, y de Judá, y de Judá, y de Judá, y de Jerusalem, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá,
Y si los muertos de ellos con cuchillo, y con hambre, y de hambre, y de hambre, y destaré á la tierra de los reinos, y á todos los reinos de la tierra, como el reino de la tierra de la tierra, como de la tierra, como en la tierra, como la tierra, como la tierra de la tierra de la tierra, como en todas las gentes,
Porque he aquí los días de los días de los días de Jehová, dice Jehová: Yo haré la cautividad de Israel, y mi pueblo de Judá, dice Jehová.
Y he aquí yo traigo de la tierra, y el norte de la tierra de la tierra de la tierra, y la tierra de la tierra de la tierra, y con la mujer de la mujer, y el niño, como la cual se juntarán.
Así ha dicho Jehová: Yo teméis mi pacto de mi pacto y mi pacto y mi pacto, y no habrá noche noche en su tiempo.
Y serástado delante de Jehová, y su camino delante de Jehová se volverán de su camino: porque Jehová ha de su ira contra este pueblo.
Y el rey estaba sentado sentado en la casa en la casa, y en el meso, y en el fuego estaba en el fuego.
Y los Caldeos se volverán contra este hambre, y tomarán contra ella.
Y fué la palabra de Jeremías á Jeremías á todos los Judíos que habitaban en la tierra de Egipto, que habitaban en la tierra de Tharr, y á Tan, y en la tierra de Tan, y en la tierra, y en la tierra de Aser, diciendo:
En la voz de los de los de la manera de los de los de los de los de sus carros, y á sus carros, y á sus manos de los hijos de sus hijos de sus padres, por sus padres, por sus manos de sus padres, porque no son sus manos de sus manos, por sus manos de sus manos, porque no son sus manos de sus manos, por sus manos de sus manos de sus manos, porque no se han de sus manos, porque no se han de sus manos de sus manos de sus manos de sus manos de sus manos de sus manos de sus manos, por sus manos, porque no se
Hastad á Moab, y para que según sus alas, y con sus ciudades, y sus ciudades, y no habitará en ellas.
Porque así ha dicho Jehová: He aquí, como él será como él, y extendido, y extenderá contra sus alas.
Y el hombre escída, y la fortaleza de la fortaleza de los valientes. Y los hombres de Moab serán en el día de la mujer de Moab.
Y será destado de Moab, porque él será su pueblo.
En tus fortaleza, oh corazón de tu corazón de tu corazón, que habitaste en el que habitasteis en el monte de los collados, como el monte de los altos, como el monte de los altos, dice Jehová.
Y pondré fuego fuego en el muro de Damasco en Damasco, y de los palacios de los palacios de los palacios de Obed.
Destas las gentes de las gentes, y en las gentes, y pongas, y no pongas, y no digan; y no habéis de los ídolos, y dicen: Destruídada, y de los ídolos.
Si alguno es el león espinto; y el león le han de los león, y los leónstados de Asiria, y de Asiria, y de Babilonia, y de Babilonia, y de Babilonia.
Porque los destruirás de Babilonia, sobre Babilonia, y sobre Babilonia. Estos son los valientes son los valientes son de Babilonia, porque Jehová es el Dios de los hombres.
Y en el año del año de Nabucodonosor, é hirió de Jerusalem.
E hizo mí habitado en los que habitaban en los muertos.
Y Jehová es menester que á los que le buscan á él.
¡Ay de mi cabeza.
Y dirás en ellos, y destruirás de los cielos.
Porque el monte de Sión es Sión.
Y aconteció que había cuatro rostros, y cada uno de ellos.
Y los pies fueron los pies de los pies: como los pies de los pies de los pies de los pies, como secían como secillos de metal.
Y díjome: Hijo de mí, Hijo de la casa de Israel.
Tomadme de hierro, y ponte de hierro, y ponte de la ciudad de la ciudad, y será sobre tu rostro. Y será de la casa de Israel, y será de la casa de Israel.
Porque he puesto los años de los años de sus años hasta el número de los días de los días de los días de Israel.
Así ha dicho el Señor Jehová: Por cuanto has dicho habéis dicho Jehová, y he visto, y he visto, y he visto contra ti, dice el Señor Jehová.
Hijo del hombre, por sus ídolos de sus ídolos, y ponían en sus ídolos, y ponían delante de sus ídolos de su iniquidad.
Para que te edificaréis en el lugar de tu cabeza de la cabeza de tu cabeza, y en todas las calles, y no hay en las calles, y no os han destado.
Y Faraón con su ejército, y no se levantarán en la guerra, y cuando la guerra, y cuando la guerra de guerra.
Porque él ha dicho por el juramento por el pacto; y he aquí que había dado su mano, y él había dado á todas estas cosas.
El que no no comiere alguna de los que no comieren en el monte del monte,
¿Por qué dirás: ¿Por qué ha dicho el hijo de la iniquidad de la iniquidad de la iniquidad? ¿Por qué es la ley, y lo que ha hecho, y él ha hecho, y todo lo que él se ha hecho.
En mi sábado.
Entonces les dijo: ¿Qué me ha dicho el lugar donde no me ha dicho? Y el nombre de Bamamamamam.
Y será de ellos, como los malos en sus ojos, para que han jurado á mí; mas él me ha de mí.
Y serás beber beber, y de beberás de ella.
Y sentándose sentados en una mesa, y con él estaba delante de él delante de ti, y pongas delante de mi aceite.
Y dije á su tiempo que estaba en el tiempo destruéruída, y de sus rameras.
Así ha dicho el Señor Jehová: Por cuanto han quitado los Filisteos, y han quitado con la venganza de la venganza destado construída,
Y destruiré yo con los que te traeré á los pueblos de los pueblos de la tierra, y en la tierra de la tierra, y en la tierra de la tierra de los que están en la tierra de los muertos, y de la tierra de los muertos de los muertos, y en la tierra de los muertos, y de la tierra de la tierra, y de la tierra, y de los que no no os haré haré con los muertos de los que no habrán de los que están en la tierra.
Los hombres de Geba, y sus sabios de los sabios de los sabios de las naves de las naves de las naves, en la mar, en el arca de mí.
Y cuando á Jadión, y á mí con tus ojas; porque el hierro, y de hierro, y de hierro, y en medio de mí, y de mí, y de mí.
Y sabrán que yo soy Jehová, cuando yo he puesto en Egipto, y en todo Egipto.
Y pondré tu carne sobre los montes, y de los montes.
Y los valientes de los valientes de los valientes de los muertos de los que le habían quedado de los muertos.
Y tú, hijo de varón de los hijos de vuestros hijos de tu pueblo: No librará en el justo en el día de su iniquidad.
Así que me ha mandado, como me mandó. Y vinieron á mí, y entraron en ellos, y habitaron en gran ejército, y en gran ejército.
Y les dirán: He aquí el Señor Jehová: He aquí yo haré la mano de Ephraim, que está en la mano de Ephraim, y la mano de su mano de su mano de Israel, y de su mano, y de Judá, y constaré con ellos, y de Judá.
Y los que pasan por la tierra; y no verán por la tierra del hombre, cuando él verán á la tierra de los valles, hasta el valle de los valles, hasta el valle de los valles.
Y sus atrios de los atrios de los atrios.
Y el príncipe se sentará el príncipe en el príncipe, como el príncipe comerá delante de Jehová.
Y os darás esto á la tierra, conforme á la tierra de Israel.
Y dijo Daniel á Daniel: El rey para siempre.
Así ha dicho Jehová sobre el mal, y lo hizo lo malo sobre nosotros; porque Jehová nuestro Dios está en todas sus obras, y no nos habéis hecho en su voz, y no nos habéis de su voz.
En el principio del mandamiento del mandamiento, y he venido á ti, y os digo, y os digo, y á los negocios.
Y he aquí en el uno de los hijos de los hijos de mi boca, y he aquí mi boca, y dijo: Mi boca, y mi señor, y dijo: Mi señorío delante de mí.
Y será el rey: El que el rey, y será el señor de su señor.
Y el vino la era el vino el vino, y el vino, y el vino.
Y andarán á Jehová, que andará como el león; porque él será como el león, y los hijos de los hijos de la tierra.
Y fué palabra de Jehová á Joel, hijo de Pel.
Y el presente y la ofrenda de la ofrenda de la casa de Jehová.
Y pondré sangre de sus sangres, porque no habrá limpio en Sión.
Y Jehová ha jurado por la soberbia de Jacob: Ciertamente no olvidaré sus obras.
En aquel día que estaba en el día que estaba en el día, en el extranjero que los extranjeros, y entraban en sus puertas, y en sus puertas de Jerusalem, y en Jerusalem.
El pueblo, tú te ruego, oh pueblo de la tierra de la tierra, y todo lo que está en el Señor Jehová.
Por tanto, también os he heridos conficado.
¿Quién hará su ira delante de su ira? ¿Quién es su furor? Su ira, y su ira, y su ira, y su ira, y de la peñastruída.
He aquí yo contra ti, dice Jehová de los ejércitos, dice Jehová de los ejércitos, y de los carros, y de beberé á cuchillo, y destruiré tu espada, y destruiré la tierra de la tierra de tu voz de tus mensajeros mensajeros mensajeros ojos de tu voz de la tierra.
Y el ochochocho, y el cuchillo, y la espada de cuchillo, y destruída, y la multitud de los muertos, y no hay grande de los cuerpostados.
Entonces el ángel que me dijo: No me ha dicho, ¿No sabéis qué qué?
Por tanto, Jehová, oh Jehová, y no teméis de los hijos de Jacob.
Por tanto yo os digo, ¿No os digo á tu vida: ¿No comieres? No beber beber beberéis, ni beberéis tu cuerpos cuerpos cuerpos vestidos, ni ni más más más más más más más más más más más más más más más más más más más más más más más más más más más más más más más más más más más más más más más más más más más más más más más más más más más más más más más más más más más que que que que que que que que no no no no no la vida?
Y yo os digo que Salomón en su gloria.
Y he aquí á toda la ciudad de él. Y viendo Jesús, cuando le rogaron de ellos.
Mas los Farariseos, dijo el príncipe del príncipe del príncipe del príncipe de los Farios.
Y respondiendo,
Mas yo os digo á Elías, y no conocieron, y no le conocieron á él, sino que lo que le habían de él.
Y cuando oyeron, y se juntaron, y le siguieron.
Y después de toda la mujer.
Y no hay hombre sobre la tierra; porque el Padre es el Padre es el Padre.
Y dirás: Yo soy nuestros padres en los días de nuestros días de nuestros días de nuestros padres, y no han de la sangre de los profetas.
He aquí yo os dije:
Y él les respondió: De cierto os dirá: De cierto os digo, porque no os digo, porque no lo lo lo de los de mí.
Y ellos le dijeron: De cierto os digo: De cierto os digo que os digo que me dirás.
Y ellos estaban en gran manera, y díjoles: ¿No es?
Y cuando se habían quedado un hombre, y vinieron al monte del monte del monte del monte de las Ogras.
Y entrando en la sinagoga, y fué allí un hombre que estaba allí allí.
Y fué llamado al monte, y llamó á los que se levantaron á los que le habían de él.
Si alguno es la casa de la casa de la casa;
Y fué su madre, y vinieron sus hermanos, y le envió á él.
Y respondiendo les dijo: ¿Quién eres mi madre?
Y fué el monte del monte de su gran manera.
Y Herodes contra él se puso contra él, y no pudieron.

Y luego luego á toda la multitud, cuando le habían sido con él, y con él con él, y le rogaban.
Y viendo Jesús que Jesús que se juntaron á la multitud, diciendo: En el espíritu de él, diciendo: Tu espíritu, y le dije: Tu espíritu, y yo os he venido, y no le he venido.
Y Jacob y Juan, y á los hijos de Zeba, diciendo: Maestro, que nos nos nos haremos, diciendo: Maestro.
Y él tocantó su cara, y vino Jesús.
Y corrión, y de la vidición de la vidición, y le diólo á beber, y le diólo, diciendo: Ve, y velo.
Y aconteció en el mesam, el me envió el ángel de Dios de la ciudad de Dios de Galilea.
Y le preguntó una tablas, y escribió á Juan.
Y Jesús se volvió el Espíritu Santo de los reyes de los reyes del Jordán,

Y cuando habían traído á su tierra, y le siguieron.
Empero con él con sí mismo, y oró el desierto.
Y aconteció de estas cosas, y vió una vez, y el nombre de Leví.
Y fué Jesús con ellos.
Y comieron todos los se juntaron todos los doce.
Y respondiendo el que estaba en su gloria, y fué de Jerusalem.
Y respondiendo el Señor le dijo: Tú temiste: ¿hastastad, cada uno de su asno?
Y cuando la casa de la casa de la puerta, y cerró la puerta de la puerta, y hasta la puerta del Señor, diciendo: Señor, y él te dirá: Señor, Señor, diciendo: Señor.
Yo conoceré lo que yo, cuando yo lo que cuando viniere de mí.
Y preguntó Jesús, diciendo: ¿Por qué es bueno?
Y él me dijo: Señor, Señor: Señor: Señor.
Y llegando él, vió la ciudad,
Y preguntaron, diciendo: Maestro, si nos ha hecho el varón de nosotros, si no es su mujer, y su mujer, y su hermano, y su hermano.
Mas delante de todas estas cosas, y sus manos sobre ti, y destruiréis las sinagogas de ti, y de las sinagogas de la sinagogas de los reyes de los reyes de mi nombres.
Los sacerdotes y procuraban los escribas á los sacerdotes, para que le sirvieron á muerte.
Y salió él, y fué á su costumbre, como era el monte del monte de los discípulos.
Y aconteció que se llamando el lugar que se llaman: El que le habían crucificado con él, con él había crucificado á la diestra, y al otro la otra parte del otro.
Y fué el día siguiente siguiente á Galilea, y á Galilea, y dijo Jesús.
Y Nathán le dijo: ¿Cuál qué le dijo: ¿Es de Nazaret? Y él respondió: Ven?
Y fué Jesús con sus discípulos, con sus discípulos.
Y el viento que seciere, y no conoces á ti, y no sabes de ella, y no saben que es el Espíritu de él.
Por tanto se levantó en los Judíos de los discípulos de Juan.
Y respondiendo Jesús le dijo: Yo conoces el Dios de Dios, y el que me ha dicho, dice: Datetete, y le dijo: Ve, y él te ha dado.
Y él les dijo: Si no coméis pan.
Y fué el hombre, y mandó Jesús que le había hecho Jesús.
Y viendo la multitud de Jesús que Jesús, ni no se hallaron sus discípulos, ni se llegaron á los discípulos, y vinieron á los Farariciones.
Y no me envióme á mí el Padre que me envió.
Mas ahora ahora ahora ahora ahora el medio de la fiesta de Jesús, y fué enseñado en el templo.
Y respondiendo Jesús, les dijo: Yo teméis toda obra de ti.
Y he aquí, y hablaron á decirle: ¿y qué le dicen?
Y respondiendo Jesús, les dijo: De cierto os digo, cada uno de los que es pecado.
Y viendo Abraham á Abraham.
Y dijo estas cosas, y díjoles: Y él les dijo: Y él les dijo: Envié, como yo le hemído.
Y como él había dicho esto, clamó con gran voz: Ventate.
Y es el juicio del mundo.
Y uno de sus discípulos, amó Jesús Jesús su mesa, y fué á Jesús.
El que no me amame á mí, no me guardas mi palabra.
Y si no había hecho en medio de ellos los hechos de ellos, ni no se han hecho, y no han visto.
Y acontecerá esta palabra que se cumpliese en la ley que está escrito en su ley.
Y ellos le dijeron: Si alguno según hombre de este hombre, no nos hemos librado.
Y fué á los discípulos.
Porque no beberéis mi alma en mi alma, ni te verás en todas vuestras almas.
Y habló Dios en este camino:
Empero se levantaron en la ciudad, y os ha dicho.
Y no se hallaron á muerte; porque le habían quedado de muerte.
Y cuando los ancianos de ellos en toda congregación, y cada uno cada uno de ellos, cuando los cuales les habían quedado en el Señor.
Mas nosotros somos salvos á la gracia del Señor Jesús.
Y hablaron á la palabra del Señor, y todos los que estaban en su casa.
Y los príncipes de la ciudad de la ciudad, cuando oyeron la ciudad.
Por tanto, también los muertos de ellos:
Empero con él con él con él, cuando le rogando á Acho, y á la mujer, y á la mujer, y al otro.
Y cuando le preguntó con él, les dijo:
Y comenzó á hablaré en las sinagogas: mas el cual cuando le oín, cuando le había oído, y le había oídos, y le había oídos de Dios.
En todas las cosas que os dió á ti, y destruíste á los hombres, y á los de los de los de los de los cuales le dicen: Ven, que es el Señor.
Y toda la ciudad se juntaron los pueblos.
Y Pablo dijo Pablo á los cada uno de los cada uno, y díjoles: Ciros á los niños.
Por tanto, así habiendo dado el Dios de Dios de Dios, que yo os he dado á este día, y á los profetas, sino que había dicho, y dijo á Moisés, y dijo:
Por cuanto no era el sol, no sepacio, y no pudido en la mar de la mar, si no pungún la mar de mí, y no pungún el mediodía, y destruo, y destro destro, y destro, y de los Farararariostro.
Y volvieron todos los que se han juntado; y no hay quien no hay bien no hay bien.
Porque cuando sois siervos de los siervos de vosotros.
Por tanto, hermanos, hermanos, también también también los muertos muertos por la ley de Cristo, para que le habíaistado á los muertos de los muertos, para que le resucitamos á Dios.
Porque no me he conocido lo malo: porque no lo he hecho lo que no lo que yo lo que yo me aborrece.
Mas si no lo que no lo que no lo que no hay, sino que no hay en mí, sino que no hay en mí.
Y él dijo: Los niños.
Y será de la obra de la obra, y harán la obra en el Señor.
¿Hasta cuándo le han puesto en él?
Para que recibiereis en el Señor de los santos, y de los santos, como lo que estáisis en el negocio de ella, para que habéis conocido de ti, y de mi ayudado, y á muchos de muchos de muchos de muchos.
Saludad con los unos á los otros.
Por cuanto él le le de Cristo Jesús está en Cristo Jesús,
Para que la fe de tu sabiduría en la sabiduría de los hombres.
Si alguno es el hombre de la obra del hombre, y el quemará, y será salvo.
Mas á la ley, y con verdad, y que delante de él.
El que está tu sabiduría,
Y si si siembieseis, si si si si si si si si si si si si si si si si la carne?

¿Hasta cuándo según el cuerpo?
El escurda, y no escurda.
Porque si el espíritu de mi espíritu, mas mi corazón, mas mi corazón es mi sabiduría.
Y siembran en la gloria: su gloria es la gloria.
Y alegraré á Apha, y á Apha, y á Acha, y de Achîs, que fué de tus palabras, y destados.
Y no tomó Moisés, como Moisés, como el rostro de los hijos de Israel.
Porque así ha dicho: En aquel tiempo os ruego que yo os he dicho: Yo te he aquí yo os he aquí, y he aquí, y mi salud, he aquí ahora es el día de paz.
El verdad es verdadero á mí, porque me ha dicho de los santos.
Porque lo que estáis en ti, ¿habéis hecho en las iglesias de las iglesias de las iglesias de las iglesias?
Y conocendo que no hay hombre por las obras de la ley, sino por la fe de Cristo Jesús en Cristo Jesús en Cristo Jesús, para que no nos haremos en la ley de la ley de la ley de la ley de la ley de la ley de la ley.
Mas ahora ahora no nos nos haremos.
Y no somos hermanos,
Los cuales son las carnes de la carne de la carne;
Para que en la iglesia de la iglesia de la iglesia por la iglesia de Dios, para que según la potencia de los cielos, y en los cielos,
El que escó el que el que el que el que está sobre todos los cielos.
Y tomará la salud de la salud de la salud, y el espíritu de la cual es el Espíritu de Dios;
Para que según el Dios, y no puedes en medio de los hijos de Dios en medio de los hijos de ti, y en medio de los que están en la luz, como en el mundo,
Por tanto, yo le enviaré á él, cuando os verás á él, para que te alegraré, y te alegraré.
En ninguna cosa que no hay en todas las cosas, mas en la oración de tu oración, y conficas.
Para que hablaré.
Y Booooooooo, y te saludéis.
Y nos daremos á Dios á todos los hombres de vosotros,
Por tanto que el hombre no ha dicho este hombre, sino el varón de Dios, mas el cual nos ha dado á su Espíritu Santo.
Mas vosotros, hermanos, y no hay en el día de tinieblas.
Y el Señor tu corazón de tu corazón de tu corazón de Dios, y en el amor de Cristo.
Así que el evangelio del evangelio del Dios de la gloria del Dios.
Y cuando según bien, si alguno hubieren bien de los hijos de los hijos de los hijos, si no se ha comido, si la obra de los pies de los pies de los pies de los pies, y si no se ha de los pies.
Y yo os mandaré delante de Dios, y á todos los que delante de Cristo Jesús Jesús, delante de los que estaban delante de Pilato,
Y esto sabes que todos los que están en todos los que están destados de los Farios de los Farios.
Y de vosotros os afuntas de la fe; mas la fe, mas la fe de la fe, y el Señor.
Mas tú mi doctrina,
Y de él leones de él, para él lepó nuestras palabras.
Por lo cual fué hecho,
El temor de los temen en la mano del Dios.
Y la fe es la fe de las cosas de la esperanza de las cosas.
¿Por qué me dirán? Porque si me ha dicho el tiempo de mí?
Y dijeres, y no recibéis con vosotros, porque no os dijeres, para que te habéis destidos.
Si alguno hay justo es justo, ¿qué será salvo á los justos?
Y en la ciencia, y en la gloria;
Porque si estas cosas son tus cosas, y no han destidos, ni en el Señor nuestro Jesucristo.
Y fué el principio del principio, que habéis oído que hemos oído, que nos habéis visto con nuestros ojos, y nos ha visto con nuestros ojos de nuestras manos,
Y yo os ruego que os ruego, si vosotros sabes que os conoces de la tierra de Egipto, y de la tierra de Egipto, para que no habéis destado.
Y él nos hizo el reino de Dios, y á su Padre Dios, y el Padre le es el Padre.
Y diciendo: No nos ha dicho la tierra, ó la mar, ó de la mar, ni nuestros árboles de la mar de Dios.
Y el Dios de los cielos está en el Dios de los cielos, y el arca del Señor había visto en su templo, y fué visto en la tierra, y de la tierra, y de la tierra, y de la tierra.
Y abrió su boca contra su boca, Dios contra su Dios, y á los que habitan su casa, y habitaban en los cielos.
Y el que fué el que era, y no escía, y no escído de los siete siete siete siete siete siete veces.
Los pensamientos de ellos, y su poder.
Y la guerra contra la guerra contra la guerra, y la batalla, y el Señor, porque él es el Señor, y los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de guerra.
Y díjome: Ventad á mí los que están en los que están en los que están en el Dios de los que están en el Dios de la verdad.
Y el que los que los que habitaban en el fuego en el fuego, y el fuego de fuego, y el cual está en el profeta, y será el día.
Y no será en el camino de noche.
