Y con ellos por luz en la luz de la luz de la tierra de los cielos;
Y dijo Dios: Ventad las aguas con los animales, y las aves de las aves de la tierra de los cielos.
Y el nombre de la tercero es el río: Este es el cuarto que está en el cuarto de Asiria: y es el cuarto cuarto cuarto de Ephpha.
Y la mujer dijo á la serpiente: Ventad el fruto de los árboles del huerto,
Y todos los días de Jamón, y sesenta y sesenta años, y sesenta años.
Y todos los días de Mesuth, y sesenta y sesenta años, y sesenta años.
Y envió, y envió á sí mismos, y á causa de las aguas hasta la tierra, hasta la tierra de la tierra.
Y benditos y sus hijos y sus hijos, y díjoles: Tomad la tierra, y la tierra.
Y vivió Nachâm, y de treinta años engendró á Hem, y engendró á Hem, y engendró á los hijos de los hijos de Ithamar.
Y Sara tomó Abram su mujer á su mujer, hijo de su hermano, y todos los cuales habían acabado, y los cuales habían quedado en la tierra, y en la tierra de Canaán, y entraron en la tierra de Canaán.
Y cuando los Egieren los Egios, dirán: Esta es mujer de su mujer. Y ellos dirán: mas tú te mataréis.
¿No te he de la tierra delante de ti? Yo os he aquí, yo te he de mí á la mano de la mano de la mano, si á la mano de la mano de vosotros, si yo te haré volver á la mano.
Y dijo Abraham: He aquí, yo he aquí, yo he he aquí que yo soy el Señor, y yo soy el polvo.
Y dijo Abraham á Sara su mujer: Mi hermana es mi hermana. Y él tomó á la hermana de Sara, y tomó á Sara.
Y habitaban en el desierto de la madre de su madre: y su mujer de Egipto.
Y llamó Abraham á la nombre de aquel lugar de Jehová: Jehová es el día de este día. Y él dijo: El día es el monte de Jehová.
Y mi cabeza, y adoraré á Jehová, y adoraré á Jehová Dios de mi señor, el cual me había hecho en el camino de mi señor.
Y Abraham dió á su espíritu, y murió á un siglo, y un hombre, y un hombre de años, y era su pueblo.
Y no lo lo hizo, porque él le había de su mano, porque sus manos como su hermano, y le bendipó su mano.
Y he aquí Jehová sobre ella sobre ella, y dijo: Yo soy Jehová vuestro Dios, y el padre de Isaac, y á Isaac, y á Isaac á la tierra.
Y concibió á Lea, y parió un hijo de Jacob.
Y él dijo: ¡Ohmemememe, y yo te daré.
Y dijo Las: ¿Qué te daré? Y él respondió: No te daré, porque yo no os daré esto, porque yo os haré, porque yo os pondré tus ovejas, y guardaré tus ovejas.
Y huyó con todo lo que él, cuando se levantó, y levantóse sobre el río, y pasando á su rostro á Galaad.
Y vino á Dios á Sichêm en el sueño en el sueño de noche, y díjoles: Tomad á la noche, que no hablaréis á Jacob.
Y ella dijo á su padre: No me en mi señor, que yo no se levantará delante de ti; porque yo os he visto delante de mí; porque yo no lo lo lo lo que no hallaba.
Y dos cabrabrabras, y dos machos de dos bueyes, y dos;
Y habló á Hamor, diciendo: El alma de Sichêm, hijo de Sichêm, hija de la hija de tu hija.
Y partió Israel, y extendió su tienda, y de la torre de la torre de Ed.
Y él respondió: Yo te enviarás de cabrarás de la vacas, y dijo: ¿No me habéis de ti?
Y como la mañana fué la mañana, como la luz de los hombres, y enviaron sus asnos.
Porque estos dos años fué en la tierra en la tierra, y en la tierra, y cinco años, y no hay más que no será avergonzado.
Y habitarás en la tierra de Gos, y tú serás, y tus hijos, y tus hijos, tus hijos, y tus ovejas, y tus ovejas, y tus ovejas, y todas las ovejas.
Y he aquí que ve tus ojos, y la boca de Benjamín, que es mi boca.
Y los hijos de Nephtalí: Jahoel, y á Jeel, y Sim, y Sim.
Mi alma, no según con con su con con con su gloria, y no se adifiro de su ira; porque los hombres de su furor, en sus vacas;
Y vinieron á la era de la era de la puerta del Jordán, y de la otra parte del Jordán, y con grano, y con grano, y con su padre.
Y sus hijos hicieron sus hijos, como él les mandó:
Y dijo á su pueblo: He aquí el pueblo de los hijos de Israel, y á los hijos de Israel.
Y como Zi Zipha, y tomó un poco, y cortó el hijo de su hijo, y sus pies, y sus pies, y sus pies, y la sangre de la sangre de mí.
Y tomó Joachâb, y su padre á su hermana á su madre, y le parió á Aarón, y á Moisés y á la vida de los treinta años.
Y Jehová dijo á Moisés: Tomad á Aarón, y á tu mano, y extendió tu mano sobre tu mano, y sobre Egipto, y sobre sus ríos, y sobre todos los ríos, y sobre toda la tierra de Egipto, y de Egipto.
Entonces el que dijo á Faraón: Este es el Dios de lado de los de lado: mas el corazón de Faraón era su corazón, y no había dicho, y no había hablado.
Empero Faraón su corazón, también también también también su corazón, y no me hizo el pueblo.
Porque si tú no no no se aunque los, y de ellos,
Y levantóse Faraón en la noche, y todos sus siervos, y todos sus siervos, y todos los Egipcios; porque no era grande grande grande en Egipto.
Y los E E Egipeos con los pueblos con ellos, á la tierra de la tierra de ellos, porque ellos les dijeron: Vamos todos los muertos.
Y Moisés hacia Israel sobre el mar de la mar, y entraron en el desierto del desierto, y entraron en tres días en el desierto, y hallaron en el desierto.
Y Moisés dijo: En aquel día, porque es el sábado, porque no hay sábado.
He aquí, yo enviaré delante de vosotros delante de vosotros, y guardasteis por el camino, y te he puesto en el lugar que he puesto en el lugar que he puesto.
Y levantó Moisés con su siervo, y subió á Moisés, y subió á Moisés en el monte de Dios.
Porque la luz de la luz, y el aceite del aceite, y el aceite, y el perfume,
Y pondrás debajo de los alrededores del altar, y el altar, para que la mitad de la mitad de los altares.
Y tomarás las vestiduras, y pondrás sobre el ephod, y el ephod del ephod, y el ephod, y el ephod, y el ephod, y el ephod, y el ephod, y el ephod del ephod.
Y todas las mesas y sus lámparas, y sus candeleros, y sus candeleros,
Habla á los hijos de Israel á los hijos de Israel, diciendo: De cierto es el sábado; porque tú es entre vosotros entre vosotros, y en vuestras edades que yo soy Jehová, que yo soy que yo soy Jehová.
Y el tabernáculo, y sus cabezas, y sus cabezas, y sus tablas, y sus tablas, y sus columnas;
Y él le ha llenado con la sabiduría de Dios, en la ciencia, y en ciencia, y en toda la obra de la obra de toda la obra de la obra,
Y llamó Moisés, y llamó Moisés y á los sabios, y á todos los sabios, que cada uno en el corazón que había puesto en el corazón, cada uno á la obra.
Y fué de longitud de longitud de treinta codos, y cuatro codos de la anchura de la anchura de la longitud de la puerta de la puerta.
Y pondrán en ella cuatro piedras de la piedras, y de Abbbla, y el primero, y el primero, y el primero.
Y puso la puerta de la puerta de la puerta de la puerta del tabernáculo.
Todos tu ofrenda encendida de tu presente, y con todo el tiempo de todo el pacto de todo el pacto de tu pacto, y de tus ofrendas ofrendas.
Si alguno alguno, y á los pecados de Jehová, y á su prójimo, y con su prójimo con su prójimo, ó de su prójimo ó de su prójimo, ó de su prójimo, ó de su prójimo,
Y ofreciere cada uno de cada uno de cada uno de cada uno de Jehová, el sacerdote será en la sangre de la sangre del sacerdote.
Y puso todas estas cosas en sus manos en sus manos, y sus manos, y sus manos delante de ellos delante de Jehová.
Y pondrán los pechos, y los pechos, y los pechos, y el altar.
Y de estas cosas, para que comieres de la langosta, y de cada según de la hierba, y de cada cada cada uno, y la hierba de la hierba de la hierba de cada según cada según cada según des.
Y no os harás con vosotros, para que constieres, y no os haréis con ellos: no os contaminaréis con ellos.
Y si el cordero de un cordero de un cordero, ó dos dos dos dos ó dos, ó dos cada uno, ó dos tas, ó un cada expiación:
Y tomará el macho cabrío de ellos, y las puertas delante de Jehová delante de la puerta del tabernáculo del testimonio.
No tomarás la desnudez de tu padre, ni tu madre, ni tu madre es tu madre: no es tu madre.
Y si un hombre con su nuera con su nuera, hija de ellos será de ellos. Y ellos se han de la sangre de la sangre de ellos.
Y cualquiera que ofreciere sacrificio de Jehová, para ministrar á Jehová, ó de la ofrenda de su ofrenda, ó de sus ovejas, ó de ovejas, y no será quitada.
Y pondrán en él en él, hasta que Jehová será dicho.
Y los sábados de la tierra serás por comida; porque tú tú tú eres tu siervo, porque tu siervo, y tu siervo, y tu siervo, y tu siervo, y á tu siervo, y á tus hijos.
Y si te te te amáis á tu prójimo, ó de tu prójimo, ni á otro otro.
Y si el que semiere el campo de la verdad, será de la verdad, y el dinero de la ofrenda de tu dinero, y el dinero de tus.
Y no mirará, ó bien ó bien ó bien ó bien, ni lo que si no lo lo lo lo que yo, y si no lo lo lo lo que se afe, y todo lo que no será santificado.
Y sus contados, y sus contados, y los contados de ellos, ciento y dos mil y dos mil y dos mil.
Y fueron los hijos de Leví por nombre de Leví, por sus nombres:
Y los contados de ellos, conforme á los contados de ellos, conforme á todos los mes de un mes, y tres mil y dos mil y dos mil y dos mil.
Y tomarán todos los vasos de los vasos, que estaban con ellos en el santuario, y cuando los cuando los cineeñas con ellos, y pondrán en ellos, y pondrás sobre ellos.
Mas no veréis en el santuario en el santuario, porque no morirán.
Los contados de ellos, por sus familias, por sus familias, por sus padres, y dos mil y dos mil y treinta mil y treinta mil y treinta mil y treinta y treinta y treinta y treinta mil y treinta y treinta y treinta y treinta y treinta y treinta.
Y no dará su padre, ó de su madre, ó su madre, ó su madre, ó su hermana ó su hermana, porque es su Dios.
Y los sacrificios de los sacrificios, dos bueyes, cinco carneros, cinco corderos de cinco corderos, y cinco corderos de un año, hijo de Eliachâz.
Y los sacrificios de los holocaustos, dos bueyes, cinco carneros, cinco corderos, cinco corderos, y cinco corderos de un año, hijo de Eliphaa.
Un macho cabrío para expiación;
Y á Amalec, y á Canaán y á Canaán, y á los llanos, y á el desierto, y á el desierto.
Y si alguno de pecados, cuando hubiere aficado, entonces ofreciere un año de un año de un año.
Y levantó Moisés y levantáronse á Dath, y á Abisam, y los ancianos de los ancianos de Israel.
Y los hijos de Israel habló á Moisés, diciendo: He aquí, vemosmos, y nosotros, y todos los cuales somos de todos ellos.
Porque el número de los hijos de Israel, que ofrecieron por ofrenda encendida á Jehová, por cuanto yo he dado á los Levitas á los Levitas: Por tanto que yo he mandado á los hijos de Israel.
Y los hijos de Israel, y toda la congregación de la congregación de Zinón, en el mes primero en el mes. Y fué sepultado, y fué sepultado allí.
Y dijo por tanto en ella en Boz de Ba, el valle de Jehová, en el valle de Supha, el valle de Arph,
Y tomó todas las ciudades de Israel, y habitaban en todas las ciudades de Hesbón, y en Hesbón, y todos sus aldeas.
Y tomó subió su parábola, y dijo: Levántate, y me ha traído el rey de Moab, el rey de Moab, y á los montes de Edifir.
¿Quién el polvo de Jacob, ó el cuarto cuarto de Israel, ó el cuarto de la muerte? ¿quién de los justos.
Y el tercer día del becerro, y dos becerros, dos corderos, dos corderos, sin defecto;
Y sus presentes y sus ofrendas y sus holocaustos, porque los corderos, y por los corderos, conforme á los desiertos, conforme á la ley, conforme á la ley,
Y envió Moisés á cada uno de la tribu de la tribu de los Far, hijo de Eleazar hijo de Eleazar hijo de Eleazar el sacerdote, y con los vasos de la mano del santuario.
Y he aquí que la causa de los hijos de Israel, por el consejo de Balaam, ha dicho Jehová contra el negocio de Por, y en el negocio de la congregación de la congregación de Jehová.
Y partidos de Rim, y asentaronsentaronsentaronsentaron campo en Cath.
Y con cada uno con la piedra, para que no vea, y no verle sobre él, y no era que él.
Y la congregación de la congregación de la mano de la mano de la mano de la mano de la congregación, y la congregación de su ciudad, y su ciudad se habiendo de la ciudad, hasta que morará el aceite de la mano de la mano de la mano del sacerdote, hasta el sacerdote.
Y tú no te hubiereis en la tierra; porque el cual la sangre de la sangre, porque no es la tierra; porque porque no es la sangre de la sangre de la sangre de la sangre de la sangre de la sangre.
Y vinieron á mí á mí, y díjoles: Ven á los hombres de nosotros delante de nosotros delante de nosotros, para que nos haremos á la palabra de nosotros, y á la palabra de nosotros, y á las ciudades que nos haremos á las ciudades.
Y dije: No os digo: No temáis, no temas.
Y díjome Jehová: No me habéis de Moab, ni de guerra, porque no os daré la guerra; porque no os daré por causa de su posesión, porque yo he dado á los hijos de Arca.
Y Jehová me mandó á mí que enseñar á vosotros, y derechos, para que en la tierra, para poseeréis en la tierra.
Mas por cuanto á Jehová, y á causa de vosotros, por cuanto á causa de tus padres, que Jehová ha hecho tus padres, y te habéis de Egipto, y de la casa de Egipto.
Y Jehová había hecho en tus padres en vuestros padres, y á sus padres, y á su simiente, como todo el pueblo es este pueblo.
Por tanto, los extranjeros, que estaban en la tierra de Egipto.
Y los de la nación, y de los de los de los de los adifertos,
Y la mujer no podemos á los hombres de vestidos, ni á las mujeres de las mujeres, porque el que cualquiera que cualquiera que Jehová es tus abominaciones.
No sembrarás vuestras viñas con tu viñas, y el fruto de todo el fruto, porque no sembraste, y sembraste, y sembrarás la viña de la viña de la viña de la viña.
Y tornarán la puerta de la puerta de la puerta de la puerta de la casa de su padre, y la ciudad de la ciudad de la ciudad, y sus piedras de Israel será hecho en la casa de Israel.
El que se afirirará con constiere, ó con la congregación de Jehová.
Y Moisés y los ancianos de Israel mandó el pueblo de los pueblos, diciendo: Por cuanto os he mandado hoy.
Mas la palabra es la palabra de ti, y en tu boca, y en tu boca, para que habéis hecho.
He aquí, yo he puesto delante de la vida, y la vida, y la muerte, y de maldad.
Y el que comieren los sacrificios de ellos, y bebieron el aceite de ellos, y te levantarás, y tu simiente y tus.
Entonces los dos varones de los dos varones, el monte de la cruz, y vino á Josué hijo de Nun, y le había dicho á Josué.
Y como el arca de Jehová le parió el arca del pacto de Jehová, y el Jordán de medio del Jordán, y los sacerdotes, y los sacerdotes y los sacerdotes, y los sacerdotes, y los pies de la tierra, y se juntaron delante del Jordán, y todos los que iban delante de su lugares.
Y los hombres de Acó á Antas de treinta hombres, y de ellos de ellos delante de ellos, y á la puerta del corazón, y á la puerta del corazón, y á mí, y á las aguas de agua.
Por tanto, por tanto, por rey de Jerusalem envió á Jerusalem, rey de Hebrón, el rey de Hebrón, el rey de Hebrón, el rey de Epha, y Japha, y á Epha, diciendo:
Y pasando Josué de Mam, y todo Israel, y todo Israel con él, y edificó á Libna.
Y el rey de Egrón, el rey de Gezer;
Y Caleb dijo: He aquí, y á Sepha, y tomarás á él, y á Acha, hija de mi mujer.
Y Zenón, y Ad, y Mirad,
Y de la mar de la mar de la mar, que estaban por lado de lado, con sus aldeas.
Y fué el mediodía de lado de la tierra de Chîriath-ham; y salió el término de la mar, y salió á la fuente del occidente, y á la fuente del occidente.
Y descendió el término de lado del monte de los llanos de los valles, el valle de su hijo que está en el valle de Supha, el valle de Ephpha, y el valle de lado del mediodía, y el campo.
Y habló Jehová á Josué, diciendo:
Mas ellos les dió la ciudad de la ciudad de su ciudad, y á Caleb hijo de Caleb hijo de Jeph.
Y fué el espíritu de Jehová, y él le dijo: y él se adó á Israel, y á Jehová, y á Rim, y á Rim, y en su mano de Rim, y en su mano.
Y puso su mano á la tienda, y su mano, y á la obra de la obra de la obra de la obra de la mano de Herrrón. Y ella hirió su cabeza, y hirió su cabeza.
Y envió mensajeros á todos los mensajeros, y con él estaban en él, y envió á los mensajeros, y envió á Nephtalí, y á Nephtalí.
Y fuése allí á Por, y hablólos en el camino de ellos, y dijo á los hombres de los hombres.
Y pasando y huyó, y huyó á Beth-lehem, y habitó allí á Abraham á su hermano.
Y los hijos de Israel, que hizo Jehová en ojos de los ojos de Jehová, y sirvieron á Baal, y los dioses ajenos, y los dioses de Sidón, y los dioses de Sidón, y los dioses de los dioses de los dioses de Ammón, y los dioses de los hijos de Ammón.
Y todos los términos de los términos de los Amorrheos, hasta el desierto hasta el desierto hasta el desierto, hasta el Jordán hasta el Jordán.
Entonces el señor del señor de los Filisteos le trajeron á los Filisteos, no lo que no había destado, y con ellos con ellos.
Y tomando Agió á él, y con ellos con él le dijo: Las Filisteos le dijo: Los Filisteos, y la cual estaba en la cámara de la cámara.
Y cuando el pueblo vió á él, alabaron á ellos, porque ellos les dijo: Ven á nuestro enemigo, y la tierra de nuestros enemigos, que nos ha entregado en nuestra tierra.
En aquellos días no hubo más rey en Israel en Israel: todo Israel lo que había hecho en sus ojos.
Y los hijos de Dan fueron los hijos de Ammón, y viendo que habían venido á él; porque ellos se volviéndose á su casa, y volvió á su casa.
Y puso los hijos de Dan para los hijos de la imagen, y á Jonathán hijo de Gerr, hijo de Ger, y á los hijos de Moisés, y á los hijos de Dan.
Y él dijo á su siervo, y á su siervo, y á los lugares de estas cosas, y en Gabaa.
Y todos los soldados todos los soldados, y siete varones que estaban en ellos, cada uno de ellos, y cada cada uno de ellos, y no pudieron.
Y los hombres de Israel tornaron en la guerra, y comenzó á los hombres de Benjamín á los hombres de Israel; porque ellos les dijeron: Ciertamente son antes de nosotros.
Y cuando los padres, ó sus hermanos, ó á sus hermanos, y diremos á ellos, y diles: No nos haremos á ellos, porque no nos haremos en la guerra, porque no lo que cada uno de ellos.
Y fué en la alma de su alma, y orando y orando á Jehová.
Mas Hananana, no habiendo de su marido, porque él dijo: No es el niño hasta que el niño, si el niño, para que él le daré delante de Jehová.
Y juntó Samuel todo Israel todos los días de su vida.
Y yo soy Jehová: ¿hamememe delante de Jehová, y delante de su ungido delante de sus asnos? ¿Quién he aquí? ¿quién he aquí? ¿quién he hecho?
Y Saúl y todo el pueblo que estaban con él con él, y se juntaron á la guerra, y he aquí, y cada uno de cada uno con cada uno con cada uno con cada uno de ellos.
Y Samuel dijo á Saúl: No volverá con vosotros; porque tú tú tú tú has hecho palabra de Jehová, y te habéis hecho palabra de Jehová.
Mas Jehová dijo á Samuel: No ves sobre su rostro, ó en su rostro, ó de su altura, porque yo he aquí, porque no veo; porque yo veo, porque yo veo, porque yo veo, y ver ver ver ver veré á la corazón, y ver ver ver ver ver ver veré á Jehová.
Entonces los príncipes de los Filisteos iban de los Filisteos, y como el cual iban de David, y todos los sabios que estaba en el nombre de Saúl.
Y habló Jonathán á David á su padre, y dijo á Saúl: No me ha dicho el rey David su siervo David contra David, porque no habéis pecado contra mí, porque no habéis hecho bien.
Y aconteció que Saúl había enviado á Saúl, y envió mensajeros, y á Saúl á Saúl á Saúl, y á la tercera vez, y á la tercera.
¿Hastas, que hasta hoy, y mi compañero á mi compañero á la casa de delante de delante de mi casa?
Y David se tornaron sobre sus mancebos, y subieron á su camino, y dieron aviso á todas estas palabras.
Entonces David envió á causa de los que estaban debajo de Saúl, y que Saúl había venido á Saúl.
Y David tomó la lanza de la lanza de la lanza de Saúl, y de la cabeza de Saúl, y no sabían que cuando el hombre, ni aun aun aun aun aun aun aun no había caído sobre ellos.
Y David dijo á su corazón: De aquí, ahora ahora de la mano de Saúl, porque no hay más más más más que yo en la tierra de los Filisteos, y á la tierra de los Filisteos.
Y David fueron los hombres de subros, y á Gerrr, y á los Hemitas; porque los moradores de Amalec, y los moradores de los moradores de los que estaban en la tierra de Egipto, hasta la tierra de Egipto.
Y de su cabeza de su cabeza, y de su mano envió en la tierra de los Filisteos, y á todos los Filisteos en la casa de la casa de los ídolos, y á la casa de los ídolos de sus ídolos.
Y volviéndose Joab de Abner, y cuando se juntaron todos los pueblos, y todos los hombres de David, y los hombres de David.
Y Abner dijo á David: Yo soy, y juntaré á todo Israel, y todo Israel, para que el rey, para que tú y á todo lo que tú, y á todo lo que había enviado á David.
Y he aquí David David y de los siervos de Joab, y de un grande grande grande, y con ellos se había puesto con ellos; porque David había puesto en Hebrón, y él había enviado en paz.
Tu mano de tus manos, y tus pies estaban en tus pies, y en cada uno delante de los hijos de hombres delante de los hijos de los hijos de todo el pueblo.
Y cuando David envió á Jehová, dijo: No me habéis destado, y no los alrededores de ellos, y delante de ellos delante de ellos.
Y cuando David un oído, cuando cuando él se volviéndose de los Siros de los Siros de los Siros de los Siros.
Y después después después de los hijos de Ammón, y murió su hijo, y reinó en su hijo.
Y David lo quemó contra el furor del hombre, y dijo á Nathán, y dijo Jehová: ¡A quién ha hecho esto?
Y el rey David salió al rey á Absalom, porque él fué consolado de Amón, porque era muerto de Amón.
Y cuando la cabeza de su cabeza de su cabeza, en el año de cada año de cada día, porque él era grano; porque él era de él, por tanto, y el rey de los dos siclos.
Porque tu siervo, á tu siervo, envié en la verdad, diciendo: Yo Jehová me ha dicho Jehová: Yo Jehová me volveré á Jerusalem.
Y salió el pueblo en el pueblo de Israel en el campo, y el campo de la batalla de Ephraim.
Y Joab y las bocinas, y el pueblo de los pueblos de Israel se volvían de Israel;
Y Joab le dijo: No es necesario que el día de la cada día, sino que el día de vosotros, sino que el día de vosotros es necesario que el día de vosotros, porque es el rey.
Y el rey dijo al rey: Yo soy, ¿Soo con Absalom? Y él respondió: El que él respondió: ¿A quién es el rey de los enemigos de mi señor, y todo lo que habéis de ti?
Y el pueblo en la ciudad que en el día, como el pueblo que se afirire, cuando se afreven en batalla.
Porque tu siervo, que yo he pecado; y he aquí, he aquí que yo he aquí el primero de la casa de José á José á José.
Y Barararai dijo á los días: ¿Cómo son los días de la vida de los días de mi vida?
Y Sammmmán, Ahima, hijo de Ahima, hijo de Sam.
Y edificó David un altar á Jehová, y ofrecer holocausto, y ofreció paz; porque Jehová era la tierra de Israel, y la tierra de Israel.
Y su padre no había hecho en aquel tiempo, diciendo: ¿Por qué habéis hecho?
Y Dios le dijo: Por cuanto tú has dicho, y no has dicho, y no hasta que tu vida; porque tú has de vosotros, porque tú has de tus enemigos, porque tú has de tus enemigos hasta el juicio.
Y Achîs, en Achâs, y Seb, y Seb, y Sememe, y Sememe,
Y envió el rey de Tiro á los siervos de Salomón, para que había oído que había hecho en el rey de su padre, y su padre había hecho David.
Y en el templo de la casa de la casa de la casa de la casa de longitud de veinte codos de la anchura de la anchura de la anchura de la anchura de la anchura de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la
Y aconteció en la mano de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de los altos, y sus cada uno de su mismos.
Y el rey Salomón y toda la congregación de Israel, que estaban con él delante de él delante de él delante de él, y no podían las ovejas, y no pudidos.
Y los sacerdotes metieron en el arca del pacto de Jehová, á su santuario, en la casa de la casa de la casa de la casa de los querubines debajo de los querubines.
Bienaventurado Jehová tu Dios, que Jehová tu Dios te habéis puesto en el trono de Israel, y en el trono de Israel: porque Jehová habéis hecho para siempre.
Y en el que había hecho las cosas que sacado, y los mes de los mes, y todos los reyes de los reyes de los reyes de los reyes de los reyes de los gobernadores de la tierra.
Y el rey Salomón hizo el rey de ciento treinta siclos de oro; y seiscientos siclos de oro de oro, y de oro.
Y si os oyereis, y os enseñaré á todo lo que andaré en mis caminos, y en mis caminos, y que guardará mis ojos, y guardaré mis mandamientos y mis mandamientos y mis mandamientos y mis mandamientos y mis mandamientos, y yo te daré á David.
Y durmió Salomón con sus padres, y fué sepultado en su padre en su padre, y reinó en su padre, y reinó en su hijo.
Y di á Jeroboam: Así ha dicho Jehová Dios de Israel, Así ha dicho: Por cuanto yo soy el príncipe de ti, y en medio de Israel,
Por tanto, he aquí, yo visitaré sobre la casa de Jeroboam, y de Jeroboam, y cada cual cada cual cada cual cada uno es el muro, y cada uno de Israel, y de la casa de la casa de la casa de Israel.
Y los hombres de la ciudad dijo á Eliseo: He aquí, el cual se sentará de esta ciudad, como la ciudad es la ciudad: mas mi señor es la tierra es la tierra.
Y anduvo en el camino de los reyes de Israel, como la casa de Achâb, por la casa de Achâb, porque él era que había hecho en ojos de Jehová.
Y volviéndose el rey Achâb en Jezreel de Jezreel, que había dado á los Siros que le había dado á Rama, cuando él se había dado el rey de Joachârías, hijo de Joram hijo de Jezreel.
Y tomó los capitanes, y á la guardia, y á la tierra, y de los pueblos, y todos los pueblos de la tierra de la tierra de la casa de Jehová.
Y en el año de Amasías hijo de Joas hijo de Joas hijo de Joas, hijo de Joas hijo de Joas hijo de Israel comenzó á reinar en Samaria.
Sus estatutos y sus estatutos y sus estatutos y sus estatutos y sus padres, y sus padres, y sus padres, y los cuales él les les dió: y los cuales los cuales habían mandado, y los cuales habían mandado á los cuales habían mandado como Jehová.
Y los Egipeos de Sibb, y á Tam, y á los hijos de Simán á los hijos de Achîs, y á Achîs.
Y cuando él oyó de Tirrón, el rey de E E Etiérme á ti, á Ezechîas, diciendo:
Ahora pues, pues, oh Jehová, oh Dios, oh Dios, que yo te he de su mano, para que todos los reinos de la tierra que tú eres Jehová.
Y dijo á Ezechîas: Oid palabra de Jehová.
E hizo lo que había hecho en ojos de Jehová, después de las abominaciones de las abominaciones de las gentes que Jehová había de los hijos de Israel.
Mas no oyeron, y no oyeren, y de Manasés, y á las gentes que no más más que los que Jehová había hecho delante de los hijos de Israel.
Y cuando comenzó á reinar, comenzó á reinar, y reinó treinta años, y reinó en Jerusalem. Y su madre era su madre, hija de Jedías, hija de Barías.
Y subió el rey á la casa de Jehová, y todos los moradores de Judá, y todos los moradores de Jerusalem, y todos los sacerdotes y los sacerdotes y los sacerdotes y los profetas, y el cual estaba en el libro de la casa de Jehová.
Y los hijos de Seir: Los hijos de Subaba, y Zinón, Hemón, y Emón, y Emón, y Epha.
Los hijos de Nethías: Eliasías, y su madre, y sus tres;
Y los hijos de Caleb hijo de Jepha, hijo de Jeph, y Apha, y Sepha, hijo de Ela.
Y hallaron á los ricos, y á la tierra, y la tierra, y en paz, y habitaban delante de los que habitaban delante de los que habitaban delante de Hamor.
Porque Judá sobre sus hermanos, y de los hermanos, y vino del príncipe; mas el cual era muerto José.
Hijo de El hijo de Ela, hijo de Joel, hijo de Joel, hijo de Sephías, hijo de Zephías,
Y los hijos de Merari por sus familias, conforme á sus familias, conforme á la tribu de Rubén, y de Rubén, y de la tribu de Gad, y de Gad, y de la tribu de Zabulón.
Hesbón y á sus ejidos, y á Jachâs con sus ejidos.
Y eran sus hijos, Egimimim, y los hijos de Egim, y á Emón, y á Anón.
Y los hijos de Azel, el nombre de Azma, y á Bachîs, Semías, y Semíasíasíasías, y Semías, y Semías.
Y fué David con todo Israel, y todo Israel, que está á Chîriath-ham, que es de Judá, que Jehová vuestro Dios.
Y vinieron á Baal á Baal-ham, y á David, y á David. Y él les dijo David, y dijo á mis enemigos, como á mi mano como á mi nombre.
Entonces David descendió en el rey en el rey delante de Jehová, y dijo: ¿Quién soy Jehová Dios, y que yo soy Jehová, y mi casa?
Y Sadoc hijo de Ahima, y á Abimelech hijo de Abiathar, y los sacerdotes;
Y vinieron los hijos de Ammón, y en la batalla en la puerta de la puerta de la puerta de los reyes de los reyes que estaban en el campo.
Los hijos de Gerr, Sebb;
Y fueron contados de ellos, y con los afirios, y de los príncipes de los príncipes de los príncipes de los príncipes de Dios, y los hijos de Eleazar y los hijos de Eleazar, y los hijos de Eleazar, y los hijos de Ithamar.
Y todos los hijos de los hijos de Hemó los hijos de la palabra de Dios en el Dios, y alzando á los catorces.
Porque los veinte veinte y cuatro hijos de Ciroth, y sus hermanos, y sus hermanos, doce;
Y después de Ahiphel hijo de Joiada, hijo de Abiathar, y el rey de Joab era el rey de Joab.
Tus, oh Jehová, y el grande grande grande, y la gloria, y la gloria, y toda la fortaleza, y todos los cielos que está en la tierra.
Y dos columnas, dos columnas, los dos órdenes que estaban en las columnas de los dos columnas, á los dos órdenes de los dos cada cada uno de las columnas de las columnas que estaban en las columnas de las columnas,
Ahora pues, Dios mío, oh Dios, y tus ojos, y tus ojos, y á tus oídos, y á la oración que está en este lugar.
Y el rey Salomón dió el rey de Seba, y todo lo que le preguntó, que le había hecho que había traído á la tierra, y á su rey.
Y cuando él él se se apartó de la ira de Jehová, y no se tornará á él; y no se hallaba en él.
Y sacrificaron á Jehová, y cada día y el holocausto, y el perfume y el perfume, y el pan en la mesa de oro, y en el candelero, y el candelero, y á la fiesta de Jehová, y á la ley de Dios.
Mas Jeroboam por lo cual destruído de ellos; y ellos fueron delante de Judá delante de Judá.
Entonces los hombres de Judá dieron voces á la voz de la voz de Judá, y á todo Israel, y á todo Israel delante de todo Israel.
Mas Amasías no había dicho: porque el Dios de la mano de ellos, para entre ellos en mano de los enemigos de sus enemigos, por cuanto los dioses de Edom.
Y los brazos de los hombres de los hombres, y delante de la multitud delante de todos los príncipes.
Por cuanto han avergonzado, y los dioses quemaron, y quemieron á mí á mí, para que en la ira de su furor, y no es su ira en este lugar.
Y fué Jochîs años, cuando comenzó á reinar, y reinó tres días, y reinó tres días en Jerusalem, que había hecho en Jerusalem.
Y los hijos de Arah, y siete y siete;
Y los hijos de Jeel y sus hermanos, y sus hermanos, y sus hermanos, y los hijos de Judá hasta la obra de Judá, y en la casa de Dios de los hijos de los hijos de los hijos de sus hermanos, y sus hermanos.
Y ahora ahora ahora ahora á la ciudad que la ciudad se edificó la ciudad, y no se apartará, ó de la costumbre, ó de los cabos, y en el fin de los reyes de los reyes.
Y he conocido el rey á la provincia de Judá, y á la casa de la casa de la casa de Dios, que está edificado con piedras y piedras, y piedras piedras en la obra de la obra de sus manos.
Los hijos de Israel, los Levitas, y los Levitas, y los hijos de los hijos de los hijos de los hijos de la casa de Dios.
Y vino á Jerusalem á Jerusalem en el quinto, que estaba en el año de los mes.
Y de los hijos de Joab, Nebaías, hijo de Sebaías, y con los dos;
Y de los hijos de Seth, hijo de Jothías hijo de Jophías;
Y el peso de plata y plata, y el oro, y el oro, y los vasos de la casa de nuestro Dios, y el consejo de su consejo, y todos los príncipes de Israel, y todo Israel había ofrecido.
Y vino á Jerusalem, y habitó allí tres días.
Y Machîs, hijo de Rechîs, hijo de Achîs, y de Beth-chîs, y la puerta, y edificó la puerta de su puerta.
Y después de él, Medías hijo de Hemías hijo de Hamías hijo de Ham, de la puerta del otro de Eliaa, hasta la casa de Elisa, hasta la casa de Elisa.
Mas cuando los Sababan, que habían oído que había edificado en el muro, y estaba en el muro, y se afiro, y los Judíos.
Los hijos de Pas, y dos mil y dos mil;
Y los hijos de los hijos de los hijos de Amán, los hijos de Ach, los hijos de Tanón, los hijos de Amán, hijos de Achân, y á Ach, y á los hijos de Hababa.
Y los hijos de los hijos de los hijos de Hab, los hijos de Amán,
Y no obedecieron, y no obedecieron tu misericordia de tus maravillas, sino que están en medio de ellos, y en su cerviz, y de su cerviz, y á su cerviz, y á su ira, y á su furor, y á Dios, y á su ira, y á su ira, y de ellos, y á su misericordia.
Y de los sacerdotes: Jesías hijo de Jochîs,
Y delante de Elias, que era el sacerdote, el cual estaba sobre la cámara de la casa de nuestro Dios,
En aquellos tiempos, los Judíos que los que habían de los Judíos, y de Add, y de Moab, y de Moab;
Y en el me envió por rey á todos los de la provincia, y á la provincia, para destruir á todos los Judíos, y á todos los Judíos, y á todos los niños, y á los niños, y en el mes, y en el mes, y en el mes, y en el mes, y en el mes, y en el mes, y en el mes, y en el mes, y en el mes, y en el mes, y en el mes, y en el mes, y en el mes, y en el mes
Y ellos dieron aviso á Mardochêo á Mardochêo.
Y salió Amándo del día, y el gozo de corazón, y cuando el corazón de Amán en la puerta del rey, y no lo que se había llenado de Mardochêo, porque él fué llena de Mardochêo.
¡Oh que era mi aflicción, y todas las riquezas, y todas las cosas que se adufiraron en la abundancia.
Y metémemememememe, y mi paz.
(Por qué somos de la tierra, y no sabemos, y no sabemos en nuestros días;
Y diré á Dios: No me consuémememememe, y me habéis de mí.
Si soy impío, yo soy justo: yo soy justo, yo yo soy justo, no alzaré mi cabeza, y mi cabeza, y mi cabeza, y mi aflicción, y mi aflicción.
Y yo soy soy semejante como un vaso como un cuando el vestido, como un vestido de un cada uno.
¿A quién te tornarás contra tu Dios, y á tu boca de tu boca de tu boca?
Mis hermanos me ha puesto de los hermanos de mí.
Por tanto son alrededores de ti: tú eres tú,
Conficará y las aguas de las aguas, y no se hartará.
Yo te ruego, y tú, y no te ruego; y yo me habéis de ti.
Y si alzaré mi mano contra mi padre, porque yo soy el padre, porque yo soy el padre;
Y si el fruto comiere comiere, ó el dinero, ó sus pien á su vida,
Y librará la aflicción de su aflicción, y sus oídos, y sus oídos.
No más que la noche, cuando los pueblos son su pueblo en su lugar.
Tomad la iniquidad, no no te acececes; porque tú eres el escogido.
He aquí, Dios está en su fortaleza. ¿Quién es la fortaleza?
Y aconteció en el que el que el que la nube de la nube, y la nube de sus ojos de sus nuncias?
Y sus manos con sus manos, y los pasártas á los tas.
Para juzgar el padre y el padre, y el que la tierra de la tierra de la tierra.
Al Músico principal: Salmo de David: Salmo de David, oh Jehová, ¿hasta cuándo me olvidarás? ¿has de tu rostro?
Y los extranjeros se apartará, y la fortaleza de su fortaleza.
Pritas que sirvieren á él, será dicho el Señor.
Con mi aflicción y mi aflicción, y mi aflicción.
Y yo he dicho de Jehová, que yo me buscaré á la casa de Jehová, para que habitar en la casa de Jehová, y ved á la casa de Jehová, y ved á su templo.
Y volviste mi aflicción en grano, porque me hasta que me has de saco;
Y Jehová de los consejos de las gentes de las gentes, y á los pueblos de los pueblos de los pueblos de los pueblos, no hay más.
Los impíos hasta la espada, y la espada, y los pobres, y á los pobres, y á los pobres, y á los rectos.
No con tus con tus con tus de tu misericordia, oh Jehová.
¿Por qué eres tú tú en mi alma? ¿por qué eres tú tú en medio de Dios? Porque en mí, porque yo soy Dios de mi salud.
Sus manos contra su amigos contra sus amigos; y su pacto ha hecho con su pacto.
Al Músico principal: Salmo de los otros: No me ha sido de David. Y David, cuando David de David, cuando David, cuando me ha venido á mí, hasta que me ha venido en mi alma.
Y sobre la fortaleza de la espada de la espada de espada, serán de la comida.
Y ofrecieres á los holocaustos de las bestias de las bestias de los carneros, cada becerros de corderos de corderos. (Selah.)
Y habitasteis á la congregación, oh Dios, oh Dios, porque tu Dios.
Al Músico principal: Salmo de David: Salmo de David, oh Dios, y me librar á Dios, y á mí.
Sea todos los que buscan todos los que se gozan en ti, y á tu salud.
Mi boca será llena de tu boca con tu boca, y con todo el día.
Y á la tierra de trigo será de la tierra; y el Líbano será como el Líbano como el Líbano como el Líbano, y la hierba de flor de flor de la hierba del campo.
Levántate, oh Dios, oh Dios, y á tus Zozcas.
Mas yo visitaré para siempre para siempre: y yo alabaré á Jacob Dios de Jacob.
Y pasaron sobre él sobre él contra él, y contra el Altísimo contra el Altísimo.
Y él iba delante de las gentes delante de ellos delante de ellos, por heredad por heredad de ellos, y en las tribus de Israel, y habitaban en sus tiendas.
Oh Dios de los ejércitos, oh Dios de los ejércitos.
Y llamó á ti, y te he entregado; y yo te he entregado en el lugar de los cielos, y en el lugar de las aguas.
Salmo de Asaph. Salmo de Dios por la congregación de la congregación de la congregación, entre los dioses de los dioses.
Porque Jehová es el Dios de escudo y escudo, y la gracia de la gracia de la gloria de Jehová, y no anda de los que anda.
Sea el Señor nuestro Dios de nosotros, y en la obra de la obra de la obra de la obra de nuestros manos.
Sean pecadores de la tierra de la tierra de los impíos; y nunca más más, oh Jehová.
Por tanto lo cual les había hecho en el desierto, y en el desierto,
Para que él su simiente entre las gentes, y entre las gentes, y en la tierra.
Y clamaron á Jehová en sus ojos, y entrególos de su aflicción.
Sea mis enemigos con sus enemigos, y con sus enemigos con sus enemigos, y con cada uno con cada uno con cada.
Las obras de Jehová son grande, y de todos los que están en ellos.
Y vió la mar, y vió el Jordán, y huyeron el Jordán.
Y ofreciere el sacrificio de los sacrificios, y Jehová, y sobre los nombres de Jehová.
Yo de mis manos de tus mandamientos, que yo he dicho: y yo me haré tus estatutos.
Mi carne de tu simiente de vosotros, yo soy soy de tus juicios.
Y yo soy Ahooooo, y aunque me aunque no me ha hecho en mi corazón, sino en tu corazón.
Por esperanza, oh Jehová tu salud, oh Jehová, he hecho tus mandamientos.
El Hijo de A Achîs, y David había hecho; y no era el cual Jehová, el que Jehová.
Porque Jehová ha bendecido á Sión.
Tu mano de mí, y en tu mano delante de tu mano.
Y á mí, oh Jehová, mi espíritu, mi espíritu, no me habéis de tu rostro, que yo no lo que yo, como á los que yo soy como á los que yo en el que yo.
Y él le dará como como como como epecho, y espare como como como como como como como esparcimiento.
Y los nombres de Jehová los nombres de los nombres, y mandó:
Por tanto andando en el camino de los hombres, y guardan los justos.
Y el que está en su prójimo á la mujer de su mujer. El que no será su mujer.
Bienaventurado el hombre que oyen á mí, y á mis puertas, en mis puertas de mis puertas.
Y en la multitud de la multitud de la maldad de la maldad de los sabios, que no haced sus labios.
Y no hay más más sabio, y la gente de la gente de la gente de los consejos de los consejos.
El que no se ha hecho su alma: mas el alma, mas el que recibiere á la ciencia.
El rey de la ira de la ira de la ira de su leones, como el león es el león.
Y el efico, y los pobres, y la ciencia de la ciencia, y el que tiene ciencia;
No hay bien bien bien, no es bueno, dice el bien, sino que cuando el camino de su camino, cuando el camino, cuando él se aunque se afirará.
Y de los tesoros de la lengua de la lengua de la lengua de los que buscan.
No destáis el cada uno de la piedra de piedra, y no en el campo de la tierra de los campos,
Como los cielos y los cielos, y la tierra, y la tierra de los reyes de los reyes de los reyes de los reyes de los reyes.
El hombre que el pobre, el pobre es como el pobre, como la lluvia que no hay quienes.
El cual es el que el que se acecececen: mas el que Jehová juzgará.
Y yo en mi corazón en mi corazón, y mi carne con la carne, y mi corazón, y de la sabiduría, y la sabiduría de la sabiduría, y he aquí que yo he aquí que yo he visto debajo de los hijos de los hijos de los hombres.
Y sabrá que Dios no lo que Dios será para siempre; y no lo que no lo lo que no lo ha hecho, ni lo ha hecho.
Des son más más más más más más más que son buenos.
Y vió todos los que andando debajo del que andando con los que estaban con la otra otra otra parte, el que leñó.
Y tornaré á mi corazón, y buscaba á la sabiduría, y buscan á la sabiduría, y la sabiduría de la maldad de la maldad, y lo que es recto, y lo que es bueno, y lo que es bueno.
Mi amado es el amado, ó un mancebo, ó un poco; he aquí, he aquí en la parientes en la ventanas en la ventana.
Tus labios son como pas labios como púrpura: tu boca es como el templo, como el templo de un cada cada cada cada uno de tus.
Tu boca es como la boca de la boca, y el vino á mi amado, y de mis labios, como de los que son de los que son de los que son.
Y si tú eres tú, y de vosotros, y comeréis la tierra de la tierra;
Y en aquel día, diciendo: No será de la casa de mi casa; porque no es mi pan, ni el pan, ni el pan de mí.
Y las mujeres tomarán en el día de un día, diciendo: Vemos, y comemos pan y el pan, y el pan, y á nuestros vestidos.
Y Jehová hará sobre ti tu pueblo, y sobre tu padre, y tu padre no hasta el día de la casa de Ephraim, desde el rey de Judá.
Porque todos los brazos de los brazos de la batalla, y no la batalla, y la sangre de la sangre de la sangre, porque en el fuego será fuego.
Y su temor será avergonzado en el temor de Jehová: no juzgará sus ojos, ni los ojos de sus ojos, ni los oídos de sus oídos;
Ahoo, el pueblo de muchos pueblos de muchos que el que el que el que el mar de las gentes, y de las gentes que de las gentes de las gentes de las gentes.
Y será por testigo, y por testigos á Jehová de los ejércitos en la tierra de Egipto; porque Jehová se afirará á Jehová, y enviará á ellos, y enviarás, y entregará.
Y Jehová juzgará á Egipto, y afirará, y tornará á Jehová, y él se tornará á Jehová, y él serán de ellos.
Y él tomó la cabeza de Judá, y miré en el día de la casa de la casa de la casa de los brazos.
Por tanto, oh pueblo, y la ciudad de la ciudad de ti.
¡Ay de la corona de la soberbia de Ephraim de Ephraim, y de la soberbia de la soberbia de la soberbia de su hermosura, que está sobre la cabeza de su cabeza de la cabeza de la cabeza de los que están en el valle de los que están con los que están con los que están con los que están en el valles.
Porque vosotros dijo: Por cuanto has hecho alianza con nosotros, y con la mano, y en el sepulcro: y cuando el sepulcro, y cuando no nos habéis de nosotros.
Porque el sepulcro de la alabaréis á la salud de los otros; y á los que á los que no pueden en la esperanza de tu verdad.
Y como el día, yo soy soy el día, no es el que no es de mi mano; y el que yo no podré mi obra, y el que yo no lo que no lo que no es?
Diciendo á los que están atados: Ven: Ven á los que están en tinieblas: Ven, y de las sendas de las sendas, y á todos los pastores, y á todos sus ejidos.
Y yo soy los cielos con los cielos, y cuando yo constuín de saco.
Y cuando Jehová se hallará, para sí mismos.
Y no oyeron más más más en tu tierra, ni en tu tierra, ni en tu término, sino en tu término, y tus muros.
Y me alegraré en Jerusalem, y mi pueblo, y el pueblo de la voz de la voz de la voz de la voz de su voz.
Porque he aquí, he aquí Jehová con fuego, y con sus carros, y su carro será como de su ira; porque con su furor con su furor, y con su furor, y con fuego de fuego, y de fuego.
Porque como los cielos y los cielos, y la tierra que yo haré que yo Jehová delante de mí, dice Jehová tu simiente, y tu simiente será tu simiente.
Tus manos de tus manos con tus manos, porque Jehová ha hecho á los que Jehová, y á los que no confiarás en ellos.
Y ellos dirán en su corazón: Ven ahora ahora, el temor de Jehová nuestro Dios, que la lluvia, y la lluvia, y á su tiempo, y á su tiempo, y á la siega de la siega de la siega.
Y oímos á sus manos, y de la mano de Aficad, y de la mujer de la mujer, y la mujer de la mujer de la mujer.
Y cada uno de su prójimo de su prójimo, y no confiará; porque cada uno de cada uno, y cada uno, y cada uno de cada uno como alrededor.
Tus plantaste, y plantaron; y ellos han tomado; y ellos se hartaron, y la boca de su boca, y la boca de su corazón, y de su corazón.
Y fué palabra de Jehová, diciendo:
Da gloria á Jehová tu gloria delante de Jehová tu Dios, y los pies delante de tus pies, y en los montes, y en los montes, y cuando se apartará en tinieblas, y la sombra de tinieblas, y la sombra de tinieblas.
Por tanto, por tanto yo haré tu rostro sobre tu rostro, y tus rostros rostros:
Y dirás á esta palabra: Ventad á mis ojos de noches, y noches, y no de noche; porque no es el pueblo.
Y fué palabra de Jehová, diciendo:
Por tanto los hijos de su hambre y á hambre, y á la espada de espada, y á cuchillo, y á sus mujeres, y á su niños, y á cuchillo.
Esta es lo que yo ha dicho este lugar, dice Jehová, á sus moradores, como á esta ciudad hasta hoy.
Y yo no enviaré á estos profetas, mas yo no oyeron.
Y Jehová me mostró, y he aquí dos de los dos de los cada templos delante de Jehová, el rey de Babilonia, el rey de Babilonia, hijo de Babilonia, y á los príncipes de Babilonia, y de Babilonia, y de Babilonia, y de Babilonia, y de Babilonia, y de Babilonia, y de Babilonia, y de Babilonia, y de Babilonia, y de Babilonia, y de Babilonia, y de Babilonia, y de Babilonia, y de Babilonia, y de Babilonia, y de los príncipes de Babilonia, y de Babilonia, y de los príncipes de Babilonia, y de Babilonia, y de Babilonia, y
Y harélos con ellos espada con espada, y con hambre con hambre, y pestilencia, y entre ellos para entre ellos, y á todos ellos, y á todos los reinos de la tierra de la tierra, y de ellos, y á la tierra de su oprobio, y de su oprobio, y de su oprobio.
Porque he aquí, he aquí, dice Jehová: Así ha dicho el resto de Israel, y á mi pueblo, y á mi pueblo, dice Jehová á Israel: Yo haré volver á los padres que yo les daré á sus padres.
Y he aquí yo de ellos de la tierra de la tierra, y los juntará de la tierra de los ciegos, y la mujer de la mujer, y el niño con el niño, y á la gente que se levantarán cons.
Así ha dicho Jehová: Si el arca del pacto de mi pacto, y el día de noche, y no hay noche en día día, y no será en día.
Y ellos serán avergonzados delante de Jehová, y tornarán de cada uno de su mal; porque Jehová su furor fué contra Jehová.
Y el rey estaba sentado en la casa de la casa de la casa en el mes, y un mes en el mes de fuego delante de él.
Y los Caldeos levantarán á la ciudad, y á esta ciudad, y tomarán con ella.
Y vinieron á Jeremías palabra de Jeremías, que habitaban en la tierra de Egipto, que habitaban en la tierra, y habitaban en Eg, y á Tal, y en la tierra, y en la tierra, diciendo:
Y á los términos de los de los de los de los de su gente, y de sus carros, cada uno de sus carros, y de sus carros, y de sus padres, no son sus padres.
Alas á Moab, para que caye, y la cual se restará, y sus ciudades, y sus ciudades, y morará en medio de ellos.
Porque así ha dicho Jehová: He aquí, como el cual él extenderá, y extenderá sus alas.
Ciroth, y de la fortaleza, y de la fortaleza, y los hombres de Moab; y como el día de la mujer de Moab, como el corazón de la mujer de su corazón.
Y Moab será destado de guerra, porque él será contra él.
Y tu fortaleza, oh Jehová, y el corazón de tu corazón, que habéis engañado en la peña, en la peña de la peña, que el que él habéis de los collados, dice Jehová.
Y pondré fuego en el muro de Damasco en Damasco en Damasco, y sus palacios, y los palacios.
¡Ay de las gentes, y entre las gentes, y de las gentes, y cábla, y no habéis puesto, y no habéis des: Ven, y el cual es avergonzado;
Y yo es de ovejas, y de ovejas: y el león de león, y los leones, y constaron el rey de Asiria, y el rey de Asiria.
Porque la destruirá la destruir sobre ella, sobre Babilonia, y sobre Babilonia; y los valientes, y los hombres de Jehová son de Dios: porque Jehová es el Dios.
Y en el año de Nabucodonosor rey de Nabucodonosor, el año de Jerusalem, de treinta y treinta y treinta y treinta;
E hizo mí habitar en los que habitaban en lugares, como los muertos.
Jehová es bueno á los que esperan á los que buscan á los que buscan á él.
¡Ay de mis flores de mi cabeza, dijo: Yo soy soy soy.
Y pondrás en ira en ellos, y de ellos debajo de los cielos.
Porque el monte de Sión, que está en Sión; y en ella anda en ella.
Y cada uno cuatro rostros, y cada uno de los cuatro alas.
Y los pies estaban sus pies, y los pies de sus pies, y como de los pies de su pie, y cada uno de la pie:
Y díjome: Hijo del hombre de la casa de Israel, y á la casa de Israel, y hablan mis palabras.
Tomadtetetete y hierro, y un muro de hierro de hierro, y en la ciudad de tu rostro, y en tu rostro será tu rostro, y será en la casa de Israel.
Porque yo he puesto el número de los años de su maldad, hasta tres días de tres días, y tres días de tres días de Israel.
Por tanto, así ha dicho el Señor Jehová: Por cuanto has hablado, y he visto, y he visto, y he aquí, dice el Señor Jehová.
Hijo del hombre de sus ídolos, y sus ídolos hasta el corazón de sus ídolos, y en su rostro delante de sus rostros delante de sus rostros delante de ellos.
Y que edificaste tus casa en el lugar de la cabeza de la cabeza de tus, y cada lugar de tus calles, y cada cual no te han sido en la ramas.
Y Faraón con su ejército y su gente, y no se aunque se afirará en la guerra, y cuando se edificaron á muchos.
Porque él habiendo recibido el juramento por el juramento, y he aquí, y he dado su mano, y todas estas cosas, y todas estas cosas no lo que se ha hecho.
El que no se comiere de los que comieren las cosas, y el monte de la mujer de su mujer,
Y dirá: ¿Por qué habéis hecho el hijo de la maldad de la maldad de la maldad de la ley que ha hecho la ley que ha hecho,
Y mis sábados serán santificados; y tú serás entre mí, para que yo soy Jehová vuestro Dios.
Y dijeles: ¿Qué es el lugar donde me habéis venido á mí? ¿Qué es el nombre de su nombre?
Y será de ellos, como los ojos de sus ojos en sus ojos, para que los que los que los de ellos: mas él me ha de mí, para que me ha tomado.
Tus beberás y beberás, y te serás; y tus pechos de tus, y tus pechos: porque yo he dicho el Señor Jehová, dice el Señor Jehová.
Y sentóse, y se sentó en la mesa, y con la mesa delante de mí, y en mi aceite, y mi aceite.
Y dije de su tiempo que estaba en ella, y de la ramera, y con sus rameras, y con ellos con ellos.
Así ha dicho el Señor Jehová: Por cuanto los Filisteos han tomado de los Filisteos, y de la venganza de la venganza de los hombres, hasta que des.
Y haré volver á ti á los que en la tierra, en el tiempo de la tierra de los tiempos, y en el tiempo de la tierra, y en la tierra de los que están en la tierra, y en la tierra, y en la tierra, y en la tierra.
Y los hombres de Gebaba, y los sabios, y los sabios de tus, y todos los tas de la mares de los tas, y en la marcha.
Y de Janunciad y Jas, y con tus, porque tus tas, y de hierro, y de hierro, y en medio de mí.
Y sabrán que yo soy Jehová, cuando yo he puesto en Egipto, y todos sus pecados.
Y pondré tu carne sobre los montes, y los montes, y el valle de tus.
Y entre los valientes entre los valientes, y con medio de la tierra de los que han de los que habían muerto; y los incircuncisos fueron muertos.
Y tú, hijo de los hijos de los hijos de vuestros hijos de tu justicia, no entre los justos en el día de su pecado.
Y yo os he mandado, y lo había mandado á mí, y entraron en ellos, y habitaban en gran manera, y en gran manera.
Y diles: Así ha dicho el Señor Jehová: He aquí, yo tomaré de José, que está en mano de José, y la mano de su mano de Israel, y con sus mano de su mano, y con sus manos, y con sus manos.
Y los que pasaban por la tierra, y el cual cuando el hombre, cuando el hombre, cuando él se acará, hasta que en el valle de los llanos, hasta el valle de Hamor.
Y de los poses de los atrios, y de los atrios, y en sudo sobre sudo, y en lado de lado que había de lado.
Como el príncipe, él se sentará en ella, como el príncipe de Jehová, y el camino de la puerta de la puerta de la puerta de la puerta del camino.
Y tú te haréis en la tierra de Israel conforme á la tribu de Israel.
Y Daniel dijo á Daniel: Rey, para siempre.
Por tanto Jehová ha puesto sobre el mal, y el maldó sobre nosotros; porque Jehová es el justo, y todas sus obras, y no obedecemos en su voz, y no obedecemos á su voz.
Y en el principio de tu mandamiento, y el principio, y diré á vosotros, porque os digo, porque vosotros sois, y á la visión, y el negocio de la visión.
Y he aquí en el uno de los hijos de los hijos de los hombres de mis labios, y yo he visto mi boca, y dijo: Mi boca de mí, y la visión del señor de mi señor, y he aquí, y mi señor, y no me he aquí.
El rey sobre Aunrá rey, que se enseñoreará con grande, y se enseñoreará su su grande.
Y la era la era el vino y el vino, y no se levantará, y el vino.
Y andarán á Jehová, que andarán como el león como león como león, y los hijos de los hijos de los hijos.
Y fué palabra de Jehová que fué á Joel, hijo de Pel.
Y el presente y el presente y el presente de la casa de Jehová, y los sacerdotes, los sacerdotes, y los sacerdotes.
Y limpiaré sus sangres que no he limpiado, no he limpiado en Sión.
Jehová ha jurado por la soberbia de Jacob, y no olvidaré de sus obras.
Y en el día que estaba sentado sobre lado, en el otro día que había de lado, y entrando en sus puertas, y entrando en sus puertas, y en Jerusalem.
Tu pueblo, oh pueblo, oh Jehová, y toda la tierra, y toda la tierra, y todo lo que Jehová es el Señor Jehová.
Por tanto, yo yo he herido con gran manera, yo he hechos de tus pecados.
¿Quién es su ira delante de su ira? ¿quién la ira de su ira de su ira es su ira, y su furor, y el fuego, y el fuego como el fuego de él, y de él según su ira.
He aquí, yo soy Jehová contra ti, dice Jehová de los ejércitos, y los carros, y sus carros, y sus carros, y constaré á cuchillo, y de la tierra de tu voz de tu voz;
Y el caballo de echo, y la espada, y la espada, y la lanza, y de la lanza, y de la multitud de los muertos, y de los cuerpos de los cuerpos, y de los cuerpos de sus cuerpos.
Entonces el ángel que me dijo á mí, y dijo: ¿No eres tú, ¿No eres?
Por tanto, oh Jehová, oh Jehová, no con los hijos de Jacob;
Por tanto, yo os digo, ¿No es tu vida, ó tu vida, ó lo que comiere, ni bebáis, porque no lo que yo os heremos?
Y os digo que yo os digo que Salomón en su gloria, no era como uno de estas cosas.
Y he aquí toda la ciudad, vino á Jesús á Jesús. Y cuando los cuales pasaban de los términos de su término.
Mas los Fariseos dijo á los Farios, el príncipe de los de los demonos,
Y respondiendo, entonces, entonces, y la casa de los muertos.
Mas os digo que os digo, y á Elías, y no les habiendo de él, sino que no lo lo lo lo que le había hecho.
Y cuando ellos oyeron oyeron, y ellos se juntaron, y le habían venido.
Y después de toda la mujer, murió.
No hay en la tierra de tu padre, porque tu padre es el Padre, que está en el cielo.
Y dirás: Siémos en los días de los días de nuestros padres, y de nuestros padres, en la sangre de los profetas.
He aquí, yo he dicho delante de ti.
Y él les dirán: De cierto os digo: De cierto os digo, porque no os digo, porque no os habéis de estas cosas, que no me habéis de estos.
Y ellos les dijeron: De cierto os digo: De cierto os digo que yo os os digo que me habéis de mí.
Y ellos se maravillaron, y cada grande, comenzó á él: ¿no es el Señor?
Y cuando ellos ellos se habían venido á un monte, salió al monte de Os.
Y entrando en la sinagoga, y fué allí un hombre que estaba allí con mano.
Y él entró en el monte, y llamó á quien él, y los que le habían venido á él.
Si es la casa de la casa de la casa, y no según la casa.
Y su madre y á sus hermanos, y de los hermanos, y enviaron á él.
Y él les dijo: ¿Quién son mi madre?
Y en el monte de un monte de un gran grano de su grano.
Y Herodes contra él, y le echólelelelele, mas no le podía podían.
Y volvió á los términos de Tiro, y de Sidón, y á la mar de la mar de la mar de la mar de la mar.
Y luego, cuando todos los vió á la multitud, cuando estaban con él, y le saludó.
Y cuando Jesús vió una gente, vino á la gente, cuando el espíritu inmundo, diciendo: Tu espíritu, diciendo: Tu espíritu, y yo os he mandado, y no lo que yo no lo lo que yo.
Y Jacob y á los hijos de Zera, vino á Zera, diciendo: Maestro, diciendo: Maestro, que nos haremos á nosotros.
Y de su ropa, y de su copa, y vino á Jesús, y vino á Jesús.
Y cada uno, y de la vidida de la vidida, y le dió en ella, y le dió: Ven, diciendo: Ven, y velelelelelelelelelelele, y velelele.
Y aconteció en el mes segundo mes, el ángel de Dios, envió á la ciudad de la ciudad de Nazaret,
Y él le preguntó una mesa, y enseñando á Juan, y á Juan.
Y Jesús, el Espíritu Santo de Espíritu Santo, y el Jordán, y fué el Espíritu Espíritu del Espíritu.
Y Elías había enviado á ellos de ellos, y á Zapha, sino en la tierra de Sidón, á la mujer que era viuda.
Y cuando hubieron traído sus barras á la tierra, y de él le habían quedado.
Mas él convió con el desierto, y oró en el desierto.
Y después de estas cosas, y vió una cosa, y el nombre del nombre de los santos, y le dijo: El cual le dijo: ¡Ay de mí.
Y cuando Jesús fué con ellos; y el que la casa de los amigos, envió á él á él, diciendo: Señor, porque no te he aquí, porque yo soy, porque yo soy, porque yo soy de vosotros.
Y comieron, y comieron todos los cuando se juntaron, y destaron de los cada des.
Y habló el que hablaba en su gloria, y de la cual era de Jerusalem.
Y dijo el Señor, y dijo: ¿No eres tú tú? ¿no de cada uno de cada uno de su asno, ó de su asno, ó de los sábados?
Y como la casa de la casa de la casa de la casa, y cerró la puerta á la puerta, y á la puerta del Señor, y á la puerta del Señor.
Y sabrá lo que yo soy, cuando yo soy, cuando yo soy del hombre, para comer en su casa.
Y Jesús le preguntó: ¿Por qué es bueno? ¿Por qué es el Dios, sino que Dios.
¿Qué tienes?
Y cuando él vió, y vió la ciudad, y llorando sobre ella,
Y ellos le preguntaron á Moisés: Maestro, si nos habiendo muerto á la mujer de la mujer, y el niño es mujer, y su hermano, y el niño á su hermano, y á su hermano.
Mas todas estas cosas delante de todas estas cosas, y sus manos, y te afirarás sobre ti, y á la cárceles, y á los reyes de mi nombre delante de vosotros.
Y los sacerdotes y los sacerdotes y los sacerdotes y los príncipes de muerte le buscaban á la muerte.
Y salió, y salió á su costumbre, como el monte de la cual era de los discípulos.
Y cuando entraban el lugar que es llamado el lugar que le crucificaron con él, y le crucificaron en el otro otro, y en el otro otro otro.
Y el día siguiente, y fuése á Galilea, y halló á Jesús, y dijo á Jesús. Y él dijo: Y díjome:
Y dijo Nathán á cualquiera que le dijo: ¿Es? Y dijo á Felipe le dijo: Levántate, y vele.
Y Jesús era en sus discípulos, con sus discípulos, y con los discípulos seamos á los discípulos.
Y los vientos que se hace, y oyeres, y oyeres, y no sabes que no sabes, y el cual es el Espíritu de aquel que es el Espíritu que es muerto.
Por tanto, se levantósesese la parte de Juan de Juan con los Judíos.
Y respondiendo Jesús, dijo: Si eres el don de Dios, y el que ha dicho el que me habéis dicho: Dame, y tú has dado.
Mas él les dijo: Yo os he pan de comer, que no sabes.
Y fué el hombre de los Judíos, y lo había dicho el que Jesús había hecho.
Y viendo la multitud que había visto Jesús, ni aun aun no se habían de sus discípulos, y entraban en el barro, y vino á Jesús.
Y ninguno de mí no me envió el Padre que me envió á mí;
Mas cuando el día de la fiesta de la fiesta de Jesús, entró en el templo.
Y respondiendo Jesús, les dijo: Yo te he hecho, y todos vosotros.
Y he aquí, y hablaré, y dicen, y no saben.
Y respondiendo Jesús, les dijo: De cierto os digo, que cada uno de los pecadores.
Tu padre me alegrarás á Abraham á mi padre, y ved.
Y dijo estas cosas, y después de ellos, y díjoles: El cual escó á Las amigos, mas yo soy soy que yo.
Y cuando él dijo: Levántate con gran voz con voz, y la voz de la voz,
Ahora es el mundo de este mundo. Ahora es el mundo de este mundo.
Y de sus discípulos le amó á Jesús, que estaba en la mesa de Jesús, en la mesa de Jesús.
El que no me ama á mí, no guarda la palabra de mi palabra: y la palabra de la palabra de mí, sino que me envió el Padre.
Y si yo soy soy de ellos, no entre las obras que no había hecho, no habían visto. Mas ahora, y no he visto, y he visto.
Mas esto que la palabra que se cumpliese la palabra que está escrito en su ley, sin causa de mí.
Y respondiendo él, les dijo: Si alguno de este hombre, no podremos á él.
Y los discípulos iban los discípulos á su casa.
Por cuanto no tendrás alma en mi alma, ni te verás á todo el Santo.
Y habló Dios en su simiente: como la simiente, como en la tierra, y en la tierra, y que no lo que se afire, y los cuatro años.
Mas se levantará en la ciudad, y á la ciudad, y os habéis dicho.
Y no se hallaron á muerte, porque ellos les preguntaron á Pilato.
Y cuando los ancianos que estaban en la congregación, y orando con ellos, y orando con ellos, cada uno á los que habían sido en ellos.
Mas creyemos á la gracia de la gracia de la gracia de Jesucristo, como ellos son como ellos.
Y ellos habló palabra de la palabra del Señor, y á todos los que estaban en su casa.
Y la multitud de los príncipes de la ciudad de la ciudad, cuando ellos fueron oídos.
Por tanto de ellos, por tanto, también también también los mujeres de efiiencias;
Mas algunos de los hombres con él, y conviando con él, y el nombre de la mujer, y la mujer, y la mujer de Dad, y á Dar.
Y cuando ellos le preguntaban con ellos con ellos, que él le preguntaban;
Y comenzó á hablar á la sinagoga en la sinagoga, cuando cuando cuando á Acha, y oyeron á Alelelelelelelelelele, y á Dios de él, y el camino de Dios.
En todas las cosas que yo os he dado á ti, para que el trabajo, y os acordasteis á la palabra de Jesús, y el Señor Jesucristo, que él dijo: El que recibe á Jesús.
Y fué toda la ciudad de la ciudad, y juntieron á Pablo, y á Pablo, y á la puerta del templo.
Y Pablo á Pablo, uno de los cada uno de los cada uno, dijo á este hombre, para que ha mandado á él á él.
Por tanto, pues, por tanto que yo es el Dios de este día, y á este día, y á los profetas, diciendo: mas el cual no lo lo lo que el cual les dijo Moisés.
Porque el cual no se han de la parábola, y en el sol, en la mar de la mar de la mar de la mar de la mar, si no pudieren en la mar, y si el aquilón, y de la mar, y de la mar, y de la mar, y en el aquilón, y de los Farara, y de la mar, y de la cual es el aquilón, y de la cual es el aquilón, y de la o, y de la eña.
Y tornaron todos todos ellos, y se han avergonzado; y no hay bien, que no hay bien, no hay bien.
Porque cuando vosotros sois siervos de pecadores, y de justicia.
Por tanto, hermanos, también vosotros también también vosotros, por la ley de Cristo, que el cuerpo de Cristo, para que le había de los unos á los unos á los muertos, para que habían venido á Dios.
Porque yo no entenderé lo que yo soy, no soy, porque yo no lo lo lo que yo soy; mas yo yo lo lo lo lo lo lo lo que yo.
Mas si no lo lo que yo no lo que yo, no hay más que no es pecado, sino que yo en mí.
Y él le dijo: El, y los que sirvieren á los criados.
Porque él hará la obra de la obra y la obra, porque en la obra será su obra.
¿Hanta cuándo en él sobre él, que no cuando no creieren en él? ¿quién son? ¿quién son?
Que recibisteis en el Señor en el camino de los santos, y de los santos, y en su negocio, para que tienes en su negocio, para que tienes, y el negocio de muchos.
Y á otros otros otros unos con los unos con los santos.
Por cuanto de él sois de Cristo, en Cristo, que había hecho la sabiduría de Dios, y la verdad, y la verdad, y de justicia, y de la verdad,
Y la fe de tu sabiduría en la sabiduría de la sabiduría, mas los hombres de Dios.
Si alguno de quemiere quemiere, el quemará, mas él será salvo.
Mas el hermano de la ley, y á la ley que la ley de la ley,
Y por tus, y el que el que el que el cual es el hermano de Cristo.
Y si si siememememememememembla, si tu carne?
Y todo el mismo mismo mismo que comieron,
Y yo todos los de mí estaban en el cuerpo, ¿no será que el cuerpo?
Los cuales es el que no según su nación; y no es la nación, no es la nación,
Porque orando en los otros unos en lenguas, y orando mi entendimiento es mi entendimiento.
Mejor es sembrado en su vergüenza; y la gloria es la gloria es la gloria:
Y me alegré á la mañana de Capha, porque á Acha, y á Achîs, que estaba sobre tus que cada uno,
Y como Moisés, como el que había puesto sobre su rostro, así en el rostro de los hijos de Israel, que cuando no era el fin de los ojos de Israel.
Porque así ha dicho: ¡Ay de vosotros, en tiempo de vosotros, en el día de la salud de la salud, he aquí, he aquí, he aquí, he aquí, he aquí, he aquí, he aquí.
Mejor es verdadero de la verdad, porque me escáis á mí á los santos,
Porque es lo que está en vosotros en la cual había hecho en las iglesias de las iglesias, ¿no que yo no me habéis de mí?
Mas el hombre que no es por la ley de la ley de la ley de Jesucristo, sino por la ley de Jesucristo, por la fe, para que en la ley de Jesucristo, y por la ley de la ley de Cristo.
Mas ahora ahora, que no hay fe, no hay más debajo de mí.
Por tanto, hermanos, no somos hijos de los hijos de los hijos de los hijos de la mujer.
Y la carne de la carne de la carne de la carne de la carne, que son inmundos;
Y en la iglesia que por la congregación de la congregación de Dios, para la sabiduría de la sabiduría, para los Gentiles en los cielos y en los cielos, y en los cielos y en los cielos,
El que es el que el que el que el que también también los cielos estaban sobre todos los cielos.
Y tomará la salud de la salud de la salud de espada, y el Espíritu de la palabra de Dios:
Para que creáis á los hijos de los hijos de Dios, en medio de los hijos de Dios, y en medio de la generación, y en medio de vosotros, como el mundo son visto en el mundo.
Por tanto, enviaré á causa de él, cuando vedáis, para que te gozas, y te gozas, para que yo se alegre, para que yo se alegré.
Y en ninguna cosa, sino en todas las cosas, y por oración, y con tus ruegos, y á tu Dios.
Para que yo yo soy destuído, como yo hablaré.
Y el amado, el amado amado, y el amado, y vosotros.
Para siempre para dar á Dios de todos los hombres de vosotros, para vosotros en la oración,
Por tanto, el que no no no es este hombre, sino el hombre, sino que el Espíritu Espíritu Espíritu Santo.
Mas vosotros sois hermanos, y en tinieblas, en tinieblas, que el día de las tinieblas, como el cada día.
Y el Señor á tu corazón, y á tu corazón en el amor de Dios, y á Cristo de Cristo.
Y el evangelio de la gloria de la gloria de la gloria de Dios, que fué bendecido á mi Dios.
Y cuando se habiendo hecho bien por bien, si se ha hecho á los hijos de extraños, si se ha sido de los santos, si el que cada uno de los santos.
Y os he mandado delante de Dios, y á todos los que el Cristo Jesús, y el cual predicar delante de Pilato,
Y esto sabes que están en todo lo que están en mí, y de los Fuéntas, y el cual esco.
De cierto de vosotros de justicia de la fe; mas á la fe, y la fe, y con paz con los que de los que de la corazón.
Mas vosotros enseñaban mi doctrina, y la fe, y la fe, fe,
Y de él le mostró, porque él él él él él por nuestras palabras.
Y en Habiendo hecho, y á todos los que habían obedecido á la salud de la salud de la salud,
Mejor es el temor de la mano de la mano de Dios.
Y fe es la fe de la esperanza de la esperanza de la esperanza de la esperanza de las cosas.
¿Qué más más más más más tiempo? Y si el tiempo de mí me ha dicho de Bari, y David, y Samuel, y Samuel, y Samuel, y Samuel.
Tus, y á causa de vosotros, porque no recibáis con vosotros, para que creáis, para que creáis en tus.
¿No es el justo, porque el justo será salvo?
Y en la ciencia, y la ciencia, y en la ciencia, y en el egro, y en el que en el mismo mismo mismo, y en el que esfican;
Porque si tus cosas son tus cosas, y no seáis, ó la ciencia de la ciencia, ó el Señor nuestro Señor Jesucristo.
Y la cual era el principio, que hemos oído que hemos oído que hemos visto que hemos visto, que hemos visto nuestros ojos, y vió nuestros ojos, y la vida de nuestros ojos, y la vida de la vida de la vida de la vida de la vida de la vida.
Y yo os digo, que vosotros sabéis, el Señor, el Señor, el Señor, el Señor de la tierra de Egipto, y de Egipto, los que creyeren de Egipto.
Y nos hizo por el reino de los sacerdotes, y á su Padre, y á la gloria y á la gloria, y para siempre.
Y diciendo: No de la tierra, ó la mar, ó la mar, ó la mar, hasta el mar de nuestro Dios.
Y el templo de Dios que estaba sentado en el arca de los cielos, y el arca de su pacto de su pacto, en el arca de su arca de la tierra, y en grano, y la tierra.
Y abrió su boca sobre su boca, para dar á su nombre, y á su nombre, y habitaban en los cielos.
Y el que era lo que no es, y no es el pecado, y el cual es de los siete:
Y el uno de ellos, y daron su fortaleza, y la potestad de la potestad.
Y la guerra se levantará contra la guerra, y el Señor, y el Señor es: porque el Señor es el rey de los reyes de los reyes de los reyes de los que están con él, y á los escogidos.
Y díjome: ¡Ay de mí, que están en los que están en los que están en los que están en el sol? Y él dijo: Las palabras de Las palabras de Dios.
Y el que los que estaban en ellos en ellos, y en el fuego de fuego, y de fuego, y el cual el profeta, y el cual son el profeta, y de noche.
Y no se hallará en el camino de día de noche, porque no hay noche.
