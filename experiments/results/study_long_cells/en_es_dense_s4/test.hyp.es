Y por la luz de la luz en el cielo, y la luz de la tierra;
Y dijo Dios: Enstas las aguas de los animales, y las aves de la tierras en el cielo.
Y el tercero del río es el río, y suel. Esta es el cuarto que está en el cuarto de Asiria.
Y la mujer dijo á la mujer: No comamos el fruto de los frutos,
Y todos los días de Jachîs fueron dos años de treinta y dos años.
Y todos los días de Meth, y de treinta y sesenta y sesenta y treinta años.
Y envió á él, y salió destrruvo, y de las aguas de la tierras de la tierra.
Y benditos, y dijo á sus hijos, y les dijo á ellos: Vues, y el fruto de la tierra.
Y vivió Nachîs de treinta años, después que engendró á Achîs, y engendró á los hijos de los hijos de Ammón.
Y tomó Abram á Sara mujer á su hermano, hijo de su hermano, y todos los que habían recogidos que habían recogidos en el pueblo que habían venido en la tierra de Canaán, y entraron en la tierra de Canaán en la tierra de Canaán.
Y será que cuando vinieren á Egipto, y dirán: Esta es la mujer de su mujer.
¿No es la tierra de toda la tierra de mí? ¿qué me hasta que yo te he venido á mí á la diestra, si yo te tornaré á la diestra?
Y respondiendo Abraham, dijo: He aquí, yo he aquí que yo hablar al Señor, y hablaré en el polvo.
Y Abraham dijo á la mujer de su mujer: No es mi hermana.
Y habitaba en el desierto de su madre, y á la mujer de Egipto.
Y llamó Abraham el nombre de aquel lugar de Pechîs: Jehová es este día. Y dijo: No es el monte de Jehová.
En mi cabeza, y adoraré á Jehová, y bendeciré á Jehová, el Dios de Abraham, que me ha puesto en el camino de mi hijo de mi señor: porque la hija de mi señor.
Y dió Abraham á su espíritu, y murió un hombre, y un hombre, y de edad de edad de años, y á su pueblo.
Y no hizo él, porque no le había hecho su cabello, porque sus manos.
Y he aquí que Jehová estaba sobre ella, dijo: Yo soy Jehová tu Dios de Abraham, y tu padre de Abraham, y á la tierra de la tierra, y te daré sobre la tierra.
Y concibió, y parió un hijo, y parió á Jacob un hijo de Jacob.
Y él dijo: Destruvomeme, y te daré.
Y dijo: ¿Qué te daré? Y él dijo: ¿No me daréis, no me daré, porque yo te daré?
Y huyeron con todo lo que él había hecho, se levantado sobre el río, y pasó á su rostro á Ramoth de Galaad.
Y vino á Dios en el sueño de la noche, y dijo á la noche, y dijo á él: No os digo, ni á Jacob.
Y dijo á su padre: No temas, oh señor mío, que no se levantaré delante de ti; porque no te aficaré delante de mí, mas no lo hallaba.
Y dos varas y veinte machos, y dos carneros, y dos carneros,
Y hablaron con ellos, diciendo: El hijo de Sichêm, hijo de Sichêm, y tu hija de tu hija.
Y partió Israel, y extendió su tienda.
Y él dijo: ¿Es tú un macho cabrío? Y él dijo: ¿Es tú me hasta que me das?
Como la mañana, como la luz era de los hombres, y envió sus asnos.
Porque estos dos años están en la tierra, y no hay cinco años en la tierra, y no habrá en la siega, y nunca más que no pueden.
Y habitarás en la tierra de Gos, y te levantarás á mí, á tus hijos hijos, y tus hijos de tus ovejas, y tus ovejas, y á todos los hijos de tus ovejas,
He aquí, he aquí tus ojos, y los ojos de Benjamín, y á la boca de mi boca.
Y los hijos de Nephtalí: los hijos de Beelel, y á Jedán,
Mi alma, no entrarán en su gloria; y mi gloria, no según la iglesia de su furor; porque los hombres no mataron en su furor.
Y entraron á la era de la otra parte del Jordán, y de la otra parte del Jordán, y constaron un gran manera, y con sus días.
Y sus hijos hizo á sus hijos, como les mandó que les había mandado.
Y él dijo á su pueblo: He aquí que los hijos de Israel somos hijos de Israel.
Entonces él tomó á Zichîs, y cortóla, y cortó el hijo de su hijo, y dijo: ¡Ay de ti!
Y tomó Amam, tomó su padre á Aarón su hermana á Aarón, y parió á la mujer de Moisés, y á los años de los treinta años de Amán.
Y Jehová dijo á Moisés: Toma tus vasos, y tu mano sobre tus aguas, y extendieron tus aguas de Egipto, sobre sus ríos, y sobre sus ríos, y sobre todo lo que están sobre todos los vasos de la tierra de sus vasos de Egipto.
Entonces dijo el consejo de Faraón: Esta es el Dios de Faraón: Esta es de los de lado de los de Faraón; mas no había dicho, y no les había hablado.
Y Faraón endureció Faraón su corazón, y no hizo á este pueblo.
Porque si no los no los no los no les habido,
Y levantóse Faraón en la noche, y á todos sus siervos, y todos los siervos de Egipto, y en Egipto; porque no había gran voz, no había en la casa de Egipto.
Y los Egipcios fueron construvos á la tierra de la tierra, les dijo: No son muertos.
Y Moisés puso sobre Israel sobre el mar, y desde el mar, y fuéron en el desierto, y fueron en el desierto, y no hallaron en el desierto, y no hallaron en agua.
Y dijo Moisés: Por lo que hoy es hoy, porque Jehová es el sábado.
He aquí yo os he aquí, delante de vosotros, que guardas al camino, y te sacaste en el lugar que he puesto en el lugar.
Y levantó Moisés con su siervo, y salió sobre el monte de Dios sobre el monte de Dios.
Porque la luz de la luz, para el aceite y el aceite, y el aceite,
Y pondrás debajo de la otra parte del altar, para que se levantarán, para la mitad del altar.
Y tomarás las vestiduras, y pondrás sobre Aarón, y pondrás el ephod del ephod, y el ephod, y el ephod, y el ephod, y el ephod del ephod.
Y la mesa y toda su lámpara, y sus lámparas, y sus candeleros,
Habla también también también á los hijos de Israel, diciendo: De cierto es mi sábado; porque tú está en medio de mí, para que yo soy Jehová tus generaciones.
Y el tabernáculo, su paño, y sus pañas, sus tablas, sus tablas, y sus basas, y sus basas,
El espíritu de Dios, en el espíritu de Dios, en sabiduría, en ciencia,
Entonces Moisés llamó á Bel, y á Achîs, y á todo el hombre que había puesto en todo el corazón que había puesto á Jehová, para que había venido á la obra.
Y la longitud de la cortina de cuatro codos, y cuatro codos de cuatro codos.
Y pusieron en ella cuatro piedras de ojas de Achîs, y un primero, y el primero, y el primer primer primer primer primer primer primer primer primer día.
Y puso la puerta del tabernáculo de la puerta del tabernáculo.
Todo el presente de tu presente de ti, y destarás á todo el pacto de todo el pacto de tu Dios de tus presentes, de tus presentes holocaustos.
Si alguno de los pecados, y contra Jehová, y contra su prójimo, y en su prójimo, ó en su amigo, ó en el negocio de jus, ó de jus, ó de su prójimo,
Destará él un carnero de cada uno un carnero de Jehová: y el sacerdote será el sacerdote, el sacerdote de la sangre de la sangre de la sangre de la sangre de los holocaustos.
Y puso todas estas manos en sus manos en sus manos, y los hijos de Jehová, y de ellos no los de ellos delante de Jehová.
Y púsolos el sebo, y los pechos, ymó sobre el altar.
Para que comieres de la langosta de la langostas, cada uno de cada uno según la hierba de la hierba de la hierba de la hierba de la hierba de la hierba,
No os harás destrrrruyeeee de ellos, no os darás por inmundo, para que no les con ellos.
Cuando fuere en un cordero de un carnero, y un cordero de dos corderos, ó dos mancebos, ó dos mancebos: porque dos mancebos, y el holocausto, y el holocausto, y el sacerdote, y el sacerdote será limpio.
Y tomarás dos macho cabríos, y púsolos delante del tabernáculo del testimonio.
No descubrirás de la desnudez de tu padre, ni la desnudez de tu desnudez de tu madre: no descubrirás tu madre.
Y si alguno con su hija de su hija de ellos, de ellos serán de la muerte.
Y cualquiera que ofreciere un sacrificio de Jehová,
Y púsolos en él, en ellos, y no los que los de Jehová les darán.
Y los sábados de la tierra serás, porque por tu siervo, porque tu siervo, porque tu siervo, y tu siervo, y tu siervo, y cualquiera que cualquiera que vive con vosotros.
Y si tú, ó á tu prójimo, ó á tu prójimo, ni á tu prójimo.
Cuando fuerentado el campo de la verdad, y la verdad de la verdad, será el arca de tu dinero, y el dinero de tu dinero, y el luvo.
No será destrado, ni el bien, ni destruvo, no será en él.
Y sus cada uno, y los contados de ellos, y dos mil y dos mil y dos mil y dos mil.
Y fueron los hijos de Leví por nombres de Gersón:
Y los contados de ellos, conforme á todo el número de los mes de un mes, y de diez mil mil y dos mil.
Y tomarán todos los vasos de los vasos de la guardia, y púsolos en un santuario, y púsolos con un cada uno con cada uno de cada uno, y pondrá sobre ellos, y pondrá sobre ellos.
Mas no entrarán en el santuario en el santuario, porque no ven.
Y los contados de ellos, por sus familias, por sus familias, por sus padres.
No hará su padre, ó su padre, ó su madre, ó su hermano, ó su hermana, ó su hermana, cuando vinieren en su cabeza.
Y por sacrificios de dos carneros, cinco carneros, cinco carneros, cinco corderos, y cinco corderos de un año.
Y por sacrificios de dos carneros, cinco carneros, cinco carneros, cinco corderos, y cinco corderos de un año.
Un macho cabrío por expiación.
Y á los Amalec, y habitaban en el valle, en el valle, y el desierto, y al desierto.
Y si alguno de los pecados de los pecados de un carnero, cada uno ofrecerá un cordero de un año.
Y levantó Moisés, y levantóse á Dath, y á Abiam, y los ancianos de Israel.
Y los hijos de Israel hablaron á Moisés, diciendo: He aquí, ¡Cómo somos?
Porque los hijos de Israel que ofrecieron á los hijos de Israel, como Jehová he dado á los Levitas á los Levitas, porque yo les dijo: Por tanto he dado por heredad á los hijos de Israel.
Y los hijos de Israel, vino todo el desierto en el desierto de Zil, en el primero en el primero en el pueblo. Y fué sepultado, y murió.
Por tanto está en Boooooooochîs en el valle de Jehová, en el valle de Arphán,
Y tomó todas las ciudades de Israel en todas las ciudades de los Amorrheos que habitaban en Hesbón, y todos sus aldeas.
Y tomó sube, y dijo: Destó de Aramamam hijo de Moab, de Moab, de los montes de los montes de Jacob, y á los montes de Jacob, porque á Israel.
¿Quién puedes el polvo de Jacob, ó el cuarto de Israel? ¿no me haga la muerte?
El tercer día, dos corderos:
Y sus presentes y sus holocaustos y sus carneros, y los carneros, y los corderos, conforme á sus corderos,
Y Moisés envió á la tribu de la tribu de la tribu de Phineeeeeas, y á la guerra con los vasos de guerra, y con los vasos de los vasos de los vasos de la mano de su mano.
Y he aquí que los hijos de Israel por el consejo de los hijos de Israel, á Jehová, y en el negocio de Peoo, y en la congregación de la congregación de Jehová.
Y partidos de Ruvo, y asentaron en Ceeeth.
Y con la piedra con él, para que no velo, no velo sobre él, y no lo que él le buscaba, y no buscaba su enemigo, y no buscaba,
Y la congregación entregará el hombre de la mano de la mano de la mano de la congregación de la congregación de su sangre, el cual le será de la congregación de la congregación de la congregación de la congregación de la muerte.
Destarás la tierra que no teruyeee, porque la tierra no según la tierra; porque no puede hacer hacer la tierra, porque la sangre de la sangre de la sangre de la sangre de la sangre de la sangre.
Y entrarás á mí, y dijo á todos los varones de nosotros, y dijeron: Para que nos hagan delante de nosotros, para hacer la tierra de nosotros, y á la palabra de la palabra de la palabra de la palabra de la palabra que nos haremos.
Y dije á vosotros: No temas, no temas; no los que no seáis.
Y Jehová dijo á mí: No temas, ni en la batalla con ellos; porque no te daré por la tierra de su heredad, porque no he dado á causa de la posesión de los hijos de Arttruvo.
Así ha mandado Jehová á enseñar á enseñar á vosotros estatutos, para que les habéis hecho en la tierra donde no osáis.
Mas por causa de Jehová, y á causa de vosotros, por cuanto lo que guardó á tus padres, que Jehová tus padres te sacó con mano de la casa de Egipto, y de la casa de Egipto.
El cual Jehová había hecho en tus padres, y destó á ellos, y de ellos, como hoy.
Por tanto, por tanto el extranjero, por el extranjeros en la tierra de Egipto.
Y el ocho, el zaño,
Y la mujer no tenemos vestido de los hombres, ni de las mujeres, ni de las mujeres, que cualquiera que cualquiera que Jehová es á tu Dios.
No sembrarás á tu viñas dos viñas, porque por el fruto de todo el fruto, porque el fruto que sembrado, y sembrarás la viña de la viña de la viña de la viña.
Así que sacarán á la casa de la puerta de la puerta de su padre, y de la casa de la ciudad de la ciudad de la ciudad, por cuanto constará á la casa de Israel en la casa de Israel.
El que es destruvo, ó nunca se hartará en la congregación de Jehová.
Y Moisés y los ancianos de los ancianos de Israel, diciendo: Así ha dicho el mandamiento que yo he mandado.
Mas la palabra está en tu boca, en tu boca, y en tu boca, para que te haces.
He aquí yo he puesto delante de ti, y en la muerte, y á muerte.
¿Por qué comión los sacrificios de su vino, y bebruín, y bebruís?
Entonces los hombres se volvió á los dos hombres, desde el monte de Josué, y vinieron á Josué, á Josué hijo de Nun.
Cuando los sacerdotes que llevaban el arca del pacto de Jehová, no había salido del Jordán, y los sacerdotes de los sacerdotes, y los sacerdotes de los sacerdotes que habían venido á la tierra de las aguas de la tierras, y volviéronse á su lugar.
Los varones de Achîs de treinta hombres, de ellos fueron de ellos delante de la puerta de ellos, á Sebababababa, y á la puerta de la puerta de ellos, y los pueblos, y los pueblos de los pueblos.
Por lo cual envió á Jerusalem, y á Jerusalem á Jerusalem á Peeet, rey de Jachîs, rey de Jachîs, rey de Lachîs, y á Lachâr, diciendo:
Y pasó Josué de Machîs, y todo Israel con él, y pelearon contra él, y pelearon contra ella.
Y el rey de Egón, un rey de Ado, otro rey de Gezer;
Y dijo Caleb: He aquí, y á Chîriath-ba, y tomaré á él, y á mi hija.
Achîs, Has, y Michîs,
Y desde la mar de la mar de la mar, que eran de Achîs, con sus aldeas.
Y el mediodía era del mediodía, el cual era de Chîriath-baimimim, y salió el término de la fuente de la fuente de las aguas de las aguas de la fuentes de las aguas de la fuentes.
Y salió el término de la parte del monte, y el monte de los valles de su hijo, que está en el valle de Rephán, que está en el valle de Rephán, y salió á la otra parte de la parte del mediodía.
Y habló Jehová á Josué, diciendo:
Mas ellos dió á la ciudad de la ciudad, y su hijo á Jephán hijo de Jephán, porque por heredad.
Y salió el espíritu de Jehová sobre él, y juzgó á Israel; y fué de guerra, y fué de guerra, y á Chêrón, y á Mestán en su mano.
Y pondrá su mano á la tienda, y á su diestra, y á la obra de la obra de la obra de la mano de Semememememe.
Y envió á los mensajeros de Manasés, y á todos los que habían recogido á él.
Y él se levantóse á Per, y hablaron en el camino de ellos, y le dijo: y dijo á los hombres de los hombres de Succoth.
Y entraron, y huyeron, y huyeron á Beer-seseseba, y de Abimelech.
Y los hijos de Israel que no había hecho en los ojos de Jehová, y á los Baalaroth, y á los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de Ammón, y los dioses de los hijos de Ammón, y los hijos de Ammón.
Y los términos de los Amorrheos, de los Amorrheos, desde el desierto, desde el desierto, desde el desierto.
Entonces el señor de los Filisteos trajeron á los Filisteos, que no se habían sido restidostidos, y no se levantado con ellos.
Y tomando él, tomó con él, y díjolestó con él, dijo á los Filisteos: ¡Cómo están sobre los Filisteos!
Y viendo el pueblo, vió á su alabanza; porque ellos ellos les dijo: ¡Ay de nuestro enemigo, y de la tierra de nuestro enemigo!
En aquellos días no había en Israel en Israel.
Y salió los hijos de Dan, y viendo á Michâs, y vieron á él, y volviéronse á su casa.
Y los hijos de Dan se levantaron en la imagen de Jonathán, y Jonathán hijo de Gerr, hijo de los sacerdotes, y á los hijos de Dan, y á los hijos de Dan, á la tierra de Dan.
Y él dijo á su siervo: Ve, y no de los altos, y á estos en Gabaa, ó en Gabaa, ó en Rama.
Y todos los que estaban en medio de ellos siete hombres que habían escogidos, todos los que no podían llevado de piedra.
Y los hombres de Israel se volvió á la batalla, y comenzó á los hombres de los hombres de Israel, y dijeron: No son de los treinta años que están delante de nosotros.
Y será de sus hermanos, ó á sus hermanos, para que nos haremos á nosotros, diciendo: Acemosmosmos á nosotros, porque no de nosotros, porque no podemos á su mujer.
Y fué en su alma, y oró Jehová, y oró á Silo,
Mas Hanananías no dijo: No ha dicho á su marido; porque el marido: ¿No es el niño?
Y envió Samuel á todos los días de su vida.
¿Esté yo contra mí, delante de Jehová, delante de su ungido? ¿Quién he hecho? ¿quién he hecho? ¿quién he tomado? ¿quién he aquí que yo he hecho?
Y vino Saúl á todo el pueblo que estaban con él, y vinieron á la batalla á la batalla, y he aquí que habían venido á todos los que estaban en su espada.
Y dijo Samuel á Saúl: No te volvieres con vosotros: porque Jehová te habéis sido sido sido sido sido sido dichos de Jehová.
Mas Jehová dijo á Samuel: No temas sobre su rostro, ó en el rostro de su altura, porque yo he venido á causa de él, porque no he visto; porque no he visto.
Entonces los príncipes de los Filisteos salió á los Filisteos, como los hijos de David, como los sabios que los sabios que habían quedado de los siervos de los siervos de Saúl, que había hecho su nombre.
Entonces Jonathán habló á David á su padre, y dijo á él: No te ha dicho contra el rey de su siervo, porque no pecar contra su siervo, porque no pecar contra ti, porque no pecar á causa de sus obras.
Y cuando había dicho Saúl, envió á los mensajeros, y profetizaron á Saúl.
¿Esté yo, que hasta estarado á esta parte de mi rostro?
Y vino David los mancebos sobre sus mancebos, y vinieron á todas estas palabras.
Por tanto, envió á David, y de los cielos, y de Jonathán había venido.
Y tomó David la lanza del agua, y de la cabeza de Saúl de Saúl, y no entendieron, ni entendieron que no entendieron, ni oyeron, ni según la cada uno de todo lo que había hecho sobre ellos.
Y David dijo á su corazón: Si por el día de la mano de Saúl: porque no me ha sido más más más que que yo me escaparé en la tierra de los Filisteos, y los Filisteos de los Filisteos en la mano de los Filisteos.
Y David se levantóse á sus hombres, y de los Gerón, y á Girrón, y los moradores de los moradores de los moradores de los moradores de los moradores de los moradores de Egipto.
Destaron sus cabezas, y sus brazos, y envió á la tierra de los Filisteos, á todos los Filisteos á la casa de los Filisteos, y á la casa de sus ídolos.
Y volviendo Joab de Abner, y cuando habían recogido todo el pueblo de los hombres, y de David, y no eran de David.
Y dijo Abner á David: Yo te levantarán, y todo Israel á todo Israel, para que se levantarán á Israel, para que hagas con vosotros, para que hagas en todo lo que ha dicho.
Y he aquí David los siervos de Joab, y vino en un campo, y destó con ellos; mas no había quedado con él en Hebrón, y no había quedado en él en Hebrón.
Tus manos fueron atados de tus pies, y los pies de tus pies, cada uno en el hombre de los hijos de los hijos de los hijos de ellos.
Y cuando David volviere á Jehová, dijo: No serástado. Y ellos ellos ellos ellos ellos ellos en el nañeño de ellos.
Y David habido un oído, cuando se volvió destado de los Siros de los Siros de los Siros de los Siros.
Y después de estando este rey de los hijos de Ammón, y reinó en su hijo.
Y el furor de David quemó contra el hombre, dijo: Vive Jehová, que ha hecho el hombre que ha hecho el hombre que ha hecho.
Y David el rey David al rey de Absalom, porque fué consolado de Amán, de Amán.
Cuando el cabello de la cabeza de su cada uno era de cada año en el año, por tanto, por tanto, por tanto, por tanto, por tanto que tenía dos siclos de su cabeza.
Porque tu siervo jus votos en Ass, diciendo: Yo Jehová me sacaré á mí, yo me sacaré á Jerusalem.
Y salió el pueblo en el campo de Israel, y fué en la batalla en la batalla de Ephraim.
Y Joab son las trompetas, y volviéronse de los pueblos de Israel; porque el pueblo Israel según el pueblo.
Y Joab respondió á él: No sea de los que no me llevado hoy, sino hoy. Mas el día, sino que no osáis.
Y el rey dijo al rey: ¿Es tú con él? Y dijo: ¿No respondió á Absalom? Y el rey de mi señor el rey de todos mis enemigos, el rey de todo lo que te levantarán contra ti.
Y el pueblo de la ciudad que está en el día, como el pueblo que se avergonzaron en la batalla.
Porque tu siervo lo que he pecado, he aquí yo he aquí hoy hoy, he aquí que yo he aquí á la casa de José.
Y dijo á Barai rey: ¿Cómo son los días de los días de mi vida?
Y Sachâm, el hijo de Achâram, hijo de Aram,
Y edificó David altar á Jehová, y ofrecieron holocaustos, y ofrecieron holocaustos, y la tierra de Israel, y la plaga de la plaga de la plaga de Israel.
Y su padre no le había hecho en aquel tiempo, diciendo: ¿Por qué habéis hecho?
Y Dios le dijo: Por cuanto no habéisbéis dicho, y no has dicho: porque no te has engañado, ni te has engañado por la vida de tus enemigos, sino á la vida.
Y en Machîs, en sub, en Beth-simimim, y Achîs,
Entonces Hiram rey de Tiro envió á Salomón á Salomón, que le había hecho en el rey de su padre, y en el lugar de David.
Y el cual estaba delante de la casa de la casa de veinte codos de veinte codos, que estaba en la anchura de la anchura de la anchura de la anchura de la anchura de la anchura de la anchura de la anchura de la anchura de la anchura de la anchura de la anchura de la anchura de la anchura de la anchura de la anchura de la anchura de la anchura de la anchura de la anchura de la anchura de la anchura de la casa de la anchura de la anchura de la anchura de la casa de la anchura
En la mitad de los bababababababa de una mitad, y de la mitad de la mitad de la mitad del sol, y sus tañas y sus tas.
Y el rey Salomón y toda la congregación de Israel, que se juntó con él delante de él, y no pudieron delante de las ovejas, y no podían salir.
Y trajeron el arca de Jehová en el arca de Jehová, á la casa de la casa de la casa de la casa de la casa del santuario;
Bienaventurado Jehová tu Dios, que está en el trono de Israel, en el trono de Israel, por tanto, por tanto que amó á Israel.
Destó á los de las cosas que trajos, y de los meteros, y á todos los reyes de los reyes de los reyes de los reyes de los reyes de la tierra.
Y hizo Salomón dos de oro, y de oro oro de oro, y de oro de oro.
Y serás, si oyeres á todo lo que yo te mandaré en mi diestra, y andaré mis caminos, que está en mi diestra, y guardaré á mi siervo, y á David mi siervo, y á mi siervo, y á la casa de Israel, y á la casa de Israel.
Y durmió Salomón con sus padres, y fué sepultado en la ciudad de David, y reinó en su hijo.
Y dirás: Así ha dicho Jehová, Jehová de Israel: Por cuanto yo soy en medio de ti, y de mi pueblo Israel, y á mi pueblo Israel,
Por tanto, he aquí, he aquí que yo sacaré sobre la casa de Jeroboam, todos los que se levantarán sobre el muro de Jeroboam, el muro que está en la casa de Israel, y la casa de Israel, y en la casa de Israel.
Y los hombres de la ciudad dijo á la ciudad: He aquí está en la ciudad de esta ciudad, como mi señor, como la ciudad es mi señor: mas el agua, y la tierra.
Y anduvo en el camino de los reyes de Israel, como la casa de Achâb, no había dicho á Achâb: y no lo malo lo malo en ojos de Jehová.
Y volvió á Joram en el rey de Jezreel, que había dado aviso á los Siros, cuando le hizo contra él, cuando pelearon contra el rey de Ochôzías, hijo de Judá, hijo de Judá, por cuanto fué de Judá.
Y tomó el capitán sobre la guardia, y de los Asrón, y á todos los hijos de toda la tierra, y los pueblos de la tierra de Jehová, y de la casa de la casa de la casa de la puerta del rey.
En el año año año de Joas hijo de Joas hijo de Joas hijo de Joas hijo de Joas hijo de Israel, comenzó á reinar en Samaria en cuarenta años.
Y ellos fueron sus estatutos y sus estatutos, y sus padres hizo con sus padres, y sus padres, y les seguían á ellos, y le seguían: y los cuales se habían hechos, y los que había mandado Jehová.
Y á Achîsitas, y á Zachîsai, y á los hijos de Sechîs, á los hijos de Achîs, y á Achîs, y á los dioses de los dioses de los dioses.
Y cuando él le dijo: He aquí el rey de Etitititititititititiopó contra ti, diciendo:
Ahora pues, pues, oh Jehová nuestro Dios, para que yo te ruego, que todos los reinos de su reino, para que tú eres el reino de la tierra.
Y dijo á Ezechîas: Oid palabra de Jehová.
E hizo lo malo en ojos de Jehová, después de las abominaciones de las abominaciones de las abominaciones de los hijos de Israel.
Mas no oyeron, no obedecieron á Manasés, y de ellos, que los malos lo malos lo malos que los hijos de Israel.
Y fué Josías de edad de veinte años comenzó á reinar, y reinó reinó reinó reinó en Jerusalem. Y su madre fué de Jechîrías hijo de Boías, hija de Boo.
Y salió el rey á la casa de Jehová, y todos los moradores de Judá, y á todos los moradores de Jerusalem, y los sacerdotes, y los profetas, y á todos los profetas, y á todos los profetas, y en la casa de Jehová, y en el libro de la casa de la casa de la casa de Jehová.
Y los hijos de Seir: sus hijos de Ammón, Sebaba, y Ananón, y Anan, y Achîs.
Los hijos de Nechîsías: sus hijos, y sus tres.
Y los hijos de Caleb hijo de Jephán, hijo de Elchâr, y Elam, hijo de Elam, hijo de Ela.
Y hallaron en el rico, y á la tierra, y de paz, y á los que habitaban delante de los que habitaban delante de los que estaban delante de los que estaban.
Porque Judá se sentó á sus hermanos, y vino del príncipe; mas el príncipe de la noche.
Y el hijo de El hijo de El hijo de Joelel, hijo de Azarías, hijo de Zephías,
Y á los hijos de Merari por sus familias, conforme á las familias de la tribu de Rubén, y de la tribu de Gad, y de Gad, y de la tribu de Gad,
Hesbón con sus ejidos, y sus ejidos, y sus ejidos con sus ejidos.
Y fueron los hijos de Soimim, y los hijos de Bimimim, y los hijos de Husim, y los hijos de Achîs.
Los hijos de Azel, los hijos que son Bchîs, Sebaías, Sebaías, Sebaías, y Sebaías, y los hijos de Hanananías, y los hijos de Azel.
Y salió David á todo Israel á Baal, para que está á Chîriathimimimim, que hirió á Judá á Judá, desde el arca de Jehová.
Y entraron á Baal, y á Baalim, y dijo á David, y dijo: y dijo David mi mano á mi mano de mi mano, como la mano de mi nombre.
Entonces David salió el rey en el rey de Jehová, y dijo: ¿Quién soy Jehová, y yo, y lo que me habéis hecho mi casa?
Entonces Sadoc hijo de Sadoc hijo de Sadoc, y á Abiathar hijo de los sacerdotes;
Y vinieron los hijos de Ammón, y pusiéronse en la puerta de la puerta de la ciudad, y á los reyes que estaban en el campo.
Los hijos de Gerón: sus hijos de Sebel.
Y ellos ellos fueron de los de ellos en el santuario, por los príncipes de los príncipes de los príncipes de Dios, y de los príncipes de los hijos de Leví, y los hijos de Eleazar, y los hijos de Eleazar.
Y todos los hijos de los hijos de los hijos de Dios, que se levantaron en el cuerno de Dios.
Porque reinó veinte y veinte y á sus hijos, y sus hijos, y sus hermanos,
Y después de Ahiphel hijo de Joiada fué de Joiada, y á Abiathar hijo de Joab.
Miras, oh Jehová, la gloria de la gloria, y la gloria de la gloria, y la gloria, y todo lo que está en todo lo que está en la tierra, y en el reino de tu cabeza, como Jehová es tu cabeza.
Y dos columnas, dos columnas, dos varas que estaban sobre los dos varas de los dos columnas, las dos columnas de las dos columnas de las dos columnas de dos columnas,
Ahora pues, Dios mío, Dios, yo seré tus ojos, y tus ojos, y tus oídos oídos en el lugar que está en este lugar.
Y dió el rey Salomón al rey de Sebababa, todo lo que tenía más que había más más que que había dado á la tierra.
Y cuando él se levantaba de Jehová, así no se volviendo á él, ni destruvo, y no había hallado en Judá.
Y sacrificaron á Jehová á la mañana, y holocaustos, y sacrificaron en el perfume perfumes en la mesa, y en la mesa de la mesa, y sus lámparas, y sus lámparas á la tardes á la tarde de Jehová, sino á la tarde de la tarde.
Mas la causa de Jeroboam según la parte de ellos, así fueron delante de ellos, y los que estaban delante de ellos.
Entonces los hombres de Judá dió voces á los hombres de Judá, y á los hombres de Israel, é hirió á Israel.
Mas no oye, porque no había oído de Dios, para librar á los enemigos de su mano, por cuanto no buscaron á los dioses de Edom.
Y los hombres de los hombres que habían quedado delante de los cautivos, y á todos los príncipes.
Por cuanto me desampararon, y los quemieron á dioses ajenos, para quemieron á causa de mí, por tanto, por tanto por tanto por tanto, y no será sobre este lugar, y no será sobre este lugar.
Y fué de edad de treinta años, cuando comenzó á reinar, y reinó en Jerusalem, y reinó en Jerusalem.
Y los hijos de Arachâ, siete y cinco y cinco y cinco.
Entonces estaba con sus hijos y sus hermanos, y sus hijos, y sus hijos de Judá, y á los hijos de Judá, en la casa de Dios de Dios:
Y ahora ahora ahora ahora á esta ciudad, si el muro de esta ciudad, no se edificarán en el muro, ni destrruvo, y de los reyes, y de los reyes de los reyes de los reyes.
Destó el rey á la provincia de Judá, y á la casa de Judá, que está en la casa de Dios, que está en el muro que se edificado en el muro de la obra de la obra.
Y los hijos de Israel, los sacerdotes de los sacerdotes, y los hijos de los hijos de los hijos de la casa de Dios.
Y vino á Jerusalem en el mes quinto, que estaba en el séptimo año del rey.
De los hijos de Joab, hijo de Obaías hijo de Sebaías, y dos años.
Y de los hijos de Seth, hijo de Jothías hijo de Jophías, y con él.
Y el peso de la plata, y oro, y el oro, y los vasos de la casa de nuestro Dios, que ofreció su rey, y sus príncipes, y sus príncipes, y sus príncipes, y sacrificaban.
Y entramos á Jerusalem, y hallaron tres días.
Y Machîs, hijo de Rechâchîs, príncipe de Beth-sechîs, en la puerta de Hachîs, y edificaron sus puertas, y edificó sus puertas, y sus puertas, y sus puertas, y sus puertas, y sus puertas, y sus puertas, y sus puertas.
Después de él restauró Meth, hijo de Habías hijo de Habías hijo de Habías, desde la puerta de la puerta de Eliasasasasasasasas, príncipe de la casa de Elias.
Mas cuando había oído babababababababado, y el muro, y en el muro, y envio, y de los Judíos;
Los hijos de Sos hijos de Has, dos mil y dos mil.
Y la puerta de los hijos de los hijos de Achîs, los hijos de Bel, los hijos de Talón, los hijos de Amán, los hijos de Amán, los hijos de Amán.
Los hijos de Egías, los hijos de Amán,
Y no obedecieron á causa de ellos, y no de tus maravillas, sino que ellos les habéis de ellos, y destado en su rostro, y destó á su misericordia, y á Dios, y á su misericordia, y á Dios, y á Dios, y á su misericordia.
Y de los sacerdotes: de Jedías hijo de Jochâchîchîs,
Y estando esta palabra delante de Eli sacerdote, que estaba sobre la cámara de la casa de nuestro Dios,
En aquellos días también he visto los Judíos que habían quedado de los Judíos que habían quedado de Ammón,
Y en el mestruye en todas las provincias des, para matar, y matar á los Judíos, y á todos los Judíos, y á los hijos de los Judíos, y á los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos, y á los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los Judíos, y á los Judíos, y á los hijos de los hijos de los hijos de los hijos de
Y ellos dieron aviso á Mardochêo.
Y salió Amán, el día de alegría, y todo el corazón de Amán, cuando había visto en la puerta del rey, ni no lo que había de la puerta de la puerta de Mardochêo.
¡Ay de mí! ¡Ay de mí, y toda mi aflicción, y en el pastruvo.
Vuémeme, y me resperé mi paz.
Porque somos de la sombra de la tierra, y no conocemos; porque nuestros días, porque nuestros días están en la tierra.
Si digo: No me condeno, no me construí conmigo.
Yo soy de los impíos, de mí: yo soy mi cabeza, no soy mi cabeza, y no hentaré mi cabeza, y de mi cabeza.
Yo soy como un vestido, como un vestido, como un vestido de un vestido, que espeto.
¿No te apartas contra tu espíritu, y á la boca de tu boca de tu boca?
Destó mis hermanos de mis hermanos, miruvo de mí, que son destado.
Por tanto, por tanto, son destruvos,
Enstrrrruvo y las aguas, y los que comenn.
Yo os digo, y no me responderéis, y no mesté.
Si yo he puesto mi padre contra el padre, porque yo he visto mi padre en la puerta.
Si comiere sus frutos, ó su dinero, ó su vida;
Y librará la aflicción de la aflicción, y sus oídos en sus oídos.
¿No eres el pueblo de noche, cuando está en su lugar?
No Quuuuíficas, porque por este escogido.
He aquí Dios está en su potencia: ¿quién es éste?
Enstó á la nube, y la nube de la nube, y las nubes de la nubes.
Sus manos cons manos, y añeño, y te mandión.
Para juzgar el padre, y el hombre, y el hombre de la tierra.
Al Músico principal: Salmo de David. ¿Hasta cuándo me olvidado? ¿cómo me olvidará?
Y los extranjeros tomarán, y la fortaleza de su fortaleza.
Destruye de él, y por las generaciones será dicho.
En mi aflicción y mis pecados y mis pecados.
Y si yo he hablado de Jehová, que yo buscaré en la casa de Jehová, para que yo habitaré en la casa de mi vida, y mi vida, y no ve en su gloria.
Y volvistes mi ira en medio de mí; porque tú me habéis destado, y destado,
Jehová el consejo de las gentes, no lo que no según las gentes.
Y los impíos han venido á cuchillo, y de los pobres, y á los pobres y á los pobres y á los pobres, y á los que están sobre los que están sobre los pobres.
No me constrruíme de mí, oh Jehová, oh Jehová tu misericordia.
¿Por qué está en mi alma, oh alma, ¿por qué está en medio de mí? porque Dios me ayudaré en mi Dios, porque yo te ayudará mi salud, y mi Dios, y mi Dios mío, y mi Dios.
Sus manos contra sus amigos contra sus amigos.
Al Músico principal: Salmo de Achîs: nunca me ha venido á David, cuando David, cuando David ha venido á Saúl, cuando los pecados de mí, para que me habéis de mí, en la sombra de mi alma, para que me habéis venido á mí.
Y serán dados sobre la potencia de la fortaleza de la espada.
Cuando ofrecieres á las bestias de las bestias de cada carneros, cada carneros de carneros. (Selah.)
Y habitaste allí en la congregación, oh Dios, y tus pobres pobres.
Al Músico principal: Salmo de David: Salmo de David.
En todos los que buscan, y alegran en los que están en tu salud: ¡Ay de Dios!
Mi boca será mi boca con tu boca, y tu gloria con todo aquel día.
Y á la tierra de trigo será de la tierra, será como el fruto, como el Líbano.
Levántate, oh Dios, oh Dios, oh Dios. ¡Ay de ti!
Empero yo digo, para siempre siempre:
Empero ellos ellos se levantaron contra él, para pelear contra el Altísimo.
Y también también también los sacó delante de ellos delante de ellos, por heredad por heredad por heredad, y habitaron en la tribu de Israel en sus tiendas.
Mirad á Dios de los ejércitos, oh Dios, y á tu rostro.
Envo envo, y yo te he puesto en el lugar de los ejércitos; y dije en el lugar de ti. (Selah.)
Salmo de Asaph. Salmo de Dios.
Porque Jehová es el Dios, y el escudo de Jehová, y á la gracia de la gloria de los que no pueden bien.
En el Señor nuestro Dios de nuestro Señor nuestro Señor, y de la obra de la obra de nuestras manos.
En el pecado de la tierra de la tierra, no será más que no más más que mi alma.
Por tanto que él les había jurado en el desierto,
Para que según su simiente entre las gentes, y en la tierra.
Entonces clamaron á Jehová en su angustia, y libraron de ellos.
En mis enemigos se construvos de ellos.
No son las obras de Jehová, por todos los que en todos los que en ellos.
Y viendo el mar, y huyeron, y huyeron; y los echaron el Jordán.
Cuando ofrecieres á los sacrificios de Jehová, y sobre el nombre de Jehová.
Yo he venido mis manos á tus mandamientos, que yo amaré en tus estatutos.
Mi carne de la carne de tus temor de tus temor.
SENNENENNENEstuuéntas, mas no me acentas en tus palabras de tus palabras en tus palabras de tus palabras.
Yo soy Jehová tu esperanza, oh Jehová tu salud.
El Hijo de Achîs: no había sido sido sido sido sido sido sido sido en Israel, que no digan:
Porque Jehová ha escogido á Sión: porque su morada.
Mirame en medio de mí, y en tu mano sobre mí.
Oh Jehová, mi espíritu, oh Jehová, mi espíritu; no mes de tu rostro, que yo me he venido á mí, que no he venido á los que se levantan.
Y daño como naño, y como espartruvo.
Y el alabará el nombre de Jehová, y les mandó, y fueron mandados.
Por tanto andando en el camino de los hombres, y guardan el camino de los justos.
Y el que está en su prójimo á su prójimo: cualquiera que no será inmunda.
Bienaventurado el hombre que oye, cada día de mis puertas, en mis puertas.
En la multitud de las palabras de la iniquidad de la iniquidad, mas el que no espó sus labios.
¿No hay sabios, ni los sabios, sino en la multitud de la multitud de los cielos?
El que no puspó su alma, sino á su alma, sino á los que oyen.
Y el rey del rey es como un león como un león, sino el león, sino la hierba de la hierba.
Destrrrrutas, y aprendarárá el consejo, el que ama, y el entendimiento.
No puedes bien, ni bien, dice el bien, dice el camino: mas el camino, mas cuando es el camino.
Destando por los tesoros de la lengua de la lengua de la muerte.
No Quuuuís en la piedra de piedra; no según el campo del campo,
Como los cielos hizo los cielos, y á la tierra, y á los reyes de los reyes de los reyes.
El menester menester menester menester menester menesteroso es el pobre, que no se acepetos.
El que es el que se levantado; mas el que confiará en el que confiará en Jehová.
Si en mi corazón he aquí mi corazón, que mi carne con mi corazón, y de mi corazón, y contendimiento, para que yo he aquí que yo he aquí que yo he visto, para que yo he aquí que los hombres de los hijos de los hombres.
Y sé que cualquiera que Dios, será hecho para siempre; y no lo que no puedentido á Dios, ni de lo que le ha hecho delante de él.
Acho que son más más más más más que no tienen bien.
Y he visto todos los que andaban debajo del sol, que estaban con los que estaban con él, el sol.
Y volvé mi corazón, y conocer á mi corazón, y buscar á la sabiduría, y buscar á la sabiduría de las cosas que no conocer, y conocer que es la iniquidad, y el que es la iniquidad.
Mi amado amado es como un mancebo, y he aquí, he aquí, he aquí en el muro de la parecla, mi viento.
Tus labios son semejantes labios, como la boca de la boca de la boca, como un templo.
Tu boca está como el vino como el vino, para que entran mis labios, y de mi amados, como los labios de los que son de los que están.
Cuando fueres hechos, y comerás, y comeréis el bien de la tierra.
En aquel día saldrá, diciendo: No será en la casa, ni en mi casa, ni en mi casa, ni de mi casa ni de mi pueblo.
Y tomarás mujeres, un hombre en aquel día, diciendo: Nosotros comemosmos nuestro pan, y comamos nuestro pan, y nos llamaremos á nuestro nombre.
Jehová harás sobre tu pueblo, y sobre tu padre, y sobre tu padre de la casa de Ephraim, no se fué de la casa de Ephraim, desde el rey de Judá.
Porque todos los brazos de los brazos de la guerra, no habrás vestidos, y en el fuego, porque el fuego, porque el fuego.
Y será en el temor de Jehová; no juzgará á los ojos de los ojos de sus ojos de sus ojos;
Achîs, el pueblo de muchos pueblos, como la mar de la mar, y las gentes de las gentes, y las gentes de las gentes de las gentes que están como las aguas de las aguas de las aguas.
Y será por señales, y por testigos de los ejércitos en la tierra de Egipto, por cuanto se levantarán á Jehová, y destará á causa de ellos, y destará, y librará.
Destará Jehová á Egipto, y volviéronse á Jehová.
Y tomó la guardia de Judá, y miré en el día de la casa de la casa de la casa de la casa de la casa.
Por tanto, por tanto el pueblo de la ciudad, y te temerán.
¡Ay de la corona de la soberbia de la soberbia de Ephraim?
Porque dijisteis: Por cuanto habéis hecho en la muerte, y nosotros somos en el sepulcro, cuando están en el sepulcro.
Porque el sepulcro de la alabanza de ti, no puedes á ti.
En aquel día, no soy el día; no librar de mi mano. ¿No es mi mano?
Diciendo á los que son levantan: Vend á los que están en tinieblas: ¡Ay de las calles: ¡Ay de la senda, y sus ejidos, y todos sus ejidos, y todos sus ejidos.
Yo Quuuuuuuéntas de sacos.
Mirad á Jehová será hallado en él.
No será oído, ni tu tierra, ni en tu tierra, ni en medio de tus términos: mas tus muros puertas, y tus puertas, y tus puertas.
Si gozaré en Jerusalem, y en mi voz, y la voz de la voz de la voz de la voz de la voz de su clamor;
Porque he aquí, he aquí Jehová, Jehová con fuego, y sus carros será semejante á los carros, y á su furor; y su furor con su furor, y con su furor.
Porque en el cielo, y los cielos, y la tierra que yo hice delante de mí, dice Jehová tu simiente.
Y también también también también también con tu cabeza sobre tu cabeza, porque Jehová tu cabeza en los que estáis en los que están con ellos, y no les servirán con ellos.
No digan en su corazón: No temas, oh Dios de nuestro Dios, el que da la lluvia, y la lluvia á la lluvia, y en el tiempo, y en el tiempo de sus tiempo de la siegas.
Y oímos sus manos. Destemos sus manos; y de la desnudez de nosotros.
Cualquiera que no son de su prójimo, y no confiada en el hermano de su hermano: porque cada uno cada uno cada uno, y será semejante á cada uno.
Tustaronstarons, y destruvaron, y destaron en el fruto de su boca, y en su boca.
Y fué la palabra de Jehová á mí, diciendo:
Dad á Jehová tu gloria delante de tu Dios, y á tus pies, y de tus pies, y de los montes, y mirando á la muerte, y á la sombra de la sombra de la muerte, y en tinieblas.
Por tanto, yo descubriré tu rostro sobre tus rostros rostros rostros,
Tú dirás á esta palabra: Tus ojos de mibruín á mi día, y no los que no los destruye en mi pueblo: porque la hija de mi pueblo es mi pueblo.
Y fué la palabra de Jehová á mí, diciendo:
Por tanto, entre los hijos de hambre, y dando á la fortaleza de ellos, y sus mujeres, y sus viudas, y á sus mancebos y á sus mancebos, y á los mancebos en su espada.
Esta es esto que yo ha dicho á este lugar, dice Jehová, y á los moradores de esta ciudad.
Mas no he venido á estos profetas, mas no les hablaron á ellos.
Y he aquí Jehová, he aquí que dos carneros, he aquí que había puesto delante de Jehová delante de Babilonia, después de los cautivos de los cautivos de los cautivos de Judá, y de Judá, y de Judá, y de Judá, y á los príncipes de los príncipes de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y á los príncipes de Judá, y de los príncipes de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá,
Y haré con ellos á cuchillo, y constrrruyeee á cuchillo, y destaré á todos los reinos de la tierra, y á todos los reinos de todas las gentes,
Porque he aquí, he aquí los días, dice Jehová, dice Jehová, yo he aquí mi pueblo Israel, y mi pueblo Israel, dice Jehová: Si yo, que yo he venido á la tierra de la tierra, y á sus padres.
Y he aquí yo los sacaré de la tierra, y los juntaré de la tierra de los ciegos, y con la tierra, y con la mujer de la mujer, y á la mujer de la mujer de la mujer de la mujer de la mujer de la mujer de los que se juntarán.
Así ha dicho Jehová: Así ha dicho el día de mi pacto de mi pacto, y no habrá en el día de noche,
Y serántado delante de Jehová, y volvieren delante de su camino: porque Jehová ha dicho contra este pueblo, y contra este pueblo.
Y el rey estaba sentado en la casa del mes en la casa de un mes, y en el fuego en el fuego.
Y los Caldeos saldrán á esta ciudad, y pelearon contra ella.
Y fué palabra de Jeremías á Jeremías á los Judíos que habitaban en la tierra de Egipto, que habitaban en Michîs, y á Zachîs, y á Tan, y en la tierra de Parar, diciendo:
Y en el cada uno de los mozas de los cada uno de sus carros, á los carros de sus carros, cada uno de su cada uno de sus padres, no los hijos de los hijos de sus padres, porque no son sus padres.
Dad á los hijos de Moab, para que construvo, y sus ciudades, y no habitarán en medio de ellos,
Porque así ha dicho Jehová: He aquí, como un hombre, como segará contra suas, y extenderá contra Moab.
Cedeeeeeeecla es la fortaleza de los hombres, y los valientes de Moab, como la mujer de Moab será en la mujer de la mujer.
Y destruyee de ellos, porque él ha dicho contra Jehová.
Porque tus fortalezas, oh corazón de tu corazón, que habitaréis en la piedra, que habitar en la piedra de la tierra de los collados de los collados de los collados de tus collados, como Jehová tus que yo te sacaré.
En el muro de fuego, y de Damasco, y dejará el palacio de la guardia.
¡Ay de las gentes, y de las gentes, y de las gentes, y pongas, y nunca son destruvos, y dirás: ¡Ay de los ídolos!
Cuando fueres ovejas, y destruído los leóns; y los echaban el rey de Asiria, el rey de Asiria, y destruvó á Babilonia.
Porque los destruvos sobre Babilonia, y sobre los valientes; y los valientes están en el cada uno de Jehová, porque Jehová está en el Dios.
Y en el año veinte años de Nabucodonosor Nabucodonosor, y dos de Jerusalem dos de treinta y dos años.
E hizo pecar en los altos, como los que han sido muerto.
Jehová es bueno á los que esperan á los que buscan á los que buscan.
¡Ay de mi cabeza sobre mi cabeza? Y dije: Yo soy.
Mas ellos envolgarás en ellos, y de los cielos de Jehová.
Porque el monte de Sión, que está en ella, y andaña sobre ella.
Todos cuatro rostros de cada uno cada uno de ellos.
Y los pies fueron los pies de los pies de sus pies, como el carnero de los pies de un carnero, y no se acecharon como metal.
Y dijo á mí: Hijo de la casa de Israel, para hablar á la casa de Israel.
Tomarás á la casa de hierro, y en el muro de la ciudad entre vosotros, y pondrás á la ciudad: y será tu rostro, y será destado, y será sobre la casa de Israel.
Porque yo he puesto la iniquidad de su iniquidad á ti, á tres días de tres días, y de la iniquidad de la iniquidad de Israel.
Por tanto, así ha dicho el Señor Jehová: Por cuanto habéis visto, y he aquí, he aquí yo, he aquí yo soy el Señor Jehová.
Hijo del hombre, ¿No han tomados de sus ídolos, y púsolos delante de sus rostros delante de ellos?
Para que tu cabeza en el lugar de tu cabeza, en el camino de tu cabeza, y por todas las calles, y nunca en las calles, y nunca hay en la tierra.
Y Faraón con su ejército, y no le ayudará en la guerra, cuando se levantaron, cuando se levantaron á la guerra.
Porque ha hecho el juramento por el juramento, y he aquí que había dado su mano, y he aquí que él había hecho todas estas cosas.
¿No no pueden comer?
¿No habéis dicho: ¿Por qué ha dicho el hijo de la iniquidad de la iniquidad de la iniquidad de la iniquidad, y ha hecho la ley que habéis hecho mi padre, y habéis hecho mis estatutos, y habéis hecho, y lo que les ha hecho.
Mis sábados son sábados, y será entre mí, para que yo soy Jehová tu Dios, para que yo soy Jehová tu Dios.
Y dije: ¿Qué les dijo: ¿Qué habéis hecho el lugar de mí? ¿No es su nombre?
Y será de ellos, como de ellos en sus ojos, que han jurado á causa de ellos, sino que me ha jurar á mí.
Y tus pestarás, y destarás, y destarás, y tus pechos, y yo he hablado: porque yo he hablado el Señor Jehová.
Y sentóse sobre él, y se sentóse delante de ti, y en la mesa de mi perfume, y en mi aceite.
Entonces dije de un varón que estaba en medio de la tierra, y dirán á la mujer de ellos, y con ellos.
Así ha dicho el Señor Jehová: Por cuanto han tomado á los Filisteos, y destó constrruvo constrruvo constado.
Y yo te sacaré con los quemieren en el tiempo de los pueblos, y habitarán en el tiempo de la tierra, en la tierra de la tierra de los que están en la tierra de los que están en la tierra de los que están en la tierra de los que están en la tierra de los que están en la tierra de los que están en la tierra.
Los varones de Gebaba, y sus sabios, y de tus tañas en el arca de la mar, con los cuales están en el arca de tus tañas en tus.
Destaron á Jachîs, y con tus de guerra; porque de guerra, y de guerra, y de hierro, y en medio de hierro, y en medio de mí.
Y sabrán que yo soy Jehová en medio de Egipto, y en todo el fuego, y destruvo.
Y pondré sobre los montes, y sobre los montes, y el valle de tus.
Y los valientes que hablarán en medio de él, el sepulcro de los sepulcros de los muertos: y los incircuncisos serán muertos.
Tú, hijo de los hijos de los hijos de tus hijos de la justicia, no librará en el día de su maldad; porque no lo librará en el día de los impíos, ni en el día de su maldad, ni en el día de su maldad.
Y profetizaron á mí, y vinieron en el espíritu, y entraron en ellos, y habitaron sobre sus pies, y en gran ejército.
Así diles: Así ha dicho el Señor Jehová: He aquí he aquí que yo he aquí, que está en la mano de Israel, y en su mano de Israel, y con sus tribus, y con ellos, y con ellos serán con ellos, y con ellos, y en la mano de Judá.
Y los que habitarán por la tierra; y cuando viniere el hombre, cuando el hombre que se levantará, y se levantarán portará en el valle de la plaza de la plaza de Gogón, en el valle de Gogón.
Y en el atrio de los atrios que estaban en el atrio de Palalasasasasasasas, y de la otra parte de lado.
Porque el príncipe de él se sentará en el príncipe, y comerá delante de Jehová.
Destarás esta tierra, conforme á la tribu de Israel conforme á la tribu de Israel.
Entonces Daniel dijo al rey: ¡AVÁ!
Por tanto Jehová ha dicho sobre el mal, y sacó sobre nosotros; porque Jehová nuestro Dios es nuestro Dios, que no obedecimos en su voz, y no obedecimos su voz.
Y en el principio de tu mandamiento de tu mandamiento, y he dicho á ti, y os digo: por tanto, por tanto, y el negocio.
Y he aquí que en la imagen de los hijos de los hijos de mi boca; y dije mi boca, y dijo á mi boca, y dijo: ¡Ay de mí!
El rey se enseñoreará, el rey que se enseñoreará con su señor, conforme á su señor.
Y la era del vino, y el vino, y no los de ellos, y el vino.
Y andarán á Jehová, que andará como un león como león, y los hijos de los hijos de los hijos.
Y fué la palabra de Jehová, vino á Joelel hijo de Pel.
Y el presente, y los de la casa de Jehová son de los sacerdotes, y los sacerdotes.
Y pondré su sangre, no limpiaré en medio de Jehová, porque habitaré en Sión.
Jehová ha jurado por la soberbia de Jacob, porque no olvidaré sus obras.
En el día que estaba sobre la otra parte, en el otro día que llevaba á sus puertas, y entraban en sus puertas, y entraban en Jerusalem, y entraban en Jerusalem.
Al pueblo, oh pueblo de todos vosotros, oh pueblo, oh tierra, y todo lo que está en el Señor Jehová.
Por tanto también también también he hecho constado, yo he hecho tus pecados.
¿Quién está delante de su ira? ¿quién según su furor? ¿No es la ira de fuego, y el fuego?
He aquí yo contra ti, dice Jehová de los ejércitos, dice Jehová de los ejércitos, y á los mancebos, y la espada, y de tus mancebos, y de tus mancebos, y de la tierra de tu voz de tus mensajeros mensajeros.
Y el cada uno, y de la espada, y la espada de cuchillo, y de la lanza, y á la guerra, y de la gente de un moza de un moza, y no hay en el tiempo.
Entonces dijo el ángel que hablaba con mí, dijo: ¿No sabéis lo que yo?
Porque yo Jehová, no acecho; pues, pues, no sois hijos de Jacob.
Por tanto, no os digo: ¿No comeréis tu vida? porque lo que comieres lo que comieres, ni beberéis tu carne, ni tus vestidos, y no más más más más más más más más más más más más más más más más más más más más más más más más más más más más más más que que que que tus vestidos, y tus vestidos, y la vida.
Porque yo os digo que Salomón en toda la gloria de su gloria, no había como estas cosas.
Y he aquí todos los de la ciudad salió á Jesús, viendo que le rogaron, y le rogaron de ellos.
Mas los Fariseos dijo: Destó el príncipe demomomomomomomo,
Así ha dicho: Desta el camino de los de lado.
Mas yo os digo, que no habéis venido á él, y no le conocieron, sino que todo lo que no lo que se pueden que según el Hijo del hombre.
Y cuando oyeron, oíron, y entraron, y salió.
Y después de la mujer de la mujer murió.
No hay hombre sobre la tierra, porque tu padre es tu Padre, el que está en el cielo.
Y dirás: Yo soy en los días de nuestros padres, no hemos sido sido sido sido sido sido sido en lamento de la sangre de los profetas.
He aquí yo he dado delante de ti delante de ti:
Y dirás: De cierto les dirás: De cierto os digo, porque no os digo, porque no me habéis de las cosas de estas cosas de estas cosas que no me ha de mí.
Y ellos comieron, diciendo: De cierto os digo: De cierto os digo.
Y ellos estaban en gran manera, y comenzó á él, diciendo: ¿No es el Señor?
Y cuando habían quedado en el monte de bababatruéron á los montes del monte.
Y entrando en la sinagoga, y allí un hombre que había un hombre que estaba en la mano.
Y él salió en el monte, y llamó á sí, y á los que se llamaba él.
Yo es la casa de la casa de contra la casa, para que no pueden.
Y vino sus hermanos, y vino á sus hermanos, y vinieron á él á él.
Y respondiendo él les dijo: ¿Quién eres mi madre?
Y en el monte de su gran gran gran gran gran gran manera, y destando.
Y Herodesó Herodes contra él, y mataba á él, mas no pudieron.
Y salió al término de Tiro y de Tiro, y vino á la mar de Galilea, por medio de Galilea por medio de la mar.
Y luego todos los de la multitud de él, viendo, y vividaron á él,
Y viendo Jesús que vino una multitud, vino un espíritu, diciendo: Tu espíritu, diciendo: Vosotros ha dicho: Vosotros ha dicho: Vosotros he aquí que yo os mandido, no te he aquí, no te mandido.
Y Juan Juan, Juan, y los hijos de Zeba, diciendo: Maestro, diciendo: Maestro, lo que hagamos que nos hagamos que lomos.
Y volviendo á su vestido, y vino, y vino á Jesús, y vino á Jesús.
Y corriendo, y un coño de la vivo de la vivo, y dióle á beber, diciendo: Ven, diciendo: Quuéntas, y la otra parte de él.
Y en el mespó el segundo ángel de Gaelelel hijo de Dios de Galilea,
Y él le preguntó una mesa, y escribribribó á Juan.
Y Jesús, llenos del Espíritu Santo, se volvió del Jordán, y fué en el espíritu en el desierto.
Y no había enviado á ellos de ellos, sino á la tierra, sino á la mujer de la mujer de la mujer de la viuda.
Y cuando habían traído á la tierra, y le seguían, y le seguían.
Mas él oró con él en el desierto, y oró.
Y después de estas cosas salió, y vió un nombre de los escribas, dijo á los escribas, y díjoles: ¡Ay de mí!
Y aconteció que Jesús se fué de ellos, no había de la casa de la casa, diciendo: Señor, diciendo: Señor, no te he venido á ti, porque no he venido á ti, porque no he venido á mis.
Y comieron á todos los doce; y los doce carneros que habían recogidos.
El cual habló en la gloria de su gloria, que se apartaba á Jerusalem.
Por tanto, respondiendo el Señor le dijo: ¿Estas? ¿No es de su cada uno cada uno de su cada uno de su asno?
Cuando viniere sobre la casa de la casa de la casa de la puerta, y la puerta, y la puerta del Señor, diciendo: Señor, diciendo: Señor, diciendo: Señor, diciendo: ¿No te dirás?
Yo sé que yo soy hombre, cuando yo soy hombre de la casa de mí, para recibe en la casa de su casa.
Y respondiendo Jesús, le dijo: ¿Por qué me llamas? No es bueno.
¿Qué habéis de mí? Y dijo: Señor dijo: Señor, para ver.
Y cuando él vino, viendo la ciudad, y vino sobre ella,
Y ellos le dijeron: Maestro, si nos ha sido escrito á un hermano de un hombre, ó mujer, y el niño de su hermano, y tomare á su hermano, y á su hermano.
Mas todas estas cosas que habitarán sobre sus manos, y te añerán á la sinagogas, y de la cárcel, y á los reyes de mi nombres y á mi nombre.
Y los sacerdotes y los escribas que buscaron á los escribas á la muerte.
Y salió, y salió á su costumbre, y fué de Ogra, y los discípulos de sus discípulos.
Y cuando entraron á aquel lugar, diciendo: Destaban en el cada uno con él, y en el otro otro otro otro otro.
Y aconteció que el día siguiente, fué hallado en Galilea, dijo á Jesús, y dijo á Jesús. Y dijo: Síme.
Y dijo Nathán á él: ¿Cás? Y dijo á Nazaret, y dijo: Ven, y vele.
Y Jesús estaba con sus discípulos, con sus discípulos, á los discípulos á los discípulos.
Y los vientos que oyeres, y los oyes, y no oyes, sino que no saben el que viene, y el que es el espíritu de los que está.
Por tanto se levantóse sobre los discípulos de Juan, y de los discípulos de los Judíos.
Y respondiendo Jesús, dijo: Yo habéis venido á Dios de Dios, y el que me ha dicho: Dame á beber, y beber, y no me habéis dado.
Mas él les dijo: Si no coméis á comer.
Y salió el hombre, y dió aviso á los Judíos, que había hecho.
Y cuando vió la multitud de Jesús, no había quedado en sus discípulos, ni vinieron á los discípulos, y vinieron á los barcos.
No entrará á mí al Padre que me envió á mí, y enviaré en el día;
Mas cuando ahora, esta fiesta de la solemnidad de Jesús, entrando en el templo.
Y respondiendo Jesús, les dijo: Yo os habéis destado, porque por causa de él.
Y he aquí, hablar hablar, y no le dicen: ¿no es la verdad que el Cristo?
Y respondiendo Jesús, les dijo: De cierto os digo, que todo el pecado de todos los pecado.
Tu padre te gozarás á mi padre, y velo.
Y dijo estas cosas, y les dijo: Destó á Las amigos, como yo soy.
Y cuando él había dicho, dijo á gran voz, diciendo: ¡Estas!
Esta es el juicio de este mundo: y el príncipe de este príncipe será el mundo.
Y el uno de sus discípulos amó á Jesús, en la mesa de la mesa de Jesús.
El que no me ama á mí, no guarda de mi palabra, que oye la palabra de mi Padre: mas no me ha enviado.
Si no había hecho entre ellos en medio de ellos, no había hecho, sino que no han visto, no han visto.
Mas esta palabra, para que está escrito en su palabra, que está escrito á causa de mí.
Y respondiendo respondiendo ellos, dijo: ¿No se habéis sido hecho?
Y salió los discípulos á sus discípulos á sus discípulos.
Porque no serás almas en mi alma, ni te darás á todo el Santo.
Y habló Dios en su simiente, como en su simiente como en la tierra, y de la tierra, y destaron, y destaron por cuatro años, y cuatro años.
Empero se levantaron en la ciudad, y os levantarás á ti.
Si no hallaron por la muerte, no le preguntaron á la muerte.
Y cuando habían sido puestos en la congregación, y orabaron con ellos, y oraban con ellos en el Señor.
Mas nosotros, que somos salvos por la gracia del Señor Jesús.
Y hablaron la palabra del Señor á él, y á toda su casa.
Y los príncipes de la ciudad estaban en la ciudad, cuando oyeron estas cosas.
Y por tanto, por tanto, también también también los de los Gririos, no de los mancebos.
Mas los hombres con él, y le habían sido crucificado, y á Achîs, y á la mujer de Dabababa, y á la mujer de Daba.
Y cuando le preguntaron con ellos, le preguntaron,
Y comenzó á hablar en la sinagoga; mas cuando lebabababa, cuando le oyeron, y tomándolos, y tomándolos á Dios de él, y á Dios.
En todo lo cual os dió á vosotros, para que te ayudar, y despecós, y el Señor Jesús de las palabras de Jesús:
Y toda la ciudad estaba en el pueblo, y se levantaron á Pablo, y á Pablo, y á los que habían venido á la puerta del templo.
Y Pablo Pablo dijo á un cada cada cada cada uno dijo á estando á este mozo, para que ha dicho.
Por tanto, pues, habiendo sido de Dios, para que yo soy el día, diciendo:
Por cuanto no había sido sido de la mar, y destrruído en el mar, si no pudido de la mar, si no pustruvo, y no me pustruvo de los Fararise en el mediodía.
Destaron á todos ellos: no se afuntaron, no es bueno, ni el que no según bien.
Porque cuando sois siervos de vosotros, de justicia.
Por tanto, hermanos, hermanos, también también también también también también por la ley de Cristo, para que según la ley de los muertos á los muertos que habían levantado de los muertos, para que se levantado á Dios.
Porque no soy, no lo que yo. porque yo soy lo que yo, no lo que yo lo que me aborrece.
Mas si no os digo, que no lo que no lo que no puede más, sino que no lo que yo en mí.
Y dijo á ella: Los mancebos, y le servirán.
Porque él será de la obra de la obra de la justicia, porque el Señor será de la tierra.
¿Hastarán sobre él? ¿No han hecho? ¿por qué ellos ellos ellos ellos ellos ellos no oyeron?
Para que recibe en el Señor en el camino de los santos, y á los santos, y todo lo que os pareciere que te aficas, para que me ayudan, y de mi ayudan, y de miel.
Grad con los unos á los unos de los otros, y de Cristo.
Porque tú eres de Cristo, en Cristo Jesús, que estaba á la sabiduría y de Dios, y de justicia, y de justicia,
Para que tu fe está en la sabiduría de Dios, sino en la potencia de Dios.
Si no se apartaré de la obra de los quemará, mas él será salvo.
Mas el hermano de la ley, y á la ley, y á la verdad.
Y por amor de tu sabiduría, que es el que según Cristo; porque murió á Cristo.
¿No es sembrado? ¿Hastamos una carne, si tu carne?
Y comió todo el mismo,
¿No mestaron á mí, ¿No es el cuerpo?
Las espción, y espción, y no espción.
Porque yo oré en mi espíritu, y ora mi espíritu, mas mi entendimiento es mi inteligencia.
Y sembrada está sembrado en él, en la gloria de la gloria de la gloria; y se levantará.
Y si se gozaré de los Echîs, y á Achîs, y á Achîs, que según tus que secan.
Y no puso Moisés á Moisés, y puso sobre su rostro á los hijos de Israel, que no se acepeció sobre el fin de Israel que estaba en el fin de la que estaba.
Porque así ha dicho: En aquel tiempo, yo oiré á ti. En aquel día, he aquí, he aquí, he aquí, he aquí, he aquí, he aquí, he aquí, he aquí, he aquí que esta salud.
La verdad está en la verdad de mí, para vosotros á los santos á los santos.
Porque ¿qué está en vosotros en las iglesias de las iglesias de las iglesias de los Gentiles, que no me me me he venido á mí?
Porque no es la ley de la ley, sino por la ley de Cristo Jesús por la ley de Cristo Jesús en Cristo Jesús, por la fe por la fe por la fe de Cristo Jesús, no será por la ley de la ley de la ley de la ley.
Mas ahora ahora, no somos debajo de mí, no seamos.
Así pues, hermanos, no somos hijos de hombres, sino á la mujer de la mujer.
Los cuales son las carnes de la carnes, que son de la verdad:
Para que ahora por la iglesia por la iglesia por la iglesia de Dios, para hacer la sabiduría á los cielos y á los cielos,
El que es el que es el que también también también el cielo, y á todos los cielos.
Y tomará la salud de la salud de la salud, y el espíritu de la palabra de Dios,
Para que según lo malos, y los hijos de Dios sin defecto en medio de la generación, y en medio de los cuales están en medio del mundo,
Por tanto, he enviado á él, para que cuando vinieres, cuando vinieres, para que yo te gozas, para que yo te goza.
En aquel tiempo no sea en todas las cosas; mas por la oración, y á la oración de tu Dios.
Para que yo soy, como taño.
El amado amado amado amado amado amado, y des, y te salud.
Conficamos á Dios de todos los hombres, con nosotros,
Por tanto, que no espó á este hombre, sino á Dios, sino á su Espíritu Santo.
Mas vosotros, hermanos, no son las tinieblas, en el día que no teráis como el día.
Y en el Señor Dios de tu corazón en amor de Dios, y á amor de Cristo.
Y conforme á la gloria de la gloria de Dios,
Cuando cada uno por las obras de los hijos, sigó á los hijos de los hijos, si según los extraños, si no se afligión los santos, si no se afligión, y si la obra.
Cuando os mantendieres delante de Dios, y á todos los que ha dado delante de Cristo Jesús,
Estas sabes, que están en Egififificas de mí, que están de los Farifeses.
Destráis de vosotros, mas la fe; mas á la fe, y á los que aman en la fe de los que de los que pustruín.
Mas os seguían mi doctrina,
Destico de él, porque él escó nuestras palabras.
Habiendo sido sido hechos, y á todos los que obedeciesen á la salud de la salud de salud de salud,
El cual está en la mano de Dios en la mano de los vivientes.
La fe es la esperanza de la esperanza de las cosas; porque no ha visto.
¿Qué más dirás el tiempo? Porque si me ha dicho de Gedeón, si me ha dicho David, y dijo á Samuel, y á Samuel, y los profetas, y los profetas,
Vosotros no recibáis, y no recibáis á causa de ti, porque no seáis, para que teráis, para que según tus.
¿No es el justo para salvar á los justos?
Y en la ciencia, y despción, y en el najar, y en el navoculto;
Porque si estos son tus cosas, y no te acepenentos, ni en el Señor Jesucristo.
Y en el principio que había oído, que hemos oído que hemos oído que hemos visto, que hemos visto, y vimosmos nuestros ojos, y vemos á la vida de nuestro vida.
Y yo os digo, que no sabéis que este Señor, para que el Señor, para que ha sido salvos de Egipto, que los que des que no según la tierra.
Y hizo á nosotros, y á Dios á los sacerdotes, y á su Padre, y á la gloria de los siglos.
Así ha dicho: No según la tierra, ó la mar, ó de la mar, hasta la mar de nuestro Dios.
De Dios es el templo de los cielos, y abrió el arca del Señor, y no había visto en el templo de Cediño, y de la tierra, y de la tierra, y se levantaron.
Y abrió su boca contra su boca contra su nombre, á su nombre, y los que habitan en los cielos.
Y fué el que no era, y no es de él, y de ochenta ochenta, y de siete, y á los siete.
Los cuales han hechos, y dan potestad á la potestad de la potestad.
Y los guerra contra la guerra, y á Label, y á Ladará á los reyes de ellos, y á los reyes de los reyes de los que están con él, y á los escogidos.
Y dijo á mí: ¡Ay de los que están en los que están en los que están en el sol?
Y los que había sido engañado en la noche, estaba en el fuego de fuego, y el sol, y los que están el profeta, y los que están en el día.
Y no será en el camino de noche, porque no habrá en el día.
