Y las luzs de luzs, en la tierra de los cielos, y la tierra de la tierra.
Y dijo Dios: Vues las aguas de las aguas, y las aves de las aves del cielo.
Y el tercero del río es el río, y el cuarto es el cuarto, el cuarto, y la flor de Asiria.
Y dijo la mujer: Nosotros comemos de comer del fruto, para el huerto del huerto,
Y murió todos los días de Jamán, y dos años, dos años; y murió.
Y murió todos los días de Methán, y dos años fueron treinta años; y murió.
Y envió una parte del sol, y fué por las aguas, y hasta las aguas, hasta la tierra.
Y bendecido Dios y sus hijos, y díjoles: Mis frutos, y el fruto, y la tierra.
Y vivió Nachîs y treinta años, y engendró á Ter, y engendró á los hijos de los hijos.
Y tomó Abram su mujer á su hermano, y á su hermano, y todos los que habían juntado en el pueblo, y los que habían sido en Hado, y vinieron en la tierra de Canaán, y entraron en la tierra de Canaán.
Y cuando viniere que los Egüenes, verán, dice: Esta es su mujer: Yo te matará.
¿No te he venido delante de toda la tierra? ¿qué me hasta que yo te ir á la mano de la diestra, si te iré á la diestra.
Y dijo Abraham: He aquí que yo he tomado á mi Señor, que habla al Señor, y yo soy el polvo.
Y dijo Abraham su mujer á su mujer: Mi hermana es mi hermana. Y tomó á Abimelech, y tomó á Sarai.
Y habitó en el desierto de su madre; y su mujer le sacaron la tierra de Egipto.
Y llamó Abraham el nombre de Abraham: Jehová es el día de Pinto. Y él dijo: El día será esto.
E incliné mis cabezas, y Jehová Dios de Jehová, y el Dios de Abraham mi señor que me ha hecho en el camino de mi hijo.
Y llamó Abraham su espíritu, y murió un hombre hombre, y un hombre hombre de un hombre, y de su pueblo.
Y él no le conoció, por sus manos, por sus manos, por su hermano de Esaú.
Y he aquí que Jehová estaba sobre él, y dijo: Yo soy Jehová tu Dios de Abraham tu padre, y te daré Dios de la tierra.
Y concibió concibió una vez, y parió un hijo.
Y él dijo: Esperame tu alma, y yo te daré.
Y dijo Labán: ¿Qué te daré á Jacob? Y dijo: No te darás: porque yo te daré esto.
Y levantóse con todo lo que estaba con todo el río, y se levantaron sobre su rostro, y puso su rostro.
Y vino Dios á Labán á Siria en el sueño de noche, y le dijo: Mirad que no hablas.
Y ella dijo á su padre: No se levantaron mi señor, que no se levantaron delante de mi señor; porque yo no te hallé.
Y dos cabras y cinco machos, y dos machos, dos y dos carneros;
Y hablaron con ellos con ellos, diciendo: El hijo de Sichêm, hijo de Sichêm, para tu hija.
Y partido de Israel, y extendió su tienda.
Y él dijo: Yo te enviaré de cabrito de ovejas. Y ella dijo: ¿Hasta cuándo?
Y como la mañana era la mañana, y los hombres que estaban en sus asnos, y sus asnos.
Porque estos dos años se ha sido en la tierra, y de allí son cinco años, y destruyo, y no se aruye.
Y habitarás en la tierra de Gom, y te serás, y te acordarás tus ovejas, y tus ovejas, y tus ovejas, y tus ovejas, y tus ovejas, y todas las ovejas, y todas las ovejas.
He aquí tus ojos, y verás ojos de Benjamín, mi hermano es mi hermano.
Los hijos de Nephtalí: Jaelelel, Jazzz, y Jezzzz, y Sim.
Mi alma, no verán en su con sus con su gloria; porque no se habían de su furor; porque su furor, en su furor.
Y vinieron á la era de la otra parte del Jordán, y de la otra parte del Jordán, y muy grande grande, y lamento.
Y sus hijos le mandó á él, como les mandó:
Y dijo á su pueblo: He aquí que el pueblo de los hijos de Israel, y más más más más que escuerto.
Entonces Zind tomó un copa, y cortó á su hijo; porque su hijo de sus pies, y le le dijo: Ciertamente, y le dijo: Ciertamente espento.
Y tomó á Jonás su padre su padre su padre á su padre, como le parió á Aarón, y le parió á Aarón. Y la vida de los treinta años de los treinta años.
Y dijo Jehová á Moisés: Toma tu vara, y extende tu mano sobre tu mano, y extende sobre sus aguas, y sus aguas, y sus aguas, y sus vasos, y sus vasos, y todos sus vasos de la sangres, y todas las aguas de la sangres de la sangre de la sangre de la tierra de Egipto, y todas las aguas, y todas las aguas, y sus vasos.
Y dijo el camino de Faraón á Faraón: Esta es Dios; mas el Dios de Faraón; mas el corazón de Faraón, y no había dicho.
Y Faraón mandó Faraón su corazón á su corazón, y no lo hizo, y el pueblo.
Porque si no no lo que los quisieres;
Y levantó Faraón en la noche, y todos sus criados, y todos sus siervos, y todos los Egippcios, y un clamor de Egipto, no hubo una casa.
Y los Egüenos fueron con los pueblos con ellos, y enviaron en la tierra de ellos; porque son muertos.
Y Moisés hacia Moisés desde el mar, y vinieron en el desierto del desierto, y salieron en el desierto; y fué en el desierto.
Y dijo Moisés: Para que hoy hoy hoy hoy hoy es hoy, porque Jehová no te hallarás en el campo.
He aquí que yo enviaré delante de vosotros delante de vosotros, por el camino, y guardas en lugar que yo temiste.
Entonces Moisés levantó Moisés con su siervo, y fué á Moisés, y fué sobre el monte de Dios.
Porque el aceite de la luz, para el aceite, y el aceite, y el perfume,
Y pondrás debajo del altar en derredor del altar, para que la redimim, para que la mitad.
Y tomarás las vestiduras, y pondrás sobre Aarón el ephod, el ephod del ephod, el ephod, y el ephod, y el ephod, y el ephod, y el ephod.
Y la mesa y todas sus lámparas, y sus lámparas, y sus lámparas,
Habla á los hijos de Israel, diciendo: De cierto te guardarás mis sábados; porque tú es en tus sábados, y tus generaciones, y tus generaciones, que yo soy Jehová.
Y el tabernáculo de su cubierta, y su cubierta, y sus tablas, sus tablas, sus tablas, y sus columnas;
E hizo él en el Espíritu del Espíritu, en sabiduría, en sabiduría, en sabiduría, y en todas las cosas,
Y llamó Moisés y á Belán, y todos los sabios, y todos los sabios que Jehová había puesto en sabiduría, cada uno á él que le había hecho.
Y cada uno de treinta codos, y cuatro codos, cuatro codos de cuatro codos.
Y pusieron en cuatro piedras, y las piedras de Acha, y de las piedras, y era el primero;
Y puso la puerta del tabernáculo del tabernáculo del tabernáculo.
Todos tu presentes presentes presentes con todo el tiempo, no comerás toda tu pacto de tu Dios, de tus presentes ofrendas ofrendas.
Y si alguno fuere de los pecados, y contra Jehová, y contra su prójimo, y el negocio de su prójimo,
Y de cada uno ofreciere por ofrenda por ofrenda por ofrenda por ofrenda: Jehová será el sacerdote.
Y puso todas estas cosas en sus manos, y sus manos, y sus manos, y las manos de Jehová.
Y pondrán los pechos, y el pecho, y encendió sobre el altar.
Para que comes de comer; y comeréis de langostas, cada uno de la langosta, y según la hierba de la hierba, y de la hierba de la hierba de la hierba de la hierba.
Y no os os harás convidición con todo lo que no te acaréis; y no te será inmundo, para que con ellos, para que con ellos.
Y si alguno fuere ofrecido un cordero, y tomará dos corderos, ó dos truvo, ó dos cabras, ó dos truvo, y un carnero, y el sacerdote será el sacerdote, y la expiación.
Y tomará el macho cabrío, y puso delante de ellos delante del tabernáculo delante de Jehová.
No desnudez de la desnudez de tu padre, ni tu padre, ni tu madre, ni tu madre, ni tu madre.
Y si el hombre con su su su su su su su nunca de ellos, será de la muerte. Y la muerte.
El que ofreciere sacrificio de Jehová, ó sacrificio á Jehová, ó paces de ovejas, ó la ofrenda de ovejas, ó de las ovejas, ó de pacerá.
Y le pondrán en él, hasta quebrado de Jehová.
Y los sábados de la tierra serás, para tu siervo; porque tu siervo tu siervo tu siervo, para tu siervo, y tu siervo, y tu siervo, y tu siervo.
Si tu prójimo, ó á tu prójimo, ó de tu prójimo, no te perdonarás tu prójimo.
Y si el que habitará el campo de la verdad, le redimará el quinto, y el dinero de tu dinero de tu dinero.
Y no es el bien, ó el bien, ni el que no fuere destado; y yo temiere.
Y sus contados, y sus contados fueron contados de ellos, dos mil y dos mil y dos mil.
Los hijos de Leví fueron por sus nombres, por Merari, y Merari;
Y los contados de ellos según el número de ellos, conforme á todos los mes del mes, y dos mil y dos mil.
Y tomarán todos los vasos de todos los vasos del santuario, y sacrificarán en cintos, y cárrdeno, y púrpura, y púrpura, y cubrirás, y cubrirá sobre ellos.
Mas no verán en el santuario, porque no verán el santuario.
Y los contados de ellos fueron contados por sus familias, por sus familias, por sus padres, dos mil y dos mil y dos mil y treinta y treinta y treinta y treinta y treinta y treinta y seis mil.
Y no comerá su padre, ó su padre, ó su madre, ó su hermano, ó su hermano, ó su hermana, porque su Dios es su cabeza.
Y los sacrificios de paces, dos bueyes, cinco carneros, cinco carneros, cinco corderos, y cinco corderos de un año. Esta era el año.
Y los sacrificios de sacrificios, dos paces, cinco carneros, cinco carneros, cinco corderos, y cinco corderos de un año. Esta era el año.
Un macho cabrío;
Y en el Cananeo de Amalec, y habitaron en el valle, y mañana hasta el camino por el camino.
Y si alguno hubiere de los pecados, cuando ofrecido un un un un año, un cordero de un año.
Y levantó Moisés y á Dathán, y Abiram, y los ancianos de los ancianos de Israel.
Y los hijos de Israel habló á Moisés, diciendo: He aquí, nosotros somos somos; y somos somos.
Porque los hijos de Israel ofrecerán á los hijos de Israel, como yo yo he dado Jehová: porque yo he dado la heredad de los Levitas. Y yo les dijo: Yo los hijos de Israel.
Y los hijos de Israel vino á toda la congregación, vino en el desierto de Zinn, el mes primero; y el mestruvía, y fué sepultado.
Por tanto, dijo en Bachîs en el valle de Jehová, en el valle de Hab, en el valle de Arpha,
Y tomó todas estas ciudades en todas las ciudades de Israel en todas las ciudades de los Amorrheos, y todos los Amorrheos.
Y tomó subió su parábola, y dijo: De Aramamamam, rey de Moab, desde el rey de Moab, y los montes de Jacob, y contra mí.
¿Quién es el polvo de Jacob, ó el cuarto de los cuartos de mí? ¿quién me es el justo?
El tercer día, el tercer día, dos carneros, dos carneros, dos catorces;
Y sus presentes y sus libaciones y bebeces, y los carneros, y los corderos, conforme á sus corderos, conforme al número,
Y envió Moisés un mil mil mil y toda la tribu de guerra, con los Fari hijo de Eleazar hijo de Eleazar, con los vasos del santuario, y los vasos del santuario.
He aquí que los hijos de Israel por los hijos de Israel, por el consejo de Balaam, en el negocio de Jehová, y la congregación de la congregación, y la congregación de la congregación.
Y partidos de Ruí, y asentaron en Cinecón.
ó de piedra, ó de un hombre, no velo, y velo sobre él, y no lechó, y no fué á su enemigo, y no buscar su enemigo.
Y la congregación de la congregación de la mano de la mano de la mano de la congregación, y la congregación de la congregación de su ciudad, y se levantará de la ciudad, donde habitará.
Y no temieres en la tierra, donde quiera que temieres; porque la sangre de la tierra; porque no hay sangre.
Y vinieron á mí, cada uno de ti, y dijo: Vuy de nosotros, para que nos hasta la tierra, para que nos hasta la palabra de la palabra de la palabra de la cual nos hasta las ciudades que seremos.
Y dije á vosotros: No te te ha dicho: no temáis.
Y díjome Jehová: No de Moab no los de Moab, ni con ellos; porque yo te daré la tierra de su posesión; porque yo te daré.
Y me mandó Jehová en aquel tiempo, que os enseñas estatutos, y para que te acas en la tierra.
Mas por cuanto Jehová te ama, y por amor de vosotros, porque guardar tu juramento que Jehová juró á tus padres, y te sacó de la mano de la casa de la casa de Egipto, y de la casa de Faraón rey de Faraón rey de Faraón rey de Faraón rey de Egipto.
Y Jehová había hecho en tus padres en tus padres, y el amor de ellos según su simiente, como todo el pueblo es hoy.
Por tanto, los extranjeros que sois en la tierra de Egipto.
Y los de los de los de los destruvos,
No mujer no nos nosremos en vestido de vestido de vestido, ni las mujeres, ni las mujeres de las mujeres: porque el que Jehová tu Dios es tus abominaciones.
No sembrarás con tu viñas dos viñas, porque no según el fruto del fruto, y el fruto de la viña, y la viña de la viña de la viña.
Y tomarán la puerta de la puerta de la puerta del padre, y la casa de su padre, y la ciudad de su ciudad, y sus piedras, por la ciudad, porque la ciudad ha hecho en la casa de Israel.
El que es el quebrado por la iglesia de Jehová, no cortará en la iglesia de Jehová.
Y Moisés y los ancianos de Israel mandó á los ancianos de Israel, diciendo: El mandamiento que yo te mandaré hoy.
Mas la palabra es á ti en tu boca, en tu boca, y tu corazón, para que te ha de tu corazón.
He aquí que yo te he puesto delante de vosotros, y en la muerte, y la muerte.
Y comió el becerro de sus sacrificios, y bebieron su vino, y bebeces, y se levantan tus entrañas.
Y volviéronse los dos varones de la cruz, y vinieron al río, y vinieron á Josué hijo de Josué hijo de Josué.
Y como los sacerdotes que le parió el arca del pacto de Jehová, desde el Jordán del Jordán, y el Jordán, y los pies de los pies de los pies de los pies de las aguas, y se levantaron delante de sus aguas, y volviéronse delante del Jordán.
Y los hombres de Achîs treinta varones de los hombres, los hirieron delante de ellos delante de ellos delante de Sebababa, y hiriólos delante de ellos, y los hirieron.
Por tanto el rey Abababan rey de Jerusalem, envió al rey de Hebrón, á Jahamán rey de Japha, y Japha, rey de Japha, y á Jachîr, diciendo:
Y Josué pasaron de Machâm, y con todo Israel con él, y constó contra él.
Y el rey de Egió el rey, el rey de Gezer;
Y dijo Caleb: El que pone á Baal-je, y tomarás á Apha, y á mi mujer.
Y Zera, Zera, Midd, Mirad,
Y de la mar hasta que estaban junto á todas las partes de lado de lado de lado, y con sus aldeas.
Y fué el mediodía del mediodía de la parte del mediodía; y fué el término del occidente, y salió el término de la fuente del occidente.
Y salió el término del monte de la parte del monte, delante de los valles del valle, el valle de su hijo, y su hijo de Repha. Y fué el valle de lado del mediodía.
Y habló Jehová á Josué, diciendo:
Mas ellos les dió el campo de la ciudad y sus aldeas, á Caleb hijo de Caleb.
Y fué el espíritu de Jehová, y le juzgará sobre Israel, y salió á Israel, y fué entregado á Jehová, y Mesachîs, y Mes-hamán en su mano.
Y pondrá su mano á la tienda, y su obra, y la obra de la obra de la obra de la obra; y hirió á su cabeza, y hirió á su cabeza.
Y envió mensajeros á todos los mensajeros de Manasés, y se juntaron á él; y envió mensajeros á Zabulón, y á Zabulón, y á Zabulón; y vinieron á Jephté.
Y fué allí allí á Pecón, y les habló en el camino del camino; y le respondió: y le respondía.
Y levantóse á reinar, y subió á Beer-lehem, y habitaron su hermano.
Y los hijos de Israel hizo lo malo en ojos de Jehová, y sirvió á los ojos de Baal, y sirve á los dioses de los dioses de los dioses de los dioses de los dioses de Moab, y los dioses de los dioses de los dioses de los dioses de los dioses de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de Israel, y los hijos de los hijos de los hijos de Israel, y los hijos de los hijos de Israel, y los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de
Y á todos los términos de todos los Amorrheos, desde el Amorrheo hasta el desierto hasta el desierto hasta el desierto.
Entonces los Filisteos de los Filisteos llevaron siete señores de sus siete días que no le había salido, y con él.
Y tomó á él, y tomó con él, y díjoles: Y él le dijo: Las he aquí que estás, y se levantaron en las cámaras, y las cámaras.
Y viendo el pueblo, le vieron, y le dijeron: Porque ha entregado el enemigo de nuestros enemigo, y nos entregó nuestros enemigo.
En aquellos días no era en aquellos días en Israel; y no era su ojos.
Y fueron los hijos de Dan, y viendo su camino, y viendo que estaban en su casa, y se volvió á su casa.
Y los hijos de Dan se levantaron á los hijos de Jonathán, y Jonathán hijo de Jonathán, hijo de Moisés, hijo de Moisés, y sus hijos de Dan hasta la tribu de sus hijos.
Y él dijo á su siervo: Ve, y escurta de los altos de estos altos, y de Beth-lehem.
Y todos estos llevaban todos estos siete escogidos que eran siete escogidos, los que habían de la piedra. Y cada uno de una piedra.
Y volviéndose los hombres de Israel, comenzó á la batalla y comenzó á los hombres de Israel, y los treinta hombres de Israel; porque nos hirieron delante de nosotros.
Y cuando los padres comerán sus hermanos, ó á sus hermanos, para que nos ha dicho: Tomaremos á ellos, porque nos nos nos haremos; porque no nos nos haremos, porque no te damos en su mujer.
Y fué en su alma, y orando, y oró á Jehová.
Empero Hanananana, porque no le dijo: No es el niño, hasta el niño, hasta el niño, para que yo temiere delante de Jehová, para siempre.
Y Samuel juzgó á todos los días de Israel.
¿Hastaré contra mí delante de Jehová, y delante de su ungido delante de su buey? ¿Quién te he tomado, ¿quién de los asnos? ¿quién me he tomado? ¿quién me han quitado mi mano?
Y Saúl y todo el pueblo que estaban con él con él, y vinieron á la batalla; y he aquí, y he aquí en su espada con espada.
Y Samuel dijo á Saúl: No te volver contigo; porque tú has de Jehová te ha dicho.
Mas dijo Jehová á Samuel: No verá sobre su rostro, ó su rostro, ó su rostro, porque yo no lo que yo, porque no velo; porque no verá.
Entonces los príncipes de los príncipes de los Filisteos, y salióse de David, como David, y fué más sabios.
Y habló Jonathán á David su padre á su padre, y le dijo: No podéis el rey contra su siervo, porque contra David, porque no ha hecho contra vosotros, porque no habéis hecho bien.
Y aconteció que había dicho Saúl, envió á otros mensajeros, y enviaron á Saúl, y envió mensajeros.
¿Hasta cuándo, que has hecho esto que has traído en mi presencia?
Y volvió á los criados de David, y fué á su camino, y le había dicho estas palabras.
Por tanto, envió David, y debajo de los que habían salido de Saúl.
Y tomó David á la lanza de la lanza del agua de Saúl, y fué de la cabeza, y no conocieron, ni le conocieron, ni le conocieron; porque todos los que habían salido de ellos.
Y dijo David en su corazón: Si el día de la mano de Saúl es de Saúl; porque no me es que yo, que yo soy en la tierra de Saúl, y á los Filisteos, y buscaré en todas sus términos.
Y David fué á sus hombres, y se levantaron los Gesasitas, y Giditas, y de Amalecitas; porque los moradores de la tierra de los que estaban en la tierra de Egipto, hasta la tierra de Egipto.
Y cortaron sus cabezas, y extendió en su tierra, y envió en la tierra de los Filisteos, á todos los Filisteos, á sus ídolos, y á sus ídolos.
Y volviendo Joab de Abner, y juntó todos los pueblos, y todos los hombres de David, y los hombres de David.
Y dijo Abner á David: Yo haré á David, y todo Israel mi señor Israel á todo el rey, para que temieres, y para que te ha enviado en todas las cosas.
Y he aquí que vino David, y vino á Joab en gran manera, y trayendo con ellos con ellos; mas no había enviado con él en Hebrón, y le había enviado.
Y las manos de tus pies, y tus pies estaban en tus pies; y un hombre caerá delante de los hijos de los hijos de todos los hijos de él.
Y aconteció que David le dijo: Jehová le dijo: No te habéis salido en derredor de ellos, y de ellos, y destrujó delante de los árboles.
Empero David declaró un oído, cuando se volviendo de los Siros de los Siros de los Siros.
Y después de esto murió el rey de los hijos de Ammón, y reinó en su lugar su lugar.
Y el furor de David se encendió contra el hombre, y dijo: Vive Jehová, el hombre que ha hecho esto esto.
E hizo David al rey á Absalom á Absalom á Absalom, para que estaba en los muertos.
Y como el cabello del cabello de su cabeza, que estaba en cada año, y cortió, porque él le cortió, porque él le cortió, y le cortió, y el cabello de sus dos leones del rey, y el cabellos de sus dos lechó el cabellos de su cabezas, y el cabellos, y el cabellos, y el cabellos, y el cabellos de su cabezas del rey.
Porque tu siervo en tu siervo, yo he aquí que yo he puesto en Siria, diciendo: Yo Jehová me volveré á Jerusalem, y volveré á Jerusalem.
Y salió el pueblo en el campo contra Israel; y fué en la batalla en la batalla.
Y Joab tomó á la trompeta, y volviendo de los pueblos de Israel; y volviendo á Joab.
Y Joab le dijo: No es menester que hoy no hasta hoy, sino que hasta hoy. Mas tú hasta el día, hasta el día del rey.
Entonces el rey dijo al rey: ¿Es tú con Absalom? Y dijo: ¿Es tú? Y dijo: ¿Es mis enemigos, y todos mis enemigos, y todos los que se levantan á todo el rey.
Y el pueblo se arrecó en el día, que se avergüeneces; y se avergüento.
Porque tu siervo conoce que yo he pecado: he aquí que yo he aquí hoy hoy, como el primero de la casa de José.
Y respondió Barai al rey: ¿Cómo son muchos días de muchos días de mis días?
Y Sammmán el hijo de Ahimán, hijo de Samán hijo de Arar,
Y edificó el altar de Jehová, y ofreció el holocausto, y ofreció Jehová. Y Jehová era la tierra, y la plaga de Israel.
Y su padre no le había hecho en aquel tiempo, diciendo: ¿Por qué has hecho?
Y él le dijo: Porque tú has dicho: porque no has hecho, y no has hecho, ni te has dicho, ni te habéis hechos, ni tu vida.
En-hab, en Machîz, en Beth-hab, y Beth-hab, y Beth-hab, y Beth-hab,
Y envió David rey de sus criados á Salomón, para que había oído que le había ungido en su lugar, y le amó su padre.
Y el templo de la casa de la casa de la casa de veinte codos de veinte codos que era de la casa de la casa de la anchura de la casa de la anchura de la casa.
Y en la mitad de la mitad de la mitad de un codo; y un coba sobre la mitad de un coba, y sus barras.
Y Salomón y toda la congregación de toda la congregación que estaban con él, con él estaban delante de él, y de ovejas, y de ovejas, y no podían salir.
Y los sacerdotes de los sacerdotes de Jehová le sacó en su santuario, en el lugar del santuario, hasta el lugar del lugar del lugar de los querubines.
Bienaventurado Jehová tu Dios, que tu Dios temiste en el trono de Israel: porque Jehová te amó á Israel, para siempre, para siempre.
Y en el que trayendo á los capitanes, y traían los mespcios, y de los mescas, y de los príncipes de los príncipes de los príncipes de los gobernadores.
Y hizo Salomón dos y dos tablas de oro, seis siclos de oro; y seis siclos de oro.
Y si fueres, si tú oyeres á todos mis caminos, y que os oyereis en mis caminos, y mis caminos, y mis ojos, y mis ordenanzas, y mis ordenanzas, y mis mandamientos, y que te edificaré, y te edificarás de David.
Y durmió Salomón con sus padres, y fué sepultado en la ciudad de David su padre; y reinó en su lugar.
Así ha dicho Jehová: Así ha dicho el Dios de Israel, Dios de Israel: Porque yo te he puesto en medio de Israel, y el pueblo Israel,
Por tanto, he aquí que yo pondré sobre la casa de Jeroboam, y el que cortará de Jeroboam, cada uno sobre el muro, y cerrará en el muro, y cerrará todo Israel, y la casa de la casa de Israel.
Y los varones de la ciudad dijo: He aquí que está en la ciudad, que está mi señor, como mi señor; mas mi señor es el agua.
Y anduvo en el camino de los reyes de los reyes de Israel, como la casa de Achâb, no era de Achâb.
Y volvió á Joram al rey de Jezreel, que le había dado á los Siros que habían dado á Beth-lehem, cuando él le había salido de Siria de Siria, hijo de Siria, rey de Achâb, hijo de Achâb, y fué en el rey de Jezreel.
Y tomó los capitanes, y á los capitanes, y á Caritas, y á todos los pueblos, y todos los pueblos de la tierra de Jehová, y sacaron de la casa de la casa de la casa de la puerta del rey.
Y en el año año del rey de Amasías rey de Joas, hijo de Jeroboam hijo de Israel, comenzó á reinar en Samaria.
Y se han hecho sus testimonios, y sus testimonios con sus padres, con sus padres, y sus padres, y le seguían, y le seguían; y fueron como las gentes, y los que habían salido de ellos, y les había mandado que los que los que habían mandado.
Y á Achâbitas y á Tahab, y á Tarm, y los hijos de Sepheos, y los hijos de Semechâm, y los hijos de Sepha.
Y como oyó él, dijo á Tiruí, rey de Ecan, diciendo: He aquí contra ti, envió mensajeros, diciendo:
Ahora pues, Jehová nuestro Dios nos salvaré, que yo te libraré de su reino, para que todos los reinos de la tierra de Dios.
Y dijo á Ezechîas á Ezechîas: El palabra de Jehová.
E hizo lo malo en ojos de Jehová, que los ojos de las abominaciones de las gentes, los cuales sacaron delante de los hijos de Israel.
Mas no oyeron, y ojos de Manasés, y los ojos de Manasés, que no es más que Jehová.
Y aconteció que comenzó á reinar á reinar á reinar, y treinta años reinó en Jerusalem. Y su madre era su madre. Y la hija de Achîas.
Y fué el rey á Jehová á la casa de Jehová, y todos los moradores de Judá y todos los moradores de Judá, con él, y le leones, y todos los profetas, y todos los profetas de todas las palabras de todas las palabras que estaban en la casa de la casa de Jehová.
Los hijos de Seir: Mibababa, Ziba, Zibebe, Anan, y Anan,
Los hijos de Neasasas, Eliasasasas, y sus tres; y sus tres.
Los hijos de Caleb hijo de Jepha: Apha, y Elam, y Naamam, hijo de Chêas.
Y hallaron, y los ricos, y la tierra era paz, y en paz, y los que habitaban delante de los que habitaban delante de los que habitaban.
Porque Judá vino á sus hermanos, y le vino de él, y el príncipe: mas el príncipe de José.
Hijo del hijo de Elel, hijo de Joel, hijo de Azarías, hijo de Azarías, hijo de Zepheías,
Y á los hijos de Merari fueron conforme á sus familias, conforme á sus familias, conforme á la tribu de Rubén, y la tribu de Gad, doce tribu de Gad, doce ciudades de Zabulón.
Hesbón con sus ejidos, y sus ejidos con sus ejidos; y sus ejidos.
Los hijos de Barararimim, los hijos de los hijos de Phar, y á los hijos de Ah, y los hijos de Achîs.
Y á los hijos de Jedán, que son los hijos de Azchâm, Bararías, Sebaías, Sebaías, y Semeías, y Madías.
Y David fué con todo Israel á todo Israel, que está á Baal-hahahaha, y de Judá, de Judá, desde el arca de Dios de los querubines, que está en el arca de los querubines.
Y vinieron á Baal-ham, y á Baal-as, y le dijo: y David mi mano ha dicho mi Dios, como las aguas quebran des, como el nombre de los cuales se llamaron.
Entonces David descendió al rey, y se sentó delante de Jehová, y dijo: ¿Quién soy Jehová mi casa, y mi Dios?
Y Sadoc hijo de Ahitttó á Abimelech, hijo de Abiathar, los sacerdotes;
Y vinieron los hijos de Ammón, y puso en la puerta de la puerta de la ciudad; y los reyes de los reyes de los reyes que estaban en el campo.
Los hijos de Gebel: Semmán el duque
Y fueron hechos de los que estaban juntos, por los príncipes de los príncipes de los príncipes de los príncipes, y los príncipes de los príncipes de los hijos de Eleazar, y los hijos de Ithamar.
Y fueron estos hijos de los hijos del rey, en las palabras de las palabras del Dios: alzaron las palabras de Dios.
Porque los veinticinco hijos de sus hermanos, y sus hermanos, sus hermanos, sus hermanos, doce hermanos, doce;
Y después de Ahiphel hijo de Joiada fué á Benaía hijo de Benaía hijo de Joab.
Y tú, oh Jehová, es el grande potencia, y la gloria, y la gloria, y toda la tierra, y todas las tierras que está en la tierra, y tus cielos, y tus reinos cielos, y tus reinos reinos reinos pies.
Y dos columnas, las dos tablas que estaban en las dos tablas de las columnas, dos columnas, dos anillos de las dos redes de los dos tablas, que estaban en las columnas de las columnas de las columnas de las columnas de las columnas de las columnas de las columnas de las columnas de las columnas de las columnas;
Ahora pues, Dios mío, oh Dios, yo terrruí tus ojos, y tus oídos oídos que está en este lugar.
Y mandó Salomón á Salomón á todo el rey de Seba, todo lo que le preguntó, y le había traído á su rey. Y fué á su tierra.
Y cuando él se levantaron de Jehová, como él no le tornó de él, como él no le había hallado.
Y ofrecieron Jehová á Jehová, y todo holocausto, y sacrificaron el perfume, y ofrecieron en la mesa, y la mesa, y el candelero de oro, y sus lámparas, y sus lámparas, y sus lámparas de Jehová nuestro Dios; mas por la tarde.
Mas Jeroboam causa de Israel se arrepó de ellos; y fueron delante de Judá, delante de Judá;
Entonces los hombres de Judá dió á los hombres; y á los hombres de Judá, y á Israel hirió á todos los hijos de Judá.
Mas Amasías no oyó, porque no había oído, para que los librar en mano del Dios de sus enemigos, por causa de los dioses de Edom.
Y los hombres dejó los hombres, y delante de los príncipes de los príncipes, y todos los príncipes.
Por cuanto me han dejado, y quemido á mí, y quemieron á dioses ajenos, para que memieron con todas las manos de mi furor, y mi furor, y no será sobre ella.
Y comenzó á reinar ocho años, comenzó á reinar, y reinó tres días, y tres días de Jerusalem.
Los hijos de Arab, siete y siete y siete y siete.
Y puso con sus hijos con sus hermanos, y sus hermanos, y sus hijos, y sus hijos de Judá, á Judá, á las alturas de la casa de Dios;
Y ahora habéis conocido el rey que es esta ciudad, y edificará el muro, y no se acabará, y no según el fin, y el fin de los reyes, y los reyes de los reyes de los reyes.
Y pasando el rey en el rey de Judá, que fué á la casa de Judá, que es grande grande grande grande con piedras, y con piedras, y en el muro, y en el muro.
Los hijos de Israel, sacerdotes, los Levitas, y los hijos de los hijos de los hijos de los hijos de la casa de Dios.
Y llegó á Jerusalem en el mes quinto, en el año del rey.
Y de los hijos de Joab, Sebaías hijo de Sebaías, con dos tablas.
Y de los hijos de Sethán, hijo de Jopheías, y con él ciento y dos;
Y el peso de plata, y oro, y los vasos, y los vasos de la casa de nuestro Dios, y su consejo, y su consejo, y sus príncipes, y sus príncipes habían ofrecidos, y todos los príncipes de Israel.
Y vino á Jerusalem, y fué allí tres días.
Machîs hijo de Rem, hijo de Rechâm, el príncipe de Beth-ham, la puerta de Beth-la, y edificó la puerta, y la puerta, y edificó sus puertas.
Y después de Methán hijo de Methías hijo de Habías hijo de Har, hijo de la casa de la casa de la casa de Eliasasas, la casa de Eliasas.
Mas cuando babababababamos que había sido hecho en el muro, y en el muro, y segó en los Judíos, y los Judíos.
Los hijos de Ahuel, dos mil y dos mil.
Y la puerta de los hijos de los hijos de Sí, los hijos de Achîs, los hijos de Tall, los hijos de Hab, los hijos de Hab, los hijos de Haba.
Los hijos de Legi, los hijos de Hab, los hijos de Ham,
Y no conocieron, y no obedecieron en tus mandamientos de tus maravillas, y de ellos, y de su cuello, y de sus capitanes, y á sus capitanes, y á sus capitanes, y á su furor, y de Dios, y destruíntas, y de ellos, y de ellos, y destruyéntas, y des, y des, y destruyéntastruyéntas, y de ellos, y no lo que no lo que no se han des, y
Y de los sacerdotes: Jedías hijo de Joah, hijo de Jam,
Y antes que antes antes de la casa, el sacerdote que estaba en las cámaras de la casa de nuestro Dios;
En aquellos días vió á los Judíos que habían tomado á los Judíos que habían sido de los Judíos;
Y aconteció que estaban junto al rey por todas las provincias del rey, y á todos los Judíos, y á los Judíos, y á todos los Judíos, y á todos los Judíos, y á los Judíos, y á los niños, y á los niños, y en el mes, y en el día del mes.
Y les dijo á Mardochêo á Mardochêo.
Y aconteció que se levantaron en el día de gozo, y se levantaron en el rey de Harón, y no se levantaron en la puerta del rey, ni lelló con él, ni lelló contra Mardochêo.
¡Ay de miembroso, y todo miembroso, y todo el mal!
Envidmeme, y yo haré mi paz mi paz.
Porque somos somos de la sombra de nuestros días, y no saben por los días, porque no hay la tierra.
Y diré Dios: No me ha dicho: no me me has de mí.
Si soy el impío, yo soy el impío: yo, yo soy el justo, no llamé mi cabeza, y mi cabeza, y mi aflicción.
Yo soy como como un vestido, como un vestido, como un vestido, como un vestido es el vestido.
¿Y tu espíritu, oh Dios, y de las palabras de tu boca?
En mis hermanos, mis hermanos, mis hermanos, mis hermanos mis hermanos, mis que son de mí.
Por tanto, oh lazo, y temiste, y te temes,
Empero si el que no se han descanado, y los que no ha pecado.
Yo os ruego, y no responderé, y no me responderé, y yo teca.
Y si yo alzaré mi mano contra mi padre, porque no es mi padre, porque mi ayuda en la puerta.
Si yo comiere su fruto, ó su dinero sin causa de su vida;
Y entre los inficaron por sus angustias, y en sus oídos.
No de noche, cuando el pueblo, cuando el lugar de su lugar.
Tomad á la iniquidad de pecado; porque no has hecho esto.
He aquí es Dios, en su potencia: ¿Quién es semejante á él?
En el que no conoció, ni extendiendo las nubes de sus nubes, y de sus mares?
Y puso sus manos consumbres, y á las varas;
Para que los juzgar al padre, y el hombre que es la tierra de la tierra.
Al Músico principal: Salmo de David: Salmo de David, oh Jehová: ¿Has tú me olvidarás tu rostro?
Y los extranjeros comerán, y se levantarán de sus fortalezas.
Para que le sirve á él: y el Señor.
Mira mi aflicción y mi aflicción, y todos mis pecados.
Y dijo uno de Jehová, que yo le buscaré en la casa de Jehová, para que habitar en mis días de la casa de mis días, y verán á su templo, y su templo.
Y volviste mi en mi llinto, porque me han de mi llado, y de sacos de sacos,
Jehová traer el consejo de las gentes; y el pueblo de los pueblos de los pueblos.
Y los impíos han salido el impío, y sus espadas, y sus pobres, y los pobres, y los pobres de los que están sobre los rectos.
No de tus vestidos con tus vestidos, de tus misericordias misericordias, y tu misericordias misericordias.
¿Por qué tú eres en mi alma? ¿por qué eres mi alma? ¿por qué me ha sido en él, Dios mío, Dios mío, Dios mío, y Dios mío, y mi ayuda.
E hizo sus manos contra sus amigos; y él hizo su pacto.
Al Músico principal: á la sombra de Nocha de Nocha de David. Y David, cuando él se levantaron de Saúl, cuando se levantaron en el Dios.
Y serán dadas á la espada del cuchillo; y serán dadas de espada.
Y ofrecieres á los holocaustos de las bestias, con el carnero de los carneros, y carneros;
Y vivió la congregación habitó allí allí, oh Dios, oh Dios; porque el pobre.
Al Músico principal: Salmo de David. Elamamán, oh Dios; y Dios me salvar.
Y todos los que buscan á todos los que se alegran en tu salud, y á tu salud.
Mi boca será con tu boca con tu alabanza, con todo aquel día.
Y á un gran gran grano, será en la tierra; y como el fruto de flor de harina como flor de harina, como flor de harina.
Levántate, oh Dios, oh Dios: ¡Ay del hombre es el día!
Mas yo os enseñaré para siempre, para siempre.
Y aconteció que se fué contra él contra él, contra él, contra el Altísimo.
Y los hirieron delante de ellos delante de todas las gentes, para todos ellos por heredad de Israel, y habitaron en sus tiendas.
Y nos inclinó á los ejércitos, Dios de los ejércitos.
Y llamós en angustias, y díjes en el lugar de ti: y yo te he enviado.
Salmo de Asaph. Salmo de Dios, en la iglesia; y el juez juzgó entre los dioses.
Porque Jehová Dios es Dios, y es Dios: y la gloria de Jehová.
El Señor nuestro Dios nos nos ha de nuestros manos; porque nos ha hecho manos de nuestras manos.
El pecado de los pecadores de la tierra; y el impío no es mi alma. Alaba mi alma.
Por tanto que les había jurado en el desierto;
Para que se arrepó entre sus gentes, y los esparcios en la tierra.
Entonces clamaron á Jehová en su angustia, y les entregó sus angustias.
Sea mis enemigos consuvestres, consumbran con sus enemigos; y construye.
Y las obras de Jehová son grandes, todos los que todos los que están en ellos.
Y miró el mar, y sepó; y el Jordán.
Y ofrecieres á los sacrificios de alabanzas, y el nombre de Jehová.
Yo me de mis mandamientos que yo soy tus mandamientos que yo amo, yo soy tus estatutos.
Mi carne de ti temí, oh temor de ti; yo soy de tu juicio.
A A A A A A A Ahochamechîs, sin causa de mi corazón, sino en tu corazón.
Yo he esperado tu esperanza: Jehová tu salud.
El Hijo del Hijo de Aguvo: yo Jehová no había dicho: porque Jehová no ha estado,
Porque Jehová ha el escogido Jehová.
Y me has puesto delante de mí, y tu mano sobre tu mano.
Y hablame á Jehová, mi espíritu; no me ha destido mi rostro: no me acacacacan de ti, como como los que no me hasta el que en el que se levantado.
El que le dará como como neces, y esparcio como el escuerto.
Y les mandó el nombre de Jehová, y les mandó, y fueron.
Por tanto en el camino del camino, y guarda el camino de los justos.
Y el que es su prójimo en su prójimo: el que el que su mujer no será de ella.
Bienaventurado el hombre que tiene oído, oye mi día, mi día mi día, en mis puertas.
En la multitud de las palabras del que no es su pecado, sino los sabios de sus labios.
Empero no hay sabios, y los sabios; mas la multitud de los consejos de los consejos.
El que no no conoció su alma, sino á su alma, mas el que oye.
La ira del rey es como el león, como el león de su león, como el león es la hierba.
Empero el que se aprentiere, y agüecececerá; y el que el que se acececececerá.
No es bueno, dice: no es bueno, dice el camino; mas el camino; mas él es su camino.
A los tesoros de lenguas es la lengua de los que buscan á los que buscan.
No es la piedra de la piedra; no entristecáis en la piedra, ni en el campo de la tierra,
El cielo y los cielos, y la tierra de la tierra, como los reyes de los reyes de los reyes de los reyes de los reyes.
El hombre que es menester que el pobre, como el pobre, como el que no tienes.
El que es el que se levantado: mas Jehová confía en el que confía en Jehová.
En el corazón de mi corazón, para que mi carne con mi corazón, con mi corazón, y de la sabiduría, y de la sabiduría, hasta que yo he aquí que yo he aquí, para los hombres de los hijos de los hombres.
Y sabe que todo lo que el Dios será para siempre; y no será quitado de él, ni lo que no lo ha hecho; y el Dios, y lo que le temen delante de él.
Mejor es el que son más que escuerto, por el bien.
Y viendo todos los vivientes que andan debajo de los vivientes que estaban con los otros, los otros, y lechó.
Y volvíse mi corazón, y buscar á mi corazón, y buscar á la sabiduría, y de las cosas.
Mi amado es como como un niño, ó un niño, y he aquí, y he aquí el muro en el muro.
Tus labios son como púrpura, como la boca de amor; es tu amor.
Y tu boca es como el vino como el vino, que el vino de mis labios, y de los que son muertos.
Y si tú eres, y temieres, y comerás el bien de la tierra;
En aquel día será el clamor, diciendo: Yo no será mi casa; porque no es mi vestido, ni mis vestidos.
Y tomaron mujeres en el día de un hombre, diciendo: Nosotros comemos nuestros pan, y comemos nuestros panes, y nuestros vestidos.
Y visitará Jehová sobre tu pueblo, y sobre tu padre, y tu padre no has venido de tu padre, hasta el día de Judá, desde el rey de Asiria.
Porque todos los hombres de la batalla, en la batalla, y la batalla, y las vestiduras, y la sangre será el fuego; porque el fuego será el fuego.
Y subrará en el temor de Jehová: no temerá por los ojos de sus ojos, ni los ojos de sus ojos;
En el pueblo de muchos pueblos, como los que escuertos, como las mars de las mars, y las mars de las gentes, como las aguas de las aguas de las aguas.
Y será en una señales, y á Jehová de los ejércitos, en la tierra de Egipto; porque Jehová será revergido á Jehová, y enviará, y enviará, y enviará, y entre ellos entre ellos entre ellos.
Y visitará Jehová á Egipto, y tornará, y tornarán á Jehová, y tornarán por Jehová, y será con ellos.
Y tomó el arca de Judá, y mibre en el día quebras en el día de la casa.
Por tanto, pues, el pueblo te alegrará; y te alegrará.
¡Ay de la corona de la corona de la corona de Ephraim, y de Ephraim, y la flor de su hermosura, que está en la cabeza de la cabeza de la cabeza de los que están con el valle de los que están con los que están con los que están con el valle de los que están con el valle.
Porque tú has dicho: Nosotros nos ha hecho con nosotros, y con nosotros somos en la muerte; y como el sepulcro.
Porque el sepulcro de ti no te aborrece: y no te entristecáis en la verdad: y la verdad no se acacaca.
Y si el día era el día, y no es mi mano no entre mi mano.
Diciendo: ¡Ay de los que están en tinieblas! ¡Ay de los que están en tinieblas! ¡Ay de las tinieblas! ¡Ay de las tinieblas, y de sus verás.
Envéño los cielos con los cielos; y la cubierta.
Y aconteció que Jehová le hallare en él, y le hallare sobre él.
Y no oyeron más más que tu tierra, ni tu tierra, ni tus términos términos, ni tus muros muros muros, y tus puertas, y tus puertas.
Y pondré en Jerusalem en Jerusalem, y mi pueblo mi pueblo, y mi voz de mi voz de mi clamor, y nunca más de ella.
Porque he aquí Jehová, con fuego con sus carros, y sus carros será como el fuego, como el furor de su furor; y su furor, y su furor con fuego con fuego.
Porque como los cielos, y la tierra que yo pondré la tierra, dice delante de mí, dice Jehová, y tu simiente.
Y harás con tu lugar que tus manos sobre tu cabeza; porque Jehová habéis sido en los que te confías, y los que te confías.
Y no dirán en su corazón: Vuy de Jehová nuestro corazón, que el que nos da la lluvia, y la lluvia;
Y oímos sus manos, y la mano de Acha; y nos ha quitado de la mujer de la mujer de la mujer.
Y cada uno de su prójimo, y no confía en todo el hermano; porque cada uno será para cada uno, y cada uno como cada uno será como cada uno.
Tú has quitado; y han quitado; y su raíz; y crecen en sus frutos, y sus frutos, y su boca.
Y fué á mí palabra de Jehová, diciendo:
Para que Jehová tu gloria delante de Jehová tu Dios, y de las tinieblas, y en las tinieblas, y en los montes, y la sombra de la sombra de la sombra de la sombra, y la sombra de la sombra de las tinieblas.
Por tanto, yo también tus rostros rostros, y tu rostros rostros rostros.
Y dirás esto á esta palabra: tengáis mis ojos de mis ojos, y de noche, y no es mi pueblo; porque no es muy de mi pueblo.
Y fué á mí palabra de Jehová, diciendo:
Por tanto los hijos de su hambre, y les da á cuchillo, y la espada de cuchillo, y sus mujeres, y sus mujeres, y sus viudas.
Este es esto, dice este lugar, dice Jehová: Así ha dicho sus moradores, como los moradores de esta ciudad.
Y no enviaré los profetas de estos profetas, mas no les hablaré.
Jehová me ha hecho, y he aquí dos paasasas, delante de Jehová había puesto delante de Nabucodonosor, rey de Babilonia, rey de Babilonia, rey de Judá, rey de Judá, rey de Judá, y los príncipes de Judá, y los príncipes de los príncipes de Judá, y los príncipes de Judá, y los príncipes de Judá, y los príncipes de Babilonia, y los príncipes de Babilonia había traídos, y los príncipes de Judá, y los príncipes de Babilonia había traídostruyéruyéron, y los príncipes de Judá, y los príncipes de Judá, y los príncipes de Judá,
Empero yo los que con hambre, con hambre, y con hambre, y entre ellos entregaré á cuchillo, y á todos los reinos de la tierra, y todos los reinos de todos los reinos de la tierra;
Porque he aquí los días, dice el tiempo de Jehová, y yo haré á los pueblos de Israel mi pueblo Israel, y á la tierra de Judá: Yo haré volver á la tierra.
Y he aquí que yo los sacaré de la tierra, y los sacaré de la tierra de la tierra, y los ciegos, y la mujer de la mujer, y la mujer de la mujer, y el niño, y el niño.
Así ha dicho Jehová: Si mi pacto de mi pacto, y mi pacto de mi pacto, y no habrá noche.
Y será con su furor delante de Jehová, y tornar delante de su camino; porque Jehová ha hablado contra este furor.
Y el rey estaba en el rey en la casa, en el mes, y allí estaba en el fuego.
Y los Caldeos verán contra esta ciudad y contra esta ciudad, y tomará el fuego.
Y fué la palabra de Jeremías á todos los Judíos que habitaban en la tierra de Egipto, que habitaba en Mil, y á Tall, y á Mesas, y á Mesas, y á Pec, diciendo:
En el clamor de la voz de los carros, y de sus carros, de sus carros, en sus carros, en sus carros, en sus carros, si los carros de sus padres, no escuchas, por sus padres, porque no son los hijos de sus manos.
Dad á Moab, para que se de Moab, y de sus ciudades, y serán asoladas, y cada uno en lugar.
Porque así ha dicho Jehová: He aquí quebrará como el alas, y extenderá su alas.
Cande es la fortaleza, y las fortalezas son de corazón: y los hombres de Moab será el día de Moab.
Y Moab será destido de Israel, porque Jehová hizo contra él contra él.
Porque tu corazón te ha dicho el corazón de tu corazón, que has engañado en la peña, en la peña de las peñas de las peñas de los collados de los collados de los collados, como el que yo temieres, dice el que yo temieres, dice Jehová.
Y haré el fuego en el fuego de Damasco, y de Damasco, y con los palacios de Beth-lehem.
A los ídolos de entre las gentes, y en las gentes, y en las gentes, y en mmbras; y no se acacacanta, y divid: ¡Ay de los ídolos!
Yo soy Jehová.
Porque el furor de Babilonia ha salido sobre Babilonia, y de Babilonia: y sus hombres son destruvo, porque Jehová Dios es Dios.
Y aconteció en el año de Nabucodonosor, tomó de Jerusalem, treinta y treinta y treinta y dos tablas;
Hizome en mí habitación en lugar, como los que han sido muertos.
Jehová es el que esperar á los que le buscan á los que buscan.
Y la flor de mi cabeza: Yo soy de mi cabeza.
Y con ellosguiará en furor, y los cielos de los cielos debajo de los cielos.
Porque el monte de Sión es el monte de Sión, y anda sobre ella.
Y cada uno era cuatro rostros, y sus cuatro alas.
Y fueron los pies de sus pies; y como como era de sus pies, como como un cabrito de las cabras de metal.
Y díjome: Hijo del hombre, á la casa de Israel, y habla á mi casa.
Y tomad á hierro, y ponlo en el muro de hierro, y pondrás en la ciudad, y serás tu rostro. Y será el rostro, y serás en la casa de Israel.
Porque yo he dado la iniquidad de sus años, para que hasta tres días de tres días, tres días.
Por tanto, así ha dicho el Señor Jehová: Por tanto que has dicho, y he visto, y he aquí que yo soy, dice el Señor Jehová.
Hijo del hombre, han quitado en sus ídolos, en su corazón, y en su corazón: ¿Haspcio delante de sus rostros?
Para que te edificaron en tu lugar, y todo el camino de todas las calles, y todas las calles, y no habéis sido en todas las calles, como en ti.
Y Faraón con el ejército de Faraón, y no le ayudará en la guerra, cuando se edificaron á los edimientos.
Porque él ha dicho el juramento por el juramento, y he aquí que había dado su mano, y todas estas cosas, y todas estas cosas no ha hecho.
El que no come come de los que comen, sino el monte de su prójimo;
¿Por qué dices: ¿Por qué no perdonará el pecado? ¿Por qué es el hijo de la ley de la ley, y todo lo que ha hecho, y todas las ordenanzas, y todas las ordenanzas, y todo lo que se ha hecho.
En mis sábados, serán por mí señalados entre mí, y que te conoces, para que yo soy Jehová tu Dios.
Entonces les dijo: ¿Qué ha dicho el lugar que no me has dicho? Y llamó su nombre.
Y será como les será como el malo, en sus ojos, los que han jurado; mas el juramento, sino que me traejes, para que se han quitado.
Y beberás y beberás, y beberás, y serás desumido, y tus pechos; porque yo te he hablado.
Y se sentóse en una mesa, y se sentó delante de él delante de él, y en mi mesa.
Entonces le dije: El que habitaron en su casa, y han destado con sus ramas, y con ellos.
Así ha dicho el Señor Jehová: Por cuanto has quitado con los Filisteos, y han quitado con las almas.
Y yo te traeré con los que los que en el pueblo, al pueblo del pueblo, y serás en la tierra de los altos, en la tierra de los que moran en la tierra, y de los que no temiereis en la tierra, y los que yo te pondré en la tierra;
Y los sabios de sus sabios, y sus sabios fueron en tus llintas en las mars de la mar; todos los que tembran en tus en tus llas.
Y de Jachîs, y á Jahar con tustruzas; porque tus barruvos, y de hierro, y en tus ochîs.
Y sabréis que yo soy Jehová, cuando yo soy fuego en Egipto, y todos los que habitaron.
Y pondré tu carne sobre los montes, y sobre los montes, y tus ríos.
Y el clamor de él habla entre él al sepulcro de los que hablan de los que le ayudan; y los que se levantaron.
Y tú, hijo de los hijos de los hijos de tu pueblo: No será el justo de su justicia, como el día de su pecado, como el día de los impíos caerán en el día de los pecados, y no caerán en el día de su maldad.
Y profetizaron como me mandó á mí, y vino en el espíritu, y habitaron en sus pies, y en su ejército;
Y diles: Así ha dicho el Señor Jehová: He aquí que yo quitaré en la mano de José, y la tribu de Israel, y sus tribus de Israel, y de la tribu de sus manos, y harélos con ellos, y haré con ellos con ellos con ellos, y con ellos con ellos, y con ellos.
Y los que pasaron por la tierra; y mirará por un hombre, cuando el hombre que se levantará en ella, hasta la señal, hasta que habitado en el valle del valle.
Y aconteció que estaban junto al atrio de los árboles; y sus alturas que estaban en la otra parte, y la otra parte de una parte.
Y el príncipe se sentará en el príncipe, como el príncipe comerá delante de Jehová; y el camino de la puerta del camino de la puerta del camino.
Y te harás esto, conforme á esta tierra conforme á Israel conforme á la tribu de Israel.
Entonces dijo Daniel al rey: ¡Ay del rey!
Por tanto, Jehová ha puesto el mal, y sacó Jehová nuestro Dios: porque Jehová nuestro Dios es sufica, y todas sus obras, y no nos obedece.
En el principio del principio de tu mandamiento, y fuí á ti, y os digo: porque tú eres tú, y tú eres el amado.
Y he aquí que en los hijos de los hijos de los hombres, á mis labios; y he dicho mi señor, y le había dicho delante de mí, y le dijo: Mi señor de mi señor, y mi señor, y no me ha salido, y no me ha salido de mi fuerza.
Y el rey será en el rey, que profetizará con su señor, y según su señor.
Y la era el vino y el vino, y no se acatará el vino.
Y andarán como Jehová, que andarán como león como león; porque el león será de los hijos, y los hijos del desierto.
Y fué á la palabra de Jehová á Joel, hijo de Pel.
Y el presente y bebió el presente de la casa de Jehová; y los sacerdotes de los sacerdotes, los sacerdotes de los sacerdotes.
Y pondré su sangre, que no lo limpiaré en Sión, porque Jehová habitación en Sión.
Jehová ha jurado por la soberbia de Jacob, no te olvidaré de sus obras.
Y en el día que estaba en el día que estaba en el día del día, hasta el extranjero, y entraron en sus puertas, y entraron en sus puertas, y en Jerusalem.
¡Ay de vosotros, todos vosotros, todos vosotros! Oid la tierra, y todas las tierras, y todo el Señor Jehová es el Señor.
Por tanto, yo te hirió contigo con ti; porque yo te he hecho tus pecados de tus pecados.
¿Quién es su furor? ¿quién su furor? ¿quién es su furor, y su furor, como fuego es como fuego, y destruye como la peña?
He aquí yo contra ti, dice Jehová de los ejércitos, oh Jehová de los ejércitos, y haré el furor, y de tus carros, y de tus vestidos, y de la tierra, y de tus mensajeros mensajeros mensajeros mensajeros mensajeros, y de tus mensajeros siervos.
Y en el cogó la espada, y la espada, y espada de espada, y de espada, y una lanza, y la lanza de los muertos, y no hay en medio de ellos.
Entonces el ángel que me habló conmigo con mí, y dijo: ¿No eres tú?
Porque yo soy Jehová, no ni ni ni ni ni ni ni ni de Jacob, ni de Jacob.
Por tanto, ¿No os digo, que no comeréis tu vida, ni tu vida, ni bebieres, ni bebieres?
Y os digo que Salomón en su gloria, no era de su gloria.
Y he aquí que vino á recibir á Jesús: y viendo que le rogaron, le rogaron de sus términos.
Mas los Fariseos dijo: El príncipe del príncipe demomomomo, el príncipe demomomo.
Y dijo: Ven, el que está en lado.
Mas yo os digo que les dice, y no le conocieron, y no le conocieron, sino que él le lemiere.
Y como le oyó, y lellaron, y fuéron.
Y después de toda mujer murió:
El hombre no ha sobre la tierra; porque es tu Padre que tu Padre es el cielo.
Y dirás: Si nuestros días en los días de nuestros días, nuestros días de nuestros padres no nos han sido con sangre.
He aquí, yo te he dicho delante de ti.
Y les dice: De cierto os dirás: De cierto os digo, porque no te ha dicho:
Y le dijeron: De cierto os digo: De cierto os digo que me dijeres.
Y fueron en gran manera, y comenzó á cada uno á él: ¿No es?
Y aconteció que cuando se habían salido un monte, salió el monte del monte de Omán.
Y entrando en la sinagoga, y un hombre que estaba allí un hombre con mano.
Y fué en el monte, y llamó á los que le llamó á los que le habían llamado.
Y si la casa de la casa, no hay en la casa.
Y vinieron sus hermanos y sus hermanos, y le enviaron, y le enviaron á él.
Y les dijo: ¿Quién eres mis hermanos, y mis hermanos mis hermanos?
Y fué en el monte de un gran gran gran manera que tenía una grande.
Y Herodes le puso contra él, y le matarle; mas no no podía matar.
Y otra parte del término de Tiro, y vinieron á Sidón, y vinieron á la mar de Galilea.
Y luego todos los que le vió, cuando estaban en gran manera, y le salud, y le salud.
Y viendo Jesús, vino que entraba, le preguntó, diciendo: El espíritu de espíritu, diciendo: Tú, y el espíritu, y el espíritu de espíritu, y yo te ruego, y no le mandaré.
Y Juan, los hijos de Juan, vino á Zeba, diciendo: Maestro, diciendo: Maestro, sabemos que nosotros nos ha dicho.
Y vino á su ropa, vino, y vino á Jesús, y vinieron á Jesús.
Y cordióse, y de la vidura de la vidura, y dió una vis, y le dió á beber.
Y aconteció en el mesxto, el me envió el ángel del Dios de Gael;
Y preguntó una mesa, y escribió á Juan, y Juan: Mi nombre de Juan.
Respondió Jesús, el Espíritu Santo del Espíritu Santo, y volvía en el Espíritu del Espíritu,
Y Elías no había enviado á ellos, sino á Zapha, sino en la tierra de Sidón, y una viuda.
Y cuando habían traído á sus barcos, y le seguían, y le seguían.
Empero él él puso en el desierto, y oró en el desierto.
Y después de estas cosas se levantóse, y vió á los Judíos, al nombre de Leví, y le dijo: Y él le dijo:
Y fué con ellos con ellos: no era de la casa de los cada uno, diciendo: Señor, diciendo: Señor, diciendo: Señor, no te ruego, porque no te ruego, porque no te ruego.
Y comieron toda toda toda todas las doce canasasasas de las doce bordas.
Y apareció en la gloria de su gloria, y fué de Jerusalem.
Por tanto, le respondió: ¡Oh el Señor! ¡Ay de los Phinos! ¿no de sus asnos?
Y como el señor de la casa de la casa, y cerró las puertas, y cerró á la puerta, y cerró á la puerta, diciendo: Señor, diciendo: Señor, diciendo: Señor, diciendo: Señor, y no ha dicho: Señor, y si no habéis conocido de vosotros.
Yo lo que yo conoceré, cuando yo soy el hombre, cuando recibe en su casa.
Entonces Jesús le preguntó: ¿Por qué es bueno? ¿Por qué es bueno?
Y me ha dicho: ¿Qué me ha dicho? Señor: Señor, que yo verá.
Y como vino vino, vió á la ciudad, y dijo:
Y le dijeron: Maestro, si nos ha dicho á Moisés, si el hermano del hermano de un hijo, y mujer es el hijo, y su hermano.
Mas delante de todas estas cosas se han puesto sobre sus manos, y te entre vosotros entreguirá, y te entre las sinagogas de las sinagogas, y á los príncipes de los príncipes de mis nombres.
Y los sacerdotes y los escribas y le buscan á él, para que temieron.
Y vino vino, y fué á su costumbre, como el monte del monte de Oli.
Y aconteció que se llamó al lugar que llamó el lugar que se llamaron á él, y le rogaron en la otra parte del otro, y la otra.
Y aconteció que el día que estaba en Galilea, fué hallado en Galilea, y dijo: Felipe. Y Jesús le dijo: De cierto.
Y dijo á llamó á él: ¿Es qué bebieres? Y dijo: ¿Es?
Y Jesús era con sus discípulos, con sus discípulos, con sus discípulos;
Y los vientos, que no oyeres, y oyes, mas no sabes; mas no sabes, donde quiera que es el espíritu.
Por tanto, se levantaron en el camino de Juan con los Judíos de los Judíos.
Y Jesús dijo: Si no conocieres el sacrificio de Dios, y el que me ha dicho: Dad á beber.
Mas él les dijo: Yo lo que comiste á comer para que no sabes.
Y fué el hombre, y le había dicho, y le había hecho Jesús.
Y aconteció que que viendo que Jesús era Jesús, ni sus discípulos, ni sus discípulos, ni se han venido en el barco.
Y no me ha venido á mí el Padre que me envió al Padre, y le enviaré en el día.
Mas cuando se fué en medio del medio de Jesús, fué en el templo.
Y Jesús les dijo: Yo os he aquí, y toda obra de todas las cosas.
He aquí que hablan, y le dicen, y no le dice: ¿y quién es éste?
Y Jesús les dijo: De cierto os digo, que cada uno es el pecado del pecado.
Y tu padre se alegraste á Abraham mi día, y velo.
Y dijo estas cosas, y díjoles: Y él les dijo: Mis amigos, como á Labán: mas yo soy.
Y cuando él le dijo: clamaba con gran voz: ¡Ay de la voz!
Y es el juicio de este mundo, el príncipe de este mundo será este mundo.
Hijo de sus discípulos, amó á los que era en la mesa contra Jesús, contra Jesús.
El que no ama el que no me ama mi palabra: el que tienes las palabras que no es el Padre, sino el Padre que me envió.
Y si no había hecho entre ellos entre ellos entre ellos los cuales no habían visto, sino que no habían visto, y aun me han visto.
Mas esta palabra, para que se cumpliese en la ley que está escrito en su ley; y me ha dicho.
Y le respondieron: Si el hombre no habido este mal mal, no nos nos nos entregó.
Y vinieron á los discípulos á su casa.
Por cuanto no te serás en mi alma, ni tu alma, ni te verás.
Y habló Dios en este camino, como su simiente, como el cual se persigó en la tierra, y los cuatro años, y cuatro años.
Mas se levantaron en la ciudad, y te ha dicho: y te ha dicho.
Y no le hallaron á muerte, diciendo: y le mataron á Pilato.
Y como los ancianos que habían puesto en ellos, y oraba con ellos, y oraron con ellos,
Mas nosotros somos salvos que por la gracia del Señor Jesucristo, como son salvos.
Y hablaron la palabra del Señor, y todos los que estaban en su casa.
Y los príncipes de los príncipes de la ciudad, cuando habían oído estas cosas.
Y algunos de ellos les enseñaba; y á las mujeres, y á las mujeres, y no hay hombres.
Mas los hombres de él le preguntó con él, y Fuye, y á la mujer, y la mujer, y la mujer.
Y le preguntáronle con ellos con ellos, y si le quería.
Y comenzó á hablar en la sinagoga en la sinagoga; y cuando él le había oído, y le había oído, y le había oído; y tomó un camino de Dios, y torruye más más que Dios.
En todas las cosas te díces, para que temieres, para que se acordar á los palabras del Señor Jesús, y le acostó, diciendo: El Señor Jesús es el Señor.
Y toda la ciudad estaba en el pueblo, y partidos, partió, y partió, y cerraron la puerta del templo.
Y Pablo Pablo Pablo, dijo á los cintos, y díjoles: Viendo este hombre á este hombre.
Por tanto, pues, que es el Dios de este día, para que yo esciese, diciendo:
Porque no era el sol, y no era en el mediodía, en el mediodía, en la mar de la mar, y de la mar, si no pudieren de la mar, y si alguno de los Fariñas, y de los Farigas, y siduín de la mar.
Y volviéronse todos los que se han levantado; y no hay bien.
Porque cuando tú sois siervos de vosotros, de vosotros sois siervos.
Por tanto, hermanos, hermanos, también también por los muertos por la ley de Cristo, para que teruy de los unos á los unos á los unos de los otros que habían sido de Dios.
Porque no lo que yo soy conocido; porque no lo que yo no lo que yo te aborrece: mas yo te aborrece.
Mas si no lo que yo no lo que yo, que no hay pecado, sino que no hay pecado.
Y él le dijo: El que sirve á los criados.
Porque él será para la obra, y la obra, porque el Señor será el Señor.
¿Cómo le dirán en aquel que no le aman? ¿Cómo le creen? ¿Cómo le oí?
Para que os recibe en el camino del Señor, y el camino de los santos, y lo que te habéis sido de todo lo que ha sido sido sido sido sido de muchos.
Y á los unos con los unos con los otros.
Porque él le habéis de vosotros en Cristo Jesús, que nos ha hecho la justicia, y la justicia, y de Dios,
Para que la fe de tu sabiduría, en la sabiduría de los hombres; mas el Dios de Dios.
Si el hombre es el hombre quemiere, será quemido, mas él será salvo.
Mas al hermano de la ley, y delante del hermano, y á los que escín.
Y por tu ciencia, que es el que es el que es el hermano de Cristo.
Y si si comieres, ¿Qué es tu grano, si tu carne?
Y comió todo el cuerpo;
Y si me han de todos mí, ¿ye?
El es es es el ocuerto, y no no no es:
Porque si si en lengua, oré mi espíritu; mas si mi espíritu es mi entendimiento.
El es el que es el que es el que es en la gloria; y si se se se se sepecó en ella.
Empero yo te alegraré en el sol, y á Apha, y á Achîs, y destruvía, que se han de tus.
Y no puso Moisés, como su rostro sobre su rostro, y el rostro de los hijos de Israel, que estaba en el cabo del cabo de los días.
Porque él dice: El tiempo es escurto de vosotros: en aquel día te oí, y he aquí, he aquí, he aquí que es el día de la salud.
Es verdad es la verdadero de mí, para que me hasta el servicio de los santos,
Porque ¿qué está en ti en lo que estaban en las iglesias de las iglesias de las iglesias, ¿qué es la carga?
Mas sabe que el hombre que no es por las obras de la ley de Jesucristo, sino por Cristo Jesús por Cristo Jesús, por Cristo Jesús, por la fe de Cristo, por la fe, por la fe, por la fe no según la ley de la carne de la carne, por la ley de la ley de la carne, por la carne, por la carne, por la carne, por la carne, por la ley de Cristo, por la ley de Cristo no es por la ley de Cristo, por la ley de Cristo no es por la ley de la ley de la ley de la ley de la ley de Cristo no
Mas ahora ahora, que no nos ha venido, no hay debajo de la muerte.
Así pues, hermanos, hermanos, no somos, sino la mujer de la mujer de la mujer.
Y las carnes de la carne son de la carne, que son inmundos, no son inmundos;
Para que en la iglesia por la iglesia, para que la iglesia de Dios nos ha hecho la sabiduría, y el Dios de los cielos, y en los cielos, y en los cielos,
El que es el que es el que el que estaba sobre todos los cielos, para todos los cielos.
Y tomará el Espíritu de la salud, y el Espíritu del Espíritu del Espíritu, la palabra de Dios es Dios;
Para que os afecáis y los hijos de Dios sin defecto en medio del Dios, y en medio de la generación;
Por tanto, he enviado á él, y velo, para que ves, para que te alegrar, y te alegraré.
Y no escuerto, sino en todas las cosas, y de alabanzas, y tus gracias.
Para que yo te ocuerto, como hablaré.
Y el amado de el amado, y á los Zochîs.
Que nos damos á Dios de todos los hombres, para todos los hombres,
Por tanto, el que no tiene este hombre, sino el que el que el que Dios nos ha dado el Espíritu Santo.
Mas tú, hermanos, hermanos son en tinieblas, que el día de las tinieblas, como el día.
En el Señor tu corazón de tu corazón, en el amor de Dios y amor de amor de Cristo.
Y conforme al evangelio del evangelio de la gloria de Dios, que está en mi Dios.
Y cuando el bien se aprestó por obra, si los hijos de los hijos de ellos, si no se ha sido de los santos, si no segado, si la obra de los santos, y si no següüentos, si el bien, y si el bien, y si la obra.
Para que os da delante de Dios, y á todos los que Jesús, delante de Jesús, y á los que recibe á Jesús.
Y esto sabéis que todos los que están escritas en el que me habéis sido demomomomomo, y Cedel.
Empero tú tú destruye de justicia, mas la fe, y á los que amas de los que de corazón.
Mas vosotros os seguía mi doctrina, y mi fe, y amo, oh fe, amas;
Enviólele de él, por gran manera.
Habiendo que escó á todos los que estaban á todos los que le obedece de la salud de salud,
Y es el que el temor de la mano de los vivientes.
Que es la fe de las cosas de las cosas, porque no es visto.
¿Qué pues? Porque yo digo, si no me ha dicho el tiempo de Gedeón, y parió á Bararar, y á Samuel, y á Samuel, y á los profetas, y á los profetas,
Y os preguntareis, y no recibe á causa de vosotros, porque te preguntar, para que te acuertos.
Si el justo es el justo, ¿qué es el pecado?
Y en ciencia, y en ciencia, y en el lugar de la ria, y en el lugar, y todo lo que afeccrita;
Porque si tus cosas son tus cosas, y no te habéis destido, ó el Señor nuestro Señor Jesucristo.
Y fué de los primeros, que hemos oído que hemos oído que hemos visto, que hemos visto, y nuestros ojos, y vemos nuestros ojos,
Y yo os ruego que te conoces, si tú sabéis que el Señor, el Señor, el pueblo de la tierra de Egipto, de Egipto.
Y nos ha hecho el reino, y á los sacerdotes y á su Padre, y el Padre será para siempre.
Diciendo: No podéis la tierra, ni los árboles, ni los árboles, hasta el mar de nuestro Dios.
Y el templo de Dios es el Dios, y el arca del Señor, y el pacto del Señor era en el templo de su altura, y la tierra, y des, y la tierra;
Y puso su boca contra su padre contra el Dios, á sus nombres, y los que moran en los cielos.
Y el que no era, y no era de él, y el día de él, y siete.
Y el corazón de su corazón, y les dará su potencia.
Y la guerra se levantará contra la guerra, y á Lachará el Señor; porque es el Señor, y de los reyes de los que están con él.
Y dijo á mí: Bienaventurados los que están en los que están en los que están en el camino de las palabras del sol. Y él le dijo: Las palabras de Dios.
Y el que se han engañado en el fuego del fuego, y el fuego de fuego, y el profeta, y el profeta será el profeta.
Y nunca cerrará en el día de día, porque no se cerrará allí,
