Y serán por la luz de los cielos en la luz de los cielos, y la luz de la tierra; y fué la tierra.
Y dijo Dios: En las aguas de las aguas, y las aves del cielo, y las aves de la tierra de la tierra.
el tercero de la tercero de su tercero: el río que está en el río del río de Asiria. Esta es Aser, el cuarto.
dijo la mujer á la mujer: Dejamos del fruto de los árboles de los árboles del huerto,
todos los días de Jaba, ciento y dos y dos y dos y dos años.
todos los días de Meth, ciento y tres y tres años.
Y envió á él, y descendió.
Y bendijo Dios á sus hijos, y díjoles: Vués, y les dijo: Tro, y el fruto.
Y vivió Nababath, ciento años.
Y tomó Abram á Sara su mujer á su hermano, hijo de toda su hijo, y todo lo que habían traído á los pueblos, y á los cuales habían quedado en la tierra de Canaán, y á la tierra de Canaán.
Y será que cuando los Egipcios, dirán: Así dirán su mujer, y dirán su mujer.
¿No os he de toda la tierra delante de ti? ¿hastate de mí, y yo os he de la mano de la mano de la diestra, si si yo os haré ir á la diestra?
Abraham respondió: He aquí yo he aquí que yo he puesto en el Señor.
Y dijo Abraham á Sara su mujer: Ve, hermana es mi hermana de Abimelech. Y tomó á Abimelech, y tomó á Sara, y tomó á Sara.
Y reinó en el desierto de su madre.
Y llamó Abraham el nombre de aquel lugar de Jehová. Y él dijo: En aquel día es este día. Y Jehová dijo: No lo que la tierra de Jehová.
Y pondré mi cabeza, y incliné Jehová, y benditos de mi señor, el cual Jehová Dios de mi señor de mi señor de mi señor de mi señor, y ponga á su hijo.
Abraham le dió su espíritu, y murió un bueno, y en el bien, y el hombre de un hombre, y cada uno de su pueblo.
Y no le preguntó á él, por mano de sus manos, por sus manos, como su hermano de su hermano.
Y he aquí Jehová, y dijo: Yo soy Jehová tu Dios de Abraham, y Dios de Abraham tu padre, y Dios de Isaac, y á Isaac.
Y parió Jacob, y parió un hijo de Jacob.
Y él dijo: Símeme, y me darás.
Y dijo Labán: ¿Qué tengo de Jacob? Y él respondió: No me ha dicho: No me darás á mí. Y yo os daré esto.
Y murió él con todo lo que había muerto, y descendió sobre el río, y pasando el río, y puso al monte del monte de Galaad.
Y vino Dios á La Siria en el sueño de noche, y díjole: No le dijo: No te ruego que no sabes á Jacob.
Y ella respondió: No te ruego que no buscan mi señor.
dos machos y veinte machos, dos machos;
Hanonon con ellos, diciendo: El alma de Sichêm, hijo de Sichêm, hijo de Sichêm, hijo de la hija de tu mujer.
partió Israel, y extendió su tienda.
Y dijo: Yo te enviaré del macho. Y él dijo: Sí, y dijo: ¡Ay de mí?
Como la mañana fué la mañana, como los hombres, envió á los hombres.
Porque estas dos años fué en la tierra, y en la tierra que no hay en la tierra, y no habrá quien la siega, y no habrá quien la siega.
Y habitarás en la tierra de Goz, y tus hijos, y tus hijos, y tus hijos, y tus hijos, y tus hijos, y tus hijos, y tus hijos.
He aquí que tus ojos, y mi hermano de Benjamín, y mi boca es mi boca.
Los hijos de Nephtalí;
mis almas, no entrarán en su con sus corazones; y no no no se agragras en su ira; porque no pudieron su ira.
Y vinieron á la era de la era de la era del Jordán, y la otra parte del Jordán, y destrruído, y con sus días.
Sus hijos le mandó á él.
Y él dijo á su pueblo: He aquí los hijos de Israel son los hijos de Israel.
Y tomó Zinón, y tomó á Silolololololo, y de su hijo de su hijo, y destrrrruí, y dijo: Ciertamente me de sangre.
Y tomó Joam, y tomó su padre á su padre, como le parió á su hermana, y parió á Aarón y á Aarón y á los años de Moisés.
Jehová dijo á Moisés: Tomad á Aarón: Tomad tu vara, y ponga sobre la mano de tu mano sobre la mano de Egipto, y sobre sus vasos, y sobre sus vasos, y sobre todas sus vasos, y sobre todo lo que habitarán en la tierra de Egipto.
Y dijo la casa de Faraón: Esta es Faraón: Esta es Dios Dios de Faraón: No hay corazón de Faraón: mas no hubo corazón de Faraón, sino que no había dicho Jehová.
Faraón endureció á su corazón, y también también también también también también también á este pueblo.
Porque si no conocéis.
óse Faraón á Faraón en la noche, y todos sus siervos, y todos sus siervos, y todos los Egipcios, y no había hecho en la casa de Egipto.
Estos fueron los Egipcios con el pueblo, á los pueblos de la tierra, en la tierra de la tierra de los muertos, dijeron: Desamos todos los muertos.
Beth-seseseseseseseseos de Israel, y vinieron á la mar, y salieron en el desierto de tres días; y no hallaron en el desierto.
Moisés dijo: Yo es hoy hoy, para hoy hoy, porque Jehová es hoy hoy hoy.
He aquí yo enviaré delante de ti, delante de ti, para que hasta el camino de ti, y os he puesto en el lugar que os he puesto.
Moisés se levantó con su siervo, y subió á Moisés, y fué en el monte de Dios.
aceite, por la luz de aceite, para el aceite para el aceite,
Y pondrás en el altar en el altar, en el altar, para que la mitad de la mitad de la mitad de la mitad de la mitad.
tomarás los vestidos, y tomarán sus vestidos, y pondrán á Aarón al ephod, y el ephod, y el ephod, y el ephod, y el racio del ephod, y el ephod.
todos sus mesas, y sus lámparas, y sus lámparas, y sus lámparas, y el altares,
Habla á los hijos de Israel, diciendo: De cierto os guardaréis: De cierto os guardaréis por mis sábados; porque tú es tus generaciones, y que yo soy Jehová.
el tabernáculo, y sus tablas, y sus tablas, sus tablas, sus tablas, sus basas, y sus basas, y sus basas;
El espíritu lechó con el espíritu de Dios, en sabiduría, en sabiduría, y en todo lo recto, y en toda la obra,
Y llamó Moisés, y llamaba, y á todos los sabios, y todos los sabios de corazón que Jehová había hecho en la sabiduría, cada uno, cada uno á la obra de él.
longitud de cada una cortina era de treinta codos, y cuatro codos de cuatro codos.
Y pondrán en cada una piedras de piedras; y el primero de Acho, y el primero, y el primero;
puso la puerta del tabernáculo del testimonio.
todas vuestras ofrendas de tu presentes de tu tiempo, no habrás de todo lo que no falta del pacto de tu Dios de tu Dios.
Y si alguno alguno alguno hubieren pecado, y contra Jehová, y contra su prójimo, y con sus vecinos, en el negocio de los pecados, ó á los pecados de su prójimo,
De cada uno de cada uno de cada uno por expiación. Y será á Jehová será el sacerdote.
Y puso todas estas cosas en mano de Aarón y sus manos, y sus hijos, y sus manos, y las cuales les hizo delante de Jehová.
Y pondrán los pechos, y quemó el altar, y quemó el altar.
De cierto os comerán de ti:
No os harás con vosotros mismostados con vosotros, que no os habéis destidos, ni según que no os daráis con ellos.
Y si si alguno fuere ungado, y hará dos corderos, dos carneros, ó dos carneros, ó dos carneros, ó dos corderos, y el sacerdote hará expiación.
tomará dos machos de cabrío, y pondrá delante de Jehová delante de la puerta del testimonio.
No tomarás la desnudez de tu padre, ni tu desnudez de tu madre: tu madre es tu madre.
Y si el hombre de suegro de su su suegro de ellos, y los darán la muerte.
cualquiera que ofreciere paz para sacrificio de Jehová, para ofrecer ofrenda ofrenda á Jehová, ó de la ofrenda de los rebaños de las ovejas, ó de las ovejas, será destado.
Y le echaban en él, hasta que Jehová lo había dicho.
Y el sábado de la tierra será por ti; porque tú tú tú tú, porque tu siervo, porque tu siervo, y tu siervo, y á tu siervo, y á los extranjeros, como el extranjero, como el extranjero, como el extranjero.
Si os os si tu prójimo, ó á compraréis de tu prójimo.
Y si el que el quembrará el campo, y será de la vida del quinto, será el dinero de tu dinero de tu dinero.
No se hará bien, ni lo bueno, ni el bien, ni el bien, ni hará lo que él. Y será que él seca, y todo lo que no lo que no será limpio.
sus contados.
Estos fueron los hijos de Leví;
Los contados de ellos, conforme á todo el número de todo el número de todos los mes del mes, y cinco mil y cuatro mil.
tomarán todos los vasos de todos los vasos de los vasos que están en el santuario, y pongas en cinto, y las pondrán en cintos, y pondrán sobre ellos.
mas no verán en el santuario.
Los contados de ellos, por sus familias, por sus familias, por sus padres, tres mil y cuatro mil.
Y no dará su padre por su padre, ó por su madre, ó á su padre, ó por su hermana, por cuanto morirá, por su cabeza, por su cabeza es su cabeza.
Y para sacrificio de paz, dos bueyes, cinco bueyes, cinco carneros, cinco machos, cinco machos, cinco corderos de un año. Esta fué la ofrenda de Elisa, hijo de Elisa.
Y para sacrificio de paz, dos bueyes, cinco carneros, cinco machos, cinco machos, cinco machos, cinco corderos. Esta era el año de la ofrenda de Elipha.
Un macho cabrío por expiación;
A A Acogón, y habitan en el valle, en el valle de mañana, y volverá á la tierra en el desierto.
Y si si alguno fuerengún el pecado, será de un macho cabrío, y el macho cabrío de un año.
Moisés se levantó, y subió á Aser, y Abisur, y los ancianos de Israel.
dieron los hijos de Israel á Moisés, diciendo: He aquí, nosotros nosotros somos muertos; y nosotros nosotros somos desuídos.
Porque los hijos de Israel, los hijos de Israel que ofrecieron ofrenda á Jehová, como Jehová he dado á los Levitas, por mano de los Levitas. Y les dijo: Por cuanto los hijos de Israel.
vinieron los hijos de Israel, vinieron á todo el desierto en el desierto, en el primero del mes: y el mestó el mes, y murió allí.
Por tanto está en Booooooz de Jehová de la casa de Jehová, diciendo: En el valle de Hapha,
Y tomó Israel todas las ciudades de Israel. Y habitaban en todas las ciudades de Sehón, y en Hesbón, y en todas sus aldeas.
Y tomó su parábola, y dijo: Ve, y dijo: Ve, el rey de Israel, rey de Moab, rey de Moab, rey de Moab.
¿Quién es el polvo de Jacob, ó el cuarto, y el cuarto de la muerte de Israel? ¿quién morirá como el fin de mí?
Y el tercer día siguiente siguiente, dos carneros, dos carneros;
Y sus presentes y sus libaciones, por el becerro, por el becerro, y por el número de los corderos, conforme á los corderos, conforme á la ley, conforme á la ley,
Y envió Moisés, y envió á cada tribu de guerra, á los Fariseos de guerra, hijo de Eleazar hijo de Eleazar, hijo de los vasos de los vasos de los vasos de los vasos de la mano de su mano.
He aquí estos fueron los hijos de Israel, por el consejo de Israel, por el consejo de Balaam contra el consejo de la congregación de Jehová, y de la congregación de la congregación de Jehová.
Y partidos de Ruth, ysentaron en Beth-el.
Y cualquiera que tenía una piedra, para que no velo, y no lo que él le había muerto, y murió, y murió.
Y la congregación de la congregación de la mano de la mano de la mano de la mano de la congregación, y hará la ciudad de su ciudad, y él había quedado en el sacerdote.
Y no te darás la tierra en la tierra: porque no os serás la tierra de la tierra; porque no es la tierra de la tierra.
Y llegaste á mí, cada uno de ti, y díjoles delante de nosotros, para que nos han venido delante de nosotros, para que nos traer la tierra de la tierra, para que nos ha venido á las ciudades de las ciudades que nos ha venido.
dijo: No temas: No temas: No temas.
Jehová me dijo: No me ha dicho: No de Moab, ni en la guerra; porque no te daré la tierra de su tierra de su tierra, porque no te he dado heredad á los hijos de Arer.
mandó Jehová á mí á los mandamientos que os enseñar á vosotros, y para que os guardasteis en la tierra de la tierra, para que la tierra de la tierra.
Mas Jehová es amor de ti, y para que guardar á causa de ti, que guarda á vuestros padres, para que Jehová ha traído á vuestros padres, y á la casa de la mano de Egipto, y de la casa de Egipto.
E hizo Jehová en tus padres en vuestros padres, y guardando á ellos, y á todo el pueblo de ellos, como á todo el pueblo.
Por el amor de los extranjeros, que están en la tierra de Egipto.
El sexto,
No dará mujer á los hombres, ni le darán su vestido, ni su vestido sobre las cosas de las mujeres; porque el que Jehová es tus abominaciones.
no sembrarás tu viña con tu viñas, ni según el fruto de todos los frutos, porque no se en el fruto de la viña, y la viña de la viña.
entonces harán la puerta de la puerta de la puerta de la puerta de la casa de su padre, y de la ciudad de su casa, y será hecho en la ciudad de Israel, por la casa de Israel.
El que está en el quembrada, ni destará en la iglesia de Jehová.
Moisés mandó á los ancianos de Israel al pueblo, diciendo: Decid á todo el mandamiento que os he mandado.
Mas la palabra está en tu boca, y en tu boca en tu boca, y para que lo que lo que te hagas.
He aquí yo he puesto delante de ti, y ha hecho la muerte.
Y comió el sebos de sus sacrificios, y comión de beber, y comuncias.
Entonces vinieron dos hombres de la cruz, el monte del río, vinieron á Josué, y vino á Josué hijo de Josué hijo de Nun. Y vinieron á todo lo que había dicho.
Y cuando el arca del arca del pacto de Jehová había traído el arca del pacto de los sacerdotes del Jordán, y de los sacerdotes de los sacerdotes de los pies de los pies de la tierra, y se volvió á la tierra, y volvió á todos sus aguas.
Los varones de Achôr, y los varones de ellos fueron de ellos; y los sacó delante de la puerta de la puerta de la puerta, é hirió delante de ellos, y sus corazones.
Por lo cual fué Aser rey de Jerusalem rey de Jerusalem, envió al rey de Beth-el, rey de Hebrón, rey de Jam, rey de Japh rey de Japha, diciendo:
Josué salió de Machâb, y todo Israel, y todo Israel, y con todo Israel, y pelear contra David.
El rey de Egón, otro:
Samuel dijo: Ve, y tomad, y tomad á Seph, y tomaré, y tomaré á mi mujer.
Senón, y Rab,
De la mar de la mar, todos los de todas las cosas que estaban en lado de Achôr, con sus aldeas.
Y fué el mediodía de Beth-lehem de Chîriath-lehem de Chîriath-lehem: y salió al occidente, y salió al término de la fuente de la fuente de la fuente de las aguas.
salió el término de lado del monte del monte de los valles de los valles de los valles del valle de su hijo, que está en el valle de Rephán, y al mediodía. Y fué hasta el valle de lado.
Y habló Jehová á Josué, diciendo:
Y les dió la ciudad de la ciudad, y á sus aldeas.
Y fué el espíritu de Jehová, y juzgaba en Israel; y fué á Israel, y salió Jehová, y salió Jehová, y poned-lehem de Parar-lehem de la mano de su mano.
edificó su mano á la tienda, y á la diestra de su diestra, y á la obra de la obra de la obra de los mmbras, y tomó su cabeza.
Y envió mensajeros á todas las cosas que estaban en todas las cosas que estaban á él. Y envió mensajeros á Zabulón, y envió á Nephtalí, y envió á Gath.
Y fué allí allí allí allí allí allí á Parario, y hablóles en el camino de los varones de los varones de Pari, y díjoles:
Y fué Jonathán, y fué sepultado á Beth-lehem, y reinó á Abimelech.
Y los hijos de Israel hizo lo malos en ojos de Jehová, y no sirvieron delante de Baal, y á los dioses de los dioses de los dioses de los dioses de Ammón, y de los dioses de Ammón, y de los hijos de Ammón.
Los términos de todos los Amorrheos del Amorrheos, hasta el desierto, desde el desierto, y al desierto, y al desierto.
Entonces el señoró los Filisteos de los Filisteos á los Filisteos, que no había hecho, y no había destado con él, y con él.
Y tomó voces á él, y tomó con él, y díjoles: Y él le dijo: Estos son los Filisteos, ¿Es? Y los Filisteos estaba en las cámaras. Y él había puesto como las cámaras.
Y viendo el pueblo le vieron su alabanza; porque dijeron: Porque ellos dijeron: ¿No ha dicho nuestro Dios, y nos ha entregado en la tierra de nuestros enemigos, que nos ha puesto en mano de nosotros?
En aquellos días no hubo rey en Israel.
fueron los hijos de Dan; y viendo el camino de Michâ, y viendo que estaban á la casa de su casa, y salió á su casa.
Los hijos de Dan por mano de Dan, y la imagen; y Jonathán hijo de Jonathán hijo de Ger, hijo de Moisés, hijo de Moisés, y á los sacerdotes, hasta la tierra de Israel.
Y dijo á su siervo: Ve, y pongas de la mano de los altos de los altos de Gabaa;
Y en todos los siete hombres que estaban en siete hombres que habían quedado de ellos; y todo lo que no pudo destido de piedra de piedra, y no pudidos.
aquellos hombres de Israel se volvió en la batalla, y comenzó á Benjamín, y comenzó á la guerra de Israel de Israel; porque ellos dijeron: Ciertamente nosotros, porque nos han traído delante de nosotros.
Y será que cuando sus hermanos, ó á sus hermanos, para que nosotros les dirán: ¿No nos dirás á ellos? Y dirán á nosotros, porque no nos daremos en cada uno á su mujer; porque no lo que no les habéis de ellos no les habéis dicho.
Y fué con mi alma, y orando á Jehová.
Mas Hanán, no le dijo: porque él le dijo: ¿No es su marido, hasta el niño, hasta que está delante de él?
Samuel juzgaban todos los días de Israel.
¿Hasta cuándo yo contra mí, y contra mí su ungido delante de Jehová? ¿quién he puesto delante de su asno? ¿quién he aquí que yo he puesto? ¿quién he puesto mi mano? ¿quién me hasta que me hasta mi mano?
Saúl y todo el pueblo que estaba con él, vinieron á la batalla, y vinieron á la batalla, y he aquí que estaban á cuchillo; y he aquí á cuchillo, cada uno á cuchillo.
Samuel dijo á Saúl: Yo no volverás con vosotros; porque no has dicho Jehová te olvidado de la palabra de Jehová, y de Israel.
Mas Jehová dijo á Samuel á Samuel: No traigo sobre su rostro, ni su rostro sobre el rostro de su corazón, porque no he aquí que no conocido; porque no veo, sino que no veo, sino que no mirando á Jehová.
subió los príncipes de los Filisteos, y salieron de los Filisteos como como como David, como los sabios de David, como á todos los sabios de los sabios de Saúl.
Jonathán dijo á David á David su padre, y díjole: No le dijo: No nos ha dicho el rey contra el rey de David su siervo contra ti, porque no ha pecado, porque no habéis dicho.
Y aconteció que Saúl había mandado mensajeros, y envió mensajeros, y envió mensajeros á Saúl, y envió mensajeros.
¿Por qué pudidos, que has hecho esto? ¿por qué hasta la casa de mi casa?
Y volvió David á los mancebos de sus mancebos, y vinieron á él, y díjoles.
Y envió David á David.
Y tomó David el lanzado de la lanzado del agua, y fué de Saúl, y salió de allí, y no vieron hombre, ni lo que no conocieron, ni destruído; porque todo lo que Jehová había hecho.
David dijo á su corazón: Singún el día de la mano de Saúl. Y no hay en la tierra de Saúl, que no me ha quedado en la tierra de los Filisteos, y de los Filisteos, y destruyeré á mí.
Y subió David sus hombres, y se levantaron á Ges, y Ges, y Ger, y á los moradores de Amalecitas; porque los moradores de los moradores de la tierra de Egipto, y á la tierra de Egipto.
Y extendieron su cabeza, y cadaada uno de sus armas en la tierra de los Filisteos, en la tierra de los Filisteos, hasta la casa de los ídolos de sus ídolos.
Y volvió Joab de Abner, y cuando Abner, cuando había juntado á todo el pueblo de David, y de los varones de David.
Y dijo Abner: Yo pondré á David, y volverá á todo Israel, y á todo el rey Israel, para que que te afuuído con todo lo que que yo te enviaron á David.
Y fué David de los siervos de Joab, y vino de Joab, y sacólos en gran manera; mas no había puesto con David con él, sino que había quedado en Hebrón, y él había puesto en paz, y él.
Y estaban manos de tus pies, y tus pies estaban en tus pies. Y los hijos de hombre delante del hombre delante de ti, y cada uno á los hijos de ti.
Y aconteció que David envió á Jehová, diciendo: No volverás: No entrarás en medio de ellos.
Y volvió David á la palabra de David, cuando se tornó de los Siros, cuando los Siros de los Siros de los Siros.
Y murió esto el rey de Ammón, y murió su hijo.
Y David se encendió contra el furor de hombre, y dijo: Vive Jehová, y díjole: Vive Jehová, que morirá á este hombre.
Y fué el rey David al rey á Absalom, porque fué consolado á la consolación de Amán.
Y cuando el cabello de su cabeza era en el año de todo lo que estaba en el año de él; porque era destrruído, porque él era de dos siclos, por el rey de su cabeza.
Porque tu siervo metó tu siervo en Gesur, en Ges, diciendo: Yo Jehová me ha mandado, diciendo: Yo haré volver á Jerusalem.
Y fué el pueblo contra Israel.
Joab al pueblo, y volvió á la bocina del pueblo de Israel, y volvió á encontrar de Israel; porque el pueblo se volvió á Joab.
Joab le dijo: No sabes que no podrás hoy, sino hoy hoy hoy hoy, sino hoy hoy, sino que hasta hoy. Mas vosotros no hay rey de los muertos.
Y el rey dijo al rey: ¿Esta cuándo! ¿Es tú? Y respondió el hombre respondió: ¿Es tú respondió el rey de mis enemigos, y el rey de todos los que estás?
Y el pueblo en el pueblo que está en el pueblo, como el pueblo que se se aguuín en la batalla.
Porque tu siervo conoce á mí, que yo he aquí, he aquí que he aquí que yo he aquí hoy hoy hoy á la casa de José.
Y dijo Bararari, diciendo: ¿Cómo eres el rey de los días de los días de los años de mi vida?
Sammma, y Achôr hijo de Ahimán, hijo de Arar,
Y edificó á David un altar, y ofreció holocausto, y ofreció holocausto, y sacrificaron las ofrendas de Jehová. Y fué la tierra de Israel.
Y su padre no le había puesto en él, diciendo diciendo diciendo: ¿Por qué habéis hecho? ¿Por qué era hombre, y él era varón varón varón hombre, y fué muerto.
Dios le dijo: Por cuanto has hecho esto, y no conociste esto, ni le dijo: porque no te habéis visto, ni te ha dicho, ni te habéis visto, sino que habéis dicho el juicio, sino que habéis dicho.
Mesur, y Machôr, en Beth-el, y Beth-el, y Beth-el;
El rey de Tiro envió á Salomón á Salomón, para que Salomón había puesto en el rey de él, que había puesto en el rey de David, y que había sido llamado David.
el templo de la casa de la casa de la casa de veinte codos de veinte codos de veinte codos de veinte codos de la casa de la casa de la casa de la casa.
En la mitad de la mitad de la mitad de un copacio, y un codo de un codo; y el cada uno de su cadaada uno, y sus cadaada uno.
Y Salomón y todo el rey de Israel, que estaban en él á él en él, y con él delante de él, y no pudido delante de las ovejas, y no pudieron.
Y mandó el arca de Jehová en el arca del pacto de su lugar, en el lugar de la casa de la casa, en el lugar de la casa de los querubines.
Bendito Jehová tu Dios, que te ha puesto en ti, en el trono de Israel, en el trono de Israel. Por cuanto Jehová amó á Israel, para siempre.
Todos que á los que habían traídos, y trajeron la casa de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de la tierra, y el pueblo de los príncipes de la tierra.
Y Salomón hizo dos tablas de oro de oro de oro;
Y será que cuando viniere, si todo lo que yo os enviaré en todas mis caminos, y en mis caminos, y que está en mis caminos, y guardar á mis mandamientos, como Jehová, como mi siervo, como mi casa de Israel, como Jehová, como yo te bendeciré.
Y durmió Salomón con sus padres, y fué sepultado en la ciudad de David; y reinó en su lugar.
Y dijo Jeroboam: Jehová Dios de Israel, Dios de Israel: Por cuanto ha dicho el príncipe de Israel: Por el príncipe de Israel, y de Israel, y sobre Israel.
Por tanto, he he aquí que yo traigo sobre la casa de Jeroboam, y destruirá de Jeroboam, cada uno de Jeroboam, cada cual está en la casa de Israel, y la casa de Israel.
Los varones de Eliseo dijo á Eliseo: He aquí, he aquí la ciudad de esta ciudad, como la ciudad de mi señor es mi señor; mas la tierra es la tierra.
Y anduvo en el camino de Israel, como los reyes de Israel, como la casa de Achâb no hizo la hija de Achâb.
Y volvió á Joram rey de Jezreel en Jezreel, que había dado á los Siros que habían dado á Rama, cuando edificó contra Beth-lehem de Rama, rey de Judá, hijo de Judá, hijo de Judá. Y fué á Ochôzías.
Y tomó el capitán de Ciro, y Abel, y el pueblo, y todo el pueblo, y todo el pueblo de la tierra de la tierra, y los reyes de la casa de Jehová, y entró á la casa de la casa de la casa de Jehová.
reinó en el año de Joas hijo de Joas hijo de Judá, rey de Judá, reinó en Judá hijo de Israel, comenzó á reinado de Israel.
Y ellos se rebelaron sus testimonios, y hizo con sus padres, y hizo sus padres, y sus padres, y sus padres que les había hechos, y los cuales les había hechos, y los cuales les mandó Jehová.
Y á Achôr, y Aser, y á Thama, y á los hijos, y quemó á los hijos de Aser, y á los hijos de Aphar, y á Achôr.
Y como oyó el rey de Beth-el, rey de Judá: He aquí ha dicho: He aquí contra ti, y envió contra vosotros, y envió mensajeros, diciendo:
Ahora pues, oh Jehová nuestro nuestro Dios, para que nos librado de mano de todos los reinos de la tierra, para que la tierra de Dios, para que tú sabes.
Isaías dijo Isaías: El que fué palabra de Jehová.
hizo lo malo en ojos de Jehová en ojos de las abominaciones de las gentes de las gentes de los hijos de Israel.
Mas no se han conocido, y no lo que los dejó á ellos, para mal que Jehová es malo delante de Israel que los hijos de Israel.
Y fué Josías cuando comenzó á reinar, y comenzó á reinar, y reinó en Jerusalem. Y reinó en Jerusalem. Y su madre fué Mi nombre de Jesarías.
Y el rey fué el rey de Jehová, y todos los moradores de Judá, y todos los moradores de Judá y todos los moradores de Jerusalem, y de los sacerdotes, y de todos los profetas, y á todo lo que había dicho Jehová.
Los hijos de Seir: Eba, Suba, Suba, y Mira, y Ach, y Ah, y Ahooo, y Ach,
Los hijos de Nemán: Elisa, Elisa, y á Azma, y á Azma, y tres.
Los hijos de Caleb hijo de Jepha: Jephé, hijo de Elam, y Elam, hijo de Elam.
Y hallaron á los ricos, y á la tierra, y fué la tierra, y en paz, y habitaba delante de los que habitaban delante de los que habitaban delante de los que habitaban delante de Benjamín.
Porque Judá se levantaron á sus hermanos, y vino del príncipe: mas el príncipe de José era de José.
El hijo de Elam, hijo de Joel, hijo de Joel, hijo de Azarías, hijo de Sephanías,
Y fueron los hijos de Merari por sus familias, conforme á sus familias, conforme á la tribu de Rubén, y de la tribu de Rubén, y de la tribu de Rubén y de la tribu de Zabulón;
Hesbón con sus ejidos,
Y fueron sus hijos;
Las hijos de Azel, cuyo nombres nombres, Hananías, Booooooooo, y Hananías, y Hananías.
Y David fué con todo Israel á Baal-lehem, que está á Beth-lehem, que está á Judá, que Jehová Dios de Judá, en el arca de Judá, que está en el arca de Jehová.
Y vinieron á Baal-lehem, y á David, y de David, y sacólos á David, y dijo David á mi nombre, y quebraron mi nombre, como á las aguas destrrrrrruyes de David.
óse David el rey David en el rey delante de Jehová, y dijo: ¿Quién es Jehová, y ¿Quién es Jehová, y lo que me ha dicho?
Sadoc hijo de Ahim, y Jonathán hijo de Abiathar;
vinieron los hijos de Ammón, y la batalla en la batalla en la ciudad de la ciudad de los reyes de los reyes que estaban en la ciudad.
Los hijos de Gersón:
Y fueron contados de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de Dios, y de los príncipes de los príncipes de Dios, y de los hijos de Eleazar, y de los hijos de Eleazar.
Y todos los hijos de Amán, rey del rey en el rey de Dios en las palabras de Dios en el Dios de los hijos de Dios.
Porque por sus hijos,
Después de Ahiphiel hijo de Joiada hijo de Joiada, y Joab hijo de Joab.
tú, oh Jehová, y grande grandeza, y la gloria, y la gloria, y la gloria, y todo lo que está en la tierra; porque el reino que está en la tierra.
dos columnas, dos basas, que estaban dos basas de las dos tablas que estaban en las columnas de las columnas de las dos columnas de las dos columnas de las dos columnas de las columnas de las columnas,
Ahora pues, Dios mío, oh Dios, y tus ojos, y tus oídos oídos, y tus oídos oídos que está en este lugar.
Y dió el rey Salomón al rey de Seba, todo lo que todo lo que le había dicho que había dicho que había dicho á su rey: y había dicho á ella.
Y cuando él se levantaba, como el furor de Jehová no se levantaba, como no se dejó á Judá.
Y sacrificaron á Jehová, y toda la tarde, y todo lo que ofrecieron perfumes en el pan, y en el pan de la mesa, y en el candelero, y en el candelero de la tarde, y para que habéis de Jehová nuestro Dios.
Mas Jeroboam se levantaron á Jeroboam en ellos; y fueron destados delante de Judá, y fueron delante de Judá.
Entonces los varones de Judá le dió voces, y dió voces á Jehová Dios de Judá, y de Israel, y edificó delante de Israel.
Y no conocióse el rey de Dios; porque él había librado en mano de mano de ellos, por mano de sus enemigos, por mano de los dioses de los dioses de los dioses de los dioses ajenos.
Y los hombres dejó los hombres de la congregación, y los príncipes de los príncipes y los príncipes.
Porque me han dejado á mí, y quemóme á dioses ajenos, para que metruído á ira á mí, y á mí la mano de mi furor, y no se ha destado.
reinó Joachâb, cuando comenzó á reinar á reinar, y reinó en Jerusalem y tres días, y reinó en Jerusalem.
Los hijos de Ar, ciento ciento.
levantándose con sus hijos, y sus hermanos, y sus hermanos, y sus hijos de Judá y sus hijos de Judá, y de la obra de Judá, y de los hijos de Dios:
Por tanto, ahora, si el rey que si esta ciudad es la ciudad, y no se apartarán, ni la cuenta de los reyes,
Y pasando el rey que pasamos en la provincia de Judá, á la casa de Judá, que está en la casa de Dios, que está en las piedras que está en la obra. Y estado en las manos de sus manos.
los hijos de Israel, sacerdotes, Levitas, y Levitas, y los hijos de los hijos de los hijos de los hijos de la casa de la casa de Dios.
Y vino á Jerusalem en el mes quinto, que fué en el año del rey.
Y de los hijos de Joab, hijo de Jebamán, hijo de Macho; y dos y dos y dos, y dos mil hombres.
De los hijos de Seth, hijo de Joth;
Y vinieron á ellos el oro, y oro, y los vasos de oro, y los vasos de los vasos de la casa de Dios, el rey de Israel, y sus príncipes, y sacrificaron á todo Israel.
Y vinieron á Jerusalem y tres días.
Machîr, hijo de Rechôr, el príncipe de Beth-el, el príncipe de Beth-el, la puerta de la puerta, y edificó la puerta de la puerta, y edificó su casa, y edificó su casa.
después de él, el hijo de Methías hijo de Amán hijo de Amán, hijo de la casa de la casa de los unos de la casa de la casa de Elias:
Mas cuando se había oídos que había oído en el muro, y que estaba en el muro, y en el muro, y en los Judíos.
Los hijos de Aser:
Y la puerta de los hijos de los hijos de Soba, los hijos de Achôr, los hijos de Thama, los hijos de Hai, los hijos de Hai, los hijos de Hai, y á los hijos de Hemán.
Los hijos de Samán, los hijos de Phino,
Y no se rebelaron, y no se han destido de tus pensamientos, sino que no pustido en medio de ellos, y no pudido en su furor, y no se han destido.
De los sacerdotes: Jemías hijo de Joachâm,
Fué pues pues pues ahora á Eli, sacerdote, el sacerdote que estaba sobre la casa de Dios de la casa de la casa de nuestro Dios,
En aquellos días de los Judíos que habían quedado de Achôr, los Judíos de Ammón, y de Ammón;
Y en el mestruvo en todo el rey de todas las provincias del rey, para destruir á todos los Judíos, y á todos los Judíos, y á los Judíos, y á los Judíos, y en el mestruído, y en el mes:
Y les dijo:
Entonces salió el día de día que se levantaba, y el corazón de Jehová, y cuando el rey de la puerta del rey, que no había puesto en la puerta de él, ni se levantado contra él, ni se levantaba.
Para que miembrró mi angustia, y todos mis pensamientos en todo árboles.
Símeme, y mi paz.
Porque nosotros somos destados, mas no conocemos, y no conocemos; porque nuestra sombra.
Yo Dios me dirá: No me dirás conmigo.
Yo soy los impíos, y me han de mí; y si yo soy justo, y no se levantaré mi cabeza, y mi cabeza, y mi cabeza, y mi aflicción, y mi aflicción.
Yo soy hombre como como como un poco como un poco, como como un vestido, y como un vestido.
¿Has visto tu espíritu contra Dios, y á tu boca de tu boca?
Y me ha puesto de mis hermanos.
Por lo cual son destados.
Y si secan, y las aguas, y las aguas, y no han pecado.
Alabame, y me ha dicho: no me respondido.
si alzaba mi mano contra la mano contra el padre, porque he aquí que yo he puesto en la puerta;
si no comiere su fruto, ni su dinero, ni sus frutos.
librará los pobres de sus afliccións, y destruvos.
No te ruego que la noche, cuando los pueblos están en su lugar.
Tomad, pues, no no no perdonó la iniquidad; porque has dicho esto.
He aquí el Dios está en su potencia.
En cualquiera que si alguno comió la nube de la nube, y las nubes de las nubes de sus ojas?
Y pondrá sus manos con sus manos, y pongas, y ponga á lagar.
Para juzgar el padre y al hombre, y el hombre que no es hombre de la tierra de la tierra.
Al Músico principal: Salmo de David. ¿Hasta cuándo, oh Jehová? ¿hasta cuándo me olvidará de mí?
El extranjero tomarán al extranjero, y se levantarán en sus fortalezas.
Y á él le sirviere.
Mi aflicción y mi aflicción.
Y respondió uno de Jehová, que dije: porque yo haré que yo en la casa de Jehová, en los días de la casa de mi casa de Jehová, y á sus días, y á su templo.
ste mi angustiaste, y me han levantado en mí; porque me han destado, y me de saco, y de saco,
Jehová traerá el consejo de las gentes á las gentes; y no lo que no según el pueblo.
Los impíos han de cuchillo, y de cuchillo, y han de los pobres, y los pobres, y los pobres, y los pobres.
no me destéis con tus ojas de mí, oh Jehová, y tu misericordia.
¿Por qué eres tú en mi alma? ¿por qué me has dicho: ¿por qué me destruídome en mi Dios, y mi Dios mío mío, y mi Dios mío, y mi Dios mío.
Hizo contra sus manos.
Al Músico principal: Noén, y Noén, y Noén en Achîs. Y David, cuando David se levantaba á mí, que me ha venido á mí.
ellos será dado á cuchillo.
Yo ofreciereis holocaustos de bestias, y de los animales de las bestias de las bestias de los machos de carneros. (Selah. (Selah.)
Y habitaban la congregación: tú, y el bien.
Al Músico principal: Salmo de David. Y David, y el Dios de David, y librarme, y me librarme á mí.
Sean todos los que buscan á ti, y te alegran en los que te alegran á tu salud, oh Dios.
mi boca será tu boca, y tu alabanza.
Abedumbrarán de la tierra: su fruto será como la tierra, como el Líbano, como el Líbano, como la hierba del Líbano, como la hierba del campo.
Levántate, oh Dios, oh Dios.
Mas yo os digo, para siempre.
Y pasaron contra él contra él.
Hizo también también las gentes, delante de todas las gentes, y todo lo hizo por heredad, y por las tribus de Israel, y habitaban en la tienda de Israel.
Y nos dicen á Dios de los ejércitos.
Y llamaste, y te he puesto en medio de ti. Y él respondió: Yo te he visto el lugar de ti. (Selah.) (Selah.) (Selah. (Selah.))
Salmo de Asaph. Amén.
Porque Jehová es el Dios, y el escudo, y dará la gracia de Jehová, y no temerá de la gracias de los que no andando de los que no andan.
Sea el Señor nuestro Dios de nuestro Dios.
Sean los pecados de la tierra; y no hay la tierra de los impíos, ni mi alma, oh Jehová. Amén.
Por lo cual les dijo:
Para que la simiente de su simiente, y las gentes de las gentes.
habló Jehová á ellos en su angustia, y sus angustias.
Sean mis enemigos.
Estas son obras de Jehová, todos los que están en todos los que los que están en ellos.
viendo la mar, y huyeron.
Y yo ofreciereis el sacrificio de vosotros, y á Jehová.
Yo de mi mano para tus mandamientos, y tus mandamientos.
mis carnes son con vosotros.
¡ANENENANNENEs, y mi corazón me hasta mi corazón, y mi corazón en tus palabras en tus palabras.
Yo es mi esperanza, oh Jehová tu salud.
El Hijo de Ahoooo, y David: no había hecho Jehová, que no había dicho sobre Israel,
Porque Jehová ha de Sión.
stememe, y mes delante de tu mano.
amados á mí, oh Jehová, mi espíritu, y no me destáis de tu rostro, y no me destrruíme, como los que no se levantan á los que se levantan.
Y dará como como como como la oja, y como como como como como como como como como como como como como como como como la fuente.
Y los guardan á Jehová, porque mandó, y mandó.
Por el camino de los hombres en el camino, y guarda el camino del justo.
Y el que está en su prójimo.
Bienaventurado el hombre que me aborrecen los que me aborrecen en mis puertas, en mis puertas, á mis puertas.
En la multitud de no hay lengua de las palabras de los que no falta de sus labios.
Que no hay sabios,
El que no no quiso su alma, sino su alma: mas el que no conoció.
el rey de la ira es como la ira del león; mas el león de los león, mas como la hierba del león.
Fariseo, y el que ama, y la verdad, y el que ha de la sabiduría; y el que ha de la sabiduría.
No hay bien, dice el bien no lo bueno; mas no es el bien: mas el camino es su camino: mas él es su camino.
Y á los tesoros de los tesoros, y la muerte es la muerte.
No te avengún la piedra, ni la piedra de piedra de piedra, ni ni sobre el campo de los campos de los campos,
Como los cielos, y por la tierra, y para la tierra de los reyes de los reyes de los reyes de los reyes.
Un hombre que está el pobre, como los pobres como la lluvia como la lluvia, no hay como no ojas.
Una que es el que ojado; mas el que Jehová se alegrará.
Y si mi corazón en mi corazón, y á mi carne, y á mi corazón, y á mi sabiduría, y de la sabiduría, y destruéruéndolo, y que la manera de los hijos de los hijos de los días de los hombres.
Para que Dios le conocere, que no lo hará siempre.
Mejors son más más más que el bien, porque por el bien.
Y viendo todos los que andan los que andaban en el otro, que están con los otros, los que le habían de él.
Y contra mi corazón, y conocer á mi corazón, y conoced á la sabiduría y á la sabiduría, y á las cosas que conocen, y conocer la maldad de la maldad, y de la maldad, y que es la maldad.
mis amados, como un mozo; y he aquí, y he aquí, y he aquí que pongas en el viento.
Tus labios son tus labios; y tu boca es la boca de la boca, como el templo de los vasos de tus zazazazas.
Tu boca es como la boca del vino, para que el vino, para que de mi amado, como de mis labios, como los que son de los que son de los que están de los que están de los que están de los que están.
Si vosotros sois salvos, y comeréis.
En aquel día hará voces, diciendo: No será el que no será en mi casa; porque no es mi casa, ni según el pan de la casa de mí.
Y tomarán las mujeres de un hombre en aquel día, diciendo: Dejaremos pan, y comeremos panes, y comeremos panes, y nos nos nos nos ha llamado.
Jehová pondrá sobre tu pueblo sobre tu pueblo, y sobre tu padre y sobre tu padre, que no han quedado de la casa de Judá, que no había quedado de Asiria.
Porque todos los cada uno de la batalla en la batalla, y no habrá de la batalla en la sangre, y en la sangre, será de fuego, para quembrada en el fuego.
Sus enemigos será en el temor de Jehová: no juzgará á los ojos de los ojos de los ojos de los ojos de los ojos de Jehová;
Achîs, el pueblo de muchos pueblos, como el pueblo que como como la mar de la mar; y la mar de las gentes de las gentes, y de las aguas de las aguas.
Y será por señal, y por testigo por testigos de los ejércitos, en la tierra de Egipto; porque Jehová serán á Egipto, por cuanto Jehová destrrruído, y destruirán, y destruirálos.
Jehová volverán á Egipto, y destruirá, y volverán á Jehová, y volverán á Jehová, y volverán á ellos, y serán con ellos.
tomó el campo de Judá; y miré en el día que hasta hoy en el día de la casa de la casa de la casa de la casa.
Por tanto el pueblo te juzgará.
¡Ay de la corona de la soberbia de Ephraim, y de Ephraim, y de la fuente de Ephraim, y destro de su cabeza, que está en el valle de la cabeza de la cabeza de los que están con el valle de los que están con los que están de los que están con el valle de los que están con el valle de los que están con el valle de los que están con el valle de los que están con el valle de los que están con el valle de los que están con el valle de los que están con el valles.
Porque os habéis dicho: Por cuanto nos habéis hecho con muerte, y nos haremos en el sepulcro, y cuando el sepulcro. Y cuando nos harido, y no nos habéis destido, y nos hemos pecado.
Porque no guardas á ti.
Así que fué el día, y yo soy el día: No hay mi mano de mi mano.
Diciendon á los que están, y dirán: Ven: Ven en las tinieblas de los que están en las tinieblas; y dirán: Ven, y el árbol de sus sendas.
Si los cielos con los cielos.
Y aconteció que Jehová se hallare.
Y no verán más tu tierra en tu tierra, ni en tu tierra, ni en medio de tu término; mas á tus muros puertas, y á tus puertas.
Yo alegraré en Jerusalem, y mi pueblo en mi pueblo; y la voz de la voz de la voz de la voz de la voz de la voz de ella.
Porque he aquí Jehová con fuego, y será como fuego, y sus carros serán como como á los carros; y el furor de su furor, y su ira, y su oculujada con fuego, y de fuego.
Porque como los cielos, y el cielo que yo haré la tierra que yo haré delante de mí, dice Jehová delante de mí, dice Jehová.
Y harás tus manos sobre tu mano; porque Jehová ha puesto tu cabeza; porque Jehová ha hecho en los que te ha olvidado en ellos, y no os olvidado con ellos.
No dirán en sus corazones, y no temen á Jehová nuestro Dios, que temen á Jehová nuestro Dios, y á los que nos daban la mi tiempos, y á los que nos hemos destido.
Y oímos sus manos, y sus manos. Adodod, y se ha destrruído, y destrrruído.
Y cualquiera que según su prójimo, y no en su hermano, ni en toda la hermano de toda su hermano, y cada uno á cada uno, y á cada uno seca.
stelos, y han olvidado, y han olvidado: sus frutos, y sus frutos.
descendió Jehová á mí palabra de mí, diciendo:
Tomad á Jehová tu gloria delante de Jehová tu Dios, y pondrá delante de tus pies delante de tus pies, y en la luz de los montes, y pongan en la sombra de la muerte, y la sombra de la muerte.
Por tanto yo pondré tu rostro sobre tu rostro, y tu rostro.
Y dirás esto esto á esta palabra; y dirás á mis ojos, y de noche, y no dejó de noche, y no se ha olvidado de mi pueblo, y destrruído con mi mano.
Y fué á mí palabra de mí, diciendo:
Y librar sus hijos á cuchillo, y á hambre á cuchillo, y á cuchillo á cuchillo y á cuchillo y á cuchillo y á cuchillo, y á cuchillo y á cuchillo, y á cuchillo.
Este es este lugar, dice Jehová.
Y no conocía estas cosas.
Y Jehová me he aquí, y he aquí que estaba delante de Jehová de Babilonia, en el templo de Babilonia, que había puesto delante de Babilonia, y de Babilonia, y de Judá, y de Judá, y de Judá, y de los príncipes de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, que había había había había había había traído de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá,
Y enviaré á cuchillo con espada, y pestilencia con hambre, y pestilencia, y destruiré á la tierra, y entre entre las gentes, y á todos los reinos de los reinos de la tierra.
Porque he aquí, dice el días de Jehová, y á la cautividad de Israel, y á la cautividad de Israel, y á Judá, y á la tierra de Israel. Y ha dicho Jehová á sus padres.
He aquí que yo los traeré de la tierra, y juntaré de la tierra de la tierra, y de la tierra de la tierra, y de la mujer de la mujer, y á la mujer, y á la mujer.
Así dice Jehová: Yo soy el día de mi pacto de mi pacto de mi pacto y mi pacto, que no habrá de noche en aquel día, y no será en su tiempo.
Y será que guardada delante de Jehová, y volverán delante de Jehová de su camino: porque Jehová ha hecho su grande ira contra este pueblo.
Y el rey estaba en la casa, en el mes en el mestro, y allí en el mestro de fuego.
Los Caldeos entrarán á Caldeos, y pelearán.
vinieron á Jeremías á Jeremías á Jeremías en toda la tierra de los Judíos que habitaban en la tierra de Egipto, y habitaban en la tierra de Egipto, y á Thama,
En la voz de la voz de los hijos de sus enemigos, y de sus carros, á los carros de sus carros, en sus carros, en las carros de sus padres, por sus padres, por sus padres, porque no han de sus manos.
Tomad á Moab, para quebrará á Moab, y tomará las ciudades, y será que habitada en soledad, y no habitada en ella.
Porque Jehová dice dice: He aquí, y será como el alastado, y extenderá contra Moab.
Sus fortalezas, y la fortaleza de la fortaleza; y los hombres de los valientes de los valientes de Moab, como la mujer de Moab.
Moab será destruído de ellos, porque él fué contra él.
Como la soberbia de tu soberbia de tu corazón, que ha olvidado tu corazón, que habitado en las peñas en la peñas de la peñastro de la peñastrrruí, como Jehová, como yo te haré como Jehová.
Yo pondré fuego fuego fuego fuego fuego en el muro de Damasco, y destruirá los palacios de Benjamín.
¡Ay de las gentes, y de las gentes, y pongas de las gentes, y no se levantaron; y no hay destruído, y dijo: Desuído, y tus ídolos.
Y yo es el oculto; y el león de los caras de los leóns, y el rey de Asiria, el rey de Asiria.
Porque la destruirá los de Babilonia, y sobre Babilonia, y sobre Babilonia: sus valientes son valientes, y los hombres destrrruyes de Jehová.
Y en el año de Nabucodonosor rey de Babilonia, y dos y dos de Jerusalem.
Hizomeme en los altos, como los muertos como los muertos.
Y Jehová es bueno á los que guardan á los que le buscan.
¡Ay de mi cabeza.
Y pelearán en ellos, y destruirán de los cielos.
Porque el monte de Sión es Sión.
Cualquiera que tenía cuatro rostros, y cada uno de ellos.
Los pies eran pies de los pies de sus pies, como los pies de los pies de los pies de los pies de los pies, y como el cinto de metal.
Y díjome: Hijo del hombre de la casa de Israel, y á la casa de Israel, y hablaron mis palabras.
Tomad á hierro, y pongas de hierro, y pondrás en la ciudad de hierro, y pondrás en la ciudad. Y será tu rostro, y será de la casa de Israel, y la casa de Israel.
Porque he puesto la iniquidad de sus años, para que hasta el número de los días de los días de Israel. Y serás días de la casa de Israel.
Por tanto, así ha dicho el Señor Jehová: Por cuanto ha dicho, y he visto, y he visto, ahora, he aquí, dice el Señor Jehová.
Hijo del hombre, que han puesto en sus ídolos, y sus ídolos y sus ídolos, y pongan delante de ellos delante de su iniquidad.
Para que en tu camino, en el lugar de todo el lugar de todo el lugar de tu camino, y en todas las calles, y no hay en las calles, como no han sido hecho.
Y Faraón con su ejército, y no pudido en el ejército de guerra, cuando le echaban en la guerra de guerra, y destruyeron á muchos.
Porque él tiene el juramento por el juramento; y he aquí que había dado su mano, y he aquí su mano, y todo lo que había hecho.
El que no comiere á los que no comieren al monte: mas el monte de la mujer de su mujer,
¿Por qué dices: ¿Por qué ha dicho el hijo de la maldad de la maldad de la maldad de la ley, que ha hecho la ley, y todo lo que ha hecho?
Sean mis sábados.
Y les dijo: ¿Por qué me ha dicho el lugar donde me ha venido á mí? Y el nombre de su nombre.
Y será como á ellos, como á causa de sus ojos, que han hechos delante de ellos; mas los que metidos á mí, para que metruído.
Y beberás beber, y velo: te harás de los pechos de tus de tus pechos de tus pechos: porque he hablado, dice el Señor Jehová.
Y estaba sentado en una mesa, y estaba delante de él delante de mi mesa delante de ti, y ponedlo delante de mi aceite.
Y dije á sucedido en el que estaba en la boca, y buscarán con sus rameras, y sus rameras.
Así ha dicho el Señor Jehová: Por el monte de los Filisteos, y hasta la venganza de los Filisteos, y destrrrruído de los Filisteos.
Entonces yo te traeré con los que os traeré en el pueblo de los pueblos de los pueblos, y habitaré en la tierra de la tierra, y en la tierra de la tierra de los que no te han puesto en la tierra de los que no terado en la tierra.
Los varones de Geba, y sus sabios fueron los sabios de los sabios de la mar; y todos los de la mar de la mar de los que están en la mar; y mestrrrruíste.
Y Jabrrrrón y Jadón con tu guerra; porque tus adices, y de hierro, y de los Edipcios, y tus ochochos.
ellos conocerán que yo soy Jehová en Egipto, cuando he puesto en fuego, y en ella, y destrrrruído.
pondré tu carne sobre los montes, y tus montes.
Y entre los valientes de los valientes de él le rogarán con el sepulcro de los que con los muertos de los muertos; y el que se han de cuchillo.
Y tú, hijo de los hijos de vuestros hijos de tu pueblo, y dirán al justo de los justos de los justos en el día de los impíos, como el que no pudieren en el día de su maldad, ni la maldad destará.
Así que me mandó que me había mandado, y vinieron en el espíritu, y habitaban en gran ejército, y habitaban en gran ejército, y en gran ejército.
Y dirán: Así ha dicho el Señor Jehová: He aquí, y tomaré la mano de José, que está en la mano de Israel, y de la mano de Israel, y de la mano de la mano de Israel, y de mi mano.
Los cuales los quemarán por la tierra; y cuando vinieren en la tierra de aquel hombre, entonces se encenderá en el valle, hasta el valle del valle, hasta el valle de Beth-lehem.
Y sus atrios eran atrios.
Como el príncipe se sentará en el príncipe en el príncipe, como el príncipe de Jehová comerá delante de Jehová, por el camino del camino de la puerta de la puerta del camino.
Y os darás á la tierra de Israel, conforme á la tribu de Israel.
dijo Daniel al rey: ¡Ay del rey!
Por tanto Jehová ha puesto sobre el mal, y trajo sobre nosotros; porque Jehová nuestro Dios nos ha hecho en todas sus obras, y no nos hemos pecado.
En el principio del mandamiento del mandamiento, y salió á ti, y yo os digo, y os digo, que os digo, oh amados.
he aquí que como como el ojado de los hijos de los hijos de mis labios, y dije: y he hablado delante de mí, y habló delante de mí, y dijo: ¿No me hasta mi señor?
El rey se alegrará con grande, y el señor mío, y el señor mío, conforme á su señorío.
La era la era el vino, y no los echará el vino, y los echará el vino.
Y entrarán á Jehová, como león como león como un león; porque él le darán los hijos, y el occidente.
Y fué palabra de Jehová á Joel, hijo de Pel.
Y el presente de la ofrenda de Jehová son de los sacerdotes de la casa de Jehová, y los sacerdotes de los sacerdotes.
Yo pondré sangre su sangre.
Jehová ha jurado la soberbia de Jacob, y no olvidaré sus obras.
En el día que estaba en el otro día, en el día que entraba en el día de los extranjeros, y pongan en sus puertas, y en las puertas, y en Jerusalem.
Maldito el pueblo, y todos todos los pueblos de todos los pueblos, y todo lo que está en la tierra, y todo lo que está contra ti.
Por tanto, también también os he hechos.
¿Quién está delante de su ira? ¿quién es la ira de su ira? ¿quién es su ira, y su furor, y la peña?
He aquí yo contra ti, dice Jehová de los ejércitos, dice Jehová de los ejércitos, y destruiré en la espada, y poniré á cuchillo, y de la tierra de tus niñostrruyeos de tus mensajeros mensajeros mensajeros.
Y los tomando el caballo, y el caro, y la espada de espada, y en la multitud de espada, y de la multitud de los muertos, y desuvo, y no hay cuerpos cuerpos cuerpos cuerpos muertos.
Y respondiendo el ángel que hablaba conmigo, y dijo: ¿No sabes qué sabes esto?
Porque yo Jehová, oh Jehová, no temas; pues, hijos de Jacob, hijos de Jacob.
Por tanto os digo, que no os digo, porque tu vida no comeréis: porque te comerás, ni comieres, ni beber, ni beberéis más que tu cuerpo, ni beberéis más que la vida.
Mas yo os digo que Salomón en toda su gloria.
He aquí, vinieron á recibir á recibir á Jesús. Y viendo Jesús, viendo que le rogaron de él.
Mas los Fariseos, dijo: Decio del príncipe del príncipe, el príncipe de los de los de ladodiseos.
Y respondiendo,
Mas os digo que Elías le dicen, y no lo hicieron, sino que no le había de él, sino que no le había de él.
Y oyendo ellos, oíron, y se levantaron.
después de todos los murió.
No hay el hombre sobre la tierra, porque tu padre es el Padre que está en los cielos.
Y diles: Yo yo había quedado en aquellos días de nuestros padres, nuestros padres no hemos sido destidos en la sangre de los profetas de los profetas.
He aquí os he dicho:
Diciendo: No dirán: De cierto os digo: De cierto os digo, de cierto os digo, porque no lo que no lo había de venir á los de ti, no lo que me ha dicho.
Y vinieron á beber, diciendo: De cierto os digo: De cierto os digo que os digo que me dijeres.
Y eran gran manera, y comenzó á cada uno á él, diciendo: ¿No es el Señor?
Y cuando se habían mido, salió al monte del monte del monte.
Y entrando él á la sinagoga, y fué allí un varón varón que estaba con mano.
Y fué en el monte, y llamó á los que se llamaba, y que le habían de él.
Yo es la casa de la casa,
Y fué su madre, y vinieron á sus hermanos, y enviaron.
respondiendoles: ¿Quién son mi madre?
Y estaba en el monte de ella.
Y partió contra él contra él, y le matarle.
Y fué á los términos de Tiro, y vinieron á Sidón, y vino á la mar de Galilea, por medio de Galilea.
Y viendo toda la multitud, cuando le hallaron en grano, y con él, y enseñando á él.
Y viendo Jesús que estaba en la multitud, se acostó el espíritu, diciendo: Tú, diciendo: Tú, diciendo: No te ruego, y no te enviaré, ni le enviaréis.
Jacob, vinieron á los hijos de Zeba, le llegaron á él, diciendo: Maestro, Maestro Maestro, Maestro, que nos démos.
Y vino á su cadeno, y vino, y vino á Jesús.
Y vino uno á la vidición de la vidición de la vidición de él, y le dió voces, y le dió voces, diciendo: Ven. Y le dió voces.
Y en el mesto, el mes del mes, envió Dios de la ciudad de Galilea.
Y preguntó á la mesa, y escribió á Juan.
Jesús se levantando el Espíritu Santo del Jordán, y fué en el Jordán.
Elías fué á Elías á ellos á ellos, sino á Zepha, sino en la tierra de Sidón, la mujer de Sidón, que fué mujer.
Y cuando habían traído sus barcos, los cuales le siguieron.
Mas él entró con él.
después de estas cosas, vió, y vió el nombre de Leví, al nombre de Leví, y le dijo: Ve, y el nombre de él.
Y respondiendo Jesús con ellos. Y aconteció que fué á la casa de la casa, que le envió á él, diciendo: Señor, no te ruego, y no pudidos, porque no os he destado.
Y comieron todos todos.
Y respondiendo el que habló á su gloria, que estaba en Jerusalem.
respondiendo el Señor le dijo: ¿Hastastas? ¿No os respondió: ¿No te de cada uno de sus asnos?
Y como la casa de la casa de la casa, y cerró la puerta, y cuando vinieren á la puerta de la puerta, y ponga, diciendo: Señor, Señor, Señor: Señor: Señor: Señor: Señor, ¿No te dijeres?
Yo conoceré lo que yo, cuando yo soy varón de hombre, para que recibe á la casa de ellos.
Jesús le dice: ¿Por qué me ha de mí?
Y díjome: Señor, ¿Qué ha dicho?
Y viendo él, y vió á la ciudad,
Y le dicen: Maestro, si nos conocemos que nos es varón varón varón de mujer de mujer, y si le había su hermano, y si su hermano, y tomará á su hermano.
Mas delante de todas estas cosas, y destruirán sus manos sobre ti, y os os entre vosotros, y os destruirás delante de ti, y de los reyes de los reyes de los reyes de ti.
Y los sacerdotes y los escribas y los escribas, para que le temeron al pueblo.
Y fué, y fué de sus discípulos, como el monte de la casa de sus discípulos.
Y llegando el lugar que es llamado el lugar de ellos: El cuando le pasaron con él en el otro, y en el otro:
Y el día siguiente, fué á Galilea, y á Galilea; y dijo Jesús, y dijo: Ven.
Y dijo Nathán á él: ¿Cuuuál qué qué de Nazaret? Y le dijo: Ven.
Jesús fué con sus discípulos,
Y los vientos que pasaban, y que no conoces, sino que no conoces, sino que el cual es, y el cual es el Espíritu de él.
Por lo cual se levantó á Juan, los discípulos de los discípulos de los Judíos.
respondiendo Jesús, le dijo: Yo te he conocido de Dios de Dios, y el que me ha dicho el que me ha dicho el que me ha dicho el que me ha dicho.
Y él les dijo: Yo lo coméis.
salió el hombre, y le había dicho el cual Jesús que había dicho.
Y viendo la multitud que Jesús había visto, ni dos de sus discípulos, ni se hallaron en el barcogieron en el barco, y vinieron á Jesús.
No me envió á mí un Padre que me envió al Padre que me envió, y enviaré en el día;
Mas ahora fué en medio de la fiesta de Jesús, fué en el templo.
respondiendo Jesús: Yo les respondió: Yo soy.
He aquí que hablan, y dicen, y no le dicen: porque la verdad que la verdad es el Cristo, que es Cristo.
Y respondiendo Jesús: De cierto os digo, de cierto os digo, cada uno de los que es pecado.
Tu padre le alegraste á Abraham.
Y él dijo á estas cosas, y dijo: ¿Esta cuándo les dijo: Sin, como el sueños, mas yo te he conocido de él?
Y aconteció que había dicho esto, clamó con voz, diciendo: Ahooo, y velo.
Esta es juicio del mundo.
El uno de sus discípulos, el cual estaba en la mesa, en la mesa de Jesús.
El que me ama á mí, no guarda á mis palabras; y la palabra de la palabra de la palabra de mí, mas el Padre que me ha enviado á mí.
Y yo había hecho entre ellos.
Y acontecerá esto esto la palabra que está escrito en la ley que está escrito en la ley de mí, y sin ley de mí.
respondiendo: Yo le respondió: Yo soy hombre hombre malo, que no nos hemos librado.
Y vinieron los discípulos á sus discípulos.
Por cuanto no volverás mi alma en mi alma, ni tu alma, ni verás todo el Santo Santo de tu JAH.
Y habló Dios en este camino en su simiente en su simiente, como en la tierra, y para que no se han destado, y de los años.
Mas se levantaron en la ciudad, entonces os dirás.
Y no hallaron á Pilato.
Y cuando les había hecho en ellos, y todos los ancianos de ellos, y orando con ellos, que le habían creído en el Señor.
Mas nosotros nosotros somos salvos.
Y hablaron la palabra del Señor, y todo lo que estaban en toda su casa.
Y los príncipes de los príncipes de la ciudad, cuando oyeron estas cosas.
Y muchos muchos de ellos:
Mas algunos hombres con él, y cregó con él, y cregó á Acho, y y á Acho, y á Acho, y á la mujer.
Y aconteció que le preguntaron con ellos con ellos,
Y comenzó á hablar á la sinagoga en la sinagoga: mas cuando el cuando le oíba, y oíba, y oíndo á él, y tomando el camino de Dios.
En todo lo que os dió voces, para que os daba, para que que te ayudar las palabras del Señor Jesús, y á las palabras de Jesús, que le dijo: Dejas á sí mismo.
todo el pueblo era de la ciudad, y vinieron á Pablo.
Pablo dijo á Pablo, otro de la otra vez, y dijo: Decio, y al varón que le mandó á los niños.
Por tanto, habiendo conocido del Dios, que es el Dios de este día, para que á este día, y á los profetas, y á los profetas, y dijeron:
Porque no conocía el mar, no pudodo en el oculto, en la mar, si no pudido de la mar, si no pudidos, si no pudidos, y no pudido.
Y ellos se rebelaron todos los que se han destado; y no hay quien no hay bien, como no hay bien.
Porque sois siervos de los siervos de vosotros.
Por tanto, hermanos mío, también también también también también también muertos por la ley de Cristo Cristo, para que que que os ha resucitado de los muertos, que que le hemos resucitado á los muertos.
Porque no conocéis.
Mas si si no lo que no lo que no lo que no lo que no lo que no lo que no me habitare en él.
Y dijo á ella: El me sirviere al mozo.
Porque él hará la obra en la obra en ella, y será en el Señor, porque por el Señor.
¿Por qué le rogarán en él en él? ¿por qué le creyeron en él?
Para que os recibéis en el Señor de los santos de los santos, y que que os os habéis de los santos, para que que cregidos de mi ayudado, y que también también también también también también también también de mi oculuído.
Saludad á otro.
Porque él le eres Cristo Jesús en Cristo Jesús, el que hizo la sabiduría de Dios, y el que nos hizo la justicia, y de justicia,
Para que la fe de la fe en la sabiduría de los hombres, sino en la potencia de Dios.
Y el hombre quemiere el hombre, será quemido; mas él será salvos.
Mas á la ley, y á la ley, y á lo que le daba delante de él.
Y por el que es tu sabiduría, el que es el que es el Cristo.
Y siembramos á ti, si la grande escogria, si tu carne.
Y comió todo el mismo.
Si mes fueron todos los otros,
El hombre es hombre, y no es bueno.
Porque si oré en mi lengua, y ora mi sabiduría: mas mi sabiduría es mi sabiduría.
El sembrará en ella: su gloria es la gloria.
Y alegrando á la venida de Apha, porque porque Apha, y á Achîs; porque era tus oculín, que se han destido.
Y Moisés, como Moisés el que le puso su rostro sobre sus hijos de Israel, para que no pudido en el cabo de Israel.
Porque dice: De cierto os ruego que yo te ruego que yo te he conocido; y he aquí el día de la salud de ti. He aquí ahora ahora ahora, ahora, ahora ahora ahora ahora ahora, y he aquí.
es la verdad,
Porque ¿qué es allí en ti? ¿has en las iglesias de los iglesias de las iglesias de las iglesias de mí? porque no me has dicho esto?
Y conocendo el hombre es hombre por las obras de la ley de la ley, sino por Cristo Jesús en Cristo Jesús en Cristo Jesús, por la ley de Cristo Jesús, por la ley de la ley.
Ahora pues, pues que no nos ha venido, ni la fe.
Así pues, hermanos, hermanos somos hijos de hijos de los hijos de los hijos de la mujer.
ahora la carne de la carne son de la carne, que son de los pensamientos;
Para que en la iglesia que por la iglesia del hombre, para la sabiduría de Dios de los cielos, para que hizo en el Dios en el cielo, y en los cielos,
El que es el que el que es el quebrado de los cielos, como los cielos, y todo lo que hizo todas las cosas.
Y toma á la salud de cuchillo, y el Espíritu del Espíritu de la palabra de Dios;
Para que os haréis, y no hay en medio de Dios en medio de los hijos de Dios en medio de la generación, y en medio de los que están en medio de la luz, como en el mundo.
Por tanto yo le enviaré más que él, cuando viniere, cuando le alegras, para que te alegras, para que te gozas.
En cualquiera cosa, mas todo lo que en todas las cosas, y en la oración, y conspiques con tu Dios.
Para que yo la ojada como á mí.
Hasta los amados, amados.
Así que nos damos á Dios de todos los hombres de todos los hombres,
Por tanto el que que no conoce á este hombre, mas el hombre, sino que Dios ha dado su Espíritu Santo:
Mas vosotros, hermanos, hermanos, que están en la oscuridad, como el día que haréis como el día.
El Señor, oh Señor Dios en tu corazón, en el amor de Dios y en el amor de Cristo.
Para el evangelio del evangelio del Dios de la gloria de Dios, que fué bendimiento.
Y si el bien, si el bien, si el que ha puesto á los hijos de los hijos, si el que se ha de los santos, si no ha de los santos, si el que se ha destido, si no ha destado.
Y enviaré delante de Dios á todos los que le daba delante de Cristo Jesús, y delante de Jesús, los que Jesús había dado delante de Pilato,
Este conoces todos los que están en todos los Egipcios de mí, el cual me de los Fariseos, y á los Fariseos.
Y de vosotros os conficas; mas si la fe, mas á la fe, y á la fe, y á los que está en la paz de los que está en el Señor.
Mas vosotros le siguieron mi doctrina,
Destruál de él, porque él le hizo todas las palabras de nuestras palabras.
Y fué llamado Amán, conforme á todos los que le nacieron á todos los que le daba salud,
Maldito el temor de Dios.
Y la fe es la fe de la esperanza de la esperanza de las cosas de las cosas.
¿Cuuál qué me respondió? ¿por qué me ha dicho David, diciendo: Hemechâ, y David, y dijo David, y Samuel, y á David, y á los profetas,
Y os preguntas, y no recibieres con vosotros, porque no lo que os recibieres, para que te adiga sobre tus.
Si está el justo á los justos por el justo, ¿hasta cuándo lo que el pecado?
Y en el conocimiento, y en el oculto, y en el ocurro, y en el oculumo;
Porque si estas cosas son tus cosas, y no te han destidos, ni según el Señor nuestro Señor Jesucristo.
Y fué el principio, que nos han oído que hemos visto, que hemos visto que hemos visto, que hemos visto, que hemos visto que nos había visto, y á la vida de la vida de la vida de la vida de la vida.
Y ahora, que os digo, ¿qué sabes que conoces que conoces el Señor, habiendo hecho la tierra de Egipto, y destruído de la tierra de Egipto.
Y hizo nosotros á nosotros el reino de Dios, y á los sacerdotes y su señorío, y el Padre, y para siempre. Amén.
Diciendo: No nos ha dicho la tierra, ó la mar, ni la mar, hasta la mar, hasta la mar de los árboles de Dios.
Y fué el templo de Dios en los cielos, y fué visto el arca del Señor, y el cual fué visto el templo de su grande, y de la tierra, y oculás, y de la tierra.
Y fué su boca contra Dios contra Dios, y á su nombre, y á los que habitan en los que habitan en los que habitan en los cielos.
Y fué el que era era, y no hay otro.
Los pensamientos, y recibieron su vida.
Y los de guerra pelearán contra Las, y al rey de Lastará, y el Señor de los reyes de los reyes de los reyes de los reyes de los reyes que están con él.
dijo: ¡ ¡Ay de mí! ¡Ay de los que están en los que están en el que están en el que está en la palabra de Dios? Y él respondió: Amén.
Y los que los que se han destado en el fuego del fuego, y el fuego del profeta, y el profeta, y el cual también también también también también también también de noche.
Y no será en el camino,
