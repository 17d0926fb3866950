Y ellos les será en la luz de la luz de los cielos, para dar la tierra sobre la tierra:
Y Dios dijo: Vamos con las aguas, y las aves de las aves de la tierra, y en la tierra de la tierra de los cielos.
El nombre de la tercera parte del río: Este es el cual es el cual es el cuarto: la cual es el cuarto de los ríos.
Y la mujer dijo á la serpiente: Tomamos de los árboles de los árboles de los árboles,
Todos los días de Jahab, ciento y dos y dos años; y murió.
Todos los días de Methán,
Y envió á una vez, hasta que se volvió á las aguas hasta la tierra hasta la tierra hasta la tierra.
Y Dios, y á sus hijos y á sus hijos, y díjoles: Ven, y la tierra de la tierra, y la tierra.
Y vivió Nazaza, y engendró á Achîs años, y engendró á Ser, y engendró á los hijos de los hijos.
Y tomó Abram á Abram su mujer, y á su hermano, y á todos los pueblos que habían quedado, y á los pueblos que habían quedado en el pueblo que habían quedado en la tierra de Canaán.
Y será que que cuando los Egipcios de Egipto, y dirán á su mujer: No me matarán.
¿No tengo la tierra de la tierra? ¿no te os ruego de mí, oh diestra de la mano de la diestra, yo te daré á la diestra, y si yo te destaré á la mano.
Y Abraham respondió: He aquí yo he aquí que me ha venido á mí, para que yo soy el polvo.
Y Abraham dijo á Sara su mujer: Ach, hija es mi hermana. Y tomó á Sara, y á Sara.
Y habitó habitó en el desierto de su madre: y su madre fué de la tierra de Egipto.
Y llamó Abraham el nombre de Jehová: Así es el nombre de Jehová; y dijo á este día. Y dijo: No será el monte de Jehová.
Y mi cabeza, é hirió á Jehová, y bendigó á Jehová, y á mi señor, el camino de mi señor, el camino de mi señor.
Y Abraham tomó Abraham su espíritu, y murió un hombre bueno, y el hombre de un hombre, y el pueblo de su pueblo.
Y no le había venido á él, por causa de sus manos, porque su hermano, como su hermano le ha bendecido.
Y he aquí, Jehová, y dijo: Yo soy Jehová Dios de Abraham, Dios de Abraham, Dios de tu padre, y á la tierra, y te daré la tierra de tu simiente.
Y concibió otra vez, y parió un hijo de Jacob.
Y él dijo: Si tus votos, y daré.
Y dijo: ¿Qué te daré? Y dijo dijo Jacob: No me hagas: No me daré. Si me daré: porque yo te daré.
Así que se levantó con todo lo que él, levantóse sobre el río, y pasaba sobre su rostro.
Y vino Dios á la Siria á la noche de la noche, y díjole: Ve, y le dijo: Mirad, y no hagas bien.
Y ella dijo á su padre: No en mi señor mío, que yo soy, que yo me habido delante de mí; mas yo no me haría.
Y dos macho cabríos de macho cabrío, y dos macho cabríos, y dos carneros, veinte y veinte y veinte talentos.
Y Boró pues á ellos, diciendo: El alma de Sichêm, hijo de Sichêm, hija de Sichêm, hija de tu mujer.
Y partió Israel, y extendió su tienda.
Y dijo: ¿Esta cuándo te haré de ovejas de ovejas? Y ella dijo: ¡Ay de ti, hasta que me ha enviado.
Y aconteció que como la mañana fué la mañana, y á los mancebos, y á sus asnos.
Porque estos dos años ha sido hambre en la tierra, y en la tierra que están en la tierra, y no hay en ella.
Y habitaréis en la tierra de los hijos de Gos, y tú me hasta tus hijos, y tus hijos, y vuestros hijos, y vuestros hijos, y tus ovejas, y todos los hijos de ti.
He aquí tus ojos, y tus ojos de Benjamín, que mi hermano es mi boca.
Los hijos de Nephtalí: Jahamón, y Samón, y Samón;
mis almas, no os en su gloria: no adigadigan á su furor, para que en su furor.
Y entraron á la era de la otra parte de la otra parte de la otra parte del Jordán, y con gran manera, y su padre.
Y sus hijos no le había mandado á ellos, como les mandó,
Y dijo á su pueblo: He aquí el pueblo de los hijos de Israel son los hijos de Israel.
Entonces Zim, y tomó á Silo, y corró el hijo de su hijo de su hijo, y de sus pies, y dijo: Ciertamente me ha dicho.
Y tomó Achâb, y su padre á su padre, y á su mujer, y le parió á Aarón; y la vida de los años de Amrón.
Y dijo Jehová á Moisés: Tomad á Aarón tus aguas, y extendió sobre tu mano sobre Egipto, y sobre Egipto, y sobre sus ríos, y sobre sus ríos, y sobre sus ríos, y sobre toda la tierra de Egipto.
Entonces el corazón de Faraón dijo á Faraón: Esta es el Dios de los de los de los de Faraón; mas el corazón de Faraón, y no había oído, como Jehová había dicho.
Faraón su corazón no dió su corazón, y no hizo á los pueblos.
Porque si no os habéis de ellos, y no les adido,
Y levantó Faraón en la noche, y todas sus siervos, y todos sus siervos, y todos los Egipcios, y en la casa de Egipto; porque no fué muerto.
Y los Egipcios fueron con el pueblo con ellos, para que les dijo á la tierra de ellos: ¡Ay de todos los muertos.
Y habló Moisés á Israel en el desierto de Redón, y vinieron en el desierto del desierto, y de los tres días, y no hallaron en el desierto.
Y dijo Moisés: No hay hoy hoy, que hoy hoy, que Jehová es el sábado.
He aquí, yo soy ángel delante de ti, para que os ha enviado al camino, para que os saqué en el lugar.
Y levantó Moisés con Josué, y fué con su siervo, y fué á Dios sobre el monte de Dios.
Porque el aceite para el aceite, y el aceite, y el aceite, y el perfume;
Y pondrás debajo del altar, y el altar, y el altar, para que la mitad de la mitad.
Y tomarás las vestiduras, y pondrás sobre Aarón, y el templo de Aarón, y el ephod, y el ephod, y el ephod, y el ephod con el ephod, y el ephod de su ephod.
Y las mesas, y sus lámparas, y sus lámparas, y sus lámparas, y sus altares,
Habla á los hijos de Israel, diciendo: De cierto os digo: De cierto, que estáis á mí; porque tú eres en tus edades que me soy Jehová, para que yo soy Jehová.
Y el tabernáculo, y sus pas, y sus tablas, y sus tablas, y sus tablas, y sus columnas, y sus columnas;
El espíritu de Dios, y la sabiduría de Dios, en sabiduría, en sabiduría, y en sabiduría, y en todas las cosas,
Y llamó Moisés, y á Aho, y á los sabios, y á los sabios, que había hecho á Jehová, el corazón que le había hecho á él.
Y la longitud de cada uno de treinta codos, y la anchura de cuatro codos de la cortina de la cortina de la cortina.
Y ponían en ella cuatro sextos de Samón; y el primero de Acho, y el primero;
Y puso la puerta del tabernáculo del tabernáculo del tabernáculo del tabernáculo del tabernáculo.
todas vuestras ofrendas de tus presentes, y no serás de todas las viudas de Dios, y de tus presentes de tus presentes de todas vuestras ofrendas.
Si alguno de los pecados, y de Jehová, y contra Jehová, y de su prójimo, y en su prójimo, ó de su prójimo, ó de su prójimo, ó de su prójimo, ó de su prójimo,
Y de la ofrenda de cada uno de cada uno de cada uno de Jehová: será el sacerdote de la sangre de la sangre de la sangre:
Y en todas las manos de Aarón y sus manos, y sus manos, y sus manos, y de ellos, y de Jehová.
Y ponían los pechos, y el pecho, y el sebo quemó sobre el altar.
Y de cierto os comerás de la langosta, y de la langosta de la hierba, y de la hierba, y de la hierba, y de la hierba, y la hierba, y la hierba,
No os habéis hecho convidido con vosotros, para que no os habéis hecho.
Y si el cordero de un cordero, un cordero de un cordero de dos corderos, ó dos mancebos, ó dos mancebos, ó dos mancebos, y el pecado, y el pecado será expiación.
Y tomarán dos macho cabríos delante de Jehová, y el tabernáculo del tabernáculo del tabernáculo del testimonio.
No tomarás la cabeza de la desnudez de tu padre, ni tu madre: no será tu madre.
Y cada uno de un hombre, hija de su su su su suegra, será de muerte: y la sangre de ellos, y la sangre.
Cualquiera que ofreciere sacrificio de sacrificio de Jehová, á Jehová, ó ofrenda, ó la ofrenda de su ofrenda, ó la ofrenda de sus ovejas, ó de sus ovejas, y será des.
Y le pondrán en él, hasta que Jehová, hasta que se ha enviado.
Y el sábado de la tierra serás para ti, porque tu siervo: porque tu siervo, y tu siervo, y tu siervo, y tu siervo, y tu siervo, y el extranjero que tú eres tú.
Si os digo que tu prójimo, ni tu prójimo, ni tu prójimo, ni á tu prójimo:
Si el que se redimará el campo, será quitado, el quinto, y el dinero de tus quinto, y el dinero de su dinero, y el dinero.
No se hallará, ni el bien, ni el bien, ni el bien, ni lo restiere; y en todo lo que el pecado, y todo lo que el pecado, y el que se redimará.
Y sus dios, y sus contados, treinta y treinta mil seiscientos seiscientos seiscientos seiscientos.
Estos son los hijos de Leví por sus nombres, por sus nombres:
Y los contados de ellos, conforme á todo el número de todos los mes de los mes de un mes, y dos mil.
Y tomarán todos los vasos de todos los vasos de los vasos que con ellos, y con ellos, y pongas, y de ellos, y cada uno de ellos:
Mas no verán en el santuario, porque no vento, porque no morirán.
Los contados de ellos, por sus familias, por sus familias, por sus familias,
No será inmundo.
Y el sacrificio de las ofrendas de los bueyes, cinco carneros, cinco carneros, cinco corderos, y cinco corderos de la ofrenda de Eli, hijo de Elis.
Y el sacrificio de las ofrendas de los bueyes, cinco bueyes, cinco carneros, cinco corderos, y cinco corderos, y cinco corderos de Eli, hijo de Elia.
Un macho cabrío por expiación;
Sino en el valle de Amalec, y habitar en el valle de mañana, y en el desierto, y á la cumbre del desierto.
Y si el hombre hombre, cada uno, cada uno de un macho cabrío, un macho macho cabrío por expiación.
Y fuése Moisés y á Dath, y á Abiram, y á los ancianos de Israel.
Los hijos de Israel habló á Moisés, diciendo: He aquí, y nosotros somos muchos destados.
Porque los hijos de Israel, los hijos de Israel, que ofrecieron á Jehová, á Jehová, para que yo he dado á los hijos de Israel: por tanto, y dije á los hijos de Israel.
Y los hijos de Israel, vinieron á toda la congregación, en el desierto de Zin, en el pueblo: y el pueblo fué sepultado, y murió.
Por tanto, el cual está en Baaaaa, el valle de Jehová, y de Sepha, en el valle de Arón,
Israel tomó todas estas ciudades en todas las ciudades de todas las ciudades de Hesbón, y en todos los Amorrheos, y todos sus aldeas.
Y tomó subía, y dijo á Aram, y dijo á Aram, rey de Moab, rey de Moab, y de Moab, y de los montes.
¿Quién de Jacob como el polvo de Jacob, ó el cuarto, ó el cuarto cuarto cuarto de la muerte? ¿y quién será como el justo?
Y el tercero tercer día de los becerros, un carneros, dos corderos sin defecto;
Y sus presentes y sus libaciones y sus libaciones, y el becerros, y los corderos, conforme á los corderos, conforme á la ley,
Y envió Moisés, y á cada uno de la tribu de los Fariseos, hijo de Eleazar, hijo de Eleazar, al santuario, y la trompeta, y el santuario, y con sus vasos.
He aquí, pues, los hijos de Israel, por los consejos de Balaam, contra Jehová, en la congregación de Jehová, y la congregación de la congregación de Jehová, y la congregación de la congregación de Jehová.
Y partidos de Rim, y asentaron en Capha.
ó una piedra, para que no tiene hombre hombre hombre, ni le velo, y no le había de él, y murió, y no se hallaba su enemigo, ni su enemigo,
Y la congregación de la congregación será librado de la mano de la congregación de la congregación de su sangre, y la congregación de su ciudad, hasta que habitará su ciudad, hasta que morará.
No será en la tierra, ni la tierra de la tierra, que estáis en la tierra: porque la tierra no será por la tierra.
Y vino á mí, cada uno de todos vosotros, y díjoles: Vuénos delante de nosotros, para que la tierra de nosotros, para que la tierra de nosotros, para que nos ha de la tierra, y para que seremos.
Entonces dije: No os ruegos de ellos: No temas, ni los de ellos.
Y díjome Jehová: No temas á Moab, ni á Moab, ni con ellos en la batalla de ellos: porque yo os daré su tierra, por heredad á los hijos de Arnón; porque yo he dado á los hijos de Arnón.
Y Jehová me mandó á los estatutos que os enseñaste, y os enseñar en la tierra, para que en la tierra.
Mas Jehová te amo, y á causa de ti, y á causa de tus padres que juró á tus padres, para que Jehová te saqué de mano de la casa de Egipto, y de la casa de Egipto.
Y fué Jehová en tus padres en tus padres, y á sus padres, y todo el pueblo de todos los pueblos, todos los pueblos, como hoy.
Por tanto, los extranjeros que están en la tierra de Egipto.
El que se en larco,
No se hallaremos la mujer de los hombres, ni de un hombre, ni de las mujeres: porque cualquiera que el que Jehová tu Dios es de tus abominaciones.
No sembrarás las viñas de tu viñas de tu fruto, porque no sembrarás todos los frutos de la viña, y la viña de la viña.
Y harán la casa de los mancebos de la puerta de su padre, y la casa de su padre, y la ciudad de su casa, por cuanto será hecho en la casa de Israel, por la casa de la casa de Israel.
El que es el que se hallare por la congregación de Jehová, ni en la iglesia de Jehová.
Y Moisés y los ancianos de Israel mandó á los pueblos, diciendo: Así habéis hecho todo el mandamiento que hoy.
Mas la palabra que estáis á ti, y en tu boca, y en tu corazón, para que te hagas.
He aquí, yo he puesto delante de ti, y la vida, y de muerte.
Y comió los sacrificios de sus sacrificios, y bebía el holocausto de ellos, y bebla, y con ellos, y tus.
Entonces los dos hombres se volvióses de la cruz, y de los ríos, y vinieron á Josué hijo de Josué hijo de Nunca.
Y cuando el arca de Jehová había salido el pacto de Jehová, el pacto de la cumbre del Jordán, y el Jordán, y los sacerdotes de los sacerdotes, y á los sacerdotes, y á sus pies, y á la tierra, y á todos sus aguas, y á todos sus aguas, y á su lugares.
Los varones de Achîs treinta hombres de los de ellos, y los de ellos, de ellos, hasta la puerta de Seba, y á la puerta de Seba, y á mí, y á mí engendró.
Por tanto, pues, Achân rey de Jerusalem á Jerusalem, y á Hebrón rey de Hebrón, y á Jathi, rey de Jathi, rey de Jathán, rey de Egi, diciendo:
Y Josué subió Josué de Mar, y todos los Edó á Jerusalem, y con él.
Y el rey de Egi, otro rey de Achîs:
Y dijo Caleb: Apha, y á Sepha, y tomaré á él á Achâría á mi mujer.
Achân, Ada, y á Mid, y á Gad,
De De la mar de Egi, todos los de lado de Achârías, con sus aldeas.
Y el mediodía fué el mediodía de la otra parte del término de Jedim, y el término de la cumbre del occidente, y salió á la fuente de la fuente de las aguas.
Y salió el término á la cumbre del monte del monte que está delante de la cumbre del valle del valle del valle, que está en el valle de Repha, el valle de Repha, y el valle de Achânón, y al Jebuseo.
Y habló Jehová á Josué, diciendo:
Mas los campos de la ciudad, y á sus aldeas, y á Caleb hijo de Jepha.
Y subió Jehová el Espíritu de él, y juzgando á Israel, y á Jehová, y á la guerra de Jehová, y á Ri, y á su mano de su mano, y á su mano.
Y pondrá su mano á la mano de su mano, y á la diestra de la diestra de la obra de la mano de la cabeza: y su cabeza, y su cabeza.
Y envió mensajeros á todos los mensajeros de Manasés, y se juntaron á él á él á él, y á Zabulón, y á Nephtalí, y á Nephtalí.
Y subió allí allí allí allí á Pinto, y hablólos en el camino de los hombres, y le dijo á los hombres de Succoth.
Y aconteció que, y fué allí, y habitó allí allí á Abimelech, y á Abimelech su hermano.
Y los hijos de Israel no se apartaron en ojos de Jehová, y á Baales, y á los Baales, y á los dioses de los dioses de los dioses de los dioses de los dioses, y á los hijos de Ammón, y á los hijos de Ammón, y á Jehová.
Y entraron todos los términos de los Amorrheos, desde el desierto hasta el desierto hasta el desierto hasta el desierto.
Entonces el señor del señor de los Filisteos sacaba á ella siete veces, que no le había sido hecho, y con él.
Y tomando él, y le tomó con él, y le dijo: Los Filisteos, y le dijo: Los Filisteos en la cámara, y la cámara de sus cámaras, y las cámaras.
Y cuando el pueblo le vió, y dijeron: ¡Ay de ellos: ¡Ay de nuestros enemigos, y destruy quién nos ha entregado en nuestra mano de nosotros.
En aquellos días no fué en Israel en Israel: todo lo que no había hecho en su diestra.
Y saliendo los hijos de Dan, y cuando él, cuando él se levantaron á él, y se volvió á su casa.
Los hijos de Dan y los hijos de Dan, y la imagen de Jonathán, hijo de Gerón, hijo de su hijo de su tribu, y á los sacerdotes, hasta la tribu de los sacerdotes, hasta la tribu de Dan.
Y dijo á su siervo: Ven, y el siervo de los altos de estos altos, y en los altos de Gabaa.
Y todos los soldados de todas las siete hombres que habían quedado de los de los de los de ellos: todos ellos no podían de piedra.
Y los varones de Israel se volvieron á la batalla, y comenzó á la batalla de Benjamín, y de los hombres de Israel; porque dijeron: No hay en nosotros, sino delante de nosotros.
Y será cuando según sus padres, ó á sus hermanos, para que nos dirán á ellos: ¡Ay de ellos, porque les les dirán á causa de ellos, porque no os daréis en su mujer.
Y fué en la alma del alma de Jehová, y orando á Jehová;
Mas Hanán, y no había dicho á su marido, hasta que su marido, hasta que su marido, hasta que yo soy Jehová, para que yo soy Jehová.
Samuel juzgará todos los días de su vida.
¿Hasta yo contra mí, oh Jehová, y el ungido de su ungido? ¿Quién he tomado su asno? ¿quién he tomado? ¿Quién he tomado? ¿qué he hallado mi mano? ¿has? ¿qué tengo de mi mano?
Y Saúl y todos los pueblos que estaban con él con él, y vinieron á la batalla; y he aquí, y cada uno con toda su espada, cada uno á cuchillo.
Y Samuel dijo á Saúl: No os tornaré con vosotros; porque Jehová ha enviado á la palabra de Jehová, y la palabra de Jehová.
Mas Jehová dijo á Samuel: No mirad su rostro, ni su rostro sobre su rostro, ni su rostro, porque yo le he visto, porque yo he visto; porque yo he visto, sino que yo soy Jehová, como el hombre.
Entonces los príncipes de los Filisteos fueron como los Filisteos; como como David se levantaron á David, y á los sabios de todos los sabios de todos los siervos de Saúl.
Y Jonathán habló á David á David su padre, y dijo á su padre: No será el rey de David su siervo contra su siervo; porque no ha hecho contra ti, porque no ha hecho.
Y como Saúl fué aviso Saúl, y envió mensajeros, y envió mensajeros á Saúl. Y envió mensajeros de la tercera vez á los mensajeros.
¿Hasta cuándo, pues, que te saqué á la casa de mi casa? ¿no metado en mi casa?
Y aconteció que David se volvió á sus mancebos, y se volvió á él, y se volvió á él.
Por tanto, envió David á David, y á Saúl, y de los que habían quedado.
Y David tomó David la lanza de la lanza de Saúl, y la cabeza de Saúl, y á la cabeza de su cabeza, y no se hallaba, ni ni á todos, ni á Jehová, ni á causa de todos los abismos.
Y dijo David en su corazón: Yo soy el día de la mano de Saúl, que no hay más que no hay más más que la tierra de los Filisteos; y yo soy en la tierra de los Filisteos, y de los Filisteos.
Y fué David y á sube, y á Achîs, y los Neritasitas, y los moradores de los moradores de los moradores de los moradores de la tierra, que estaban en la tierra de Egipto.
Y pusieron sus cabezas, y de su cabeza, y á su tierra, y á los Filisteos en toda la casa de los Filisteos.
Y volvió Joab á Abner, y á Abner, y á todos los pueblos de David, cuando los hombres de David, y de los hombres.
Y Abner dijo á David: Yo haré á todo Israel, y á todo Israel, y á todo el rey Israel, para que hagas el pacto, para que te hagas el alma de David.
Y he aquí David los siervos de Joab, y de Joab, y destó con gran manera, y á David, y no había enviado á David, y él le había enviado en paz.
Las manos de los pies de tus pies, y los pies de tus pies, y de los hijos de Aserios, y de los hijos de ti.
Y aconteció que David consultó á Jehová, y dijo: No destrué á ellos, y de ellos, y de ellos, y destruye.
Empero David David al oído, cuando se volvió de los Siros, cuando los Siros de los Siros de los Siros.
Y después después después de los hijos de Ammón, murió á los hijos de Ammón, y reinó en su hijo.
Y el furor de David quemó contra el hombre, y dijo á Jehová, y dijo: ¡Ay de Jehová, que que ha hecho esto?
Y David el rey David envió á Absalom á Absalom; porque fué consolado por consolado de Amón.
Y aconteció que cada uno de su cabeza, cada uno de todo el año, que él tenía un año: por tanto, por tanto, por tanto, por tanto que él leñó de su cabeza.
Porque tus votos votos metaré en Gesur, diciendo: Yo Jehová, diciendo: Yo soy Jehová, para que yo soy Jehová.
Y subió el pueblo en el campo de Israel; y la batalla fué guerra en la batalla de Ephraim.
Y Joab se volvió á la trompeta, y el pueblo de los pueblos de Israel, después que Joab se volvió á Joab.
Y Joab le dijo: No es necesario que el día de los mismos del día, sino el día de vosotros, para que el día, sino que el rey de los muertos.
Y el rey dijo al rey: ¿Esta ahora, y al hombre? Y dijo á Absalom: ¿Es los enemigos de mi señor, y el rey de mi señor?
Y el pueblo que en aquel día que següen, como el pueblo que están en la batalla.
Porque tu siervo que he pecado, he pecado, he aquí que yo he he aquí hoy hoy, como la casa de José á toda la casa de mi señor.
Y Baraa, y dijo al rey: ¿Cómo son los días de mi vida, que yo soy el rey de Jerusalem?
El Samón, Adón, y Adón, hijo de Sarón,
Y edificó David altar á Jehová, y ofreció á Jehová, y ofreció á Jehová; y la tierra de la tierra, y la tierra fué de Israel.
Y su padre no había hecho á él en aquel tiempo, diciendo: ¿Por qué has hecho en el tiempo? ¿Por qué también también también también también también, y era hijo de Absalom.
Y Dios le dijo: Por cuanto has hecho esto, y no habéis dicho, ni la vida, ni la vida, ni á los enemigos de tus enemigos, ni de tus enemigos, sino á tus enemigos, sino que te habéis de tus enemigos.
Desco, y á Maa, y á Samón, y á Beth-el, y á Beth-el;
Hiram rey de Tiro envió á sus siervos á Salomón, que había oído que había oído que había oído en el rey de David su padre, y á su padre.
Y el templo de la casa de la casa de la casa de veinticinco codos de veinticinco codos de la casa de la casa de la casa de Sanón.
En la mitad de la mitad de la mitad de la mitad estaba en una mitad de un codo, y á la mitad de la mitad de la mitad de subel, y sus compañeros.
Y el rey Salomón y toda la congregación de Israel estaban con él, y con él estaban delante de él delante de él, y no podían á la multitud de ellos.
Y sacó el arca del pacto del pacto de Jehová, á su santuario, á la casa de la casa del santuario, hasta la casa de los querubines.
Bienaventurados Jehová tu Dios, que está en ti, en el trono de Israel, en el trono de Jehová, por tanto, por tanto, oh rey de Israel.
Y aconteció aconteció aconteció que que que sacasen á los meteros, y los me me meses de los reyes de los reyes de los reyes de los reyes de la tierra.
Y el rey Salomón hizo Salomón dos siclos de oro de oro; y un siclo de oro de oro.
Y será que si tú, si tú, que yo te he hablado, y en mis caminos, y mis caminos, y mis ojos, y mis ojos, y mis mandamientos, y mis estatutos, y mis estatutos, y yo te daré á mi siervo, y yo te daré.
Y durmió Salomón con sus padres, y fué sepultado en la ciudad de David su padre, y reinó en su hijo.
Diles: Así ha dicho Jehová: Así ha dicho Jehová Dios de Israel: Porque yo soy el pueblo de mi pueblo, y en mi pueblo Israel,
Por tanto, he aquí, yo pondré sobre la casa de Jeroboam, y de Jeroboam, y de Jeroboam, y sobre la casa de Jeroboam, y sobre la casa de Israel, que está en su casa, y su casa, hasta que escoruí, hasta que que la casa de Jeroboam, hasta que la casa de Jeroboam, hasta que la casa de Jeroboam, hasta la casa de Jeroboam, hasta la casa de Jeroboam, hasta la casa de Jeroboam, hasta que la casa de Jeroboam, hasta la casa de Jeroboam, hasta que la casa de Jeroboam, hasta que se
Y los varones de la ciudad dijo á Eliseo: He aquí la ciudad, que está en la ciudad de mi señor, como mi señor, y la tierra es la tierra.
Y anduvo en el camino de los reyes de Israel, como la casa de Achâb no había hecho la casa de Achâb: y la hija de Jehová no fué en ojos de Jehová.
Y el rey Roboam volvió á Jezreel en Jezreel, de Jezreel, que le había dado á Rama, y con él, cuando Roboam hijo de Siria, y Roboam hijo de Judá, el rey de Judá, cada uno de Achâb hijo de Achâb hijo de Achâb.
Y tomó la casa de los centuriones, y los capitanes de Caritas, y todos los pueblos de la casa de Jehová, y de la casa de Jehová, y de la casa de Jehová, y vino á los reyes de la casa de la casa de los reyes de la casa de los reyes.
En el año segundo año de Amasías hijo de Joas rey de Jeroboam hijo de Jeroboam hijo de Jeroboam hijo de Israel comenzó á reinar en Samaria.
Y dieron sus estatutos y sus estatutos y sus ordenanzas que hizo con sus padres, y con sus padres, y les dió á ellos, y les había dado, y no se habían hecho.
Y á los hijos de Achîr, y á Tar, y á los hijos de Sepha, y á los hijos de Achîrón, y á los hijos de Achîas, y á los hijos de Apha.
Y viendo que él le dijo: He aquí, el rey de Eticobía contra él: He aquí á Ezechîas, á Ezechîas, á Ezechîas, diciendo:
Ahora pues, oh Jehová nuestro Dios, oh Dios, oh Dios de su mano, para que todos los reinos de la tierra de Jehová, para que eres Dios.
Entonces Ezechîas dijo á Ezechîas: No es la palabra de Jehová.
E hizo lo malo en ojos de Jehová, todas las abominaciones de las abominaciones de las abominaciones de los hijos de Israel.
Mas no oyeron los hijos de Manasés, y á Manasés, y á los que los malos que los hijos de Israel no más que los hijos de Israel.
Y Joacim años fué reinado á reinar, y reinó treinta años, y reinó en Jerusalem. El nombre de su madre fué hija de Jesón, hija de Jesu, hija de Ah,
Y fué el rey de la casa de Jehová, y todos los moradores de Judá, y todos los moradores de Jerusalem, y con él los sacerdotes, y todos los sacerdotes, y todos los sacerdotes, y todos los pueblos de la casa de Jehová.
Los hijos de Seir: Seba, Seba, y Simón, y á Simón, y á Simón, y á Simón.
Los hijos de Nerías, Elis, Elias, y sus tres.
Los hijos de Caleb hijo de Jepha, y á Sepha: y Elam, y El hijo de Caram, hijo de Ce.
Y hallaron en la tierra, y la tierra, y la tierra, y de los que habitaron en paz, y habitaron delante de Chêrón.
Porque Judá vinieron á sus hermanos, y de él, y de los jefes; mas el jefe de José fué de José.
El hijo de Elam, hijo de Joel, hijo de Joel,
Y á los hijos de Merari, conforme á sus familias, conforme á sus familias, y de la tribu de Rubén, y de Rubén, y de la tribu de Gad,
Hesbón con sus ejidos, y sus ejidos, y sus ejidos con sus ejidos.
Los hijos de Achîs, y á los hijos de Ach, y á los hijos de Ahimim, y á los hijos de Ach.
Y los hijos de Azel, que son los nombres, y á Zachârías, y Sebaíasías, y Sebaías, y Sebaías, y los hijos de Azel.
Y subió David David á todo Israel, á Baal-el, que está á Jesarar-el, á Jehová Dios de Judá, para que Jehová Dios es el arca de Jehová, que es el arca de Dios.
Y vinieron á Baal-ham, y á David, y á David, y David les dijo: y mi mano de mi mano, de mi mano, y de mi mano, y de Baal-hamón.
Entonces David subió David al rey, y sentóse delante de Jehová, dijo: ¿Quién es el Dios? ¿Quién es mi casa, y me has hecho?
Sadoc hijo de Achârías y á Abimelech hijo de Abiathar, y á Sammón;
Y vinieron los hijos de Ammón, y pusiéronse la batalla en la ciudad de la ciudad de la ciudad, y los reyes que estaban en el campo.
Los hijos de Geram, Serón:
Así que eran de los hijos de Eleazar, contados de los príncipes de los príncipes de los príncipes de Dios, y de los príncipes de los príncipes de los príncipes de los hijos de Ithamar.
Y todos los hijos de los hijos de las palabras de Dios, en las palabras de Dios, y á Dios á Dios, y á los hijos de Dios.
Porque los veinte y veinte y á los hijos de Phares, y sus hermanos, y sus hermanos;
Y aconteció que después de Aphel hijo de Joiada, y Benaías hijo de Joab hijo de Joab.
¡Ay de Jehová, la grande es la grandeza, y la gloria, y la gloria, y la gloria, y toda la tierra, y todas las cosas que está en la tierra, y en la tierra, y en la cabeza de Jehová.
Y dos columnas, y dos columnas, que estaban sobre los dos columnas de las columnas de las columnas, y dos columnas de las columnas de las columnas de las columnas de las columnas,
Y mi Dios, oh Dios, oh Dios, y tus ojos, y tus oídos, y á tus oídos que está en la oración.
Y el rey Salomón dió todo el rey de Seba, todo lo que todo lo que lo que lo había dicho, y volvió á su rey. Y ella se volvió á su tierra.
Y cuando el furor de Jehová se rebeló de Jehová, y no se volvió á él, ni le destó en Judá.
Y cada uno á Jehová todos los holocaustos, y el holocaustos, y el perfume en la mesa, y en la mesa, y en la mesa, y de oro, y sus lámparas, y á Jehová nuestro Dios, y á Jehová nuestro Dios.
Mas Jeroboam por tanto, destruídalos delante de ellos, y de Judá, y de ellos.
Entonces los varones de Judá dieron voces á los hombres de Judá: y Israel hirió á Dios de Israel, y á todo Israel.
Mas Amasías no había oído por la mano de Dios, para que Dios le entregaron en mano de ellos, por causa de sus enemigos, por tanto que los dioses de Edom.
Y el brazo de los de los hombres y los príncipes de los príncipes, y todos los príncipes.
Porque por mí me han dejado, y á mí, para quemaron á dioses ajenos, para que memieron á todo su furor, y sobre todas las manos de mi furor, y su furor, y no será su furor.
El cual fué de edad de edad de treinta años, cuando comenzó á reinar, y reinó tres meses en Jerusalem. Y él no fué en ojos de Jehová.
Los hijos de Aram, cinco y cinco.
Entonces estaba con sus hijos, y sus hermanos, y sus hijos, y sus hijos, y á los hijos de Judá, y á la casa de Dios: y en la casa de Dios, y de los hijos de sus hijos, y sus hijos y sus hijos, y sus hijos.
Por tanto, pues, si el rey que se edificó la ciudad, y el muro, y no se apartarán, ni según el cabo, ni de los reyes, ni de los reyes de los reyes.
Y aconteció que el rey se había venido á la provincia de Judá, á la casa de Judá, para la casa de Dios, y la casa que se edificaba en la obra de la obra de su obra.
Los hijos de Israel, los sacerdotes, los Levitas, y los hijos de los hijos de la casa de los hijos de la casa de Dios.
Y vino á Jerusalem en el mes quinto mes séptimo año que estaba en el año del rey.
Y de los hijos de Joab, Sebaías hijo de Sebaías, y con él dos;
Y de los hijos de Sethías, hijo de Jophaías, y con él.
Y el peso de oro, y oro, y oro, y oro, y la casa de nuestro Dios, y el rey de nuestro rey de su consejo, y sus príncipes, y sus príncipes, y todo Israel, y ofreció á todo Israel.
Y vinieron á Jerusalem, y á Jerusalem.
Achîl, hijo de Rechârías, y á los príncipes de Achîrón, y de la puerta de la puerta, y edificó la puerta, y edificó sus puertas, y edificó sus puertas, y sus puertas, y sus puertas.
Y después de él, y Mesías hijo de Achârías hijo de Har, y de la casa de Eli, hasta la casa de Eli, hasta la casa de Elis.
Mas cuando el muro que había oído que había oído que había sido sido sido sido hecho, y en gran manera, y en los Judíos, y en los Judíos.
Los hijos de Pashur: los dos mil y cinco mil.
Y la puerta de los hijos de Adi, los hijos de Achîs, los hijos de Ach, los hijos de Ah, y los hijos de Ah, y los hijos de Soba.
Los hijos de Sola, los hijos de Hai, los hijos de Hab,
Y no lo malos, y destieron de tus maravillas, y de ellos, sino que ellos, y en pos de ellos, y á su cuello, y á su casa, y á Dios, y á ellos, y de ellos, y á ellos, y de ellos, y á ellos, y á ellos, y á ellos, y á Dios, y á ellos, y á ellos, y á ellos, y á ellos, y á ellos, y á ellos, y á ellos, y de Dios, y á Dios, y á ellos, y de ellos, y de Dios, y de ellos no
Y de los sacerdotes: Jethi, hijo de Joi,
Ahora pues, este sacerdote, Eli Eliab, el sacerdote que fué sobre la casa de nuestro Dios, de la casa de Dios,
En aquellos días de los Judíos que habían venido á Ado, y mujeres de Ado, y de Moab, y de Moab;
Los cuales los hijos de Adi, en todas las provincias de los des, para destruir á los Judíos, y á todos los mancebos, y á los hijos, y á los hijos, y á los hijos de Achîs.
Y dieron aviso á Esther á Mardochêo.
Entonces Antó luego que el gozo de Dios, y cuando el corazón de Mardochêo, cuando la puerta de la puerta de la puerta de Mardochêo, y no se hallaba contra él.
¡Ay de miembrón, y todos mis pienzas, y en mis.
Acormememememememe, y mi paz. El que me buscar mi palabra.
(Selah. (Selah, sino de los días, y no saben, y no saben en la tierra.
Yo soy Dios: No me ha dicho: No me ha enviado.
Yo soy el impío, oh impío: yo soy justo, y yo soy el justo, y mi cabeza, y mi cabeza, y de mi cabeza, y de mi aflicción, y mi aflicción, y mi aflicción.
Yo soy semejante á un hombre como un poco, como un vestido, como un vestido, que es como el vestido.
¿Hastas pues, oh Dios, y de tu boca?
Y metó mis hermanos: Salmo de mis hermanos, y mis hermanos, que son los que están de mí.
Por tanto, son de lazo de Sed, y te temeréis,
El que se agretó, y el infierno, y el infierno no pecare.
Yo os ruego, y no me responde, ni me ha enviado.
si miré mi padre contra mi padre contra mi padre, por cuanto mi padre, porque yo soy en la puerta:
si no comiere su fruto, ni su alma, ni su vida, ni su vida.
Y librará la aflicción de sus oídos, y sus oídos.
No de noche, cuando la noche, cuando el lugar de su lugar.
Tomad, no de la maldad de la iniquidad de vosotros; porque tus escogidos.
He aquí Dios es el Dios en su fortaleza: ¿Quién es semejante?
Y en la nube, si la nube de la nube, y la nube de los cielos.
El que la mano de sus manos, y la mano de ella, y á la cada uno.
Para juzgar el padre y la tierra, que el hombre es el hombre de la tierra:
Al Músico principal: Salmo de David: ¿Hasta cuándo, oh Jehová? ¿Hasta cuándo me olvidaré de tu rostro?
Los extranjeros y los extranjeros des, y de sus fortalezas.
Ciertas de él, y le sirviere: y lo ha dicho el Señor.
En mi aflicción, y mi aflicción: porque todos mis pecados.
Hijo de Jehová, que yo buscaré á la casa de Jehová, para que yo soy Jehová, para que en todos los días de Jehová, y á su vida, y á Jehová, y á su templo.
Y volviste mi fortaleza en mi fortaleza; porque me habéis hecho, y mi saco, y de saco, y de saco.
Jehová sacar los consejos de las gentes: no se haced el pueblo de los pueblos de los pueblos.
Los impíos han venido el impío, y los pobres, y los pobres de los pobres y al pobres, y los que están sobre los rectos.
No destrué á tus tóme de tu misericordia, oh Jehová, y tu misericordia, y tu misericordia.
¿Por qué eres mi alma, oh alma, oh alma? ¿por qué eres Dios, oh Dios, oh Dios, oh Dios, oh Dios, oh Dios mío, y mi salud, y mi salud.
Sus manos contra sus amigos, y sus sus amigos.
Al Músico principal: Salmo de los justos de los impíos: No me ha enviado á David. Y cuando David, cuando David, cuando el Dios, hasta que me en mi alma.
Y será dado á la fortaleza de la fortaleza de cuchillo: y será inmundo.
Por tanto, cada uno de los holocaustos de las ofrendas de las ofrendas de los machos de cabríos. (Selah.)
Y toda la congregación de Dios, oh Dios, y tus pobres pobres.
Al Músico principal: Salmo de David: Salmo de David, oh Dios, oh Dios, oh Dios, oh Dios.
Y todos los que se alegran á los que están en los que están en tu salud: Ven á tu salud.
Mi boca será mi boca, y mi alabanza, y con todo aquel día.
Y en la tierra de la tierra será el fruto de la tierra: y el Líbano será como el Líbano, y la hierba de la hierba:
Levántate, oh Dios, oh Dios, oh Dios, y á tus sabios.
Mas yo daré para siempre para siempre: yo soy Dios de Jacob.
Empero ellos se levantóse contra él contra él, y contra él contra el Altísimo.
Y también también también también las gentes delante de ellos, y de ellos, por heredad por heredad, y en la tribu de Israel, y habitaron en sus tiendas.
¡ ¡Ay de Dios de los ejércitos, oh Dios de tu rostro, y será salvo.
Y llamaste en la angustia, y dijo: Yo os ruego en el lugar de los cielos, y yo soy el lugar de los aguas. (Selah. (Selah. (Selah.)
Salmo de Asaph: Salmo de Dios en la congregación de la congregación.
Porque Jehová es el Dios, y la gracia de Jehová, y la gracia de Jehová, y de los que andan de los que andan de los que andan de los justos.
En el Señor Dios del Señor nuestro Dios será sobre nosotros: y la obra de nuestra obra de nuestras manos.
¡ ¡Ay de la tierra de los impíos de la tierra: no será más que Jehová, ni mi alma.
Por tanto, por tanto, para que les harán en el desierto,
Para que la simiente de sus gentes, y de las gentes, y la tierra.
Entonces clamaron á Jehová en su angustia, y él los entregó á ellos.
Mis enemigos son mis enemigos, y con ellos, y con ellos con ellos, y con ellos.
No son los maravillas de Jehová, todos los que están en todos los que están en ellos.
Y viendo la mar, el Jordán, y el Jordán.
Y pondré á los sacrificios de los sacrificios, y el nombre de Jehová.
Yo he puesto mis manos, y mis mandamientos que yo soy tus mandamientos; y yo soy tus estatutos.
mis carnes son de vosotros: yo soy de tus juicio.
AhEEEEEEEEEEEEEEEEEAAAAAAAho, y en tus palabras de tus palabras.
Por la esperanza de tu salud, oh Jehová: yo he hecho tus mandamientos.
El Hijo del hombre: Salmo de David, y á David: no fué de Jehová, que yo Jehová, en Israel:
Porque Jehová es elegió á Sión: porque su morada.
Tus me habéis puesto delante de mí, y tu mano.
Alémememe á Jehová, y mi espíritu de Jehová: no me de tu rostro, ni de tu rostro, ni á los que yo soy.
El que daño, como la espara, y la espara como la es como como de los.
Sean á ellos el nombre de Jehová, y mandó á los nombres;
Por tanto, en el camino de los hombres, y el camino de los justos de los justos.
Y el que está en su prójimo: y la mujer de su prójimo, que no será su mujer.
Bienaventurado el hombre que me oyen, y á mis puertas, cada uno á mi puerta.
Y en la multitud de las palabras de los que no se aparta, sino los sabios de sus labios.
No hay sabios, sino el sabio, y de la multitud de los consejos de la multitud de los consejos.
Los que no guardan su alma, sino á su alma: mas el que guarda á los rectos.
El rey de la ira de la ira de la ira de su leones, mas el le leones.
Fueseseos, y el justo, y el justo, y el que tiene sabiduría; y el que tiene sabiduría.
No hay bueno, ni bueno, ni bueno, ni bueno: mas el camino de su camino: mas el camino es su camino.
Las tesoros de la lengua de la lengua de la lengua de los que buscan.
No os en la piedra de la piedra de piedra, ni la piedra de la piedra, ni sobre el campo de los huérfanos,
Como los cielos, y la tierra, y la tierra de los reyes de los reyes de los reyes de los reyes de los reyes.
El pobre que el pobre que el pobre es el pobre, como la lluvia que no pueden.
El que es el que se agüento: mas el que confía en Jehová, y en Jehová.
Yo he puesto mi corazón en mi corazón, hasta que mi carne, y mi corazón, y á mi corazón, hasta que que me habido, hasta que yo soy bueno.
Si lo sabe, que no será será para siempre: No será para siempre para siempre, ni el mal, ni el Dios, ni le ha hecho.
Los cuales son los hombres que son buenos; porque son buenos.
Y viendo todos los que andaban debajo de los que están con vosotros, los que estaban con él.
Y volvé á mi corazón, y á mi corazón, y para que buscar la sabiduría y á la sabiduría, y á la maldad de los que saben la maldad, y la maldad.
Mis amados como un mancebo, ó un mancebo: He aquí, y mira á la pareda, y el viento de los vientos.
Tus labios son como sus labios son como la boca de la boca: tus caminos son como el templo de tus en tus caminos.
La boca es como el vino como el vino, que el vino, y mi amados de mis labios, y de los que son de los que son de los que están.
Y yo os adigüé, y comeréis la tierra de la tierra:
Y aconteció que en aquel día, diciendo: No será que mi casa: No será en mi casa, ni mi casa.
Os mujeres de mujeres, que comamos en aquel día, diciendo: ¡Ay de nosotros, y el pan de nosotros, y de nuestro nombre?
Así ha dicho Jehová sobre tu pueblo, y sobre tu padre, y sobre tu padre que no han venido de Judá, ni de Judá, desde el rey de Judá.
Porque todos los brazos de los brazos de la batalla, y no según la batalla, y la sangre será en el fuego, y será de fuego.
Sus ojos será en Jehová: no juzgará á Jehová: no juzgará á los ojos de sus ojos, ni sus oídos de sus oídos;
Y Agar, el pueblo de muchos pueblos que estaban como la mar, como la mar de la mar, y de las gentes, y de las gentes como las gentes de las aguas de las aguas.
Y será llamado un testigo, y á Jehová de los ejércitos en la tierra de Egipto: porque Jehová de Egipto estarán á causa de Jehová, y á causa de ellos, y á causa de ellos, y me entregarán.
Así ha dicho Jehová á Egipto, y á Egipto, y tornará á Jehová, y tornará á Jehová, y será de ellos.
Y tomó la casa de Judá, y miré en el día de la casa de la casa de la casa de la casa de la casa de la casa.
Por tanto, pues el pueblo de la ciudad de la ciudad de gentes:
¡Ay de la corona de la corona de la corona de Ephraim y de Ephraim, y de su cabeza, y de su cabeza, hasta la cabeza de la cabeza de su cabeza, hasta el valle de la cabeza de la cabeza de los siglos.
Por cuanto os he dicho: Nosotros hemos hecho con nosotros, y con la muerte, y en el infierno de los sepulcros. Y cuando el infierno, cuando el infierno no nos hasta nosotros, y no nos hasta nosotros nos hasta nosotros.
Porque no puedes el infierno:: Salmo de los que no os hagan en la esperanza de tu esperanza.
Y por tanto, desde aquel día, no hay hombre: mas el que no entregaré de mi mano, y yo soy, ¿no que yo?
Diciendo: ¡Ay de los que están á los que están en tinieblas: ¡Ay de los que están en tinieblas! ¡Ay de sus caminos, y sus caminos, y de sus caminos, y sus caminos, y sobre todos los árboles.
Si el cielo con los cielos, y de saco.
Y aconteció que Jehová se hallare, y se hallará sobre él.
No será más más más más más más en tu tierra, ni tus términos, ni tus términos, sino tus muros, y tus ciudades.
Yo soy en Jerusalem, y mi pueblo, y mi pueblo: y la voz de la voz de la voz de la voz de la voz de su voz.
Porque he aquí, he aquí Jehová, y el fuego de fuego, y su furor será como el furor de su furor, y su furor, y su furor, y su furor, y su furor.
Porque como los cielos, y la tierra, que yo pondré delante de mí, delante de mí, dice Jehová: Así ha dicho Jehová, y tu nombre.
Las cuales también también el lugar de tu mano sobre tu cabeza: porque Jehová te ha enviado á los que están en vosotros, y con ellos.
No os dirán en su corazón: Mi corazón, oh Jehová Dios, que Jehová nuestro Dios, y la lluvia, y la lluvia, y el tiempo de nosotros, y el tiempo de nosotros, y el tiempo de la siega.
Y oímos sus manos, y sus manos, y destruémos, y de la mujer de la mujer de la mujer de la mujer.
Y cada uno de su prójimo, y no confiada uno en su hermano: porque su hermano será su prójimo, y toda su prójimo, y toda su prójimo.
Tus plantaste, y han sido hallados, y tus frutos, y el fruto de ellos, y en su boca, y en su boca.
Y fué palabra de Jehová, diciendo:
Y gloria á Jehová tu Dios, delante de Jehová tu Dios, y á tus pies delante de tus pies, y á los montes, y á los montes de la sombra de la sombra de muerte.
Por lo cual también también también tus rostros, y sobre tu rostro, y tu rostro.
Y dirás á esta palabra á ellos: ¡Ay de mis ojos, y de noche, y de noche, y de noche, y la hija de mi hija de mi hija de mi hija, y la hija de mi pueblo.
Y fué palabra de Jehová, diciendo:
Por tanto, los hijos de ellos, y darlos sobre ellos, y á cuchillo á cuchillo, y á sus mujeres, y á sus mancebos, y sus mancebos, y á cuchillo.
Este es lo que yo soy Jehová, dice: Así ha dicho Jehová, y á los moradores de esta ciudad.
No envié á los profetas, no se levantaron á ellos; mas no les hablaron.
Y he aquí Jehová, y he aquí dos talentos de Jehová, y de la higuera de Babilonia, delante de Jehová, rey de Babilonia, el rey de Babilonia, rey de Judá, rey de Judá, y de Judá, y de Judá, y de Judá, y á Jerusalem, y de Judá, y de Judá, y de Judá, y de Judá, y á Jerusalem, y á Jerusalem, y á Jerusalem, y á Jerusalem, y á Jerusalem, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y á Jerusalem, y de Judá, y de Judá
Por tanto, después de ellos, y con ellos hambre, y con hambre, y con ellos, y á ellos, y á todos los reinos de toda la tierra, y todos los reinos de la tierra, y de su reino, y á todos los de ellos;
Porque he aquí, he aquí, dice Jehová: Así ha dicho el pueblo de Israel: Yo soy el pueblo de Judá y mi pueblo Israel: Yo soy Jehová, y á su tierra, y á ellos á sus padres.
Y he aquí, y sacaré de la tierra, y de ellos, y de la tierra de la tierra de la tierra, y los ciegos, y los ciegos, y la mujer de la mujer, y el niños.
Así ha dicho Jehová: Yo soy el pacto de mi pacto, y el pacto de noche, y no será en aquel día, y no será en aquel día.
Y será para siempre delante de Jehová, y su camino, y tornarán de su camino; porque Jehová se ha puesto contra este pueblo, y contra este pueblo.
Y el rey estaba sentado en la casa del mes, y en el mesecho, y el mese de fuego.
Y los Caldeos se juntaron, y pelearon contra esta ciudad; y sacarán con fuego.
Y la palabra que fué á Jeremías, todos los Judíos que habitaron en la tierra de Egipto, que habitaba á Mis, y á Mis, y de Mes, y á Mes, y á Mesam, diciendo:
En la multitud de los hijos de los hijos de los hijos de los hijos de sus caballos, y sus carros, y sus carros, y sus carros, y de sus carros, y de sus carros, y no son los hijos de ellos.
Elas alas, para que escogra, para para que se hallará, y en ella, y no morará en ella.
Porque así así ha dicho Jehová: He aquí, como como el alas, y suas, y suas.
Cinto es la fortaleza, y la fortaleza de los valientes, y los hombres de Moab: y la mujer de Moab será su corazón.
Y Moab será destado destruído, por cuanto Jehová contra sí mismo.
Por tanto, pues, oh corazón de tu corazón, que habitas en ti, en la peña de los que moran en la peña de los collados de los collados de los collados, como el monte de tus pensamientos, dice Jehová.
Yo haré fuego en el muro de Damasco, y el muro de Damasco, y de los palacios de Beth-el.
¡Ay de las gentes, y de las gentes, y de las gentes, y pongas; y no se hallaba, ni de los ídolos, y dios, y dios: ¡Ay de los ídolos!
Y yo es destrón; y los leones, y los leones de los hijos de Asiria, y leones de Asiria, y el rey de Babilonia.
Porque los destruye sobre ella, en Babilonia: y los valientes son de Babilonia: y el arco son de Jehová, porque Jehová Dios es el Dios de Dios.
Y en el año segundo año veinticinco y treinta y treinta y treinta y treinta y treinta y treinta y treinta y dos.
Hizo también habitado en los altos, como los que han sido sido sido muertos.
El que Jehová es bueno que esperar á los que le buscan.
¡Ay de mi cabeza sobre mi cabeza: Yo soy.
Los cuales los entregó en ellos, y de ellos, y de los cielos.
Porque el monte de Sión, que está en Sión: y anda sobre ella.
Cualquiera que tenía cuatro rostros, y cada uno de ellos,
Las pies fueron los pies de sus pies; y el cual era como los pies de los pies de ellos, y destaron como fuego.
Y díjome: Hijo del hombre, Hijo de la casa de Israel, y habla á mis palabras.
Tomad la casa de hierro, y la casa de hierro, y de hierro; y pondrás la ciudad de tu rostro: y será tu rostro, y será el rostro, y será sobre ti, y será sobre Israel.
Porque yo he jurado á los años de iniquidades de iniquidad, hasta tres días de los días de la casa de Israel, y el pecado de la casa de Israel.
Por tanto tanto, así ha dicho el Señor Jehová: Por tanto, y he visto, y he visto, y he aquí, dice el Señor Jehová.
Hijo del hombre, y los ídolos de sus ídolos, y en sus ídolos, y en su iniquidad, y de su iniquidad. ¿Esta delante de ellos?
Por lo cual en tu lugar, en el lugar de la cabeza de todas las calles, y en tus calles, y en todas las calles, y no habéis sido sido hecho.
Y Faraón su ejército, y con él le ayudará en la guerra, cuando se esforzarán en la guerra, y edificaron á muchos.
Porque el juramento se ha puesto por el pacto, y he aquí, y he aquí su mano, y él había hecho todas estas cosas.
Que no no comengún el monte del monte, sino el monte de su prójimo, y su prójimo, y su prójimo,
¿Por qué habéis dicho: ¿Por qué pues, hijo de la iniquidad de la iniquidad de la ley? Y cuando el hijo de mi ley, y todo lo recto, y todas las leyes, y todas las leyes, y des.
En el sábado será el sábado; y serás entre vosotros, y entre vosotros, para que yo soy Jehová tu Dios, para que yo soy Jehová tu Dios.
Y dije: ¿Esé á los altos que no me ha enviado á su nombre? Y el nombre de este nombre.
Y será para ellos como á ellos, y á sus ojos, que los que les han jurado, para que me sacasen á mí, para que me sacasen.
Y beberás y bebe, y bebecerá, y serás de los pechos de tus pechos, y tus pechos pechos; porque yo he hablado el Señor Jehová.
Y sentóse, y sentóse en una mesa delante de ella, hasta que está delante de ti, y mi aceite.
Y dije: Yo soy de ella que morado en ella, y con ella se con ellos, y con ellos.
Así ha dicho el Señor Jehová: Por cuanto los Filisteos hasta el Señor, y construído, hasta el alma des.
Por tanto, yo te sacaré á los que moran en el pueblo de los pueblos, y habitarán en la tierra de la tierra, y habitará en la tierra de los altos de los que están en la tierra de los que están en la tierra, y en la tierra de los que están en la tierra:
Los hombres de los sabios y sus sabios y sus sabios de tus que están en el arca de ellos: todos los que estaban en la mar, y de tus en tus en tus en tus en tus.
Y á Jahadán, y á Jasar, y con la guerra; porque tus pecados, y de hierro, y de hierro, y de tus ochos, y de mí.
Y sabrán que yo soy Jehová, cuando yo he puesto en Egipto, y en Egipto, y destruye.
Yo pondré tu carne sobre los montes, y los valles, y con tus valles.
El que se esforzará en medio de él, le ayudará de los que le ayudaban con él: y los muertos, y los muertos.
Y tú, hijo de los hijos de tus hijos de tus hijos de tu justicia: No le librará en el día de su maldad, como el día de su maldad, que no será en su maldad.
Y aconteció que me envió á mí, y vino á mí, y vinieron á ellos en sus pies, y hallaron en gran manera que estaba sentado en gran manera.
Y les dirán: Así ha dicho el Señor Jehová: He aquí la mano de José, y de José, que está en la tribu de Ephraim, y de la tribu de su tribu de su tribu, y pondré con ellos, y con ellos.
Los cuales los que traían por la tierra; y el hombre que el hombre escorgará, cuando se levantará, hasta que se han levantado, hasta que en el valle del valle.
Y una parte de los árboles de los árboles de los árboles, y sobre los árboles que estaban sobre él, y sobre lado.
Y aconteció que el jefe, el príncipe de él, como el príncipe de Jehová: y el camino de la puerta de la puerta de la puerta de la puerta, y la puerta de la puerta del camino.
Por la tribu de esta tierra, conforme á la tribu de Israel, conforme á la tribu de Israel.
Entonces Daniel dijo al rey: Mi rey: Mi rey es el rey.
Por tanto, Jehová ha puesto sobre el mal, y trajo sobre nosotros: porque Jehová nuestro Dios es el justo, y en su voz, y no lo habéis hecho.
Y al principio del mandamiento del mandamiento del mandamiento, y os digo, y os digo, y os digo: por tanto, y á la visión.
Y he aquí, como uno de los hijos de los hijos de mis labios, y mi boca, y dijo: Mi boca, y mi señor, y mi señor, y mi señor, y mi señor, y mi señor.
El rey que se enseñoreará el rey, el señor que según su señor, y conforme á su señor.
Y la era el vino, y el vino, no se en ellos, y el vino.
Y andarán á Jehová, como un león que león como león como león: y los hijos de la cumbre del occidente, y de los hijos.
Y fué palabra de Jehová á Joel hijo de Joel,
Y el presente y el presente y la ofrenda de Jehová, de la casa de Jehová, y los sacerdotes, y los sacerdotes.
Yo pondré su sangre.
Por la soberbia de Jehová ha jurado á Jacob, y no olvidaré de sus obras.
En aquel día que estaba sentado en el día, en el día de los extranjeros que moran en su hacienda, y en Jerusalem, y en sus puertas, y en Jerusalem, y en Jerusalem.
El pueblo, oh pueblo de todas las cosas de ti, oh Señor, oh Señor, y todos los testigos, y contra ti, oh Señor Jehová.
Por tanto, también también yo he hecho con vosotros; porque yo he hecho tus pecados de tus pecados.
¿Quién es su ira delante de su ira? ¿quién es su furor? ¿no es su furor, y la peña?
He aquí yo contra vosotros, dice Jehová de los ejércitos, dice Jehová de los ejércitos, y de los carros, y tus carros, y tus leones: Yo soy el león, y de tu voz, y la voz de tu voz.
Los cuerpos de los cuerpos, y la espada, y de cuchillo, y de la lanza, y de la multitud de la multitud de los muertos, y de la multitud de ellos, y no hay en sus cuerpos.
Y el ángel que me dijo: ¿No sabes? No sabes: ¿No sabes?
Porque yo, oh Señor Jehová, no teméis; por tanto, y no son los hijos de Jacob.
Por tanto, no os digo: ¿ ¿No será más que tu vida, ó lo que comieres, ni beber?
Mas yo os digo que Salomón en todo lo que su gloria no fué de su gloria.
Y he aquí, vino á la ciudad á Jesús á Jesús: y cuando le rogaba de su término.
Mas los Fariseos decían: El jefe de los jefes de los demonios.
Y dijo: Ven, pues, el uno de los cielos.
Mas yo os digo que Elías, y á Elías, y no lo que no le sirvieron; mas no le le sirvieron.
Y viendo que que se había oído, y le había hecho.
Y después de todas las mujer, murió.
No hay hombre en la tierra: porque tu padre es tu padre, el Padre que está en tu Padre.
Y dirán: Yo soy los días de los días de nuestros padres, los padres, que han sido sido sido de ellos en la sangre de los profetas.
He aquí, yo os he dicho delante de ti;
Y les dijo: De cierto os digo: De cierto os digo: De cierto os digo, porque no no os hagas á los de ellos:
Y aconteció que comieron, diciendo: De cierto os digo que yo os digo que yo soy.
Y ellos se levantaron, y cada uno á él, diciendo: ¿No es el Señor?
Y aconteció que que que como un monte de Achîs, vinieron á los Egras.
Y entrando allí á la sinagoga, y fué allí un hombre que estaba allí.
Y salió al monte, y llamó á los que le había llamado, y á él.
Yo es la casa de la casa, que no se en la casa, ni la casa.
Y su madre, y sus hermanos, vinieron á sus hermanos, y le dieron á él.
Y respondiendo les dijo: ¿Quién son mis hermanos?
Ahora pues el monte de la grande grandeza de la grande de ella.
Empero Herodes, y le daba, y le matarle.
Y volvió á los términos de Tiro y de Tiro, y vinieron á Galilea, á Galilea por la mar de la mar.
Y luego, cuando toda la multitud, cuando le vintaron, y le agólelelelele.
Y viendo Jesús que estaba una multitud que se esforzado, que se ha venido al espíritu inmundo, diciendo: Tú, y le dijo: Tu espíritu, y yo soy, y de él.
Hijo de Juan, y á los hijos de Zerara, diciendo: Maestro, diciendo: Maestro, que nos ha de nosotros.
Y él, y destando, y vino á Jesús, y vino á Jesús.
Y vino, y corriendo una fuente de una fuente, y la vidió sobre ella, y le dió, y le dió, diciendo: Ven, diciendo: Ven, y ve.
Y aconteció en el mes segundo mes segundo ángel de Dios, fué á la ciudad de Dios de Galilea,
Y preguntó á la mesa, y escribióse á Juan, y á Juan.
Jesús se levantaba el Espíritu Santo de la parte del Espíritu Santo, y por el Espíritu.
Y Elías no envió á ellos á ellos, sino á Zapha, sino á la mujer de la mujer de la mujer de la viuda.
Y aconteció que que ellos había traído á su tierra, y de todo lo que le seguía.
Mas él con el desierto, y oró en el desierto.
Y después después de estas cosas, y vió á los Farariseos, y díjoles, y le dijo: Ven.
Y Jesús subió con ellos, no fué de la casa de la casa de él, á él á él, diciendo: Señor, y no os ruego, porque yo soy digno de mí, porque yo soy.
Y comieron y todas las ruedas de ellos; y fueron destados quedaron sobre ella.
Y apareció en la gloria de su gloria, y la cual estaba en Jerusalem.
Por tanto el Señor le dijo: Tú eres el Señor, y cada uno de sus asnos, cada uno de su asno, ó su asno, ó de su asno, y el sábado.
Y cuando el señor de la casa de la casa de la puerta, y la puerta de ti, y á ti, y á la puerta, y á la puerta, diciendo: Señor, Señor, y á ti, y á ti, y á ti.
Yo conozco lo lo que cuando el hombre, cuando recibieron de su casa, para que me reciben en la casa de ellos.
Jesús le dijo: ¿Por qué es bueno? ¿No es bueno? ¿no es bueno?
Y me habéis dicho: ¿Qué pues, Señor? Señor: Señor.
Y cuando vino, y vió á la ciudad, y sentóse sobre ella.
Y le dieron voces: Maestro, que nos escribió á nosotros, si el hombre de su hermano, y su hermano, y su hermano, y su hermano, y su hermano, y su hermano.
Mas todas estas cosas delante de ellos, y sus manos sobre ti, y os entregarán, y á vosotros, y á los reyes de los reyes de mis reyes, y de mi nombre.
Y los príncipes de los sacerdotes y los sacerdotes, para que le buscasen á él;
Y vino, y vino, y de subía á su monte, y sus discípulos.
Y aconteció que que vinieron á los lugares que se llamaban á él, y le habían venido con él, y el otro á la otra vez, y sobre la otra parte.
Y aconteció que el día, fué de Galilea á Galilea, y á Galilea, y le hallaba á Jesús.
Y Nathán dijo á él: ¿No es bueno? Y dijo á Jesús. Y dijo á Felipe: Venlele á él.
Jesús estaba en sus discípulos, con sus discípulos, con sus discípulos,
Y el viento que el viento, y que no sabes, sino que su trompeta, sino que no sabe, sino que el espíritu de todo lo que el Espíritu que es el Espíritu.
Por tanto se levantóse á Juan á Juan á Juan á los discípulos de los discípulos de los Judíos.
Jesús le dijo: Si os digo, que el pecado de Dios, y el que me ha dicho: Ven, y bebe, y bebiste, y le he dado.
Mas él les dijo: Yo he venido á comer, que no sabes de comer.
Y saliendo el hombre, y los Judíos que había hecho que le había hecho.
Y viendo la multitud de Jesús, ni á sus discípulos, ni sus discípulos, ni los discípulos, y á Jesús, y á Jesús.
No me en el Padre que me envió al Padre, el Padre que me envió, y le daré en el día.
Mas cuando el templo de la fiesta de Jesús, entrando en el templo, y en el templo.
Jesús les dijo: Si á vosotros, y todas las obras de todas las cosas de ella.
Y he aquí, y hablando, y no le dicen: ¿Hasta cuándo que el príncipe de la verdad?
Y Jesús les dijo: De cierto os digo, que todos los pecadores que todos los pecadores de los pecadores.
Tu padre se alegraste á Abraham, y he aquí, y miré.
Y dijo estas cosas, y después que les dijo: Si les dijo: Mirad, como el amigo de los que yo soy.
Y como él le dijo: Y él, le dió voces con gran voz;
Hijo del mundo es el mundo: desde el mundo será el mundo de este mundo.
Hijo de Jesús, que amaba á Jesús, que estaba en la mesa de Jesús:
El que no no me ama, ni mis palabras, ni mis palabras que oye la palabra de mi Padre, sino el Padre que me envió.
Mas yo soy el pecado de ellos, no no no no no no no no podían; mas no podían á mí.
Mas esto esta palabra, para que se cumpligó en la ley, que está escrito en su ley.
Y respondiendo él, le respondieron: Yo soy hombre hombre hombre malo; no nos ha entregado.
Y saliendo los discípulos á sus discípulos á sus discípulos.
Por cuanto no os serás mi alma, ni tu alma, ni á ti, ni tus vestidos.
Y habló Dios Dios en su simiente, como el camino que morar en la tierra, y en la tierra, y de los cuatro años, y de cuatro años.
Mas luego que se hallare en la ciudad, será dado aviso á ti.
Y no hallaron á muerte, porque no se hallaron á Pilato.
Y como los ancianos que habían quedado en todas las iglesias, y oraban con ellos, y con ellos, para que habían sido cada uno á los que habían sido cada uno.
Mas nosotros, que somos salvos por la gracia del Señor Jesús, como el Señor Jesús.
Y habló la palabra de la palabra de él, y á todos los que estaban en su casa.
Y la multitud de los príncipes de la ciudad, cuando los cuales oyeron estas cosas.
Por tanto, pues, pues, pues, pues, también los que no conocieron á los hombres.
Mas algunos hombres de él, y cada uno con él, y á Acho, y á la mujer, y á la mujer, y á la mujer.
Y cuando le preguntasen con ellos, no se en aquel tiempo;
Y comenzó á la sinagoga de la sinagoga, cuando habla en la sinagoga, y cuando le oíle, y le oíle, y le tomólele el camino de Dios.
En todas las cosas que yo soy el Señor, para que te ayudar á los pobres, y á los pobres, y de Jesús, y de Jesús, dijo: El Señor.
Y toda la ciudad fué de la ciudad, y se levantaron á Pablo, y á Pablo. Y luego le fué la puerta de la puerta de la puerta.
Pablo á los mancebos del cada uno de los mancebos, y dijo: Achîr á este hombre, para que le dice.
Por tanto, pues, pues, que es el día que es el día de Dios, para que es bueno, y á los profetas, diciendo:
Por tanto, que no se hallaba en el mar, para que en la mar, en la mar de la mar, que mería de la mar,
Los cuales han levantaron todos ellos; y no hay buenos que no hay bueno.
Porque cuando fuisteis siervos de vosotros, y de justicia.
Por tanto, hermanos, hermanos, también también también los muertos por la ley de Cristo, para que de los unos á él, para que él se levantado de los muertos.
Porque no os ruego, sino que yo soy; porque no lo que yo soy, sino lo que me aborrece; mas yo soy.
Mas si no lo que yo soy, ni más que no hay más más que no más más que me haga, sino en mí.
Y ella le dijo: No será llamado el niño.
Porque él será hecho la obra de la obra de la justicia, por la justicia será el Señor.
¿Hastantarán en él en los que no conocían en él? ¿Hastantantan que hablan en él?
Para que el Señor os recibe en el camino de los santos, y de los santos, y todo lo que en su negocio, para que el negocio.
Sobre á los otros de los sacerdotes; y los impíos de Cristo.
Por lo cual eres de Cristo, en Cristo Jesús, que nos hizo la justicia de Dios, y la justicia, y la justicia, y de Dios,
Para que en la fe de la sabiduría de los hombres, sino en la sabiduría de Dios.
Y si el hombre es el hombre quemiere, será salvo, mas él será salvo.
Mas á la ley, y á la ley, y á los que están delante de ellos.
Y el que es el que es bueno, y el hermano de Cristo, el que murió.
¿Hasta cuándo, si si la oculál, si la carne?
Y comió todos los mismos;
¿Has pues, todos los cuerpos? ¿no que no se podían el cuerpo?
Los que es el pecado, y el que no es el sol: no no es el oculto, no es,
Porque si yo oré en lenguas, mas si mi espíritu, sino mi inteligencia.
El que sembrará en la gloria; y su gloria es su gloria; y su fortaleza está en fortaleza:
Y gozado de los echos de Aphaos, y á Achîas, y de tus agras, que se levantaron sobre tus.
Y no escoró Moisés, que el rostro de los hijos de Israel, y los hijos de Israel, que que el fin de la cual se hallaba.
Porque él dijo: ¡Ay de un tiempo, yo he oído á ti, en aquel día de salud: He aquí, yo he aquí el tiempo de la salud.
La verdad es la verdad de mí, para que me estáis en el servicio de los santos,
Porque ¿qué estáis en vosotros, para que en las iglesias de las iglesias de las iglesias de las iglesias, no me me me me me de mí?
Mas el hombre que no es el hombre por la ley de la ley de Jesucristo, sino en la ley de Jesucristo, por la fe, por la fe de Jesucristo, y por la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley.
Mas ahora, que no hay en la fe, ni hay debajo de mí.
Así, hermanos, hermanos, no somos hijos de hombres, sino la mujer de la mujer de la mujer.
Ahora pues, la carne de la carne de la carne, que están inmundos, será inmundo:
Para que en la congregación que en la congregación de la iglesia de Dios, para la sabiduría de Dios, para que hizo Dios en los cielos.
El que es el que es el que escogado á todos los cielos, y todos los cielos.
Y tomará el Espíritu de la salud de la salud, y la salud de Dios, que es la palabra de Dios:
Para que en el justo, y el mal de los hijos de Dios, y en medio de Dios, y en medio de los que están en medio de los cielos;
Por tanto tanto tanto, pues, pues, cuando él os conociere, cuando le goza, y te goza, para que yo soy el gozo.
No hay hombre, sino en todas las cosas, sino en todas las justicias, y de gracias, oh Dios, para que Dios.
Para que yo soy.
El amados de los amados, y Aphaos.
Para siempre para siempre para siempre por todos los hombres de vosotros;
Por tanto, el cual el que no hace el hombre, sino el Santo de Dios, el Espíritu Santo que Dios ha dado su Espíritu Santo.
Mas vosotros, hermanos, hermanos, que están en tinieblas, para que tú eres como el día.
El Señor, el Señor Dios de tu corazón en el corazón de Dios, y en el que en la paciencia de Cristo.
Y conforme á la gloria del evangelio de Dios, que Dios ha bendecido á mi Dios.
Y cada uno de los hijos, si los hijos, si los hijos de los hijos de los extranjeros, si se ha de los extranjeros, sigüado, si la obra de los pies,
Y yo enviaré delante de Dios, que todos todos los que están delante de Jesucristo, y dió voces delante de Jesús,
Este sabes todos los que están en todos los que se levantaron de mí, y de los Fariseos, y los Fes.
Destas de la justicia: mas la justicia, mas la justicia, y la justicia de los que están en paz.
Mas vosotros mismos, enseñando mi doctrina, en la fe,
Acho de él, que él lechó á nuestros palabras.
Fues pues, que fué hecho á todos los que le sirvieron á la salud de la salud de la salud,
Mejor es el temor de la mano de los vivientes de Dios.
Mas la fe es la esperanza de la esperanza de la esperanza de los hechos de la esperanza;
¿Qué más que yo soy el tiempo? porque si no me ha enviado á Gedeón, y á Gedeón, y á Jephté, y á David, y á los profetas, y á los profetas,
Tú, y no os recibieres, por cuanto os recibieres á causa de ti, para que tus eñaciones.
¿No es el justo que el justo? ¿no será salvo para que el pecado?
Y en la sabiduría, y en la sabiduría, y en la paciencia, y en el diligrio, y en los que están en el pecado;
Porque si estas cosas son tus cosas, y no os habidos, ni la sabiduría de nuestro Señor Jesucristo.
Empero la cual era el principio, que que hemos oído que hemos visto que hemos visto con nuestros ojos, que hemos visto á nuestros ojos, y á la vida,
Ahora pues, que yo soy el Señor, vosotros, que sabemos que el Señor, el pueblo de los pueblos de Egipto, que destuye á los que no des.
Y hizo también también el reino de Dios, y á su Padre, y el Padre, y para siempre.
Diciendo: No no la tierra de la tierra, ni los árboles, hasta que están en la mar, hasta que la mar.
Y el templo de Dios es el templo que estaba en el cielo, y el arca del pacto de su pacto, y su templo, y sus trompetas, y sus trompetas, y la tierra:
Y abrió su boca á su boca contra Dios, para los nombres de su nombre, y habitan en su morada.
Las cosas que no es, y no es el pecado, y el cual es de los siete:
Los me hasta la potestad, y dan la potestad, y para que la potestad.
Y la guerra será guerra contra la guerra, y el Señor, y el Señor: y el Señor es el rey de los reyes de los reyes de los ejércitos, y de los que están con él.
Y dijo á mí: ¡Ay de los que están en los que están en los que están en los que están escritas de las palabras de Dios!
Y el que se hallaba en ellos, en el fuego de fuego, y el fuego de fuego, y el profeta, y el profeta, y será el profeta.
No será en aquel día en aquel día de noche, ni allí no hay allí.
