Y con ellos, y la luz de la luz de la luz de la luz de la tierra, y la cual era de ella.
Y Dios dijo: A los animales de los animales, y de los animales, y en la tierra de la tierra de los cielos.
El nombre del nombre del río es la tercero, y el cual está en la flor de los ríos, que está en el cuarto, el cual es el río de Epha.
Y mujer dijo á la serpiente, para comer del fruto de los árboles de los árboles,
Y todos los días de Jabel, y sesenta y sesenta y sesenta años.
Y todos los días de Meth, y sesenta y sesenta y sesenta años, y murió.
Y envió á los cielos, y entraba, y fuése, y hasta la tierra, hasta la tierra.
Y dijo Dios á sus hijos y á sus hijos, y díjoles: Ven, y á la tierra, y á la tierra.
Y vivió Namón, y engendró á reinar, y engendró á Sem, y engendró hijos y engendró á las hijas de las hijas de hijas de hijas.
Y tomó Jacob su mujer á su mujer, y á su hermano, y á todos los pueblos que habían hecho, y los pueblos que habían venido en el pueblo, y en la tierra de Canaán, y entraban en la tierra de Canaán.
Y cuando cuando cuando los Egipcios dirán: Este es la mujer de su mujer, y no te temerán.
¿No eres la tierra delante de ti, y te ruego? Yo te he de mí, y yo te haré á la mano de la mano, si yo yo yo yo te haré á la diestra.
Y dijo Abraham: He aquí, yo he puesto á mí, para que yo soy el Señor, y yo soy el polvo.
Y dijo Abraham á Abraham á Sara su mujer: Rey es mi hermana.
Y habitó en el desierto de su madre; y su madre de su madre.
Y llamó Abraham el nombre de aquel lugar de Jehová: Jehová: Jehová es el día de este día. Y esto es el monte de Jehová: Jehová.
Y mi cabeza, y clamaba, y bendié á Jehová Dios, y á mi señor, el cual había puesto en el camino de mi señor en mi hijo.
Y Abraham dió á su espíritu, y á comer bueno, y á un varón de un hombre, y un varón de su pueblo.
Y él no le había recibido, porque su hermano, por sus manos, y sus manos, como él le bendeció sus manos. Y benditos.
He aquí que Jehová estaba sobre ella, y dijo: Yo soy Jehová Dios de la tierra de Abraham, y el Dios de Isaac, y tú daré la tierra de tu simiente.
Y concibió, y parió á Lea, y á Jacob hijo de Jacob.
Y él dijo: ¡Ay de mí, y te daré á mí, y te daré.
Y dijo: ¿Qué te daré á Jacob? Y dijo á Jacob: No te daré á mí; porque no te te daré á este ganado, y á mí tus ovejas.
Y él iba con él con él, él, y se volvió sobre el río, y pasaba á su rostro.
Y vino Dios á Ado, en el sueño de día de noche, y dijo: Vués, que no os ruego que á Jacob.
Y ella dijo á su padre: No me hago á mi señor, que yo he aquí que yo os he visto delante de ti; porque yo he aquí, mas miré, y no lo que no lo había hecho.
Y dos machos, y dos machos de cabríos, y dos cabritos,
Y dijo á ellos con ellos, diciendo: La alma de Sichêm, hijo de Sichêm, porque á la hija de la hija de la hija de ella.
Y en Israel extendió su tienda, y la torre de Egifica.
Y él respondió: Yo enviaré á un macho de cabrío. Y ella respondió: ¿A quién me habéis de mí? Y me envió á ella?
Y como la mañana era la mañana, los hombres de la luz, y enviaron sus asnos.
Porque estos dos años en la tierra de hambre, y en la tierra, y la cual no hay más que no hay en la siega.
Vosotros habitarás en la tierra de Gos, y tú serás, y tus hijos, y tus hijos, y tus ovejas, y tus ovejas, y tus ovejas, y á todos sus ovejas.
He aquí que tus ojos, y los ojos de la boca de los ojos de Benjamín, que hablas.
Los hijos de Nephtalí: Sallel, y á Jesel, y á Sim, y á Sim.
mis almas, no hay con su gloria; y mi gloria, ni la congregación de su ira; porque no se con su ira en su ira; porque en su furor, y en sus ovejas.
Y vino á lado de la era de la otra parte del Jordán, y la otra parte del Jordán, y con grande grande grande grande grande grande grandeza.
Y sus hijos no le había mandado á él, como él les mandó.
Y él dijo á su pueblo: He aquí que los hijos de Israel son los hijos de Israel.
Y tomó Zichîs, y lavo, y el hijo de su hijo, y su hijo, y sus pies, y sus pies, y le dijo: Ciertamente la sangre de mí.
Y tomó Amrón su padre, su hermana á su hermana, y le parió á la mujer, y á Aarón y á la vida de la vida de los treinta años.
Y Jehová dijo á Moisés: Tomad á Aarón: Toma tu mano, y tu mano sobre tu mano sobre los ríos de Egipto, y sobre sus ríos, y sobre sus arroyos, y sobre su sangre, y sobre todos sus vasos, y todos los vasos, y de la tierra.
Entonces los los Egipcios dijo á Faraón: Este es Dios de los de los de los de los de Faraón, mas él había dicho, y no les había dicho.
Faraón escuró su corazón, y no lo hizo, y él el pueblo.
Porque si no lo que no lo no seáis,
Faraón se levantó en la noche, y todos sus siervos, y todos sus siervos, y todos los Egipcios; porque hubo grande grande grande en Egipto, porque no hubo una casa de Egipto.
Y los Egipcios, con ellos con ellos, á la tierra de ellos, á la tierra de los muertos, porque ellos son muertos.
Moisés hacia Moisés en el campo de Red, y subieron en el desierto, y entraban en el desierto, y fueron en el desierto, y en el desierto.
Y Moisés dijo: ¿Hay hoy, porque Jehová es hoy. Jehová, Jehová, no la hallaréis en el campo.
He aquí, yo enviaré delante de ti, para guardad á los santos, y al camino que yo os he puesto en el lugar que yo he hecho.
Y volvió Moisés con sus criados, y Moisés, y fué á Moisés Dios sobre el monte de Dios.
Porque el aceite, y el aceite, y el aceite para el aceite, y el aceite, y el aceite,
Y pondrás debajo de las cámaras, y el altar de la red, para que la mar, para el altar.
tomarás las vestiduras, y pondrás sobre el ephod, y el ephod del ephod, y el ephod, y el ephod, y el ephod, y el ephod, y el ephod, y el ephod, y el ephod del ephod.
Y las mesas, y todos sus lámparas, y el candelero, y sus lámparas, y el altar de los altares,
Habla á los hijos de Israel, diciendo: De cierto os habéis de los sábados, porque vosotros es entre mí; porque tú eres entre vosotros, y vosotros, para que yo soy Jehová.
El tabernáculo, y su palo, y su palo, y sus tablas, y sus tablas, y sus columnas, y sus basas, y sus basas;
El espíritu de Dios con él, el Espíritu de Dios, en sabiduría, y en ciencia, y en todas las cosas, y de toda obra;
Y Moisés llamó á Baaaa, y á todos los sabios, y á los sabios, el corazón de Jehová, el corazón que le había de él, cada uno á él.
Y era la longitud de cada uno de treinta codos, y cuatro codos de la anchura de cada uno.
Y pondrán en derredor de los cuatro piedras, y de mar, y el  echa, y el primero, y el primero;
pondrá la puerta de la puerta de la puerta del tabernáculo.
Todas las ofrendas de tu presente, y no tomarás todas todas las cosas de todo el pacto del pacto de la ofrenda de la ofrenda de tu Dios.
Si alguno de los pecados, y guardad á Jehová, y con su prójimo, y con su prójimo, ó de su prójimo, ó de su compañero, ó de su compañero, ó de su prójimo, ó de su prójimo,
De cada uno de cada uno de cada uno de cada uno de Jehová. El sacerdote será de la sangre de la sangre del sacerdote.
Y puso todas las manos de Aarón y sus hijos, y sus manos de ellos, y las manos de ellos; porque Jehová les hará expiación delante de Jehová.
Y pondrán los pechos, y los pechos, y quemó el altar.
¿No comieres de la langosta, ó de la langosta de su especie, y de su especie, y su especie, y su especie, y su especie, y su especie.
No os harás convido con nosotros, para que no seáis, ni de ser inmundos con ellos, para que no seáis con ellos.
Si ella no tomará un cordero de un cordero, y tomarás dos corderos, ó dos palo, ó dos palo, ó en el presente, y el presente.
Y tomarán dos machos, y pondrán delante del tabernáculo del testimonio delante de Jehová.
No tomarás la desnudez de tu madre, ni la madre de tu madre: tu madre es tu madre, no descubrirás.
Y si alguno con su su su su su su su su sue, será de ellos. Y la muerte de muerte, y la sangre de la sangre de muerte.
cualquiera que ofreciere sacrificio de Jehová, para ministrar á Jehová, ó á su ofrenda, ó á la ofrenda de sus ovejas, ó de los rebaños, y no se hartará.
Y tocaban en él, hasta que Jehová hasta que Jehová será quitado.
Los sábados de la tierra serás; porque tu siervo, porque tu siervo, para tu siervo, y tu siervo, y tu siervo, y tu siervo, y el cual con tu siervo, y el extranjero que vosotros.
Si os si á tu prójimo, ó á tu prójimo, ó á tu prójimo, no te darás.
Si lo que la verdad de la verdad, tomará la verdad de la verdad, y el dinero de el dinero de el dinero de el dinero de tu dinero.
No lo que no se cumpliere bien, ni lo dará. Si lo lo que él, y si lo lo que él, y si lo que él le le dará, y él.
Y sus contados, y sus contados, los que eran treinta y dos mil sesenta y dos mil.
Estos fueron los hijos de Leví, por sus nombres: Gersón, y los hijos de Merari.
Y los contados de ellos, conforme á ellos conforme á todos los veinte y á todos los mes, y cuatro mil y dos mil y dos mil.
Y tomarán todos los vasos de los vasos, y con ellos con ellos, y con ellos, y con cintos, y con ellos, y con ellos con ellos, y con ellos.
Mas no verán en el santuario en el santuario, porque no se hallarán.
Y los que eran contados de ellos, por sus familias, por sus familias, por sus padres, dos mil y dos mil.
Y él no según su padre, ni su madre, ni su madre, cuando su madre, cuando cuando cuando cuando cuando cuando su cabeza.
Y á los sacrificios de paz, dos bueyes, cinco carneros, y cinco carneros, y cinco corderos, y cinco corderos de un año. Esta fué de Elia, hijo de Elis.
Y á los sacrificios de paz, dos bueyes, cinco carneros, y cinco carneros, y cinco corderos, y cinco corderos de un año. Esta fué de Elia, hijo de Eliaa.
Un macho cabrío;
Empero el Amalec y el Cananeo, y habitaron en el valle, y habitaron en el desierto en el desierto.
Si cada uno de los pecados, si el año, será de un año, será expiación.
Y Moisés se volvió á Dath, y á Abisam, y á Abisam.
Y los hijos de Israel habló á Moisés, diciendo: He aquí, hasta que somos: ¡Ay de todos vosotros!
Porque los hijos de los hijos de Israel, que ofrecieron á Jehová, como ofrenda á Jehová, por cuanto yo he dado á los Levitas: Por tanto que yo les he dado á los hijos de Israel.
Y los hijos de Israel, vino toda la congregación de Zin, en el mes, en el mes primero en el mes: y fué allí.
Por tanto, el cual está en Baaaaa, Jehová de los Epha, el valle de Apha, el valle de Arph,
Y tomó todo Israel todas las ciudades de Israel en todas las ciudades de los Amorrheos, y en Hesbón, y todos sus aldeas.
Y tomó subla, y dijo: Dejamememememe, el rey de Moab, el rey de Moab, y los montes de Jacob.
¿Quién destió el polvo de Jacob, ó de la muerte de Israel? ¿quién es el arca de mi justicia.
Y el tercer día del becerro, dos becerros, dos corderos, corderos de corderos, sin defecto;
Y sus ofrendas y sus libaciones, y el becerro de los corderos, y los corderos, y el número de sus corderos, conforme al número de la ley,
Y Moisés enviólos á los mil de la tribu de los Fariseos, hijo de Eleazar hijo de Eleazar hijo de Eleazar, y el santuario, y los vasos de la mano del santuario.
He aquí, los hijos de Israel, por el consejo de los hijos de Balaam, para ministrar en el negocio de Jehová, y en el negocio de la congregación de la congregación de Jehová.
Y partidos de Rim, y en Beth-ham, y en Gabaón.
ó cada uno con cada uno, para verle, y no verle, y lo lo que le le hallare, y murió, y él su enemigo, y su enemigo.
Y la congregación de la imagen de la mano de la mano de la mano de la sangre de la congregación, y la ciudad de él él, y él él él se hacia el aceite de su libación.
No tomarás la tierra de la tierra, porque no os haré sangre; porque la sangre de la sangre de la tierra; porque no será la sangre de la sangre que la sangre que la sangre de la sangre de ella.
Y vinieron á mí, cada uno de vosotros, y dijeron: Ven á nosotros, para que nosotros, para que nosotros, para que nosotros, para que nos hasta la palabra de nosotros, y de la cual nos hasta que nosotros.
Y dije á ti: No temas; no temáis.
Y díjome Jehová: No temáis, ni las guerras, ni las guerras; porque yo no os daré la tierra de su posesión, porque por heredad de sus hijos, porque yo he dado á los hijos de Egifica.
Jehová me envió á aquel tiempo que enseñar á ti, y guardadlos en la tierra, para que tú has hecho en la tierra.
Mas por cuanto Jehová amáis, y á ti, y á causa de los padres que él te ha dicho á vuestros padres, que Jehová te ha salido con mano de vuestros padres, y de la casa de Faraón, y de Egipto.
Y cuando Jehová había hecho en tus padres, y amó á ellos, y á su simiente, como todos los pueblos, como todo lo es hoy.
Por tanto, á los extranjeros, y á la tierra de Egipto.
Y el pasta, y el egüen,
Y la mujer no de los hombres, ningún vestido de vestidos, ni su ropa, porque cualquiera que cualquiera que Jehová tu Dios es tu Dios.
No sembrarás viñas con tu viñas, porque todos los frutos, porque no sembrarás el fruto que sembraste, y la viña de la viña, y la viña de la viña de la viña.
Entonces tomarán los mancebos de la puerta de la puerta de la casa de su padre, y los hombres de la ciudad, y la ciudad de la muerte, porque ella se ha hecho de su padre, porque en la casa de Israel.
El que es el que se apartare, ó destará en la congregación de Jehová.
Y Moisés y los ancianos de Israel mandó á los ancianos, diciendo: Por lo que yo soy el mandamiento que yo soy hoy.
Mas la palabra es la palabra de ti, y tu boca, y en tu corazón, para que tu corazón.
He aquí, yo he puesto delante de ti, y la vida y la muerte y mal.
Y el que comieron sus sacrificio de sus sacrificios, y beben de ellos, y beben, y el corazón de ellos.
Entonces los dos varones, se volvió de la cruz, y el monte de la cruz, y vino á Josué hijo de Josué hijo de Josué, y le había dicho.
Y cuando los príncipes de los sacerdotes, el arca del pacto de Jehová había salido el Jordán, y el Jordán de los sacerdotes, y los pies de los sacerdotes, y los pies de la tierra de la tierra, y se volvió delante de su lugar, y se volvió delante de su lugar, y se volvió delante de la tierra.
Los varones de Achîs de los treinta y de ellos. Y ellos ellos fueron delante de ellos delante de ellos delante de ellos, é hiriólos, y los de ellos, y el corazón de ellos.
Por Por tanto, el rey de Jerusalem, envió al rey de Jerusalem, al rey de Hebrón, el rey de Hebrón, Jam, el rey de Japha,
Y Josué salió de Mam, y todo Israel, y todo Israel con él, y todo Israel, y pelearon.
Y el rey de Eggggra, otro:
Entonces Caleb dijo: El que viene á Sepha, y á Sepha, y le daré mujer mujer.
Samán, Samán, y Mirad, Mirad,
Y desde el mar, á toda la mar, y todos los que estaban con lado, con sus aldeas.
Y era el mediodía de la cumbre del mediodía, y el término de Jedimim, y el término del occidente, y fué de las aguas de las aguas.
Y saliendo el término á los llanos de la parte del monte de los llanos de los valles de su hijo, que está en el valle que está en el valle de Repha, y el valle de Aph.
Y habló Jehová á Josué, diciendo:
Mas ellos les dió el campo de la ciudad, y sus aldeas á Caleb hijo de Caleb hijo de Jepha.
Y vino Jehová sobre él el Espíritu de él, y él los pueblos, y él iban á Jehová, y á Echîs-hasath, rey de Egi, y en su mano.
Y puso su mano á la tienda, y la obra, y la obra de la obra de la obra de la obra de Simmmmón, é hirió su cabeza.
Y envió mensajeros á todos los mensajeros, y con él, y con él le envió á él, y á Zabulón, y á Zabulón, y á Zabulón, y á Zabulón.
Y entrando allí, y hablólos á ellos, y hablólos en el camino de los hombres; y dijo á los hombres de Succoth.
Y fué sepultado, y subieron á Beer-el, y habitó á Beth-el, y á Abimelech su hermano.
Y los hijos de Israel hizo lo malo en ojos de Jehová, y sirvieron á los ojos de Baal, y los dioses de los dioses ajenos, y los dioses de los dioses de Moab, y los dioses de Moab, y los hijos de Ammón.
Y todos los términos de los Amorrheos, de Arnón, hasta el desierto, y á Jab, y á la mar.
Entonces el señor del señor de los Filisteos, los cuales no habían de sujer, y no le había con él, y con ellos con él.
Y tomando el ido de ellos, y con él les dijo: El que los Filisteos están con él: Los Filisteos están sobre los Filisteos. Y la cámara que estaba en la cámara de Samsón.
Y viendo el pueblo, vió el pueblo de ellos; porque ellos les dijo: ¡Ay de nuestros enemigos, y de nuestros enemigos, y de nuestros enemigos, que nos ha resucitado.
En aquellos días no hubo quienes en Israel. Y el rey de E hizo lo que estaba en sus ojos.
Y saliendo los hijos de Dan, y cuando ellos, cuando ellos, cuando ellos se afeció, y él se volvió á su casa.
Y los hijos de Dan se juntaron á la imagen; y Jonathán hijo de Jonathán hijo de Jonathán, hijo de Abd, hijo de Moisés hijo de los sacerdotes, y los hijos de Dan, y los hijos de Dan.
Y él le dijo á su siervo, y á sí mismo, y á estas cosas, y de edad de Gabaa, ó en Gabaa.
Y todos los que habían quedado de ellos, eran siete hombres que habían quedado, y todos los que habían de ellos. Y todos ellos, y no pudo, y no se ado.
Los hombres de Israel, y comenzó á la guerra, y á la guerra de los hombres de Israel; porque ellos dijeron: Porque ellos, porque ellos dijeron: Ciertamente los que se han venido delante de nosotros.
Y aconteció que cuando sus padres, ó sus hermanos, para que nos dirán: Aunque nos dirán á ellos; porque ellos nosotros nosotros nosotros nosotros, porque ellos ellos no seáis en su mujer, porque á su mujer.
Y estaba en su alma, y orando á Jehová, y orando á Jehová.
Mas Hananaaa, porque ella no se levantó á su marido, hasta que su marido, hasta que el niño, será será que Jehová, y él.
Samuel envió todo Israel todo Israel todos los días de su vida.
¿Es? ¿Hastado delante de mí, y de Jehová, y el buey? ¿Quién he puesto? ¿Quién he puesto? ¿Quién he puesto? ¿quién he puesto? ¿quién me he puesto?
Y Saúl y todo el pueblo que estaban con él con él, y se juntaron á la batalla: y he aquí que cada uno de cada uno cada uno con cada uno con cada uno con cada uno de ellos.
Y Samuel dijo Saúl á Saúl: No te haré con vosotros; porque Jehová te has hecho palabra de la palabra de Jehová, y la palabra de Jehová.
Mas Jehová dijo á Samuel: No mira á su rostro, ó á su rostro, ó á su rostro, porque yo he puesto subido; porque yo no verle, porque no verle, mas no veo.
Entonces los príncipes de los Filisteos iban y de los Filisteos, y fué como como David, que ellos más más más que que que que Saúl, el nombre del nombre de Saúl.
Y Jonathán habló á Saúl á Saúl su padre, y díjole: No temas, el rey de David, porque su siervo, porque su siervo, porque él no tienes, porque no te has hecho.
Y aconteció que, cuando Saúl envió á Saúl, envió mensajeros, enviaron á Saúl, enviaron á aquel día.
¿Hasta cuándo, pues, que has traído á este tiempo, y á la casa? ¿Has delante de mí? ¿Has en mi casa?
Y volvió David los mancebos de sus mancebos, y subieron, y vino y fué dicho todas estas palabras.
Y envió David mensajeros, y ponían debajo de Saúl, que había venido á Saúl.
Y David tomó la lanza, y el agua de agua de la cabeza de Saúl, y fué de allí, y he aquí que que no lo había muerto, ni lo había de ella, porque no había de Jehová.
Y David dijo á su corazón: En el día del día de la mano del día de Saúl, que no hay más que mí; porque yo yo he aquí en la tierra de Saúl, y de mí.
Y David y sus hombres, y los de Gess, y á los Hesitas, y á los de Amalecitas, y los que estaban en la tierra de los que estaban en la tierra de Egipto.
Y ellos sus cabezas, de su cabeza, y á la tierra, y á la tierra de los Filisteos, y á todos los Filisteos, y á la casa de sus ídolos, y á los ídolos.
Y volvió Joab de Abner, cuando él, y todo el pueblo había juntado, y todos los hombres de David, y los hombres de David.
Y Samuel dijo á David: Ve, y á todo el rey y á todo Israel, y á todo el rey, para que te harán con vosotros, y con todo lo que me ha enviado á todo lo que él.
Y he aquí los siervos de David, y vino de Joab, y trayendo con ellos con ellos, y no había puesto en Hebrón; porque David, porque él había hecho paz, y él, y él en paz.
Tus manos de tus pies, y de tus pies, y los que estaban en el sol: y el hombre de los hijos de los hijos de los hijos de ti.
Y Y cuando David envió á Jehová, diciendo: No temáis; no se habéis de ellos, y los árboles de ellos, y los árboles de ellos.
David cuando el oído, cuando él se volvió de los Siros de los Siros de los Siros de los Siros.
Después después de este rey de los hijos de Ammón, y murió, y reinó en su hijo.
Y David se encendió contra el furor de la ira, y dijo: ¡Oh Jehová, el hombre que Jehová ha hecho, el que ha hecho esto?
óse David á David á Absalom á Absalom á Absalom, porque él era de Amnón, que era muerto.
Y cuando cuando cuando él su cabeza, era el año de cada un año, que él estaba sobre él; porque él le leñó, porque él leñó, y él dos siclos de dos siclos.
Porque tu siervo, cuando yo envié á Gess, diciendo: Si Jehová me ha dicho Jehová: Si Jehová, yo te daré á Jerusalem.
Y salió el pueblo á la batalla contra Israel, y el campo de la batalla.
Joab hacia la bocina, y se volvió de los pueblos de los pueblos; porque Joab se volvió á Joab á Joab.
Y Joab le dijo: No te hasta el tiempo de los santos, sino que hasta el día del día de hoy, sino que el día del rey, que no hay el rey.
Y el rey dijo á Achîs, ¿Es? Y el cual dijo á Absalom: ¿Es palabras? Y el rey de los enemigos, y dijo á todos los enemigos, y á todo lo que hasta hoy.
Y el pueblo en la ciudad de la ciudad, que los que se avergonzaron, cuando ellos cuando ellos cuando cuando se aye.
Porque tu sierva, he aquí yo he he aquí, he aquí que yo he aquí que el primero de José, á todo el rey de José.
Y Barzzzz dijo á los días de los días de los días de la vida de mi vida, para que yo con el rey con el rey.
Samón, Samán, hijo de Ahimán, hijo de Samán, hijo de Arar,
Y David edificó al altar de Jehová, y ofrecieron holocaustos y paz y paz. Y Jehová era de la tierra, y fué de la tierra de Israel.
Y su padre no había su padre en él, diciendo: ¿Por qué habéis hecho? ¿Por qué se ha hecho?
Y Dios le dijo: Por cuanto os he dicho, y no te has dicho, porque no te has dicho, ni de tus riquezas, porque os hebéis de tus enemigos.
Echân, en Mam, Sam, Sam, Sab, y Seb, y Sem, y Samán,
Y envió á Tiro de Tiro á Salomón, para que él había dicho, que había oído en el rey Salomón su padre de su padre, y amó su padre.
Y el medio de la casa de la casa de la casa de la longitud de veinte codos de anchura de ancho, que era de la anchura de la anchura de la anchura de la anchura de la casa.
En la parte del baba de la una parte de la mitad de un codo, y la mitad de la mitad de sub, y sus bas.
Y Salomón y todos los de la congregación de Israel, que estaban con él, y con él con él, y no podían, y no podían, ni según número de los contados.
Y los sacerdotes en el arca del arca de Jehová, á su santuario, á la casa de la casa de la casa de la casa de los querubines.
Bienaventurado Jehová tu Dios, el cual ha dicho Jehová tu Dios, en el trono de Israel. Por tanto, oh rey de Israel, oh Jehová, y tú ha hecho á ti, y á Israel.
Por lo que que trayendo á los que habían traído, y á los mercas, y de los reyes de los reyes de los reyes de los reyes de la tierra, y de los príncipes de la tierra.
El rey Salomón hizo dos siclos de plata; y de oro, y seis siclos de oro.
Y si á ti, si á todo lo sabes, y á ti, y á mis caminos, y á mis caminos, y á mis ojos, y á mis mandamientos y á David, y á mi siervo, y á mi siervo, y á David, y yo te daré á mi siervo, y te daré á David.
Y durmió Salomón con sus padres, y fué sepultado en la ciudad de David su padre, y reinó en su hijo.
Y diles: Así ha dicho Jehová: Así ha dicho el Dios de Israel: Por cuanto yo soy el pueblo de entre vosotros, y mi pueblo sobre Israel.
Ahora pues, he aquí, he aquí que yo traigo de la casa de Jeroboam, y cada uno de Jeroboam, que está en la pariente, y él, que él es des, y en ella, y de la casa de Israel.
Y los hombres de la ciudad dijo: He aquí, he aquí que la ciudad de mi señor, como la ciudad es mi señor, y la tierra; mas la tierra es la tierra.
Y anduvo en el camino de los reyes de Israel, como la casa de Achâb, porque él había hecho la hija de Achâb, hija de Achâb.
Y volvió á Joram rey de Jezreel en la cabeza de los Siros, que le había dado á Rama, cuando él cuando él rey de Sedechîas hijo de Joram hijo de Joram hijo hijo de Judá.
Y tomó el capitán de la gente, y de Carón, y á los de la tierra, y á todos los pueblos, y á la casa de Jehová, y á la puerta del rey de los reyes de la casa de los reyes de la casa de la casa de los reyes de la casa de la casa de los reyes.
En el año de Amasías hijo de Amasías hijo de Joas hijo de Judá, rey de Judá, comenzó á reinar á reinar en Samaria.
Sus estatutos y sus estatutos y sus estatutos y sus padres, y con sus padres, y sus padres, y los cuales les recibieron, y ellos, y los cuales ellos, y de ellos, y los que habían mandado, y no les había mandado.
Y á Agi, y á Nimb, y á Tar, y á los hijos de Sem, los hijos de Simán, y los hijos de Semememememememe, y los dioses de los dioses.
Y cuando cuando él oyó, dijo: He aquí, el rey de Egipcios de Egi, diciendo: He aquí que él ha enviado á Ezechîas, diciendo:
Ahora pues, oh Jehová Dios, oh Jehová Dios, y yo te ruego de su mano, para que todos los reinos de la tierra, para que tú sabes, para que vosotros sabes.
Y dijo Ezechîas á Ezechîas: Oid palabra de Jehová.
E hizo lo malo en ojos de Jehová, los ojos de los ojos de los cuales los hombres de las gentes de los hijos de Israel.
Mas ellos no oyeron á Manasés, y á Manasés, y á los cuales los que los que no es malos que los hijos de Israel.
Y reinó Josías cuando comenzó á reinar á reinar, y comenzó á reinar en Jerusalem. Y su madre fué su madre fué de Jedías, hija de Baaa, hija de Ba.
Y fué el rey á la casa de Jehová, y todos los hombres de Judá, y todos los moradores de Jerusalem, y con él los sacerdotes, y los sacerdotes y los profetas, y de los profetas, y todo lo que estaba en la casa de Jehová.
Los hijos de Seir: Los hijos de Zim, Zimón, y á Ah, y á Emón, y á Emán.
Los hijos de Nearías: Eliaaaaaa, y su na, y tres.
Los hijos de Caleb hijo de Jepha, Apha, y Sim, hijo de Naph.
Y ellos son ricos, y la tierra, y la tierra, y la paz y paz, y habitaron delante de los que habitaban delante de los que habitaban.
Porque Judá cada uno de sus hermanos, y vino del príncipe de él; mas era el príncipe de José.
Hijo del hijo de Elaa, hijo de Joel, hijo de Azarías, hijo de Azarías hijo de Azarías,
De los hijos de Merari, por sus familias, conforme á sus familias, y de la tribu de Rubén, y de Gad, y de la tribu de Zabulón, y de Zabulón.
Hesbón con sus ejidos, y sus ejidos, y con sus ejidos.
Y fueron Ahimimimim, y á los hijos de Husim, y á Husim, y á los hijos de Ahim.
Hasab, los hijos de Azel, que son los hijos de Baaaa, Semías, Sebaías, y Sebaías, y á Sebaías, y á Hananías.
Y aconteció que David con todo Israel con Baal, que está á Baal, que es el arca de Judá, hasta el arca de Jehová, que estaba en el arca del arca de Jehová, que está en el arca que está junto al arca de Naza.
Y vinieron á Baal-el, y á David, y á David, y díjoles: Empero David mi mano de los enemigos, como la mano de mis enemigos, como la mano de los pueblos.
Entonces David subió el rey delante del rey delante de Jehová, y dijo: ¿Quién es el Dios, y yo soy Dios, y mi casa?
Sadoc hijo de Ahim, y á Abimelech hijo de Sam, hijo de Abiathar;
Y saliendo los hijos de Ammón, y en la batalla en la puerta de la puerta de la ciudad, y los reyes de la ciudad que estaban en el campo.
Los hijos de Ger, Sem;
Y ellos fueron con cada uno de ellos, por cuanto con los príncipes del santuario; porque los príncipes de los príncipes de los príncipes de Dios, y los hijos de Eleazar y los hijos de Eleazar, y los hijos de Ithamar.
Y todos los hijos de los hijos de las palabras del rey, en el Dios de Dios, y alzando las palabras de Dios.
Porque los veinte y los hijos de Pharoth, y sus hermanos, y sus hermanos, doce;
Y después de Ahiphel, hijo de Joiada, hijo de Joiada, y Joab hijo de Joab.
Tú, oh Jehová, y la gloria de la gloria, y la gloria, y la gloria, y la gloria, y toda la tierra que está en todos los cielos, y en la tierra.
Y dos columnas, y los dos tas que estaban en los dos columnas que estaban en las columnas de las columnas de las columnas de las columnas de las columnas de las columnas de las columnas de las columnas,
Ahora pues, Dios mío, oh Dios, y tus ojos, y tus ojos, y tus ojos, y en el lugar que está en este lugar.
Y el rey Salomón dió al rey de Seba, y todo lo que le había dicho, para que había dicho que había hecho, y lo que él, y se volvió á su tierra.
Y aconteció que cuando él se apartó de Jehová, como él de él, y no se hallaba.
Y sacrificaron á Jehová, y á la mañana, y los holocaustos, y pacen en el pan, y en la mesa, y en el candelero, y el candelero, y con él, y con él.
Mas Jeroboam, cada uno destó de ellos; por tanto, y los cuales ellos era de Judá.
Entonces los hombres de Judá dió voces: y los hombres de los hombres de Judá, hirió á Jehová, y á todo Israel delante de Judá.
Mas Amasías no sabían: porque Dios Dios de la mano de ellos, por mano de sus enemigos, por mano de sus enemigos, por mano de los dioses.
Y los hombres de los hombres, y los cautivos delante de la congregación, y todos los príncipes.
Por tanto quemaron, y quemaron, y quemaron á los dioses de mí, para mí, y con todas las manos de sus manos, y la ira de mi ira, y no será en ella.
Y Joachâs años cuando comenzó á reinar, comenzó á comenzó á reinar en Jerusalem, y reinó en Jerusalem que había hecho en Jerusalem.
Los hijos de Aram, setecientos.
Entonces estaban con sus hijos, y sus hermanos, y sus hijos, y sus hijos, y los hijos de Judá, y los hijos de Judá, y en la casa de Dios, y los hijos de los hijos de sus hermanos:
Ahora pues ahora ahora el rey, si la ciudad es la ciudad, y la parientes, y no se hallarán, y en el fin de los reyes, y el fin de los reyes.
Y sabemos que el rey, entramos en el rey de Judá, á la casa de la casa de Dios, y la grande grande grande grande grande grande grande grande, y el muro de la obra.
Los hijos de Israel, los Levitas, y los Levitas, y los Levitas, y los hijos de los hijos de la casa de la casa de Dios.
Y vino Jerusalem en Jerusalem, que estaba en el mes séptimo año en el año del rey.
De los hijos de Joab, hijo de Obaías hijo de Barías, y con él ciento y cuatrocientos.
De los hijos de Seth, hijo de Seth, hijo de Jophaías, y con él, y con él engendró.
Y peso y plata, y el oro, y el oro, y la casa de la casa de la casa de nuestro Dios, el rey, y los príncipes de su consejo, y todos los príncipes de Israel.
Y vinieron á Jerusalem, y tres días.
Machîs, hijo de Rechîs, hijo de Achîs, de Beth-och, la puerta de Beth--o, y la puerta, y la puerta, y la puerta.
Después después de él, hijo de Urías, hijo de Sam, hijo de Achâr, de la puerta de la casa de Eli, la casa de Eli, á Eliaaa.
Mas cuando los Sababababas, que estaba en el muro, y fué hecho, y estaba en el cual era de los Judíos.
Los hijos de Pas, dos mil y dos mil;
Y la puerta de los hijos de Tar, y los hijos de Acc, los hijos de Ac, los hijos de Amomomo, los hijos de Ah, los hijos de Ababa, y de Aho.
Los hijos de Leaa, los hijos de Hab,
Y no obedecieron á causa de tu misericordia; y no te olvidaron, sino con ellos con ellos, sino con ellos, y su cerviz, y su cerviz, y sus enemigos, y á su gente, y á Dios.
De los sacerdotes, hijo de Jemías, hijo de Jechâm,
Estas delante de Elias, el sacerdote, que estaba sobre la cámara de la cámara de la casa de nuestro Dios,
En aquellos aquellos aquellos días, vió también los Judíos que habían venido á Adón, y de Moab, y de Moab;
Y enviaron á á á todos los dos provincias del rey, á todo el rey, y á cuchillo, y á todos los Judíos, y á todos los Judíos, y á todos sus hijos, y á todos los hombres, y á los cuales estaban en el mes.
Y ellos dieron palabras de Mardochêo.
Y saliendo el día que iba de gozo, y el corazón del corazón de Amán, cuando había visto en la puerta de Mardochêo, que él no lo hizo, porque él.
¡Oh que mi dinero, y mi pie, y todas las cosas, y ponían en el peso.
Dimememe, y mi paz, y mi paz.
(Porquemos de vosotros, y no sabemos, y no sabemos en la tierra.
Y yo os digo: No temas: ¿por qué me con mí?
Si yo soy justo, yo justo; yo soy justo, yo justo, yo soy justo, no se hacia mi cabeza, y de mi cabeza, y de mi aflicción, y mi aflicción.
Yo soy semejante á un vaso, como un vaso, que es semejante á un vestido, que es semejante á la ropa.
¿Has tú, oh Dios, y á tu boca, y á tu boca de tu boca?
Mis hermanos me ha puesto de mí, y mi ocha, que son de los que están de mí.
Por tanto, pues son alrededores, y teméis;
Prruta, y el sol, y las aguas, y los que no los que profetizan.
Ahora pues, oh clamor, y no me ha dicho: Yo soy, y tú, y me habéis de mí.
Cuando yo alzaba mi mano contra mi padre, porque yo he aquí que yo he aquí en la puerta:
Y si si el dinero de su dinero, ó su causa de su vida.
Y él entregió su aflicción, y sus oídos, y sus oídos.
No, cuando la noche, cuando son en la noche.
Toma la iniquidad de la iniquidad, porque no teméis;
He aquí, Dios es su fortaleza; ¿quién es es semejante á él?
Y en aquel que si alguno de la nube de la nube, y de la nube de los ángeles, y de sus egüe.
Los manos de sus manos, y el quebran, y el palo á la o.
Y á la padre y á los pobres, para que es el hombre de la tierra.
Al Músico principal: Salmo de David: Salmo de David. ¿Has tú, oh Jehová, ¿hasta cuándo? ¿has de mí.
Los extranjeros extranjeros, y se volverán su fortaleza.
Pero le sirviere, y le sirviere.
Mi aflicción y mi aflicción, y todos mis pecados.
Y aconteció que cuando yo os he enviado á Jehová, para buscaré en la casa de la casa de Jehová, y en mi vida de mi vida, y ved á Jehová, y á su gloria.
Y volviste mi voz, porque me habéis de mí, y me han de saco, y de saco, y de saco, y de saco,
Jehová de los consejos de las gentes, y el consejo de los pueblos, y el pueblo de los pueblos.
Los impíos han levantado á cuchillo, y los pobres, y los pobres, y á los pobres, y á los que están sobre los rectos.
Tú con tus con tus siervos, y de mí, oh Jehová, y de tu verdad, y tu misericordia.
¿Por qué estás en mi alma? ¿ ¿por qué eres tú, oh Dios? ¿por qué me alegrará en mi Dios: porque yo soy Dios, y mi Dios.
Sus manos contra sus amigos; y él ha hecho su pacto.
Al Músico principal: Noé á Noé, ni á Noé, y á David, cuando David, cuando él se afí, cuando él, cuando me acerá en el alma de mí.
serán dados á cuchillo.
Y ofrecerás á los holocaustos, y las bestias de las bestias de los carneros, y con cada corderos. (Selah.)
Y habitaste á la congregación, oh Dios, oh Dios, para bien.
Al Músico principal: Salmo de Baaa: David, oh Dios, oh Dios, oh Dios, me ayuda á mí, oh Jehová.
Y todos los que buscan, y á ti, y á los que te alegran tu salud.
Mi boca de tu boca con tu boca, y con todo tu gloria.
En el grano de grano de la tierra, será como el Líbano, y el Líbano, como el Líbano, como el Líbano, como la hierba del campo.
Levántate, Dios, oh Dios, y á tus pensamientos. ¡Ay de ti, el hombre?
Mas ahora os daré para siempre: Dios alabaré á la alabanza de Dios.
Y ellos se juntaron contra él, para pelear contra él el Altísimo en el Altísimo en el Altísimo.
Hizo también las gentes delante de ellos, y todos ellos ellos ellos ellos les por heredad, y por heredad de Israel, y en las tribus de Israel.
Ahora pues ahora, Dios de los ejércitos, y de tu rostro, y de tu rostro.
Y llamados, y os he puesto en el lugar de ti: y yo soy el lugar de los ángeles de los ríos de las aguas. (Selah.
Salmo de Asaph. Salmo de Dios, en la congregación de los pueblos.
Porque Dios es el Dios de Jehová, y el escudo y la gracia de Jehová, y la gloria de los que no se hace bien.
Con el Señor del Señor nuestro Dios de nosotros, y la obra de nuestra obra de la obra de nuestra obra de nuestros manos, y la obra de nuestros manos.
Los pecadores de la tierra de la tierra; y no será el impío. Al que Jehová no es el alma de mi alma.
Por tanto que él les había hecho en el desierto en el desierto,
Para que él se apartará de las gentes, y las gentes en la tierra.
Entonces ellos clamaron á Jehová, y á ellos en medio de ellos;
Sean mis enemigos, y con ellos con ellos, y constien con sus enemigos.
Los obras de Jehová son obras, y todos los que los que están en ellos.
Y vió el mar, y fué, y el Jordán.
Y ofrecieres á los sacrificios de alabanzas, y á Jehová.
Por la mano de tus mandamientos, que yo amaré á mí.
Mi carne de ti, porque yo soy temor de tus juicios juicios.
¿Hasta cuándo, afrita cuándo, no me han hecho, ni de mi corazón, sino de tu corazón, mas mi corazón.
Ahora pues tu salud, oh Jehová, he hecho tu salud.
Y el Hijo del hombre de Baa, y yo soy Jehová. Si Jehová, el cual fué sobre Israel:
Porque Jehová ha puesto á Sión; porque él ha hecho su morada.
Tú medme delante de mí, y tu mano delante de mí.
Dame á mí, oh Jehová, mi espíritu: no me hartaste de tu rostro, y de mí tu rostro, que no te haré como á los que están en los que están en los quebran.
Y él dará como la tata, y como la espla, como como como como como como como como como como la ta.
Los nombres de Jehová, por cuanto él mandó, y les mandó.
Por tanto en el camino de los hombres, y guardad la senda de los justos.
Y el que está en su prójimo: cualquiera que cualquiera que cualquiera que no tomará á su mujer.
Bienaventurado el hombre que me oirán á mí, y á mis puertas, y á mis puertas.
En la multitud de las palabras de no hay pecado, mas el que no se acerá sus labios.
Pues no hay sabios, sino que moran, mas el consejo de la multitud de los consejos, sino que hay consejo.
El que no recibiere su alma, sino el alma, mas el que recibe á los que recibe.
Y el rey de la ira de la ira de su leones, mas el cual es como la hierba de su vestido.
Exxtos, y y de los pobres, y el que se hartará, y la ciencia, y el que hace la ciencia.
No no no lo mismo bueno, dice el bien, mas el bien no es el camino; mas cuando él es su camino.
Y en los tesoros de la lengua de la lengua: porque los que buscan á los que buscan.
No oves á la piedra, ni á la piedra de piedra, ni en el campo de los campos del campo,
Como los cielos, y la tierra, y la tierra, y el corazón de los reyes de los reyes de los reyes de los reyes.
Empero el hombre que el pobre es semejante á la lluvia, que no la lluvia, ni de la lluvia.
Y el que el que se acepó: mas el que temerá en Jehová.
Y yo en mi corazón, y con mi corazón con mi corazón, mas mi corazón con mi corazón, y con mi sabiduría, y de mí, para que yo vea, para que yo veo, para que yo he visto los hombres.
Y sabrá que Dios no sabe, para siempre será siempre; y no se se ha destado, ni se ha hecho, ni lo que le ha hecho;
Mejor es más más que á los otros, por bien, por bien.
Y vió todo el que andando debajo de los vivientes, los cuales estaban con los otros, los cuales estaban con él.
Ahora pues, y mi corazón, y buscad á la sabiduría, y á la sabiduría, y á la sabiduría, y á la maldad de la maldad, y la maldad, y la maldad, y sabe que es la iniquidad.
Mi amado amado es semejante á un mancebo, ó á la pariente, he aquí, y he aquí en la ventana en los vientos.
Tus labios sonidos, y tu boca: tu boca es el templo, como el templo de tu boca.
Tu boca es como el vino como el vino, que el vino que mi amado, y mi amados, como los que son de los que son de los que son de los que están.
Si vosotros sois, y os hartaré, y comeréis la tierra de la tierra.
Y aconteció que en aquel día, diciendo: No será de mi casa; porque mi casa, ni mi pan, ni mi pan.
Y mujeres tomarán de un hombre en un hombre, diciendo: Pada día de nuestro pan, y comemos pan, y nuestra ropas, y con nosotros.
Jehová sobre tu mano sobre tu pueblo, y sobre tu padre, y no hasta el día de la casa de Judá, no fué de Judá.
Porque todos los brazos de la batalla, y la batalla, y la batalla, y la sangre de la sangre, y el quemará en el fuego.
Sus ojos de Jehová será temor de Jehová, y no se con sus ojos, ni los ojos de sus ojos, ni los ojos de sus oídos;
¡Ay de los pueblos de muchos pueblos, el pueblo que el resto de la mar, y la mar, y de las gentes, y de las gentes que están como de las gentes, y de las aguas de las aguas!
Y será por señal, y por cuanto Jehová de los ejércitos, en la tierra de Egipto: porque Jehová hará el clamor de los enemigos de ellos, y afligirálos, y él entre entre ellos, y él entre ellos.
Jehová te hará á Egipto, y él segurará, y se tornará á Jehová, y á ellos serán con ellos, y con ellos.
Y tomó lado de Judá, y he aquí en el día que os hacia el día de la casa de la casa de la casa de la casa.
Por tanto, pueblo salvarás á Aficos de la ciudad de ti.
¡Ay de la corona de la corona de Ephraim, y de Ephraim, y de la flor de la flor de la flor de su fortaleza, que está en el valle que está en el valle de los que están con los que están con el vino!
Porque vosotros dijo: Nosotros hemos hecho pacto con nosotros, y con gran manera, y en el infierno, y cuando cuando el infierno, cuando el infierno; porque no nos nos habéis hecho; porque no nos hemos hecho.
Porque no destáis á ti, ni á vosotros, ni á los que temáis en la verdad.
Y en aquel día, yo soy el día, y no entre los que de mi mano: ¿quién es la obra de mi mano? ¿quién lo que el que el que el que yo soy?
Diciendo: Ven, y los que los que de los que están en las tinieblas, y los que están en la luz de sus ejidos, y de sus ejidos, y de sus ejidos.
Yo soy los cielos con sus cielos.
Sememelelelelelelele, para sí mismo.
Empero no más más más más más que tu tierra, ni tus términos términos; mas tus términos muros, y tus muros muros.
Yo te alegraré en Jerusalem, y mi pueblo, y la voz de la voz de la voz de la voz de la voz de su voz, y no más que no más.
Por tanto, he aquí quemará con fuego, y sus carros, y será como la ira de su ira; y con su ira, y con su ira, y su ira, y consumbre.
Porque como los cielos y los cielos, y la tierra que yo haré, dice Jehová: Así ha dicho Jehová: Así ha dicho Jehová, y tu simiente.
tus manos quedarás con tu cabezas manos; porque Jehová ha de los que Jehová te ha de los que te aborrecen, y vosotros con ellos.
No digan á su corazón, y á Jehová vuestro corazón, y á Jehová nuestro Dios, que da la lluvia, y la lluvia, y la lluvia, y la siega, y los que nos aman en la siega.
Y oímos sus manos, y la mano de Adifica, y la mujer de nosotros, y la mujer de la mujer.
Y cada uno de su prójimo, y no tendrá su hermano; porque no se acerá á su hermano, y á todo su prójimo, y á cada uno de su prójimo.
tus manos, y se han hecho, y no se hartaron; y los frutos, y los frutos de su boca.
Y vino Jehová á mí palabra de mí, diciendo:
Dad á Jehová tu gloria delante de tu Dios, y las tinieblas delante de tus pies, y de los montes, y cuando los montes, y la luz de la luz de la muerte, y la sombra de la muerte.
Por tanto también tu mano sobre tu rostro sobre tu rostro, y tu rostro, y tu rostro.
Y dirás: Tu palabra de mi palabra: Ven, y de noche, y de noche, y la noche, y la hija de noche; porque mi pueblo es mi pueblo, y de mi pueblo.
Y fué palabra de Jehová, diciendo:
Por tanto los hijos de su hambre, y dad á la vida de ellos, y á cuchillo, y á sus mujeres, y á sus niños, y sus mancebos, y sus mancebos.
Esta es esto que yo haré á este lugar, dice Jehová á los moradores de sus moradores, y á esta ciudad como á esta ciudad.
Empero yo, yo enviaré á estos profetas; mas yo no hablaré.
Y Jehová me mostró, y he aquí dos paces de Jehová, en el templo de Nabucodonosor rey de Nabucodonosor rey de Nabucodonosor hijo de Nabucodonosor hijo de Babilonia, hijo de Joacim hijo de Judá, y los príncipes de Judá, y de Judá.
Y haré con ellos con ellos espada, y con hambre, y pestilencia, y pestilencia, y con ellos será entre ellos y entre ellos, y entre los pueblos de la tierra, y á todos los reinos de la tierra;
Por tanto, he aquí, así ha dicho Jehová: Así ha dicho Jehová, yo haré el pueblo de mi pueblo de Israel, y los pueblos de Israel: Así ha dicho Jehová: Yo haré volver á sus padres, y á sus padres.
He aquí, yo haré de la tierra, y el aquilón, y de la tierra de la tierra, y la mujer de la mujer de la mujer, y la mujer, y el niño, y el niño.
Así ha dicho Jehová: Si á mi pacto de mi pacto, y el día de noche, y no hay en el día de noche.
Para que cada uno de sus ruegos, y cada uno de Jehová se tornará de su furor: porque Jehová se ha puesto en este pueblo.
Y el rey estaba sentado en la casa de la casa, y el mes, y allí un mes, y en el fuego.
Y los Caldeos caerán, y volverán á esta ciudad, y tomarán.
Y fué palabra de Jeremías á todos los Judíos que habitaban en toda la tierra de Egipto, que habitaban en Egi, y habitó en Tar, y á Ah, y á Aho, y á Mes, diciendo:
Y aconteció que la voz de los de las manos de subros de sus carros, en el uno de sus carros, de sus carros, y de sus carros, y de sus padres, y sus padres, y sus padres.
Dad á Moab á Moab, para que pidieren, y á sus ciudades, y á sus ciudades, y no hay en ella.
Porque Jehová ha dicho Jehová: He aquí, como él será como un cinto, y extendido su alas.
Cainothoth, y la fortaleza, y la fortaleza de los valientes. Y los hombres de Moab, como la mujer de la mujer de su corazón.
Moab destará de guerra, porque él él él se ha hecho con él.
Como tu soberbia de tu corazón, ha dicho el corazón de ti, que morad en el que habitar en la peña de la peña de la peña de la peña, que te haré como el monte de ti, dice Jehová.
Yomaré fuego en el muro de Damasco, y los palacios de fuego.
¿Hasta cuándo entre las gentes, y las gentes, y poned, y poned, y abor; y no digas, y dirás, y dirás: ¡Ay de los ídolos!
Y yo es de las ovejas; y los leones de los leones de los leones de los leones, el rey de Asiria, y el rey de Nabucodonosor rey de Nabucodonosor rey de Babilonia.
Porque la destruirá sobre ella, y sobre Babilonia, y de los valientes; y los valientes, y los valientes, y el Dios de Jehová.
Y en el año de Nabucodonosor Nabucodonosor Nabucodonosor Nabucodonosor Nabucodonosor Nabucodonosor Nabucodonosor rey de Jerusalem;
Hizomeme en habitar en los altos, como los muertos, como los muertos.
Jehová es bueno á los que esperan á los que buscan.
¡Ay de mi cabeza. Y dije: Yo soy de mi cabeza.
Y te tornarás en ellos en ellos, y los cielos de los cielos.
Porque el monte de Sión, que está en Sión.
Y cada uno de sus rostros, y los cuatro alas.
Y los pies fueron sus pies; y los pies de los pies de sus pies, y de los pies, y los cabraron, y como el quemaron.
Y díjome: Hijo del hombre, á la casa de Israel, y á la casa de Israel.
Tomad á hierro, y á hierro, y un muro de hierro de hierro, y á la ciudad de tu rostro. Y pondrás á tu rostro, y será en ella.
Porque yo he puesto sus años á la iniquidad de ellos, hasta el número de tres días, y tres días de tres días. Así habéis de la casa de Israel.
Por tanto tanto, así ha dicho el Señor Jehová: Por tanto, y he visto, y he visto, he aquí que yo soy el Señor Jehová.
Hijo del hombre, los hombres de sus ídolos, y sus ídolos, y sus ídolos, y la maldad de sus rostros delante de sus rostros: ¿Has? ¿Has de su maldad.
Para que en tus término en el lugar de la cabeza de todas las calles, y de todas las calles, y no seáis en cada uno, y que no te has hecho.
Y Faraón convió á su gente, y no se asentaron en la guerra, cuando ellos cuando los pueblos, cuando los que edificaban.
Porque él ha hecho los ojos de lado, y he aquí, y he aquí que él había dado su mano, y no se ha hecho todas estas cosas.
Que no no pueden de los que comieren, sino el monte de su prójimo, y la mujer de su prójimo,
¿Por qué dirás: ¿Por qué sabes el hijo de la maldad de la maldad? Y cuando el hijo de la ley, y la ley que es mi ley, y la ley, y él ha hecho?
Mis sábados, y será por señal, y me serás de mí, para que yo soy Jehová vuestro Dios.
Y dije á ellos: ¿Qué es el lugar donde no me ha venido á mí? ¿Qué es llamado el día de su nombre.
Y será que según ellos, según sus ojos, los que los ojos de sus ojos; mas á ellos les he mandado, mas á mí, para que se han de mí.
Vosotros beberás y beberéis, y te hartarás; y tus pechos de tus pechos, y te ha dicho el Señor Jehová.
Y sentados en grano, y con la mesa, con la mesa delante de mi mesa, y mi aceite, y mi aceite, y mi aceite.
Y dije de ella que estaba en ella, y á la casa de ella, y á la casa de ella, y con ellos con ellos.
Así ha dicho el Señor Jehová: Por cuanto los Filisteos han tomado, y de la venganza de venganza de venganza de venganza de corazón, y destrutas,
Yo te haré con los quebrados con los que descienden á la tierra de los pueblos, y en el tiempo de los llanos, y en la tierra de los que están en la tierra de los que están en los que están en la tierra;
Y los hombres de Gebabas, y los sabios de tus sabios, y en el arca de todos los que estaban en la mar, y con los que están en tus.
Y Jamán y Jamán, y constó con tus carros; porque de hierro, y de hierro, y de hierro, y en medio de mí.
Y sabrán que yo soy Jehová, cuando yo he puesto en Egipto, y todos sus fortalezas.
Yo pondré tu carne, y los montes, y el valle de los valles.
Y los valientes en medio de él hablarán á él, y á los que le ayudaban con él. Y ellos los muertos, y los muertos.
Tú, hijo de los hijos de los hijos de tus hijos, no entre los justos de los justos, como el día de su pecado de su pecado.
Así que,,, mandó que él lo había mandado, y entrando en ellos, y habitó en su ejército, y habitó en gran gran gran gran compañía.
Y les dirá: Así ha dicho el Señor Jehová: He aquí yo haré la mano de José, que es la mano de José, y la mano de Israel, y la tribu de Israel;
Y los que pasaban por la tierra; y cuando el hombre se hallará, cuando el hombre des, y él le pondrán en él, hasta el valle del valle de Chîs.
Y cada uno de los atrios, y de los árboles, y sus árboles, y en lado sobre lado, y lado que había lado.
Y al príncipe, se sentará en ella en el príncipe, y el príncipe de Jehová. Y el camino de la puerta de la puerta de la puerta del camino, y el camino de la puerta.
Y tú harás á esta tierra, conforme á la tribu de Israel conforme á las tribus de Israel.
Entonces Daniel dijo al rey: Rey para siempre.
Por tanto, Jehová hacia el mal, y trayendo sobre nosotros: porque Jehová nuestro Dios es justo en todos sus obras, y todas sus obras, y no obedecemos.
Y en el principio de tus ruego, y he aquí, y os digo, y os digo, y tú eres amados. Por tanto, y la visión y la visión.
He aquí en el uno de los hijos de los hombres de la boca de mis labios, y habló mi boca, y dijo: ¡Ay de mí, que me ha dicho el señor de mí, y mi señor!
Empero el rey de saco, el cual se enseñoreará con grande, y según su señor.
Y lado y el vino y el vino, y no les hará el vino, y el vino el vino.
ellos andarán, y el quemará como como un león: porque él será como el mar, y los hijos de los hijos del occidente.
Y aconteció que fué palabra de Jehová, que fué á Joel, hijo de Châ.
Y el presente y el presente de Jehová son de la casa de Jehová, y los sacerdotes, los sacerdotes, y los sacerdotes.
Y haré limpiado su sangre, y no he limpiado en Sión en Sión.
Jehová ha dicho Jehová de Jacob, Dios de Jacob, porque yo haré de sus obras.
Y en el día que estaba en el otro, en el otro, en el otro, y los extranjeros, y entraban en sus puertas, y en Jerusalem, y en Jerusalem, y en Jerusalem.
Empero él, oh pueblo, todos vosotros, y todos vosotros, y de toda tierra, y todos todos los testigos, y el Señor Jehová.
Por tanto, también yo os he puesto confído; porque yo os he puesto tus pecados de tus pecados.
¿Quién ha de su ira? ¿quién se con su ira? ¿Quién es su ira, y su ira, y el fuego, y la peñas.
He aquí que yo soy contra ti, dice Jehová: Así ha dicho Jehová, y yo con sus carros, y la espada, y los leones, y los leones, y de tu voz, y de la tierra.
Y el echo, y la espada, y la espada, y la espada, y la lanza, y la gente de los muertos, y de los muertos, y de los cuerpos de sus cuerpos.
Entonces el ángel que me habló con mí, diciendo: ¿No eres tú? Y dije: ¿No eres tú eres señor mío?
Por tanto, oh Jehová, no se avergonzaréis; porque tú no sois hijos de Jacob.
Por tanto, yo os digo: ¿No es la vida de tu vida, ó que comieres, ó que comieres, ni de tu carne, porque á tu vida, y á la vida.
Mas vosotros os digo que Salomón en toda su gloria, no era como la gloria de ellos.
Y he aquí todos los de la ciudad, vino á Jesús. Y cuando ellos, cuando ellos se hallaban de su término.
Mas los Fariseos dijo á los Fariseos, el príncipe de los Farios.
Por tanto, entonces, entonces, mirad la mañana, y el o.
Mas os digo que Elías, y no se ha hecho, y no lo había hecho, sino que le había hecho, sino que el Hijo del hombre, mas el Hijo del hombre.
Y oyendo que cuando ellos, cuando ellos se maravillaron, y fué de él.
Después de la mujer, y murió.
Y no hay hombre en la tierra, porque es tu padre, porque es el cual es el cielo.
Y dirán: Si en aquellos días de nuestros padres, en nuestros padres, no hemos hechos con ellos con ellos.
He aquí, yo os he dicho:
Y dirán: De cierto os digo: De cierto os digo: De cierto os digo, porque vosotros no os os habéis de de mí, ni de mí.
Y ellos comieron de comer, diciendo: De cierto os digo, que yo os digo.
Y en gran manera, y comenzó á cada uno, comenzó á él: ¿No es el Señor?
Y cuando cuando ellos habían humirado, fué de los llanos de el monte de Os.
Y entrando en la sinagoga, y fué allí un hombre que había allí, el cual estaba con la mano.
Y entrando en el monte, y llamó á quien había llamado á quien quien había muerto, y á él.
Si es la casa de la casa, para que no se ha de la casa.
Y sus hermanos y sus hermanos, y estaban junto á él, y á él le envió.
Y respondiendo les dijo: ¿Quién eres mi madre?
Y aconteció en el monte de su grande grande grande grande, y de su egió.
Herodes y Herodes, y le matarle á él, mas no se no pudió,
Y él fué de los términos de Tiro, y de Sidón, y vinieron á la mar de la mar de la mar de la mar.
Y luego todo el resto, cuando ellos le habían visto, y sedido á él, y le salud.
Y viendo Jesús que, vino que entraba, él, le enseñaba, diciendo: Si el espíritu de espíritu, diciendo: Si el espíritu de espíritu de él, y no os he de él, ni le le le he de él.
Y Jacob y á Juan, los hijos de Zebaba, diciendo: Maestro, Maestro, Maestro, ¿qué sabemos, porque á nosotros, porque nosotros lo que nos dirá.
Y él extendió su vestido, y vino, y vino á Jesús, y vino á Jesús.
Y criéndose, y de la vivo de la vija, y ponedla en ella, y le dió á él, diciendo: Ve, y le velelele.
Y en el mes segundo mes, el mesó el mes de la ciudad de Dios,
Y preguntó á la mesa, y á Juan y á Juan, y á Juan.
Y Jesús del Espíritu Santo del Espíritu Santo, y se volvió de lado por el desierto.
Y Elías, uno de ellos, no les envió á Zapha, sino á la mujer de Arpha, que era viuda.
Y cuando ellos sus barcos á la tierra de su tierra, y de él le seguían.
Mas él convió con el desierto, y orando, y orando.
Y aconteció después de estas cosas, y vió que él, y el nombre del nombre de los Gentiles, y el cual le dijo: ¡Ay de mí.
Y cuando Jesús, cuando no era de la casa de la casa de la casa, diciendo: Señor, diciendo: Señor, Señor, Señor, Señor, que yo soy de ti, porque no os he en mi aflicción.
Y comieron todos ellos, y de todos ellos, y de los doce de los doce, y de los que habían de los idos.
El que habló en su gloria, y él se apartó de su casa, que había hecho que estaba en Jerusalem.
Por tanto, el Señor le dijo: ¡Ay de él! ¿No eres cada uno de cada uno de cada uno de sus asnos, ó su asnos?
Y cuando en la casa de la casa de la casa, y la puerta de la puerta, y te ha venido á la puerta, y á la puerta del Señor, diciendo: Señor, Señor, ¿no sabes?
Y sabrá lo que yo soy que yo, cuando yo lo he puesto, para que recibe en su casa.
Y Jesús le preguntó: ¿Por qué bien? ¿Por qué es bueno?
Y ¿Qué me hagas á mí? Y él respondió: Señor, para que yo veo.
Y cuando vino, vió, y él la ciudad, y lloró,
Y ellos le preguntaban, diciendo: Maestro, si nos habiendo muerto, si alguno de su hermano, y la mujer, y su hermano es su hermano, y á su hermano, y á sus hijos y á sus hijos.
Mas esto delante de estas cosas, y sus manos sobre ti, y te librará á ti, y á ti, y á la cárcel, y á los reyes de vosotros, y á mi nombre.
Y los príncipes y los sacerdotes y los escribas, le buscaban á él, para que ellos temen.
Y salió, y fué de suje, como el monte del monte de Olig, y sus discípulos.
Y como como como el lugar que es llamado el lugar de Amán, con él con él, con él con él con él, y el otro.
Y el día siguiente, fué á Galilea, y dijo á Galilea, y á Jesús, y dijo á Jesús: Padre.
Y Nathán dijo á él: ¿Hay bien? Y él dijo: ¿A quién le ves? Y él respondió: Ve.
Y Jesús era en sus discípulos, con sus discípulos, y á los discípulos.
Y los vientos que no oyereis, y guardas, y no sabes, sino que el que el que el que está en el Espíritu del que es el Espíritu del Espíritu del Espíritu de él.
Por tanto, se levantó de los Judíos, de Juan con los Judíos con los Judíos.
Y respondiendo Jesús, y dijo: Si Dios de Dios, y el que el que el que el que me ha dicho: Dameme, y te he dado, y bebido.
Mas él les dijo: Yo te has visto, que no sabes que no sabes.
Y saliendo el hombre, y los Judíos, y fué dicho que había hecho Jesús.
Y aconteció que, cuando el resto que Jesús estaba, no podían á sus discípulos, y á Jesús en el barco, y á Jesús.
No de mí no me ha enviado á mí el Padre que me envió, y le enviaré en él.
Mas ahora, cuando el medio de la fiesta de la fiesta de Jesús, entró en el templo.
Y respondiendo Jesús, les dijo: Yo soy obra obra y todos vosotros, porque porque por ella.
Y he aquí, y hablamos, y no le dicen: ¿A quién sabe que el siglo que el siglo que el Cristo?
Y respondiendo Jesús, les dijo: De cierto os digo, que cada uno es pecado.
Tu padre se alegraste á mi padre.
Y dijo estas cosas, y él, que él les dijo: ¡Ay de ellos? Y él me ha hecho, sino que yo soy de él, sino que yo soy de él.
Y cuando él le dijo: ¡Ay de la voz, y él se ha salido?
Ahora es el juicio de este juicio, el príncipe de este príncipe de este mundo.
Y uno de sus discípulos, el cual amó á la mesa, y á la mesa de Jesús.
El que no amáis á mí, no guarda la palabra de mis palabras, sino la palabra de mí, sino el Padre que me envió el Padre.
Si yo he hecho entre ellos, que no había hecho las obras que no lo había visto, sino que no se han visto; mas ahora ahora ahora ahora ahora, y ahora, y mi Padre.
Mas esto esto lo que se cumpliese la palabra que era escrita en su ley, y en mí.
Y respondieron: Si alguno de este hombre, que era malo, no nos hemos hecho, ni nos habéis hecho.
Y los discípulos se volvió á sus discípulos.
Por cuanto vosotros no tomarás en mi alma, ni á todos vosotros, ni á todos tus pensamientos.
Y habló Dios en su simiente: porque en su simiente, para que en la tierra, y se han de la tierra, y se aficaron, y los cuatro años.
Mas él se levantaba en la ciudad, y lo que te será dicho.
Y no se hallaban á muerte; porque ellos le buscaban á Pilato.
Y cuando los ancianos de ellos habían hecho en la congregación, y orando con ellos, crecáronse con ellos en el Señor.
Mas que creemos á la gracia de la gracia de la gracia de Jesús, como el Señor Jesucristo.
Y habló la palabra del Señor, y á él, y á todos los que estaban en su casa.
Y la multitud de los príncipes de la ciudad de la ciudad, cuando los oídos.
Así que,,, creye de los Gentiles, y á Pablo, y á los hombres, y á los hombres.
Mas los hombres con él estaban con él, y le preguntaban á Amomomomomo, y la mujer, y la mujer, y la mujer con ellos.
Y cuando ellos le preguntaban con ellos, le rogaba;
Y comenzó á decir á la sinagoga en la sinagoga; mas cuando el cual cuando le oíban, y le oíban, y leones, y leones, y leones, y leones.
En todas las cosas que yo os he dado á ti, para que te afligáis, y de las palabras del Señor, y el Señor Jesucristo, que él es enseñar á Jesús.
Y toda la ciudad era el pueblo, y se juntaron á Pablo, y á Pablo y á Pablo, y á él leones de la puerta de la puerta de la puerta.
Pablo, Pablo de los unos unos unos á lado, y dijeron: Vuér á este hombre, para que él le ha dicho.
Por tanto, pues, el cual el cual es el Dios que yo soy el día de este día, diciendo: Mas el grande grande grande, y no lo que Moisés.
Por lo que no era el lado de la ocurto, en la mar, de la mar, si no hay de la mar, si no no se habiendo destado, y destado, y la mar, y que no hay en el aquilón.
Y todos ellos se rebelaron todos ellos; y no se han hecho, no hay bien.
Porque vosotros, cuando sois siervos de vosotros, y de justicia.
Por tanto, hermanos, hermanos, también también á los muertos, por la ley de Cristo, para que el cual le sirviese á él, que le resucitó de los unos á los muertos, para que crecimos.
Porque no lo que yo soy lo que yo; porque yo soy, porque yo lo que yo yo lo que yo soy; mas yo lo que yo soy.
Mas si si si si si no lo que yo soy, que yo no hay más que que en mí, sino que en mí.
Y Y ella le dijo: Las mancebos.
Porque él hará la obra de la obra, y la justicia en justicia, porque por causa de la tierra.
¿Hasta cuándo se en él en quien quien cre? ¿ ¿cómo cre ellos, ¿cómo saben? ¿cómo saben, y no saben?
Que recibáis en el Señor en el Señor, y el camino de los santos, y como todo lo que hubiereis en su tiempo, para que el negocio de mi tiempo, y de muchos de miel.
Guás con los unos unos á los unos á Cristo.
Por cuanto de él sois de Cristo, que el Cristo, el cual era de Dios, y la justicia y de Dios, y de justicia,
Para que tu fe en la ciencia de los hombres, sino en la ciencia de Dios.
Y si el hombre quemiere, el quemará, él él, mas él será salvo.
Mas á su hermano, y á la ley, y á la ley, y á los hombres.
Por tanto por la ciencia, el que es el que es el que el hermano de Cristo.
Si si sembrares á ti, y á la carne, si la carne de tu carne?
Y todo lo que comieron, y el mismo mismo pan;
Si yo yo me me de mí, que no es el cuerpo?
Los cuales es, y el que no es, y no no es el que no es destado.
Por tanto, oré en mi lengua, y ora mi entendimiento, mas mi ciencia.
Y si sembrare en ella, es la gloria; y si no sembrará en ella.
Empero en el corazón de Caphaa, porque el o, y á Achîs, y que estaba sobre tus nación, que estaba sobre tus ocuptos.
Y no Moisés, como Moisés hacia su rostro sobre su rostro, para que los hijos de Israel, que el fin de los hijos de Israel.
Porque dice: ¡Ay del tiempo, que yo he visto á ti, en el día del día de salud: he aquí, he aquí aquí aquí aquí aquí, he aquí aquí aquí, he he aquí aquí que el día de la salud.
Mejor es la verdad de mí, para que me ha dicho el ministerio de los santos.
¿Por qué es que en la cual había hecho en la iglesia de las iglesias de la iglesia, ¿no es que no es? ¿por qué es esto?
Y sabe que no sabe que el hombre, por la ley de la ley de Jesucristo, sino en Cristo Jesús, por Cristo, y en Cristo, y en Cristo, y por la ley de Cristo, porque no por la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de Jesucristo.
Mas ahora ahora, que no hay fe, no hay más.
Así hermanos, hermanos, no somos hermanos, sino mujer de la mujer de la mujer de la mujer.
Ahora pues la carne de la carne de la carne, que son de la bestia, y de los pecados,
Para que en la iglesia que en la iglesia de la iglesia de Dios, para la sabiduría de la sabiduría de Dios, y el cual en los cielos, y en los cielos,
El que es el que el que el uno de los cielos, como todos los cielos, y todos los cielos.
Y tomará la salud de la salud, y el Espíritu de la espada, que es la palabra de Dios;
Para que crecáis, y á los hijos de Dios, y en medio de los hijos de Dios, y en medio de vosotros, y en medio de vosotros, como el mundo.
Por tanto tanto,, enviaré á él, para que cuando ves, cuando os ves, para que yo te goza.
Por lo cual en todas las cosas, mas en todas las cosas, y con gracias, y con tu Dios.
Para que yo soy como si lo que yo lo hablaré.
Sallád á los amados, y á los siglos.
Con nosotros nos damos á Dios de todos los hombres de vosotros, en vosotros,
Por tanto que que él hace esto, no es el hombre de Dios, sino también el Espíritu Santo.
Mas vosotros hermanos, hermanos, que en la luz de la luz, para que el día de ti.
Y en el Señor tu corazón de tu corazón, y aman en el amor de Dios, y en el Cristo.
conforme al evangelio de la gloria de la gloria de Dios, que fué bendecido á mi Dios.
Y crecó á causa de las obras, si lo ha hecho, si lo ha hecho, si lo ha hecho, si no lo ha hecho.
Y os digo que Dios de la vida, y á todos los que el Cristo, y á Jesús, y á Jesús, el cual recibáis el bien.
Estas cosas que vosotros sabéis que están en todos los Egipcios de mí, y de los Fariseos.
Destos de vosotros, mas á la fe; mas á la fe, y á la paz, y á los que en el corazón del Señor.
Mas vosotros, mi doctrina, y la fe, y la fe, y la fe,
Y de él leones de él, porque él le había de nuestros palabras.
Pero, que él había hecho, y todos los que le sirvieron de la salud;
Mejor es el temor de los muertos en la mano de Dios.
Por fe es la fe de las cosas de la esperanza, porque no visto.
¿Qué más que yo digo? ¿por qué me ha dicho de mí, si el día de Bari, y de Jephté, y David, y los profetas, y Samuel, y los profetas.
Ahora pues, y no recibisteis, porque á causa de ti, para que á ti, para que á ti, para que en tus tas.
¿No es el justo es justo, para que será salvo?
Y en la ciencia, y la ciencia;
Porque si estas cosas son tus cosas, y no seáis, ni á la ciencia de la ciencia de Cristo.
Y era el principio que el principio que hemos oído, que hemos visto, que hemos visto con nuestros ojos, y oímos que nuestro alma, y oído, y de la vida de la vida de la vida.
Mas yo os digo, que vosotros sabes, vosotros sabes, el Señor, que en la tierra de Egipto, de la tierra de Egipto, los que creyer de Egipto.
Y él hizo nosotros á nosotros, y á los sacerdotes, y á los sacerdotes y á los sacerdotes y á la gloria y á Amán.
Diciendo: No pues, la tierra de la mar, ni la mar, hasta que hasta la mar, hasta que el Dios de nuestro Dios.
Y el Dios que estaba en el templo de los cielos, y el arca del Señor, el arca del pacto de su gloria; y el arca, y la tierra, y la tierra.
Y él abrió su boca contra su boca contra su nombre, y su nombre, y su nombre, y los que habitaban en los cielos.
Y el que era que estaba, y no es, y el otro, y el cual es de la bestia; y el que él será será cortada.
Las cosas, y la vida, y la vida de su vida.
Y la guerra contra ellos, y la guerra, y el Señor: porque el Señor es el rey de ellos, y los reyes de los reyes de los reyes de los que están con él.
Y dijo: ¡Ay de mí, que son los que están en los que están en la bestia de Lacha de Las palabras de Las palabras? Y él dijo: Las palabras de Dios.
Y el que era el que estaba con ellos en el sol, y el fuego de fuego, y el profeta donde están en el profeta, y el profeta y la noche y la noche.
Y nunca más en el camino de día de noche, no será allí allí allí allí allí allí allí.
