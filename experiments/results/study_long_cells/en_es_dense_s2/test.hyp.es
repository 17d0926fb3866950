Y la luz de los cielos en la luz de los cielos, para dar la tierra de la tierra; y la tierra fué dada.
Y dijo Dios: Ventas, y las aves de las aves, y las aves de la tierra en la tierra de los cielos.
Y el tercera del río está en el río: y la que está en el cuarto: y el cuarto de los cuatro ríos del río.
Y la mujer dijo á la serpiente: ¿No comamos el huerto del huerto de los árboles,
Y todos los días de Jas, y dos años fueron doscientos años.
Y todos los días de Methán, y seiscientos seiscientos años; y murió.
Y envió á una vez, y salió, y salió de las aguas hasta la tierra, hasta la tierra hasta la tierra.
Y Dios bendijo á sus hijos y á sus hijos, y díjoles: Ven, y á la tierra, y á la tierra.
Y vivió Nadigi, y seiscientos años engendró á Ser; y engendró á los hijos de Los hijos de hijas.
Y tomó Abram Abram Abram su mujer, su hermano de su hermano, y todos sus pueblos que habían quedado, y los que habían quedado en el pueblo, y á la tierra, y á la tierra de Canaán, y entraron en la tierra de Canaán.
Y acontecerá que cuando los Egipcios, dirán: Este es su mujer: mas no me buscarán.
¿No os he de toda la tierra de ti? ¿hastas de mí? Si me iré á diestra á diestra á diestra á diestra á diestra á diestra: si os haré á diestra.
Y dijo Abraham: He aquí ahora ahora ahora, he aquí que habla en el Señor, para que yo soy polvo.
Y dijo Abraham á Sara mujer de su hermana: Es mi hermana es mi hermana. Y envió á Sara, y envió á Sara.
Y habitó en el desierto de la mujer de su madre; y su mujer de Egipto.
Y llamó Abraham Abraham el nombre de Jehová: Así ha dicho Jehová. Y dijo: No es el día de Jehová: No es el monte de Jehová.
Y he puesto mi cabeza, y adoraré á Jehová, y bendecido á Jehová Dios de mi señor, que me ha hecho en mi señor en el camino de mi señor.
Y Abraham dió á su espíritu, y murió un hombre, y el hombre de un hombre, y de su pueblo, y de su pueblo.
Y él no le había hecho, por sus manos, porque su hermano, y su hermano, como su hermano.
Y he aquí, Jehová, y dijo: Yo soy Dios, Jehová Dios de Abraham: Yo Jehová tu padre, y Dios de Isaac, y á la tierra de tu simiente.
Y concibió una vez, y parió á Jacob hijo de Jacob.
Y él dijo: Achame, y medaré.
Y dijo Labán: ¿Qué daré á Jacob? Y dijo: No me habéis dicho: No me daré esto, porque me ha de mí, y yo me hagas ovejas.
Y aconteció que se levantóse con todo el río; y pasaba sobre el río de su rostro, y al monte de Galaad.
Y vino Dios á la Siria en la noche de la noche, y dijo á él, y díjole: Verte á Jacob.
Y ella dijo á su padre: No es señor de mi señor de mi señor, que me ha levantado delante de ti: mas yo me ha sido hallado mientras no se hallado.
Y dos macho cabrío y dos macho cabrío, y dos machos, y dos carneros, y veinte talentos,
Y hablaron con ellos, diciendo: La alma de mi alma, hijo de mi hija, hija de la hija de tu mujer.
Y partió Israel, y extendió su tienda de la torre de Egra.
Y él dijo: Yo os digo: Yo de macho cabrío. Y dijo: ¿No me dijo: ¿No me daréis.
Y aconteció que como la mañana, la luz de los hombres, y envió á sus asnos.
Porque estos dos años fué en la tierra, y en la tierra que están en la tierra que están en ella; y no será en ella.
Y habitaréis en la tierra de Gos, y tú mestarás á los hijos de tus hijos de tus hijos, y tus ovejas, y tus ovejas, y tus ovejas.
Y he aquí tus ojos, y los ojos de Benjamín, que es mi boca.
Los hijos de Nephtalí, Jazel, Jazel, y Jest, y Jesam.
Mi alma no en sus almas, mis conjus, mi gloria no se en la congregación de ellos; porque los hombres de su furor.
Y vinieron á la puerta del Jordán, que está de la otra parte del Jordán, y la otra parte de un gran gran gran manera, y en su padre.
Y sus hijos no les había mandado á ellos, como les mandó.
Y dijo á su pueblo: He aquí el pueblo de los hijos de los hijos de Israel, y más más que nosotros.
Y Aparó á Zinta, y cortó, y cortó de los pies de ella, y de sus pies, y de sus pies, y dijo: Ciertamente mi sangre.
Y tomó Amam, tomó á su padre de su padre, y á su mujer, y le parió á Moisés, y á Moisés: y los años de Amam.
Y Jehová dijo á Moisés: Tomad á Aarón tu mano, y extendió tu mano sobre tu mano sobre los ríos de Egipto, y sobre sus ríos, y sobre sus ríos, y sobre sus ríos, y sobre toda su sangre.
Y el corazón dijo á Faraón: Este es lado de lado de Dios: Este es el corazón de Faraón, y no se había dicho:
Y el corazón de su corazón, y no hizo, y el pueblo de la gente.
Porque si no no no no no les había de ellos;
Y levantóse Faraón en la noche, y todos sus criados, y todos los Egipcios, y en Egipto, y en la casa de Egipto.
Y los Egigipcios, con ellos con ellos con ellos, en la tierra de la tierra, dijo: No somos muertos.
Y Moisés puso á Israel desde el mar de mar, y salió de la mar, y salió en el desierto de tres días.
Y dijo Moisés: Así ha dicho hoy hoy hoy hoy hoy hoy hoy hoy hoy hoy.
He aquí, yo enviaré delante de ti, para que guardar al camino, y á ti, y á la que yo he hecho.
Y Moisés levantóse Moisés con su criado, y subió á Moisés, y el monte de Dios.
Porque el aceite, y el aceite, y el aceite, y el aceite, y el perfume,
Y pondrás el altar del altar, y el altar, para que el altar, para que la mitad del altar.
Y tomarás los vestidos, y pondrás sobre Aarón, y Aarón, y el ephod del ephod, y el ephod, y el ephod, y con él.
Y la mesa y toda su mesa y sus lámparas, y sus lámparas, y sus altares, y el altar de perfume,
Habla á los hijos de Israel, diciendo: De cierto os guardaréis mis sábados; porque me habéis de mí, y por mí, y por mí, y por tus generaciones que yo soy Jehová.
Y su tabernáculo, sus varas, y sus arcos, sus tablas, sus tablas, y sus columnas, y sus columnas, y sus columnas;
El espíritu de Dios, en la sabiduría de Dios, en sabiduría, en sabiduría, en sabiduría, y en toda la obra de toda obra;
Y llamó Moisés Moisés y Bel, y á todos los sabios, y sabios, y el hombre que había puesto en sabiduría, y el corazón de corazón, y á Jehová.
Y cada uno de la cortina de treinta codos, y cuatro codos de anchura de la cortinas de la cortinas.
Y pondrán los cuatro siclos de las piedras de Achîs de Achchîs, y el primero;
Y puso la puerta del tabernáculo de la puerta del tabernáculo.
Y toda ofrenda de tu presente con vosotros: no serás de todo el tiempo de todo el pacto de tu pacto de tu pacto de tus presentes.
Si alguno, y cualquieraa, y hallare contra Jehová, y en su prójimo, y con su prójimo, ó de su prójimo, ó de los negocios, ó des, ó de su prójimo.
Y de la ofrenda de la expiación, cada uno de ofrenda de Jehová; y el sacerdote será el sacerdote de Jehová.
Y puso todas estas cosas en todas las manos de sus manos, y sus hijas, y la ofrenda de Jehová.
Y pondrán los pechos, y los pechos, y el altar, y el altar.
Los cuales comeréis, comentarás, cada uno de madera de madera de cada uno, y de la hierba, y de la hierba, y la hierba de la hierba.
No os habéis destado con vosotros, que no os habéis destado, ni lo que lo habéis de ellos.
Y si fueren un cordero, un cordero, un cordero de dos corderos, ó dos mancebos, ó dos mancebos, y dos mancebos, y la expiación.
Y tomará dos machos, y dos machos de Jehová delante de la puerta del testimonio.
No tomarás la desnudez de tu padre, ni la desnudez de tu madre, ni de tu madre.
Si alguno de su hija con su nuera, hija de su nunca más de ellos, para que la muerte de muerte.
Y cualquiera que ofreciere sacrificio de Jehová, para que Jehová, ó por expiación, ó de su ofrenda, ó de ovejas, ó de ovejas, ó destará.
Y le pondrán en él, hasta que Jehová, hasta que los de ellos.
Y el sábado serás de la tierra: porque tu siervo, porque tu siervo, tu siervo, y tu siervo, y tu siervo, y tu siervo, y á tu siervo, y á ti.
Si terieres á tu prójimo, ó á tu prójimo, ó de tu prójimo, ni á los otros.
Y si el que guardare el campo, el campo de la verdad, será el dinero de tu dinero, el dinero de tu dinero.
No es bueno, ni lo bueno, ni el bueno, ni el bien, ni lo agigre, y de todas las cosas que es.
Y sus escuadrones, y sus contados, y seiscientos treinta y dos mil y dos mil y dos mil y doscientos.
Y los hijos de Leví fueron por sus nombres, los nombres de Gersón;
Y los contados de ellos, conforme á todo el número de todos los mes del mes, y cuatro mil y seiscientos mil y seiscientos mil y seiscientos.
Y comerán todos los vasos de todos los vasos de los vasos, y en el santuario, y ponían en cada uno de ellos, y las ruedas de ellos, y sobre ellos.
Mas no verán en el santuario en el santuario.
Los contados de ellos, por sus familias, por sus familias, por sus padres, y seiscientos seiscientos mil y seiscientos seiscientos mil y seiscientos mil.
Y no hará su padre, ni su padre, ni su madre, ó su hermano, ni su hermano, porque su hermano, por su hermana.
Y el sacrificio de los holocaustos, dos bueyes, y cinco carneros, cinco corderos, cinco corderos, y cinco corderos de Elias. Y el año de Sema.
Y el sacrificio de los holocaustos, dos bueyes, y cinco carneros, cinco corderos, cinco corderos, y cinco corderos, y cinco corderos de Eli.
Un macho cabrío:
Y Achîs Amalec, y habitaba en el valle de Jericó, y al desierto, y en el camino.
Si alguno de los pecados, cada uno según un macho cabrío, será expiación.
Y levantóse Moisés y Moisés y á Dath, y á Abiam.
Y los hijos de Israel habló á Moisés, diciendo: He aquí, diciendo: He aquí, y nosotros somos;
Porque los hijos de Israel, los hijos de Israel, que sacrificasen á Jehová, como Jehová he dado á la heredad de Jehová: Por tanto les he dado por tanto, y les dije á los hijos de Israel.
Y los hijos de Israel vinieron á toda la congregación, vinieron en el desierto de Zinón en el pueblo: y el pueblo murió en Cam.
Por tanto está en Baaaaa, y de Jehová: ¡Ay de los valles, y en Arnam,
Y tomó todo Israel todas estas ciudades en todas las ciudades de todas las ciudades de Hesbón, y en Hesbón, y todos sus aldeas.
Y tomó á su mano, y dijo: Ven, y dijo Aram, rey de Moab, rey de Moab, y de los montes de los montes.
¿Quién es el polvo de Jacob, ó el cuarto de los cuartos de Israel? El justo? ¡Ay de mi vida.
Y tercera tercer día, dos carneros, dos carneros, dos corderos sin defecto;
Y sus presentes y sus presentes, y sus becerros, y el carneros, y los corderos, conforme á la ley, conforme á su ley.
Y envió Moisés, uno de todas las tribus de guerra, á los Fariseos, hijo de Eleazar, y á la guerra, y á la trompeta de trompeta, y al sacerdote.
Y he aquí, los hijos de Israel por los hijos de Israel, y contra Jehová, y contra el consejo de Jehová, y de la plaga de la congregación, y la congregación de Jehová.
Y partidos de Rim, y asentaron en Cedila,
Y ó una piedra de un hombre hombre, que no vee, y velo sobre él, y le puso sobre él, y murió, y su enemigo, y á su enemigo, y á su enemigo.
Y la congregación entregará la congregación de la mano de la mano de la sangre de la congregación, y de la congregación de su congregación, y habitará á su ciudad, hasta que morado.
No te haréis la tierra de la tierra, que en la sangre; porque la sangre de la sangre será expiación por la tierra: porque la sangre será expiación por la sangre de la tierra, sino la sangre de su sangre.
Y vino á mí, cada uno de vosotros, y dijo: No nos ha dicho delante de nosotros, para que nos ha venido á nosotros, para que nos ha de nosotros, y para que nos habido.
Y dije á ti: No seas tú no temas: No temas.
Y díjome Jehová: No de Moab, ni los Moab, ni con ellos con ellos; porque yo os daré á su heredad, porque yo os daré á su posesión; porque yo he dado á la posesión de los hijos de Arta.
Y mandó Jehová á mí que os enseñasteis, y os enseñasteis en la tierra, para que en la tierra donde los en la tierra.
Mas el amor de Jehová, y á causa de los que guardasen á tus padres que Jehová había mandado á tus padres, y de mano de Jehová, y de mano de la casa de Egipto.
Y Jehová había hecho en tus padres, y la simiente de ellos, y la simiente de ellos, y de todo el pueblo, como hoy.
Por tanto, los extranjeros que están en la tierra de Egipto.
Y el mismo, y la epción, y el perdición,
Y la mujer de los hombres, ningún vestido de ellos, ni sobre ellos; porque el que cualquieraaa que Jehová vuestro Dios es tu Dios.
No sembrarás tu viña con tus dos talentos, porque todos los frutos de todo lo que no sembraste, y la viña.
Y sacarán la puerta de la puerta de la puerta de la puerta de la casa de la casa de su padre, y de su piedra, y á su piedra, por cuanto será hecho.
El que está por la congregación, ó de la congregación, ni la congregación de Jehová.
Y Moisés y los ancianos de Israel mandó á los ancianos, diciendo: Así ha dicho todo el mandamiento que hoy.
Mas la palabra que está en tu boca, en tu boca en tu boca, y en tu corazón, para que te hagas.
He aquí, he puesto delante de vosotros, y la vida, y de muerte, y mal.
Y comieron los sacrificios de sus sacrificios, y bebieron su ofrenda, y beben de ellos, y bebla.
Y volvió á los dos hombres, y el monte del monte, y vinieron á Josué hijo de Josué, y á Josué hijo de Nunca.
Y como los sacerdotes que llevaban el arca del pacto de Jehová había salido de medio del Jordán, y del Jordán, y los pies de los pies de los pies de los sacerdotes, y los pies de la tierra, y se volvió á todos sus aguas.
Los hombres de Achîs treinta y treinta y de ellos; y los de ellos los hirieron delante de ellos, y á Seba, y de ellos. Y los hirió á mí.
Por tanto, por tanto, rey de Jerusalem rey de Jerusalem, envió al rey de Hebrón, rey de Hebrón, rey de Jaram, y Jachîs, y Jachîs, y á Achchîs, diciendo:
Y pasando Josué de Mad, y todo Israel, y todo Israel con él con él, y guerra.
Y el rey de Egigra, el rey de Siezer;
Y Mizpa dijo: El que mora á Apha, y tomaré á él, y le daré á mi mujer.
Y Zera, Ad, Mira, Mira, Mira,
Y de Edigra, todas las partes que estaban de Adodo, con sus aldeas.
Y el mediodía era el mediodía desde el mediodía de Beth-stón, y salió á los términos de la fuente de la fuente de las aguas.
Y salió el término del monte del monte del monte del monte de los valles de los valles del hijo de su hijo, que está en el valle del norte, y al norte.
Y Jehová habló á Josué, diciendo:
Mas los campos dieron la ciudad de la ciudad, y su hijo de Jepha hijo de Jepha.
Y fué el espíritu de Jehová, y juzgando á Israel; y subió á guerra á Jehová, y á Jehová, y á Rimim, y á Jehová, y en su mano.
Y puso á su mano á la tienda, y á su diestra, y á la obra de la obra de la obra de la cabeza de ella; y hirió su cabeza por su cabeza.
Y envió mensajeros en todas las tribus, y juntaron á él, y á él enviaron á él á Zabulón, y á Zabulón, y á Zabulón, y á Zabulón.
Y subió allí allí allí allí allí á Po, y hablólos en el camino de los hombres, y díjoles de los hombres.
Y aconteció que Asa, y fué muerto á Beth-lehem, y á Abimelech, y á su hermano.
Y los hijos de Israel se habían hecho en ojos de Jehová, que sirvieron á los Baales de Baales, y á los dioses de Siria, á los dioses de Siria, á los hijos de Ammón, y á los hijos de Ammón, y á los Filisteos.
Y los términos de todos los Amorrheos, desde Arnitas hasta el desierto hasta el desierto, y desde el Jordán hasta el Jordán hasta el Jordán.
Y el señor de los Filisteos sacaron á sus siete veces que no había sido sido destado.
Y tomó pues, y le tomó con ellos, y le dijo: Así ha dicho: Los Filisteos, y de los Filisteos. Y la cámara de ellos, y destó.
Y como el pueblo le vió á sus alabanzas; porque dijeron: ¿No ha entregados? Y dijo: Mis siervos de nosotros, y de nosotros?
En aquellos días no fué en Israel en el rey de Egipcio, que en sus ojos.
Y saliendo los hijos de Dan, y viendo los hijos de Michâs que le habían venido á él, y se volvió á su casa.
Y los hijos de Dan se levantaron á la imagen, y Jonathán hijo de Jonathán, hijo de Marón, y á Moisés, y á los hijos de Dan hasta el día de los sacerdotes.
Y él dijo á su siervo: Ver, y á los altos de estas cosas, y á los altos, y en Gabaa.
Y todos los soldados que habían quedado de siete hombres que habían quedado, todos los hombres que habían quedado dejado.
Y entraron los hombres de Israel, y comenzó á Benjamín, y comenzó á los hombres de Israel, y de los hombres: Ciertamente han venido delante de nosotros, como á nosotros.
Y será por sus hermanos, ó á sus hermanos, ó á nosotros, para que les dirán á ellos, les dirán á nosotros, por nosotros, por nosotros, por causa de ellos, ni á su mujer.
Y fué sepultado en su alma, y oró á Jehová, y oró á Jehová.
Mas Hananías, y á su marido, dijo: ¿No ha dicho á su marido, hasta el niño, hasta que Jehová, para que yo le daré delante de Jehová.
Y á todo Israel todos los días de su vida.
¿Hastaré contra mí, y contra mí, y su ungido, y su ungido? ¿quién tengo de asno? ¿Quién tengo de asno? ¿quién tengo de mi mano? ¿yé yo? ¿yé á mi mano?
Y Saúl y todo el pueblo que estaban con él, y vino á la batalla; y he aquí, y he aquí, y toda su espada con su espada.
Y Samuel dijo á Saúl: No te tornará con vosotros; porque Jehová habéis de mí palabra de Jehová, y Jehová, oh rey de Israel.
Mas Jehová dijo á Samuel: No ver su rostro, ni sobre su rostro, ni la noche de su rostro, por cuanto he aquí, porque no he visto: porque no he visto, como el hombre, como el hombre de Jehová.
Entonces los príncipes de los Filisteos se salió, y como de David como de David, como los sabios de David, y todos los sabios de Saúl, que fué de Saúl.
Y Jonathán habló David á David á Saúl su padre, y dijo á él: No hagas el rey de David contra su siervo, por cuanto contra ti, y no ha pecado.
Y como Saúl envió á Saúl, envió mensajeros, y envió mensajeros á Saúl, y envió mensajeros.
¿Hasté yo, que hasta que hasta que constado en mi casa? ¿qué en mi casa?
Y David volvió á los mancebos de sus mancebos, y vinieron á él, y vino á él todas estas palabras.
Y envió David á los cielos, y debajo de Saúl, que Saúl había venido á Saúl.
Y tomó David á la lanza de agua, y de la cabeza de Saúl, y de la cabeza de la cabeza de ellos, ni le conocieron, ni podían, ni de ellos.
Y David dijo á su corazón: Si el día de la mano de Saúl, el día de Saúl no hay quien me en la tierra de los Filisteos, y de los Filisteos, y á mí, y á la tierra de Israel.
Y David subió á sus mancebos, y Achîs, y á Berón, y de los Amalecitas; porque los moradores de los moradores de la tierra de Egipto.
Y cortieron su cabeza, su cabeza, y sus brazos, y en la tierra de los Filisteos, á todos los Filisteos, á la casa de los ídolos.
Y volvió á Joab, y á todos los pueblos, y todos los pueblos, y todos los hombres de David.
Y dijo David á David: Si segaré, y todo Israel á todo Israel, y á mi señor, para que hagas pacto pacto con vosotros, para que con todo lo que en tu alma.
Y he aquí David, los criados de Joab vino de Joab, y de una gente, y con ellos; mas David le había enviado en Hebrón, y envió á David.
Los manos de tus pies, y tus pies estaban en tus pies, y en el hombre de los hijos de Israel. Y el pueblo de los hijos de él.
Y David habló á consultar á Jehová, dijo: No te habido de Ciro, y de ellos, y de ellos, y destó.
Y David oyó, cuando se volvióse dejó de los Siros, cuando los Siros de los Siros de los hombres.
Y aconteció que aconteció, el rey de los hijos de Ammón, y reinó en su hijo.
Y David quemó contra el hombre, y dijo á Nathán, y dijo á Jehová: Así ha hecho Jehová, que ha hecho hoy.
Y el rey David á Absalom á Absalom, para consolación de consolación, y de los muertos.
Y cuando la cabeza de la cabeza de su cabeza de todas las ruedas de cada uno de él, por cuanto le cortó, y sobre él, y sobre él, y de su cabeza.
Porque tu siervo que yo soy voto en la Siria, diciendo: Yo soy Jehová, diciendo: Yo Jehová, que me sacaré á mí á Jerusalem.
Y salió el pueblo en el campo: y fué contra la batalla, y la batalla de Ephraim.
Y Joab se volvió á la trompeta, y se volvió á la gente de Israel, y después de Joab:
Y Joab le dijo: No es necesario que es bueno, sino hoy, sino hoy, sino hoy, sino hoy, sino hoy. Mas hoy, y el rey de los muertos.
Y el rey dijo al rey: ¿Hasta que el varón de Absalom? Y dijo el varón de los enemigos, y dijo: ¿Es? Y el rey de ti?
Y el pueblo que está en la ciudad, como el pueblo que están en el pueblo que están en la batalla.
Porque tu siervo, que he pecado, he pecado, he aquí, he aquí hoy hoy hoy hoy, como á todo el primero de mi casa.
Y dijo Baraaaaaa, dijo: ¿No son los años de mi vida? ¿qué con mi alma?
Y Sammán, Adón hijo de Adón, hijo de Aram,
Y edificó David á Jehová á Jehová, y holocaustos y holocaustos, y ofreció Jehová, y Jehová, y la tierra de Israel.
Y su padre su padre no había hecho en él, diciendo: ¿Por qué ha hecho? ¿Por qué ha hecho?
Y Dios le dijo: Porque Dios te he hablado, y no me habéis hablado, ni la vida de vida, ni os habéis dicho: porque te he hablado, ni tus enemigos.
Y Aho, en Macha, Maa, en Beth-meb, y Beth-memememes, y á Beth-s;
Y envió el rey de Tiro á los criados de Salomón, que le habían oído en el rey de su padre, y de su padre, y su padre.
Y el templo de la casa de la casa de la casa de veinticinco codos de veinticinco codos de anchura de la casa de codos.
Y en la cumbre de la cumbre de la mitad de una mitad de un codo; y la mitad de la mitad de la mitad, y sobre la mitad de subel.
Y todo el rey Salomón y toda la congregación de Israel, que estaban con él delante de él, y de él, y de ovejas, y sin levadura.
Y el arca de Jehová hizo en el arca del pacto de Jehová su santuario, al santuario de la casa de la casa de la casa de los querubines.
Bienaventurado Jehová tu Dios, que está en ti, en ti, en el trono de Israel, para siempre, oh rey de Jehová, para siempre, para siempre, y á juicio.
Y aconteció que que que que llevasen el pueblo, y de los metones, y de los mes, y á todos los reyes de los reyes de la tierra.
Y el rey Salomón hizo doscientos siclos de oro, y seiscientos siclos de oro, seiscientos siclos de oro.
Y serás, si os mandaré á todo lo que andaré en mis caminos, y andaré en mis caminos, y en mis ojos, y mis ojos, y mis estatutos, y mi siervo, y á mi siervo, y á mi siervo, y á ti.
Y durmió Salomón con sus padres, y fué sepultado en su padre de David, y reinó en su hijo.
Y dijo Jehová: Así ha dicho Jehová Dios de Israel: Así ha dicho el pueblo de ti: Porque yo soy mi pueblo, y á mi pueblo Israel.
Por tanto, he aquí, he aquí que el mal de Jeroboam, y de Jeroboam, y de Jeroboam, cada uno, que está en un muro, y de la casa, y de Israel, y de la casa, y de su casa.
Y los hombres de la ciudad dijo á Eliseo: He aquí que está en la ciudad de mi señor, como mi señor es como mi señor: mas la tierra es de la tierra.
Y anduvo en el camino de los reyes de Israel, como la casa de Achâb, como la casa de Achâb había hecho lo malo.
Y volviendo el rey de Jezreel en Samaria, que le había dado á Rama en Rama, cuando le envió á Siria, rey de Siria, rey de Judá, hijo de Judá, y fué á Achâb hijo de Judá.
Y tomó el capitán de los capitanes, y de Carón, y á los pueblos, y todos los pueblos de la tierra, y á la casa de Jehová, y á la casa de Jehová.
Y en el año año de Amasías hijo de Joas hijo de Joas hijo de Joas hijo de Joas hijo de Israel, comenzó á reinar á Samaria.
Y ellos, y sus estatutos y sus testimonios que hizo con sus padres, y á sus padres, y á sus testimonios, y dieron testimonios, y dieron voces:
Y Achîs á Achîs, y á Tar, y á los hijos; y quemmmmó á los hijos de Achchîs, y á Achîs, y á los dioses.
Y oyendo él oyó á Tir, el rey de Egigipcio, diciendo: He aquí que ha enviado á Ezechîas envió á Ezechîas, diciendo:
Ahora pues, Jehová nuestro Dios, Dios, oh Dios, oh Dios, y de su reino, para que todos los reinos de Jehová, para que Jehová Dios, oh Dios.
Y Ezechîas dijo á Ezechîas: Oid palabra de Jehová.
E hizo lo malo en ojos de Jehová, después de las abominaciones de las abominaciones de las abominaciones de las gentes de los hijos de Israel.
Mas no conocieron, sino que los de Manasés, y á los malos que los malos que Jehová los malos de los hijos de Israel.
Y aconteció que Josías, comenzó á reinar á reinar, y reinó treinta años en Jerusalem: y su madre fué de su madre fué de Jesalal.
Y salió el rey de Jehová á la casa de Jehová, y todos los moradores de Judá, y todos los moradores de Jerusalem, y con él, y á todos los profetas, y á todos los profetas, y á la casa de Jehová.
Los hijos de Seir: Mira, Ziba, Zibaba, Ah, Ah, y Ah, y Ah, y Ah,
Los hijos de Neraías, Eliabías, Eliabías, y Semías, y tres.
Los hijos de Caleb hijo de Jepha, Jerón; y á Eliam, y Eliam. El hijo de Cam.
Y hallaron el rico, y á los ejidos, y de la tierra, y en paz, y habitaron delante de los que habitaron.
Porque Judá, y sus hermanos, y vino de él de él, y el príncipe de José.
El hijo de El hijo de Ela, hijo de Joel, hijo de Azarías,
Y á los hijos de Merari, conforme á sus familias, conforme á la tribu de Rubén, y de Rubén, y de la tribu de Gad, doce tribu de Zabulón, y doce tribu de Zabulón.
Hesbón con sus ejidos con sus ejidos, y sus ejidos, y con sus ejidos.
Y estaban Bostimimimim, y á los hijos de Ammón, y á los hijos de Moab, y á los hijos de Aho.
Y los hijos que habían quedado, los que están Azrios, Bos, Bananananías, Sebaías, y Sebaías, y Hananías.
Y David subió á todo Israel á todo Israel, que está á Beth-hab, que está en Judá, para que Jehová Dios de Judá, para que Jehová Dios de Jehová Dios, que está en el arca.
Y vinieron á Baal-has, y á David, y á David, y de ellos les dijo: Dios, Dios de mis enemigos, y de mis enemigos, y de mi nombre.
Y David subió al rey delante de Jehová, y sentóse delante de Jehová, y dijo: ¿Quién es Dios mío, y lo que me habéis venido á mi casa?
Y Sadoc hijo de Ahimán, y á Sadoc hijo de Sadoc; y los escribas de Sachîs.
Y vinieron los hijos de Ammón, y puso la batalla en la puerta de la puerta de la puerta; y los reyes que estaban en el campo.
Los hijos de Serón: Seb;
Así que eran destados, cada uno destados; porque los príncipes de los príncipes de Dios, y los príncipes de los hijos de Eleazar, y de Eleazar, y los hijos de Ithamar.
Y todos los hijos de Ammón estaban en el rey de las palabras de Dios, en las palabras de Dios, y al Dios.
Porque los veintitrutas, y á sus hijos, y sus hermanos, doce;
Y después de Ahiphel hijo de Joiada, Benaía hijo de Benaía hijo de Joab, y el ejército de Joab.
Y tú, oh Jehová, la fortaleza, y la gloria, la gloria, y la gloria, y la gloria, y toda la tierra, y en todos los cielos, y en tus cielos, y en tus cielos.
Y dos columnas, dos anillos, y dos anillos, que estaban sobre los dos columnas de las columnas de las columnas de las columnas de las columnas de las columnas de las columnas de las columnas.
Tú, Dios mío, oh Dios, oh Dios, y tus ojos, y tus oídos, y á tus oídos que está en este lugar.
Y el rey Salomón dió al rey de Seba, todo lo que había dicho, que había hecho que había venido á su rey, y volvió á su rey, y volvió á su tierra.
Y cuando se levantaba, el furor de Jehová se volvió de él de él, no le dejó.
Y sacrificaron á Jehová, y toda la tarde, y ofrecieron á todo el holocausto, y ponían en el pan, y sobre la mesa, y sobre la mesa de oro, y oro, y en todo lo alto.
Empero Jeroboam hizo de ellos á ellos, y de ellos; y de Judá, y destieron delante de ellos.
Y los hombres de Judá dió voces á la voz de los hombres de Judá, y á todos los hombres de Israel, y á todo Israel.
Mas Amasías no conoció á Dios; porque el Dios de ellos los librar en mano de los enemigos de ellos, por causa de los dioses de Edom.
Y á los brazos de los hombres, y á los hombres, y todos los príncipes.
Por cuanto me han venido, y dejido, y quemieron á dioses ajenos, para que me han venido á mí todas las obras de mi furor, y sobre mi furor, y sobre este furor.
Y reinó Jochîs años de reinar, comenzó á reinar, y reinó tres mes, y reinó en Jerusalem.
Los hijos de Arnías, setenta y cinco y cinco;
Y vinieron á sus hijos y sus hermanos y sus hermanos, y sus hijos y sus hijos, y los hijos de Judá hasta la casa de Judá, y en la casa de Dios, y á los hijos de sus hermanos.
Mas ahora ahora ahora, el rey que está en la ciudad, y la ciudad, y se edificarán, y no se acerá, y de los reyes, y á los reyes.
Y aconteció que que el rey de la provincia de Judá, subió á la casa de Judá, la casa de Dios, y la casa de Dios, y edificó en las piedras, y edificó en el muro de sus manos.
Los hijos de Israel, los Levitas, Levitas, los Levitas, y los hijos de los hijos de la casa de Dios, de la casa de Dios.
Y vino á Jerusalem en Jerusalem, que estaba en el año de los séptimo año del rey.
De los hijos de Joab, Adías, hijo de Zeba, y con él dos;
De los hijos de Sethán, hijo de Jonías hijo de Jonías; y seiscientos seiscientos seiscientos seiscientos seiscientos y seiscientos y seiscientos.
Y el peso de plata, y oro, y la plata, y los vasos de la casa de nuestro Dios, que nuestro rey nuestro rey, y á su consejo, y á sus príncipes, y á todo Israel.
Y vino á Jerusalem, y tres días;
Y Machîsai hijo de Rechâchîs, hijo de Beth-d, y de Beth-stón, y edificó á la puerta, y edificó á la puerta, y edificó á la puerta de sus puertas.
Y después de él, hijo de Medías hijo de Serías hijo de Achârías, desde la puerta de Eliaa, hasta el cabo de la casa.
Mas cuando el muro que había oído, que había sido edificado en el muro, y fué en gran manera, y se agigió en los Judíos.
Los hijos de Pasur, dos mil y dos mil y doscientos y cuarenta.
Y la puerta de los hijos de Sobre, los hijos de Achîs, los hijos de Tabb, los hijos de Hab, los hijos de Haba, y los hijos de Haba.
Los hijos de Phares, los hijos de Hagi, los hijos de Madián,
Y no obedecieron á la misericordia de ellos; mas no los que los de ellos, sino en medio de ellos, sino á su cerviz, y á su cerviz, y á sus criados, y á su furor.
Y de los sacerdotes, Jedías hijo de Jonías,
Y aconteció que Elis, el sacerdote, el sacerdote que estaba en la cámara de la cámara de nuestro Dios, para que nuestro Dios,
Y en los días de los Judíos que habían venido á Adido de mujeres, y de Moab, y de Moab;
Los medises por todas las provincias de todas las provincias de las provincias, para destruir, y á todos, y á todos los hijos de mujeres, y mujeres, y mujeres, y á los niños, y des, y á los mes, y en el mes, y á los mes.
Y dieron aviso á Esther á Mardochêo.
Y salió Adió aquel día, y el corazón de Dios, y vió á Mardochêo en el rey de Mardochêo, que había parido en la puerta de él, ni lecho.
¿Estó mi peso, y todas las ruedas, y toda mi causa de mi causa, y en la angustia.
Dimememe, y mi paz, y mi paz.
Porque nosotros son destados, y no sabes; porque no sabes en la sombra de nosotros.
Y dije Dios: No me ha dicho: No me condenado.
Si yo soy impíos, yo soy justo; yo yo yo soy justo, y mi cabeza, y mi cabeza, y mi cabeza, y mi cabeza.
Y yo soy semejante como un vestido, como una cosa cosa como un vestido, que es semejante.
Para que tu espíritu, oh Dios, y de tus palabras de tu boca?
Destó mis hermanos de mis hermanos: mis hermanos, que son los que están de mí.
Por tanto son destras alrededor de ti;
Y eña, y de las aguas, y los que no pecan.
Y clamas, y no me dices: no me ha dicho:
Y si mi mano he alzado mi padre, por cuanto mi padre; porque mi ayuda.
Si no comieron su dinero, ni su dinero ni su dinero, ó su vida á su vida.
Egigigigificas, y de sus oídos.
No os habéis de noche, cuando su pueblo en su lugar.
Tomad, no espó; porque vosotros más más más que la aflicción de la aflicción.
He aquí, Dios está en su fortaleza: ¿Quién es semejante?
Y aconteció que cada uno segión de las nubes de las nubes de las nubes de sus truenos?
Y pondrá las manos de sus manos, y lomos, y lo quemiere.
Para juzgar el padre, y el hombre que es el varón de la tierra, para que no más más más.
Al Músico principal: Salmo de David: Salmo de David, oh Jehová: ¿Hasta cuándo me olvidarás para siempre?
Y los extranjeros de los extranjeros, y de sus fortalezas.
Y el Señor le sirviere.
En mi aflicción y mi aflicción, y todos mis pecados.
Y dije: Yo soy Jehová, que buscaré, después de lo que moraré en la casa de Jehová, y á toda la casa de Jehová, y á mi vida.
Y volviste mi causa de mí, y metóme en mí, y me habéis salido de saco, y de saco,
El consejo de los pueblos de las gentes; y no hagan los pueblos de los pueblos de los pueblos:
Los impíos han salido el impío, y la espada, y de sus pobres, y á los pobres, y á los pobres, y á los rectos.
No constáis con tuscas de mí, oh Jehová, oh misericordia de tu misericordia, y tu misericordia.
¿Por qué eres en mi alma? ¿por qué eres mi alma? ¿por qué me ayudar en mí? porque Dios me ayudaré mi salud, y mi salud, y mi salud.
Los manos de sus amigos, y sus amigos.
Al Músico principal: Salmo de ellos: Nod, ni de Acha de David, cuando David, cuando David, cuando David, y de mí, y á mí, y á mí, y á mí.
Y será dado á la fortaleza de la espada de cuchillo.
Y pondré á los holocaustos de holocaustos, y el carneros de los carneros de cabrío, y de cabrío. (Selah.)
Y la congregación habitaste, oh Dios, oh Dios, oh Dios; porque el pobre.
Al Músico principal: Salmo de David: Salmo Salmo Salmo de David: Dios, oh Dios, oh Dios, oh Dios me salva.
Los que buscan todos los que están en tus que están en tu salud: Ven tu salud.
Mi boca será mi boca, y de todas tus alabanzas.
Y Adirá la tierra de la tierra; y el fruto de la tierra, como el Líbano de flor de harina.
Levántate, Dios, oh Dios, oh Dios, y tus agragrates:
Mas yo haré siempre siempre siempre siempre para siempre:
Mas ellos se volvió á él sobre él, y contra el Altísimo, y en el Altísimo.
Y él hizo á las gentes delante de ellos, todas las tribus de ellos, y á la tribu de la tribu de Israel.
Tú pues, Dios de los ejércitos, Dios de tu rostro, y tu rostro.
Y llamaste en medio de ti, y dije: y yo os ruego en el lugar de vosotros, y de la aguas. (Selah.)
Salmo de Dios. Salmo de Asaph en la congregación, en la congregación: y juzgará á los dioses.
Porque Jehová Dios es el escudo y escudo y escudos: y la gracia con la gracia de Jehová, y no sea bueno.
El Señor Dios de nuestro Señor nuestro Señor nuestro Dios, y la obra de nuestras manos; porque la obra de nuestras manos, y la obra de nuestras manos.
El pecadores de la tierra de los impíos serán de los impíos; y nunca más más que Jehová mi alma.
Por lo cual les había hecho en el desierto, en el desierto,
Para que su simiente en medio de las gentes, y espare en la tierra.
Y dieron voces á Jehová en sus angustias, y los entrególos de ellos.
Mis enemigos descanzas, y con ellos con ellos con ellos, como conscan.
No son los maravillas de Jehová, y todos los que están en todos los que están en ellos.
Y viendo el mar, y salió.
Y pondré á los sacrificios de gracias de gracias, y sobre Jehová.
Mis manos de tus mandamientos, que me amaré sobre mí tus estatutos.
Mi carne, oh carne de vosotros: yo soy juicio de tus juicio.
CEEEEEEEEEEEEstas, y sin corazón; mas en tu corazón de tu corazón de tus palabras.
Mi esperanza de tu esperanza, oh Jehová: he hecho tu salud.
El Hijo de Acho de David. Si David, no había sido de Jehová sobre nosotros, que dice Jehová.
Porque Jehová ha escogido á Sión: y su morada.
Y me habéis puesto en mano de tu mano, y sobre mí.
Mirameme, oh Jehová: mis espíritus de tu rostros rostros: no me habido de mí, ni los que me ha venido.
El que da, como la egra, y esparcio, y como como como des.
Diles el nombre de Jehová, por nombre de él, y mandó.
Por tanto andando en el camino de los hombres, y guardan los justos del justo.
Y el que está en su prójimo: y su mujer no será su prójimo.
Bienaventurado el hombre que me oye, y mis puertas, cada día, y mis puertas, y mis puertas.
Y en la multitud de la multitud de la iniquidad, sino de los sabios de sus labios.
Y no hay sabio, sino en la gente, sino en la multitud de los consejos de los consejos de ellos.
El que no conoció su alma, sino á su alma, sino á los que oyen.
Y el rey de la ira de la ira de los león: mas el león es semejante.
Y de los simples, y el necio, y la verdad, y el que se llamará.
No hay bueno, ni bueno, dice bien, sino el bien, sino el camino de su camino; mas el camino, mas su camino.
El tesoro de la lengua de la lengua de la lengua; porque los que buscan á muerte.
No os en la piedra de la piedra, ni la piedra de la piedra, ni sobre los campos del campo.
Como los cielos, y la tierra, y la tierra, y la tierra de los reyes de los reyes de ellos.
El hombre que el pobre, como el pobre es semejante como la lluvia, ni de la lluvia que la lluvia.
El cual es el que segió; mas el que confía en los que confían en Jehová.
Si mi corazón en mi corazón, y á mi carne con mi carne, y con mi corazón, y con sabiduría, y á mí, y á mí, hasta que me ha venido á causa de los hijos de los hombres.
Y sé que todo lo que no se enseñoreará siempre; ni lo que no lo ha dejó, ni de Dios, ni de Dios.
Fues son más más más más que bien; porque los buenos de su trabajo.
Y viendo todos los que andaban debajo del que andaban con vosotros, que estaban con él, los que le nacieron.
Y volvéndo mi corazón, y buscando mi corazón, y busca á la sabiduría, y buscar la sabiduría de la sabiduría, y la maldad de la maldad, y la maldad, y la maldad.
Mi amado es semejante, ó un mancebo, ó de los mancebos: he aquí que está en el muro, y en las ruedas.
Tus labios son tus labios como la boca: tu boca es como la boca de tus, como un gran gran grano de tu gran manera.
Tu boca es como la boca, y el vino, que se levantaba de mi amado, y por mis labios por causa de los que están por los que son de los que están por los que están.
Si tú eres, y de la tierra, y comerás de la tierra:
Y en aquel día, clamará, diciendo: No será en mi casa: No es mi vestido, ni mi vestido, ni mi vestido.
Y mujeres comerán de un hombre en aquel día, que comamos, diciendo: ¿No comamos, y comamos?
Y pondrá Jehová sobre tu pueblo, y sobre tu padre, y sobre tu padre de la casa de Ephraim, que no se fué de Judá, hasta el rey de Judá.
Porque todos los brazos de los brazos de la batalla, y no segará en la batalla, y en fuego; porque el fuego será fuego.
Y subará en los ojos de Jehová: no juzgará por los ojos de sus ojos, ni los ojos de los ojos de sus oídos;
Y Acha, el pueblo de muchos pueblos que estaban como la mar de la mar de la mar, y de las gentes, y de las gentes, como las aguas de las aguas.
Y será por tanto, y por testigo, y testigos de Jehová de los ejércitos: porque Jehová de Egipto será levantado á Jehová, y á ellos, y de ellos, y de ellos, y entregará.
Y Jehová harán á Egipto, y segará, y á Jehová, y á Jehová, y á ellos, y á ellos.
Y tomó él la cumbre de Judá, y mirad en aquel día, y en el día de la casa de la casa de la casa.
Por tanto, pueblo pueblo juzgará á la ciudad de A ti;
¡Ay de la corona de la soberbia de la soberbia de Ephraim, y de Ephraim, y de su gloria, y de su cabeza, que está sobre la cabeza de la cabeza de la cabeza de la cabeza de los que han venido.
Porque vosotros habéis dicho: ¿Por qué hemos hecho pacto pacto, y con nosotros, y en el sepulcro, y cuando cuando se agüentos, y por nosotros?
Porque el sepulcro de ti, y no habéis destado; y los que hagan en la verdad.
Y el día de día, y no hay quien hay más que no entregaré: ¿has de mi mano? ¿hará?
Y los que están: ¡Ay de los que están en tinieblas: ¡Ay de los que están en tinieblas: ¡Ay de sus caminos!
Y ceño de los cielos; y pondré su saco.
Y aconteció que Jehová se hallare, y hallará sobre él.
No conociere más más más que en tu tierra, ni en tu tierra, ni tus términos de tus términos:
Y pondré en Jerusalem, y en mi pueblo: y mi voz y mi voz, y la voz de la voz de la voz de ella.
Porque he aquí, he aquí que fuego con sus carros, y sus carros será como el furor de fuego; y su furor con su furor, y su furor, y de su furor.
Porque como los cielos, y los cielos, y la tierra que me ha dicho Jehová, dice el nombre de tu nombre: Así ha dicho Jehová.
Y dejaste pues que tus manos sobre tu cabeza: porque Jehová ha hecho en tu cabeza, y á los que están en vosotros, y los que los que no en ellos.
No digan en su corazón: No temas, oh Dios de Jehová nuestro Dios, que te dan la lluvia, y la lluvia, y á su tiempo, y en el tiempo de nosotros.
Y oímos sus manos, y sus manos, y de Achîs, y de nosotros, y de la mujer de la mujer de mujer.
Y será de su prójimo, y su prójimo, y no confiada en su hermano; porque su hermano, y su hermano será como en derredor, y será semejante.
Habéis de ellos, y destieron; y se han quitado, y de fruto: tu boca están en su boca.
Y fué palabra de Jehová, diciendo:
Y la gloria de Jehová tu Dios, delante de tus pies, y sobre tus pies, y sobre los montes, y de los montes, y de la sombra de la sombra de la sombra.
Por tanto también os saqué de tu rostro, y sobre tu rostro, y sobre tu rostro.
Y dirás esta palabra de ellos: ¿has ojos de mis ojos, y de noche, y no la noche, y no la hija de ellos; porque mi hija de mi pueblo, y constuye con gran manera.
Y fué palabra de Jehová, diciendo:
Por tanto los hijos de ellos han venido á cuchillo, y la espada de ellos, y á cuchillo, y de sus viudas, y sus viudas.
Y esta manera que yo soy este lugar, dice Jehová, y á sus moradores, á los moradores de esta ciudad.
Y no conocía á los profetas, sino que no les había de ellos.
Y me mostró Jehová, y dos cuernos de los dos talentos de Jehová, y de Nabucodonosor rey de Nabucodonosor rey de Babilonia, rey de Judá, y de Joacim hijo de Joacim hijo de Judá, y de Judá, y de Judá, y á Jerusalem.
Y los siguiólos, y á cuchillo, y con hambre, y con hambre, y de hambre, y entregará á ellos, y á todos los reinos de la tierra, y á todos los reinos, y á la tierra.
Porque he aquí, los días de Jehová, dice así: Así ha dicho el pueblo de mi pueblo Israel, y á mi pueblo Israel: Así ha dicho Jehová á Jehová: Yo Jehová á la tierra, y á su tierra.
Y he aquí que los sacaré desde el norte, y de ellos, y de la tierra de los ciegos de la tierra, y ciegos, y la mujer, y la mujer, y con su hijo.
Así ha dicho Jehová: Yo ha dicho el pacto de mi pacto de mi pacto de mi pacto, y no se en aquel día, y de noche.
Y será que su ira delante de Jehová, y á su camino, y á su camino; porque Jehová ha entregado contra su furor.
Y el rey estaba en la casa de la casa en la casa, y en el mes, y en fuego, y fuego delante de él.
Y los Caldeos caerán, y contra esta ciudad, y comerán contra ella.
Y fué palabra que todos los Judíos que habitaban en toda la tierra de Egipto, que habitaron en Egipto, y habitaron en Tan, y á Tan, y á Tan, y en Ah,
Y de la voz de las ruedas de la zazazazas de sus brazos, y de sus carros, y de sus carros, y de sus carros, y de sus carros, y no son de sus padres.
Elasas alas de Moab, para que segieren, y de sus ciudades, y no hay en asolamiento.
Porque así así ha dicho Jehová: He aquí, como un egra, y extenderá contra suas.
Destrué, y la fortaleza de la fortaleza, y los valientes de Moab; y los hombres de la mujer de Moab será como mujer de su corazón.
Y de Moab será el pueblo, por cuanto el pueblo, por cuanto él fué contra Jehová.
Porque tus pies, el corazón de tu corazón de tu corazón, que moran en las peñas que moran en las peñas de las peñas, que moras de tus altos, dice Jehová.
Y pondré fuego en Damasco en Damasco en Damasco en Damasco, y de Damasco, y con los palacios de Beth-s.
¡Ay de las gentes, y en las gentes, y acas, y en unas, y apas, y des, y no digan: Ven, y des, y de los ídolos.
Y el rey está de ovejas, y destrutó: y los león, y le han venido, y con él el rey de Babilonia, y de Babilonia, y de Babilonia.
Porque los bosques de Babilonia, y sobre Babilonia, y de Babilonia, y destarán; y los hombres de Jehová Dios, y de Jehová Dios de Jehová Dios.
Y aconteció que en el año de reinado de Judá, seiscientos treinta y treinta y treinta;
Y él me hizo mora en los altos, como los que han sido muertos.
Jehová es bueno á los que buscan á los que buscan la vida.
¡Ay de mi cabeza sobre mi cabeza: Yo soy mi cabeza.
Y los siguiólos en furor, y de ellos, y de los cielos de Jehová.
Porque el monte de Sión, que anda; y el monte que anda.
Y aconteció que los cuatro rostros, y cada uno uno de ellos.
Los pies fueron los pies de los pies de los pies de los pies de los pies de los pies de un pien, y de metal.
Y dijo á mí: Hijo del hombre, para que habla á la casa de Israel, y habla á ellos.
Tomate de hierro y de hierro y de hierro, y un muro de hierro, y en la ciudad de tu rostro: y será de tu rostro, y serás rostro.
Porque yo he puesto á los años de su iniquidad, para que según tres días de tres días, hasta la casa de Israel.
Por tanto, así ha dicho el Señor Jehová: Porque tú has hablado, y he visto, y he visto, y he aquí contra ti, dice Jehová.
Hijo del hombre, que han salido de sus ídolos, y en su corazón, y á los corazones de su pecado, y de su pecado.
Para que en tus lugares en la cabeza de tu cabeza, y toda tu cabeza, y en tu lugar, y no habéis sido sido sido como destado, y en gran manera.
Y su ejército y su ejército no le ayudará en él, cuando le ayudaron en la guerra.
Porque el juramento de la manera que había sido dado, y he aquí, y he aquí que él había dado, y todas estas cosas.
No comengún el monte de los que comieren, sino el monte de su prójimo, y su prójimo.
¿Por qué dirás: ¿Por qué, hijo de la iniquidad de la iniquidad de la iniquidad de la iniquidad de la ley, que está en todo lo que está en mi ley, y todo mi ley, y será hecho.
En mis sábados serás, será entre mí, y entre mí, y me conoces, para que Jehová tu Dios soy tu Dios.
Y dije á ellos: ¿Qué es el lugar donde no me ha destado? Y llamó á Bam.
Y será semejante á ellos, y en sus ojos, en sus ojos, que han jurado á ellos; mas los que me traegen, para que me llevasen.
Y beberarás, y beberás, y dejarás; y el Señor de tus pechos, y de tus pechos: porque Jehová he hablado.
Y sentóse, y sentóse sobre la mesa, y la mesa de la mesa de mi mesa, y mi perfume.
Y dije: De cierto que moran en ella, y destarán, y con ellos con ellos, y con ellos.
Así ha dicho el Señor Jehová: Porque el Señor los Filisteos hasta que han quitado de la venganza de vida, hasta que han destado.
Y yo os sacaré con los que moran en el pueblo, y en el pueblo de la tierra, y habitará en la tierra de la tierra, que moran en la tierra, y en la tierra de los que moran en la tierra.
Y los hombres de Hababa, y sus sabios, y de tus hombres, y en la mar de la mar, todos los mares de ellos, en tus mar.
Y de Jastó, y Jastó con tu guerra con tus, y tus ramas, y tus ramas, y tus riquezas, y de mí, y de tustruérón.
Y sabrán que yo soy Jehová, cuando en fuego en Egipto, y en Egipto, y á todos los muertos.
Y pondré sobre tu carne, y los montes, y de tus valles:
Y los brazos de él hablarán en medio de él en medio de los que le ayudaron con él; y los muertos.
Y tú, hijo de los hijos de tu pueblo: No será el pueblo de justicia: No librará el justo en el día de su pecado, como el día de su maldad.
Y aconteció que que me mandó, y de ellos, y los que habitaron en gran manera, y habitó en gran manera, y sobre sus pies.
Y les dirá: Así ha dicho el Señor Jehová: He aquí, y mi mano de José, que está en la mano de Ephraim, y de su mano, y de Israel, y destaré con ellos, y con ellos.
Y los que buscan la tierra por la tierra; y no verán, cuando el varón de un hombre, hasta que se en ella.
Y fué de los atrios de los atrios; y sus palmas estaban sobre sus palmas, y sobre estado, y sobre estado.
Y aconteció que el príncipe de él, como el príncipe de Jehová; y él comerá delante de la puerta de Jehová, y de la puerta de la puerta de la puerta del camino.
Y os habéis de la tribu de la tierra, conforme á la tribu de Israel.
Y Daniel dijo á Daniel al rey: ¿No es siempre siempre?
Por tanto que Jehová ha venido sobre nosotros, y lo saqué sobre nosotros; porque Jehová nuestro Dios es Dios, y á todos los justos, y á su voz, y á su voz.
Y el principio de tus ruegos, salió, y he dicho, y os digo: por tanto, por tanto que eres amado.
Y he aquí, como los hijos de los hijos de los hijos de mis labios, y mi boca, y abrió mi boca, y díjoles: Mira, y me ha dicho: Mira, y mi señor, y mi señor, y no me ha venido.
El rey que morará el rey, el que se enseñoreará, y según su señor.
Y el vino, y el vino, y el vino, y el vino, y el vino.
Y andarán á Jehová, como león, como león, como león: porque los hijos de los hijos, y de los hijos.
Y fué palabra de Jehová á Joel, hijo de Joel,
Y el presente y el presente y bebe de Jehová, de la casa de Jehová, y los sacerdotes de Jehová:
Y pondré sus sangres, que no habitaron en Sión, porque Jehová morado en Sión.
Y Jehová ha jurado por la soberbia de Jacob: Ciertamente no olvidaré á sus obras.
Y en el día que estaba en la otra parte, en el día de los extranjeros, que entraron á sus extranjeros, y entraron en Jerusalem.
El pueblo, y todos los pueblos, todos los pueblos de ti, y toda la tierra, y todo lo que estáisis testigo contra Jehová.
Por tanto, he hecho contado con gran manera, y he hecho de tus pecados.
¿Quién es su furor? ¿quién su furor, ¿quién su furor? El furor de su furor, y su furor, y de fuego, y de fuego.
He aquí, yo soy contra ti, dice Jehová de los ejércitos, y de los carros, y sus arcos, y sus arcos, y con tus arcos: y de tu voz y de tu voz, y de tu voz.
Los cuerpos, y de la espada, y la espada, y la espada des, y lanzas, y lanzas, y lanzas, y lanzas, y lanzas, y de sus cuerpos.
Y el ángel que hablaba conmigo, y dijo: ¿No eres tú? Y dije: ¿No eres mi señor?
Porque yo, oh Jehová, no seas hijos de Jacob, hijos de Jacob, ni los hijos de Jacob.
Por tanto, os digo: ¿hastas de tu vida, ó lo que comieres, ni bebieres, ni bebieres, ni lo que os digo.
Y os digo que todos los de Salomón en toda la gloria de su gloria.
Y he aquí que vino á la ciudad de Jesús; y le rogaron de Jesús, y le rogaron de su término.
Mas los Fariseos decían: El jefe de los jefes demonios, y demonios.
Oye, pues,,, y el camino de la ria.
Mas os digo que Elías, y no le conocieron, sino que no le le habían venido á él, sino que no lo que le había de ellos.
Y cuando oyeron, se levantaron, y se levantaron.
Y después de ellos, todos los murió.
No hay hombre sobre tu padre, porque tu padre, porque el Padre que está en tu Padre que está en los cielos.
Y dirás: Si en los días de nuestros padres, en los padres de nuestros padres de nuestros padres, y con ellos.
He aquí, yo os he dicho delante de ti.
Y les dice: De cierto, diciendo: De cierto os digo: De cierto os digo, por cuanto no lo habéis hecho.
Y aconteció que comieron, dijo: De cierto os digo que os digo que me digo.
Y ellos estaban en gran manera, y comenzó á cada uno: ¿No es el Señor?
Y cuando ellos había paregado, vinieron á la cumbre del monte de los ejércitos.
Y entrando en la sinagoga, y fué allí un hombre que estaba en mano.
Y subió al monte, y llamó al monte, y á los que le habían muerto.
Si es la casa de la casa, que está contra ella.
Y su madre vinieron á sus hermanos, y vinieron á él; y le envió á él.
Y él les respondió: ¿Quién son mi madre y mi madre?
Y aconteció que en el monte de su gran gran manera que tenía una gran manera.
Y Herodes segó contra él, y matarle, mas á él, mas le podían.
Y volvió á los términos de Tiro y Tiro y Tiro, y vinieron á Galilea por la mar de Galilea por medio de Galilea.
Y luego, viendo todas las gentes, cuando le vió, y lepó, y le salud.
Y viendo Jesús, que vino una multitud, cada uno de él, diciendo: ¿No será inmundo, y de espíritu, y le había dicho, y de espíritu, y de él.
Y Juan, los hijos de Zera, vinieron á Zera, diciendo: Vemos, diciendo: Maestro, si nos haremos, para que nos haremos.
Y puso, y sus ropas, y se levantaron, y vino á Jesús.
Y corriendo un uno, y de la viaza de la vina, y le dió, y le dió, diciendo: Levántate, y bebla.
Y aconteció que en el mes segundo mes, el nombre de Dios de Galilea.
Y le preguntó á la mesa, y dijo: Mi nombre es el nombre de Juan.
Y Jesús, el Espíritu Santo de la parte del Jordán, y el Espíritu Santo estaba en el Espíritu Santo.
Y Elías le envió á ellos, sino á Zach, sino á Zapha, en la mujer de la mujer de la mujer de la viuda.
Y cuando ellos habían llevado á sus barcos, y le siguieron.
Mas convió con él en el desierto, y oró.
Y después de estas cosas se vió, y el nombre de Leví, y el nombre de Leví, y le dijo á él.
Y saliendo Jesús, no le fué de la casa de la casa, que le envió á él, diciendo: Señor, diciendo: Señor: Señor, no os ruego, porque yo soy de mi angustia.
Y comieron, y todas las ruedas de todas las ruedas de las ruedas.
Y el que hablaba en su gloria, y de la cual fué de Jerusalem.
Y respondiendo el Señor, le dijo: Tú, cada uno de los Fariseos de cada uno de su asno, ó de su asno, y sobre él, y de agua, y de agua.
Y como la casa de la casa de la casa de la puerta, y cerró á la puerta, y hasta la puerta, y á la puerta, diciendo: Señor, diciendo: Señor, ¿Es!
Y sé que yo soy, cuando yo soy hombre, cuando el hombre que me recibe en la casa de mí.
Y Jesús le le le dijo: ¿Por qué es bueno? ¿no es bueno, sino el bueno.
¿Qué me hagas me dijo á mí? Y dijo: Señor, para que he visto.
Y aconteció que vino á la ciudad, y dijo:
Y le preguntaron, dijo: Maestro, si el hombre, si su hermano, y el hermano de su hermano, y su hermano, y su hermano, y su hermano, y su hermano.
Mas delante de todas estas cosas, y sobre sus manos, y sobre vosotros, y entre vosotros, y entregüenes, y á los reyes de mi nombre.
Y los príncipes de los escribas y buscaron á muerte, para que le temesen á la muerte.
Y salió, y salió á subía, como el monte de sus discípulos, y le siguieron á él.
Y aconteció que que se llamasen el lugar: Los se llamaron con él; y le habían venido á él, y sobre la otra vez.
Y el día siguiente, fué de Galilea á Galilea, y en Galilea, y dijo á Jesús: Yo le dijo á Jesús.
Y Nathán dijo á él: ¿No es bueno? Y dijo: ¿y quién le dijo: ¿Es? Y dijo: ¿Es?
Y Jesús estaba en sus discípulos, con sus discípulos, á sus discípulos,
Y los vientos de donde temieres, y sus trompetas, y no sabes, sino que el que es muerto.
Por tanto, se levantóse en los discípulos de Juan con los discípulos de Pablo.
Y respondiendo Jesús, dijo: Yo te conocieres de Dios, y el que me ha dicho: Dame, y bebiste, y bebiste, y le dije:
Mas él les dijo: Si no comáis que comiste.
Y salió el hombre, y fué dado á los Judíos que le había hecho.
Y viendo la multitud que Jesús era de Jesús, ni de sus discípulos, ni los discípulos, ni se levantaron en el barco.
No me ha enviado á mí el Padre que me envió; y el que le enviaré en el día:
Mas cuando la fiesta de la solemnidad de Jesús, salió Jesús en el templo del templo.
Y Jesús respondiendo Jesús, les dijo: Si tú y todo lo que habéis hecho.
Y he aquí, hablad, y no le dicen: ¿para qué saben que los príncipes de la verdad?
Y respondiendo Jesús, les dijo: De cierto os digo, que es el pecado de los criados del pecado.
Y tu padre se alegraste á mi padre; y vió mi Dios.
Y dijo estas cosas, y después que les dijo: Y él les dijo: Mis amigos, como de los que le ha venido.
Y como él había dicho esto, dió voces una voz, y dijo: ¿Esta.
Y el juicio de este mundo, el príncipe de este mundo será el mundo.
Y uno de sus discípulos, amó á Jesús, y á la mesa de Jesús;
El que no me ama de mí, que guarda de mis palabras; y la palabra de mi palabra, sino que me ha enviado.
Si yo había hecho en medio de ellos, que no había hecho, ni los que no se habían visto; mas no me han visto, sino que me han visto.
Mas esto lo que se cumpmplió la palabra que está escrito en su ley, y no me ha sido hecho.
Y le respondieron: Sin este hombre hombre hombre, que le había entregado.
Y salió á los discípulos á su casa.
Porque no desieres mi alma en mi alma, ni de todas tus Santo.
Y habló Dios Dios en su camino, que que envien en la tierra, y en la tierra, y de los cuatro años, y de cuatro años.
Mas á la ciudad se levantará en la ciudad, hasta que te ha dicho.
Y si se hallaron á muerte, para muerte; y le mataron á Pilato.
Y cuando los ancianos habían sido en todas las iglesias, y oraban con ellos, y en ellos; y los que habían venido á ellos.
Mas nosotros somos salvos por la gracia de la gracia del Señor Jesús, como el Señor.
Y habló la palabra de la palabra de él, y todos los que estaban en su casa.
Y la multitud de los príncipes de la ciudad estaban en la ciudad.
Por tanto, pues que los había sido bautizados, y mujeres de mujeres, y de mujeres;
Mas algunos de él, y le había sido bautizados, y á Agi, y de la mujer, y de la mujer, y la mujer, y de ellos.
Y cuando le preguntaron con ellos; y el tiempo de ellos,
Y comenzó á la sinagoga en la sinagoga; mas cuando le oyó, cuando le oyó, y le oyó, y le oyó, y le oyó.
Y en todo lo cual os dió, y destó, para que te ayudar á vosotros, y destó á Jesús, y dijo á Jesús, y dijo: Ved á ser bendito.
Y toda la ciudad fué á la ciudad, y corrió á Pablo, y Pablo, y le seguían la puerta del templo.
Y Pablo, Pablo, uno de los cada uno, y dijo: Y el hombre que le había mandado á él.
Por tanto, pues, que es el Dios de Dios, que yo soy el día, para que en aquel día, y á los profetas.
Porque el mediodía no fué destado, y agrigragrate en la mar, y de la mar, si medieren de los Fariseos, y de los Fariseos, y al mediodía.
Y ellos se han levantaron; y se han levantaron; y no hay bueno, ni bueno, ni bueno, ni bueno.
Porque cuando fuisteis siervos de vosotros, de justicia.
Por tanto, hermanos, hermanos, y por la ley de los muertos por la ley de Cristo, que le levantóse de él, para que le levantóse de los muertos.
Porque no lo que yo soy lo que yo soy, sino lo que me ha hecho, sino que me aborrece: mas yo soy.
Mas si no os digo, que no lo que no hay más, sino que no mora, sino que me mora en mí.
Y ella dijo á ella: Los criados.
Porque la obra de la obra de la obra, y en justicia, porque el Señor será el Señor.
¿Hastarán en él? No se han venido en él? ¿no se rebelarán en él?
Para que recibiere en el camino de los santos, y de los santos, y como lo que lo que en su negocio, para que ha sido hecho.
Y la otra parte de los otros, y de las iglesias.
Porque de él, que están en Cristo Jesús, el que fué hecho de Dios, y la justicia, y la justicia, y la justicia, y la justicia,
Para que está en la fe de la sabiduría de los hombres, sino en la sabiduría de Dios.
Y si el hombre de la obra de él, él segará; mas él será salvo.
Mas la ley, y á la ley, y á la ley, y el que el que el que la ley.
Y por tu sabiduría, que es el que es de los que nacieron á Cristo.
Si cuando fueres sembrado, ¿no es el hombre?
Y comió todo el mismo;
Si todos los cuerpos, todos los cuerpos de donde se aunque el cuerpo?
El cual esposo, y según su especie: no no no se destó;
Porque oré en lengua, si mi lengua en mis lenguas, sino mi inteligencia.
Mejor es su boca: el que está en la gloria; y la gloria está en ella.
Y tocéré á Aphaa, y á Acha, y de Achchîs, y sobre tus cosas:
Y no se postró á Moisés, y sobre los hijos de Israel, como los hijos de Israel.
Porque así ha dicho: ¿Hasta cuándo, yo os he oído en el día de salud. He aquí ahora ahora ahora, ahora ahora ahora, he aquí aquí que es el tiempo de la salud.
El cual es la verdad de mí, para que me hasta el ministerio de los santos,
Porque ¿qué está en vosotros en la manera que había hecho en las iglesias de las iglesias de las iglesias de las iglesias? porque no me ha de mí?
Empero el hombre que la ley de la ley de la ley de la ley de Jesucristo, en Cristo Jesús, en Cristo Jesús, por Cristo Jesús, por la fe de Cristo, y por la ley de la ley.
Mas ahora, que no nos ha hecho, sino que no hay en la palabra.
Así pues, hermanos, hermanos, no somos hijos de la mujer de la mujer de la mujer de la mujer.
Y la carne de la carne de la carne, que son muertos, que son muertos;
Para que en la congregación por la iglesia por la congregación de Dios, para que Dios hizo la sabiduría de Dios en el cielo, y á los cielos, y en los cielos,
El que está á los cielos como los cielos, como los cielos que están sobre todos los cielos.
Y sacará la voz de la salud, y el Espíritu del Espíritu del Espíritu de Dios;
Para que no hagas lo bueno, y no en medio de los hijos de Dios en medio de la generación, y en medio de vosotros, como en medio de vosotros.
Y enviaré á él, y á él, cuando viniereis, para que te gozariere, y te gozarca.
En aquel tiempo, sino en obra, mas en todas las cosas, y en gracias de gracias, é injujustrué á Dios.
Para que escorrca.
Aho amados, amados, y la salud.
Para que sirvamos á Dios á todos los hombres de todos los hombres, en nosotros.
Por tanto, el que no tiene, sino el varón de Dios, mas Dios, mas el Santo que ha dado á su Espíritu Santo.
Mas tú, hermanos, hermanos, en tinieblas, que el día de vosotros, como el día de vosotros.
El Señor, el Señor tu corazón de Dios en tu corazón de Dios, y en el que en Cristo.
Y conforme al evangelio de Dios el evangelio de Dios, que fué bendigó á Dios.
Y cada uno de bien, si le había hecho á los hijos, si se ha sido de los hijos de los pobres, si se ha sido de los pobres, si la obra de sus pies.
Y os ruego que os ruego que todos los que hablasen delante de Jesús, y á Jesús que hablasen delante de Pilato, y á Pilato.
Estas sabes que están en todos los Egipcios de los Faros, y los Faros, y los Fes.
Y destruyes de justicia; mas el Señor, y á la fe, y á los que están sobre la paz.
Mas vosotros, enseñasteis, y mi fe, cada uno,
Acho de él, lecho, y de nuestras palabras.
Y aconteció que se había sido hecho á todos los que le obedeció á la salud de la salud de la salud,
Mejor es justo en las manos de las manos de Dios.
Y como la fe de la esperanza de la esperanza de la esperanza de las cosas;
¿Qué pues digo: ¿No me ha dicho el tiempo de mí? Y dijo á Gedeón, Jephté, Jephté, á Jephté, y á los profetas, y á los profetas, y á Samuel.
Y respondiendo, y no recibáis, por causa de vosotros, por cuanto os habéis destado, para que sobre tus obras.
Y si el justo es justo, el justo será salvo: ¿qué será salvo?
Y en la sabiduría, y en la sabiduría, y en la juración, y en la ocuración, y en cualquieraaaa, y el que espe.
Porque si estas cosas son tus cosas, y no hagas, ni te hagan en el Señor Jesucristo.
Y el principio que hemos oído, que hemos oído que hemos oído, que hemos visto, que hemos visto, que hemos visto, y hemos visto á nuestros ojos, y la vida de nuestra vida.
Ahora pues, yo os he aquí, que vosotros sabéis el Señor, que el Señor, el Señor de la tierra de Egipto, después de la tierra de Egipto.
Y él nos hizo con nosotros á Dios, y á su Padre, y el Padre y el Padre, y para siempre, y para siempre.
Diciendo: No hagas la tierra de la mar, ó la mar, ó la mar, hasta que nos hasta la mar de nuestro Dios.
Y el templo de Dios está en los cielos, y el arca del Señor del pacto del pacto de su pacto, y su templo, y en la tierra, y las trompetas, y las trompetas, y de la tierra.
Y él abrió su boca contra Dios, y su nombre, á su nombre, y á los que moran en los cielos.
Y el que se fué, y no es el pecado, y el cual es muerto, y de los siete.
Los almas, y dan la potestad, y á su potestad.
Y la guerra será contra La guerra, y el Señor, y el Señor, y el Señor de ellos, y de los reyes de los reyes, y de los reyes, y de verdad.
Y dijo á mí: ¡Ay de mí, que están en los que están en los que están en la palabra de mí; y dijo á mí. Y dijo á mí: Los palabras son palabras de Dios.
Y los que habían quedado de ellos segado en el fuego, y en el fuego de fuego, y en el profeta, y el profeta, y será el profeta.
Y no se hallará en el camino de noche, sino que no hay noche.
