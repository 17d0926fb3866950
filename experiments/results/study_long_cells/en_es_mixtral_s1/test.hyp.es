y condenarán las luz, y los destruyeron en la tierra.
Dios dijo: A los días de los vivientes, y las aves del cielo, y las aves del cielo.
El nombre de la tercera parte del río es su nombre: y el río es lado de los Asstruye.
mujer dijo: Para que comen fruto de los árboles de los árboles del huerto de los árboles de los árboles del huerto.
Y todos los días de los días de los días de Jared.
todos los días de Methán, y de los días de Methán.
envió una gran manera, y fué á los cielos, hasta que se habían salido de la tierra.
Y llamó Dios á sus hijos, y díjoles: Ve, y díjoles á ellos:
Y vivió Nadán, y engendró á Amán, y engendró á Peor, y engendró á hijas.
Y Abram su mujer tomó su mujer, y toda su mujer, y todo el pueblo que habían salido en la tierra de Canaán.
Y acontecerá que cuando los Egipcios, dirán: Esta es el furor de su mujer: y ellos dirán:
delante de ti, ¿qué te llamé delante de mí? ¿qué te ruego que yo te mandé á la mano de la mano?
Y Abraham respondió Abraham: He aquí, he aquí, he aquí que yo te he dado en mí, como polvo en el Señor.
Y Abraham dijo Abraham á su mujer: Ve, es mi hermana, y tomó mi hermana.
Y habitaron en el desierto de los desiertos de la tierra; y su madre le destruye.
Y llamó Abraham el nombre de aquel lugar llamó el nombre de aquel lugar; y dijo Jehová: Yo es el día de Jehová.
Y oré á Jehová mi cabeza, y bendije á Jehová Dios de mi señor, y bendigame en el camino de mi señor.
Abraham dió á su espíritu, y murió un hombre, y un hombre de años, y un hombre de años.
Y no le hizo, porque su mano no le conoció; porque su hermano era como la mano de Esaú.
Y dijo Jehová sobre él, y dijo Jehová, y dijo: Yo soy Jehová tu Dios, Dios de Isaac, y Dios de Isaac.
Y llamó Lea á Lea á Lea, y parió un hijo, y parió un hijo.
Y él dijo: Esperame tu borra, y yo te daré.
dijo Labán: ¿Qué tienes á Jacob? Y él dijo: Si me darás á mí, y yo te daré, y yo te daré.
levantóse con todas las cosas, y levantóse sobre todo el río, y levantóse sobre el río de Galaad.
Y vino Dios en el sueño de la noche, y le dijo: Aunque le dices á Jacob.
Y ella dijo á su padre: No se levantase delante de ti; porque yo no se levantaron delante de ti.
dos machos, y dos carneros, dos carneros, y dos carneros,
Diciendo: El alma de mi hijo de mi hijo, y hermana de mi hijo, y hermana de su hija.
Y partió Israel Israel á Israel, y asentó su tienda, y extendiendo su tienda.
Y él dijo: Yo te enviaré de ovejas de ovejas, y ella dijo: ¿Es tú me darás?
Y como la mañana era como la mañana, como los que habían sido enviados, y sus asnos.
Porque los dos años que están en la tierra en la tierra, y no hay en la tierra; y no hay en la siega y la siega.
Y habitaréis en la tierra de Gostruyes, y tus hijos, y tus ovejas, y tus ovejas, y todos tus ovejas, y todos tus ovejas.
Y he aquí tus ojos, y tus ojos, y tu boca es mi boca que es mi boca.
Los hijos de Nephtalí, Jazel, Jael, y Jedel, y Jedel.
mis almas, no se levantaron en su furor; mi gloria no se levantaron en su furor; porque en su furor no se levantaron en su furor.
Y vinieron á la era de la otra parte del Jordán, y de la otra parte del Jordán, y en sus siete días.
sus hijos le mandó á él:
Y dijo á su pueblo: He aquí el pueblo de los hijos de Israel, y el pueblo de los hijos de Israel.
tomó Silo, y tomando de su hijo, y corrólo de su hijo, y le dijo: ¡ ¡Ay de sus pies!
tomó Amán hijo de su padre, y tomó Aarón á Aarón y á Aarón y á Aarón y y á Aarón y á sus años.
Jehová dijo á Moisés: Toma tu vara sobre las aguas, y sobre sus ríos, y sobre sus ríos, y sobre sus ríos, y sobre todas las aguas de las aguas, y en todas las cosas de la piedra de piedra.
Entonces Faraón dijo á Faraón: Esta es el corazón de Faraón: mas el corazón de Faraón no conoció.
Faraón hizo Faraón su corazón su corazón, y también no se levantaron su corazón.
si no os llaméis,, y si no los tengáis,
Y levantóse Faraón en la noche, y todos sus criados, y todos sus criados, y todos los Egipcios, y en la casa de Egipto.
Egipto con los Egipcios con los Egipcios de la tierra: porque todos los que están escritas muertos.
aconteció en el desierto de Reduyeron en el desierto, y fuése en el desierto, y fuése en el desierto.
dijo Moisés: Por tanto, hoy hoy hoy hoy hoy, por el día que no no hay en el campo.
He aquí, enviaré delante de vosotros delante de ti, delante de ti, y por el camino que yo te he hecho.
levantó Moisés con Josué su sierva con Josué su siervo, y fuése sobre el monte de Dios.
Y el aceite para el aceite para el aceite;
Y pondrás en el altar del altar del altar, para que el altar en el altar del altar.
tomarás en Aarón, y pondrás sobre Aarón sobre Aarón, y sobre Aarón, y el ephod del ephod, y el ephod del ephod.
Y á la mesa y á su mesa, y á todos sus tablas,
Habla á los hijos de Israel, diciendo: De cierto, de cierto te guardará de mí, y en tus sábados, para que yo soy Jehová.
tabernáculo, y su codo su cubierta, y sus tablas, sus tablas;
En el Espíritu de Dios, en sabiduría, en sabiduría, en sabiduría, en todas las cosas, y en todos los siglos de obra;
Y llamó Moisés, y Azabel, y todos los sabios, todos los sabios, todos los sabios, todos los sabios.
longitud de treinta codos, y cuatro codos de la anchura de cada una medida;
puso en él cuatro basas de piedras de piedras de piedras, y Adonna, y un primero, y un primero.
puso la puerta del tabernáculo del testimonio.
toda ofrenda de tu presente de tu holocausto,, no serás de tus paces, y todos tus paces.
Y si alguno de los pecados de Jehová, y cometiere en Jehová, y con su prójimo, ó de su prójimo, ó de su prójimo,
Y ofreciere el holocausto de cada uno de cada uno de cada uno de Jehová.
Y puso en Aarón en manos de Aarón en manos de sus hijos, y sus cabezas de sus hijos.
extendió el sebo, y el sebo, y quemó el altar.
cometido de ti, ó de ti, cada uno de cada uno de cada uno de cada uno de la langosta, y de la hierba de la hierba de la hierba.
no os enviaste con todo lo que no te afligieres, serás inmundos con ellos.
Y si alguno no cometiere un cordero de un cordero, ó dos tablas, ó dos tablas,, y el otro sacerdote; y el otro sacerdote será limpio; y el sacerdote será limpio.
tomará dos cabras delante de Jehová, y puso delante de Jehová.
No destrás de tu padre, ni de tu madre, ni tu madre es tu madre.
Y si alguno con su hija con su hija, según suegro de ellos; y se han destruído.
Y ofreciere el sacrificio de las paces de Jehová, ó por Jehová, ó ofrenda, ó ofrenda de ovejas, ó de ovejas, y de las ovejas de sus ovejas.
Y consumióse en la casa de Jehová.
sábado de la tierra de la tierra de la tierra serás por tu siervo; porque tu siervo escogió tu siervo, y para tu siervo.
carne, ó de tu prójimo, ó de tu prójimo:
mirará el campo al campo, y el quinto según su quinto.
El que no es bueno, no es bueno, ni según lavolve, ni lo quedare, y será destruído.
sus contados, y los contados de ellos, y treinta y dos mil y dos mil.
los hijos de Leví, los hijos de Leví: Coath, Coath, y Coath.
Y los contados de ellos, conforme á los contados de todos los contados de todas las cosas, conforme á la parte del mes.
Y tomarás todos los vasos de los vasos, y los pondrán en el santuario, y las pondrán en cada uno con cinces, y los pondrán en cada uno de la cubierta.
no andarán en el santuario, porque porque no fuerengún santuario.
pues los contados de ellos, por sus familias, por sus familias, por sus familias;
No será inmundo por su madre, ó su madre, ó su madre, ó su hermana, ó su hermana.
Y á los sacrificios de las paces, cinco carneros, cinco carneros, cinco carneros, cinco corderos de un año.
Y á los sacrificios de las paces, cinco carneros, cinco carneros, cinco carneros, cinco corderos de un año.
Un macho cabrío por expiación por expiación por expiación;
Amalec, y el Cananeo en el desierto, y mañana mañana en el desierto.
Y si los pecados de los pecados, si alguno ofreciere un año, ofreciere un carnero, un carnero de un año.
Y levantóse Moisés, y fué á Dathán, y á Abiram, y los ancianos de Israel.
Y los hijos de Israel habló á Moisés á Moisés, diciendo: He aquí, he aquí que nosotros somos.
Porque de los hijos de Israel, que ofreciere á Jehová á los Levitas que ofrecieren á Jehová: por tanto que yo te he dado por heredad.
Y los hijos de Israel, vino toda la congregación de Israel, entraron en el desierto: y el pueblo fué en Caín, y fué á Mira.
Y dijo él en el campo: Por lo que Jehová es en el campo de Jehová, el valle de Jehová.
Israel tomó todas las ciudades de Israel en todas las ciudades de los Amorrheos, y habitaron en Hesbón, y en todas las ciudades de los Amorrheos.
Y tomó su parábola, y dijo: Ve, oh rey de los montes, el rey de los montes de los montes, y de los montes.
¿Has el polvo de Jacob, ó de Israel,?
Y el tercer día, el tercer día, dos carneros, dos carneros;
y sus presentes, y sus presentes, y sus presentes, por sus corderos, conforme á sus corderos,
Y entregó Moisés á la tribu de todos los Fariseos de los Fariseos, y con los vasos del santuario, con los vasos del santuario.
Y he aquí los hijos de Israel, por el consejo de Israel, por el consejo de Jehová, por el consejo de Jehová, y la plaga de la congregación de Jehová.
partidos de Ruthán, asentaron en Caím.
ó una piedra, que no fuere construído, y velo en él,
rá la congregación de la mano de la sangre de la sangre de la sangre de la sangre de la sangre, y la congregación que estaba con el sacerdote.
Y no te harás la tierra, y la tierra de la tierra, para la sangre de él no puede hacer la sangre, sino la sangre de la sangre.
Y vino á mí á mí, y díjoles: A los hombres de vosotros, y á los hombres de nosotros, para que nos habéis de venir á la palabra de que nos haremos.
Entonces dijo á vosotros á vosotros: No te he dicho: no temas, no temas, no temas.
Y díjome Jehová: No, no me ha enviado á Moab en la batalla, ni á la batalla de su tierra; porque yo te daré de la tierra de su tierra.
mandó Jehová en aquel tiempo en aquel tiempo, y estatutos estatutos y derechos, y para que os os enviaste.
Jehová te amas, y por causa de tu juramento, y por causa de la casa de Faraón, y de mano de la casa de Faraón.
Y Jehová puso en tus padres en tus padres, en tus padres, y destruyeron sobre todos los pueblos.
Por tanto, á vosotros amas á vosotros, por tanto, para vosotros en la tierra de Egipto.
molduras, y destruye,
Y la mujer de los hombres no echaremos á la mujer de los hombres, ni á Jehová tu Dios, ni á cualquiera que no es tu Dios.
No sembrarás con dos tablas de dos tablas de dos tablas de la viña, porque no cometiste.
Y tomarás á la puerta del criado de su padre, y sus criados, y la piedra de su ciudad será hecho en la casa de Israel.
el que es destruído, ó destruyerán en la iglesia de Jehová.
Moisés y los ancianos de Israel mandó á Moisés y á todos los ancianos de Israel, diciendo: Escubid á todas las cosas que yo te he dicho.
palabra es la palabra, en tu boca es en tu boca y en tu corazón, para que tú te seas.
he aquí delante de ti, y he puesto delante de ti, y la muerte, y la muerte.
¿Y quién cometiere el sebo de sus sacrificios de sus sacrificios, y bebieres, y bebieres.
luego los dos varones que habían salido de el monte, vino á Josué, vino á Josué hijo de Nun, y vino á Josué hijo de Nun.
Y cuando los sacerdotes le parió el arca del testimonio de Jehová, el arca del Jordán, y el arca de los sacerdotes, y las aguas de los sacerdotes, y las aguas de los sacerdotes.
hirió los criados de Achîr, y los destruyeron delante de la puerta de la puerta de la puerta del pueblo.
Adon rey de Jerusalem, rey de Jerusalem, el rey de Hebrón, y Jahath,, y Jahathán rey de Heber,
Josué de Machâm, y todo Israel, y todo Israel con él, y todo Israel.
Y el rey de Egec, un rey de Egip, uno al rey de Griego:
Caleb dijo: Ve, y tomará á Elpha, y tomará á él á Achâz.
Zeba, Midán, Midán, Midán,
desde el mar Berón, todos los mares, todas las cosas que estaban con sus aldeas, con sus aldeas.
el mediodía, el mediodía del mediodía: y el término de Jesarim, y fué á la fuente de Nethán.
salió el término de el monte de aquel monte, al valle de su hijo, en el valle de su hijo, en el valle que está en el valle del mediodía:
Y Jehová habló Jehová á Josué, diciendo:
Y dió el campo de la ciudad de la ciudad, y sus aldeas á Caleb hijo de Jephat.
vino el espíritu de Jehová, y juzgaba á Israel, y á Israel, y á Israel, y al rey de Methán rey de Methán.
Y puso su mano sobre la tienda de su mano, y su diestra y su diestra, y su mano hirió á su cabeza;
Y envió mensajeros á todas las cosas que estaban juntos, y los mensajeros, y los mensajeros, enviólos á los Asirios.
Y fué á Petar, y habló á ellos en el camino, y les dijo:
Y vivió Joachâm, y fué á Beer-lehem, y fué á Beer-lehem.
Y los hijos de Israel hizo lo malo en ojos de Jehová, y sirvieron á los Baales, y á los hijos de Ammón, y á los dioses de Ammón.
Y á todo el término de los Amorrheos, desde el desierto, desde el desierto, desde el desierto, desde el desierto de el desierto.
Entonces los príncipes de los Filisteos que habían salido de los Filisteos; y los cuales no había sido hechos con ellos.
Y tomó él, y le tomó con ellos con ellos, y le dijo: Y los Filisteos. Y los Filisteos le rogaron en la cámara de la cámara.
viendo el pueblo, y bendigan á sus dioses, y díjoles: Alabad á nuestro enemigo, que nos ha entregado en nuestros manos.
en aquellos días no hubo en aquellos días en los días de Israel, todo lo que era en sus ojos.
ron los hijos de Dan, cuando los hijos de Dan habían visto, y viendo que estaban allí.
levantaron los hijos de Dan, hijo de Dan, hijo de Moisés, hijo de Moisés, hijo de Moisés, hijo de Dan, hijo de Dan, hasta la tribu de Dan, hasta la tribu de Dan hasta la tribu de la tierra de Dan hasta la tribu de Dan.
dijo á su criado, y díjoles: Ven á uno de los altos de estos altos, y en Gabaa y en Gabaa.
Y en todas estas cosas que estaban en todas estas cosas que estaban en todas estas provincias, todos los que podían una piedra.
Y los varones de Israel se levantaron en la batalla, y comenzó á caballo de los hombres de Israel, y le dijeron: ¡Ay de los hombres de Israel!
aconteció que cuando sus hermanos, cuando sus hermanos dicen á ellos, y sus hermanos: Aunque nos habéis de venir á ellos; porque nos damos en la batalla.
Seme, oró en grandeza, y oraba á Jehová.
hizo lo que no se levantaron á su marido: porque no es el niño de Jehová, hasta que le traeré delante de Jehová.
E hizo Samuel á Samuel á Israel, y á todos los días de su vida.
Yo soy yo delante de Jehová, y ¿qué destruye? ¿y quién he destruí á mí?
Saúl y todo el pueblo que estaban con él con él, vinieron á la batalla; y he aquí, y he aquí, y he aquí todos sus espadas.
Samuel dijo á Saúl: No te tornaré con vosotros; porque tú no has de servido de Jehová.
Y dijo Jehová á Samuel á Samuel á Samuel: No veré sobre su rostro de su rostro; porque no he visto en el corazón de su corazón; porque yo he visto.
áronse los príncipes de los Filisteos, y fué como David, como David se fué á David, como los sabios de Saúl su nombre; y como el nombre de Saúl según su nombre.
Y dijo Saúl á Saúl á Saúl á Saúl su padre, y dijo: No ha hecho contra David su siervo, porque no se ha hecho contra David su siervo; porque no se ha hecho.
luego Saúl, envió á los mensajeros, y envió á Saúl con los mensajeros, y con los mensajeros.
he hecho esto, ¿ has hecho esto que has hecho esto en mi presencia?
Y los criados de David se levantóse en su camino, y fué á todos los criados, y fué á todas estas palabras.
Y envió David á David, y he aquí que Saúl había de venir á Saúl.
tomó David la lanza del agua de Saúl, y fué á Saúl, y no sabíangún hombre, ni sabíangún hombre, ni aun se habían salido de Jehová.
dijo David en su corazón: Yo soy yo por mano de Saúl, y no me tornaré en la tierra de Israel, y no me destruyeré en toda la tierra de Israel.
Y David se levantóse á David y á sus hombres, y á los de la tierra de Egipto, y á los moradores de la tierra de Egipto.
extendióse de su cabeza, y enviaron en la tierra de los Filisteos; y envió á la tierra de los Filisteos á la casa de los Filisteos.
volvió á Joab, y cuando fué á Joab, y á todos los hombres de David, y á todos los hombres de David.
dijo David á á David, y á David, y á todo Israel, y á todas las cosas, y á á mi señor, y á todas las cosas que te ha enviado.
Y he aquí que Joab vinieron á Joab, y vinieron á Joab en gran manera, y trayendo con ellos en Hebrón.
Y destruíste tus pies, y tus pies, y tus pies, como el pueblo de los hijos de los hijos de los hijos de ellos.
dijo David á Jehová: ¿No has dicho de Jehová? Y él les dijo: y destruyerán delante de ellos.
David dijo: A los ojos de los Siros se levantaron de los Siros de los Siros de los Siros.
Después Después de esto el rey de los hijos de Ammón, murió, y reinó en su lugar su hijo.
ará contra el furor de David contra el hombre, y dijo Jehová: El hombre que ha hecho este hombre que ha hecho Jehová.
ó David á Absalom al rey David á Absalom, porque era de Amnón.
Y aconteció que como el cabello de su cabeza, cada uno de su cabeza, por tanto que estaba en él, por tanto que estaba sobre él, por tanto que estaba en derredor del rey.
tu sierva tu sierva, que yo he puesto en Gesumelo, diciendo: Si Jehová me ha de hacerme á Jerusalem.
Y fué á Israel en el campo contra Israel, y la batalla contra los campos de Ephraim:
Y Joab se levantó de Joab, y vino el pueblo, y vino el pueblo de Israel.
Joab le dijo: No os lo que no has de venir á los unos á los unos á los unos á los otros.
Y el rey dijo al rey: ¿Es tú el rey de mi señor? Y dijo á Absalom á Absalom, y á los enemigos de mi señor?
el pueblo, como el día que se levantaron en la ciudad, como el pueblo que se agravieron en la batalla.
pues tu siervo tu siervo, he aquí, he aquí que yo he cometido, he aquí que yo te he venido á recibir á mi señor.
Y Barzz dijo á Barar al rey de los años de mi vida, diciendo: ¿Qué es el rey de mi vida?
Y Sammai, Ahimer hijo de Sarar,
Y edificó Jehová á Jehová á Jehová, y ofreció holocausto, y holocaustos holocaustos, y ofreció la tierra de Israel.
su padre no le había hecho su padre, diciendo: ¿Por qué has hecho?
Dios le dijo: Porque no has dicho: porque no has hecho esta vida por ti, ni te has dicho, ni te has dicho: porque no te has dicho.
Y aconteció en Maas, en Maas, en Maasim,
Y Hiram rey de Tiro envió á Salomón á Salomón su criado á Salomón, por cuanto había ungido en el lugar de su padre.
Y en el templo de la casa de la casa de la casa de veinte codos, que estaba en la anchura de la casa de la casa de la casa de la casa.
aconteció en el lugar de la mitad de la mitad, un codo de un codo, y el codo, y su codo, y su codo, y sus ciñas.
Salomón, y toda la congregación de Israel, que estaban juntos delante de él, con él según el arca del arca; y no no podíangún la multitud.
Y sacaron los sacerdotes en el arca del testimonio de Jehová, en el santuario de la casa de Jehová, en el santuario de los querubines.
Jehová tu Dios es tu Dios en el trono de Israel en el trono de Israel, y por tanto, por tanto, por tanto, por tanto, por tanto, por tanto, y por tanto, y por tanto, y por tanto, y por tanto, y por tanto, y por tanto, y por tanto, y derechos á Jehová.
en lo que sacaban en que que sacaban en aquel tiempo, y de todos los mercaderes, y de todos los reyes de los reyes de los reyes de los reyes de los príncipes de los príncipes de las tierras.
El rey Salomón Salomón Salomón Salomón hizo dos tablas de oro, seiscientos siclos de oro.
Y si oyeres, si fueres en mis caminos, y andaré en mis caminos, y andaré en mis ojos, y en mis ojos, y en mis ojos, como yo te daré.
Y durmió Salomón con sus padres con sus padres, y fué sepultado en su padre, y reinó en su lugar Eleazar su hijo.
Y dijo David: Así ha dicho Jehová: Así ha dicho Jehová Dios de Israel:
he aquí, he aquí que yo haré mal sobre la casa de Jeroboam, y de todos los que están en la casa de Jeroboam, y destruyeron en la casa de Jeroboam.
los de la ciudad dijo: He aquí que esta ciudad es de esta ciudad: he aquí que mi señor es es la tierra, y mi señor es la tierra.
Y anduvo en el camino de los reyes de Israel, como la casa de Achâb, como la casa de Achâb; porque no había de hacer mal en ojos de Jehová.
Y volvióse David en Jezreel en Jezreel, que le había dado en Jezreel, que le había dado en Jezreel hijo de Joachâz hijo de Joachâz hijo de Joachâz hijo de Joachâz hijo de Joachâz hijo de Achâb.
tomó á los capitanes, y á los capitanes de la tierra, y á todos los pueblos de la casa de Jehová, y todos los pueblos de la casa de Jehová.
En el año de Joas rey de Joas rey de Israel, Joas rey de Israel comenzó á reinar en Samaria.
Y sus estatutos y sus testimonios, y sus testimonios, y sus testimonios, y construyeron;
Y á Achîas, y á Tarram, y á los hijos de Semelech, y á Achâb, y á Achâb, y á Beth-arim.
aconteció que como le dijo: He aquí que el rey de Egippó á pelear, diciendo:
Ahora pues, oh Jehová nuestro Dios, oh Jehová nuestro Dios, para que todos los reinos de su mano, todos los reinos de la tierra.
Y dijo Isaías á Ezechîas: Así dijo á Ezechîas: El palabra de Jehová es la palabra de Jehová.
hizo lo malo en ojos de Jehová, en ojos de las abominaciones de las abominaciones de los hijos de Israel delante de los hijos de Israel.
Mas no oyeron Manasés y Manasés, y los oyen á Manasés, y á los malditruyeron delante de los hijos de Israel.
Y comenzó á reinar á reinar á reinar, y reinó en Jerusalem: y reinó en Jerusalem en Jerusalem.
Y subió el rey á la casa de Jehová, y todos los moradores de Judá, y todos los moradores de Jerusalem, y todos los moradores de Jerusalem, y todos los sacerdotes que estaban en la casa de Jehová.
Los hijos de Seir: Salmo de Seir, Milón, y Elba, y Elba,
Los hijos de Nechîas, Eliasías, y sus aldeas, y sus tres;
los hijos de Jepha, hijo de Jepha, y Elam, y Elam, y Elam.
Y fueron hallados á los ricos, y á la tierra, y á la tierra, y á los que habitaban en los que habitaron delante de Hamor.
Porque Judá Judá se levantaron sobre sus hermanos, y el príncipe de José, y el príncipe de José; mas el príncipe de José era.
hijo de Elcana, hijo de Joachâz, hijo hijo de Azarías, hijo hijo de Sephaías,
hijos de Merari, conforme á sus familias, conforme á sus familias, conforme á sus familias, conforme á sus familias, y de la tribu de Zabulón.
Hesbón con sus ejidos, y á Jazz con sus ejidos.
Y destruyeron á Carco, y á los hijos de Anim, y á los hijos de Ahuel.
Y los hijos de Sardán, y Semeel, Sebaías, Semeías, Semeías, Sebaías, Semeías, Hananías.
levantó David con todo Israel con todas las cosas que está David, que es el arca de Jehová, que es el arca de Jehová.
vinieron á Baal-lehem, y á David y á David, y dijo: Dios de mi mano como los enemigos de mi mano.
dijo David en el rey, y dijo Jehová: ¿Quién es mi casa, que yo te he hecho?
Sadoc hijo de Ahicam, hijo de Ahicamías hijo de Abiathar hijo de Sadoc;
vinieron los hijos de Ammón, y puso en la puerta del ciudad en la puerta de la ciudad, y los reyes de la ciudad que habían salido en el campo.
los hijos de Geram: Seb, Semeb, el duque Seb.
Entruyeron por el santuario, y los príncipes de los príncipes de los príncipes, y los príncipes de los hijos de Eleazar, y los príncipes de los hijos de Eleazar.
Y todos los hijos de los hijos del rey, en las palabras del rey, dió el cuerno de Dios en las palabras de Dios.
Y los veinte y veinte y veinte y cuatro y sus hermanos, y sus hermanos, doce;
Después de Ahiphel, hijo de Benaías, y Joab hijo de Benaías era el ejército del rey.
Tú, oh Jehová, oh Jehová, y la gloria de los cielos es la fortaleza, y la gloria de todos los cielos es el reino.
dos columnas, dos columnas de las columnas que estaban sobre las columnas de las columnas de las columnas,
Ahora pues, Dios mío, yo, oh Dios, y tus ojos, y tus ojos estás en este lugar.
Y Salomón dió el rey Salomón á Salomón á todo el rey de Seba, todo lo que le había dado; y le preguntó á su tierra.
aconteció que como se levantaron de él, como el furor de Jehová no se levantaron de él,, como él no se hallaron en Judá.
holocaustos, y cada mañana, y todo el perfume, y con la mesa, y con la mesa, y con la mesa de Jehová nuestro Dios.
Empero Jeroboam destruyeron de ellos, así se han destruído delante de ellos.
Y los varones de Judá dió á los hombres de Judá, y á los hombres de Judá y á todos los hombres de Judá.
Mas Amasías no oyó, porque los oyó de Dios, para que los entregaba en mano de los dioses de Edom.
Y los príncipes de los hombres de los hombres, y los despojos delante de los príncipes, y toda la iglesia.
Por cuanto me han dejado, y quemieron perfumes á los dioses de sus manos, para que me han sido con todas las obras de sus manos.
Y comenzó á reinar á reinar, y comenzó á reinar en Jerusalem: y reinó en Jerusalem en ojos de Jehová.
los hijos de Ar, siete y cuatro y cinco;
Entonces dijo Jedibel con sus hermanos, y á sus hermanos, y á sus hijos de Judá, á los hijos de Judá, y á sus hijos.
pues, que si el rey es el rey, y de esta ciudad, no destruyerán, ni destruyerán.
mirando él en la provincia de Judá en la provincia de Judá que está en la casa de Judá, que es grande, que es la obra de las piedras.
Los hijos de Israel, los sacerdotes, sacerdotes y los Levitas de los hijos de los hijos de esta casa.
Y vino á Jerusalem en el mes quinto en el mes quinto, que estaba en el año del rey.
Y de los hijos de Joab hijo de Joab, Obaías hijo de Jeddías, y dos varones;
de sus hijos, hijo de Joachâm, hijo de Joachâm;
y oro, y oro y oro, y y y los vasos de la casa de nuestro Dios, y sus príncipes, y sus príncipes.
vino á Jerusalem, y fué á Jerusalem.
Machîas hijo de Rechâb, príncipe de Beth-sech,; y dió la puerta de Beth-lehem, y la puerta de sus puertas.
Después de él, Methanías hijo de Achîas hijo de Haibías hijo de Eliasasas hijo de Eliezer.
Mas cuando los Fariseos se levantaron, y se levantaron en el muro, y enojó el muro.
Los hijos de Pasur, dos mil y dos mil.
Y los Levitas: los hijos de Pec, los hijos de Heber, los hijos de Hai, los hijos de Hai, los hijos de Hai.
los hijos de Hai, los hijos de Hai, los hijos de Hai,
no podían salir á la palabra de tus maravillas, sino á causa de tus maravillas, y á su cuello, y á su cuello, y y á su señor;
De los sacerdotes de los sacerdotes de los sacerdotes: Jedías hijo de Joachâm,
delante de esta casa delante de esta casa, Eliasasas hijo de la casa de nuestro Dios;
como vió los Judíos que habían visto á los Judíos que habían hecho á los Judíos que habían hecho las mujeres de Ammón, y de Moab, y de Moab.
envió en todas las provincias, en todas las provincias de las provincias, á causa de las provincias, y á los unos á los otros, y á los unos á los otros, y á los unos á los hijos de Ammón;
Y ellos respondieron á Mardochêo á Mardochêo á Mardochêo.
Y el día que se levantaron el corazón de corazón, y se levantaron en la puerta del rey, que había visto en la puerta del rey.
¡Ay de mi fortaleza y de mi fortaleza, y todas mis fuerzas!
me resplaré, y acaeré mi paz, y envié mi paz.
Porque somos de los siglos de los siglos, y no sabemos en la tierra.
Dios me dirá: No me aborreceré: no me condenaré, no me convié.
Si yo soy el impío, si yo soy el impío; y si mi cabeza de mi aflicción no se levantaré.
pensamientos, como un bordón como vestido,, como vestido es como vestido.
que tu espíritu tu espíritu te convirtiste contra Dios?
Y puso mis hermanos de mí: mis hermanos, mis hermanos son mis hermanos, que son de mí.
Por tanto, en medio de ti estruído, y los siglos;
Y si alguno terruye, y no se consumió, como el sepulcro.
clamad, y no me dices, y no te responderé, y te responderé.
Y si alzaré á mi mano contra el padre, porque he visto en la puerta de la puerta:
si cometiere su fruto, ó su fruto, ó sus frutos;
entregó su aflicción por su aflicción:
No seáis la noche de la noche, cuando el pueblo sonido de su lugar.
Toma la iniquidad de iniquidad, no has hecho esto; porque esto no has hecho esto.
He aquí, oh Dios, Dios es Dios en su potencia: ¿Quién es semejante?
Y si el que no conocieron los ojos de las nubes de sus nubes, y los moradores de su necestruye.
extendió sus manos consumbres, y las varas de las cabras.
El padre y el padre de la tierra es el huérfano, y el que es el hombre que es el hombre.
Al Músico principal: Salmo de David: Salmo de David, oh Jehová, ¿y tú?
arán los extranjeros, y los extranjeros de sus fortalezas.
llamincerá: y á los siglos del Señor.
Espera mi aflicción y mi aflicción y mi aflicción, y todos mis pecados.
ó Jehová de Jehová, que yo no buscaré en casa de Jehová, para que habitare en la casa de Jehová.
andando en mí en el camino, y me han sido destruído, y destruísteme.
Jehová hará Jehová el consejo de las gentes de las gentes de las gentes, y los pensamientos de los pueblos; y los pensamientos de los pueblos de los pueblos.
los malos, y construyeron sus arcos, á los pobres de los pobres.
no me construyes de mí tu misericordia, oh Jehová, oh Jehová.
¿Por qué, oh mi alma? ¿por qué eres mi alma? porque tú eres mi salud en Dios, en Dios mío.
sus manos contra sus amigos; y el pacto de su pacto.
Al Músico principal: Salmo de David: Salmo de Saúl, cuando se levanta á mí, Dios mío, Dios mío, hasta que me hasta la sombra de tus alas.
sobre la fortaleza del espada, y de espada será dado; y serán condenados.
ofreciere holocaustos para holocaustos, con las ofrendas de los carneros de los carneros. (Selah. (Selah.)
Y habitaste en la congregación, oh Dios, oh Dios, oh Dios, oh Dios.
Al Músico principal: Salmo de David: Salmo de mí, oh Jehová, oh Dios.
A los que buscan á los que buscan en ti, y á los que aman tu salud; y á los que aman tu salud.
mi boca será destruído, con tu gloria será con tu gloria.
En la tierra será por la tierra; y el Líbano será como el Líbano, como la hierba del campo, como la hierba del campo.
Levántate, oh Dios, oh Dios, oh Dios, oh Dios. ¡Ay de ti!
Empero yo teré para siempre, y para siempre esparcimiento para Dios de Jacob.
Y aconteció que como se levantaron contra él contra el pecado contra él, para que habitaron en el campo.
también puso delante de ellos, delante de ellos, y todos los hechos de Israel, y todas las tribus de Israel en sus tiendas.
mañana, oh Dios de los ejércitos, Dios de los ejércitos, y destruyerán tu rostro.
Y llamó á causa de angustia, y díjete en el lugar de los Gentiles: en las aguas de los días de Merea. (Selah. (Selah.)
Salmo de Asaph, oh Dios: en el grano, en los dioses de los dioses.
Porque Jehová Dios es Dios, y escudo, y trá Jehová, y la gloria de los que ande; y no andará el bien.
el Señor nuestro Dios nuestro Dios, y la obra de nuestros manos, por la obra de nuestros manos.
nicanse de la tierra, y los malos no se consumbran; y mi alma no sea destruído.
Por tanto, hizo lo que él les hizo lo que los entregó en el desierto,
que su simiente esparcimiento entre las gentes, y los esparcientó en las tierras.
clamaron á Jehová en su angustia, y los entregó á Jehová.
Destruye mis enemigos, y consumínlos con sus enemigos.
Los obras de Jehová son todas las obras de Jehová, y en todos los que en los que descan en ellos.
Y viendo el mar, y levantaron la mar; y el Jordán se levantaron.
Y ofreceré el sacrificio de alabanza á ti, y á los sacrificios de Jehová.
Yo envié á tus mandamientos, que amas á tus mandamientos, que me aborreceré.
mis carnes de vosotros, y de tus juicios: yo soy amor de tus juicios.
Y á Aduticos, y llamé á mí: mas mi corazón me consumbre de tus palabras.
esperanza de tu salud, oh Jehová, yo he hecho tus mandamientos.
El Hijo de Ageg, Bigete á David: si Jehová había sido en nuestros costillantes.
Jehová ha escogido á Sión; porque Sión ha destruído.
me has de delante de delante de delante de mí: en mí tu mano me han levantado.
Oyeme, oh Jehová, oh Jehová, oh Jehová, que no me han destruído de mí.
darás como necesarios, y especes.
Y los los perdonará, porque mandó Jehová, y mandó á los nombres de Jehová.
andando en el camino del bien, y guardan los caminos de los justos de los justos.
Y el que fuere en su prójimo, en la mujer de su prójimo; y cualquiera que no será destruído.
Bienaventurado el hombre que oye el hombre que me oye en mis puertas, en mi puerta en mis puertas.
hay en la multitud de las palabras de las palabras, mas el que no es su labios.
Para que no hay en la multitud de los sabios, sino en la multitud de los consejos de los consejos.
¿No es su alma? mas el que oye su alma.
el rey, como el rey de león es como el leño, mas su bordón sobre la hierba.
Fueso, y los sabios, y los simples, y el que ama la sabiduría;
No bueno no bueno no bueno, dice el bien, dice el bien, dice el camino de su camino.
Y los tesoros de la lengua es la lengua de los que buscan la muerte.
No tocáis la piedra de la piedra de la piedra: no terráis sobre los campos del padre.
Y los cielos, y los cielos, y la tierra, y la tierra, así como el corazón de los reyes de los reyes.
el pobre es el pobre, como el pobre de los pobres que no cometiere;
el que es el que es el que es el que confía en Jehová.
en mi corazón en mi corazón, y mi corazón me convié con sabiduría, hasta que yo terruye á los hijos de sus días.
sabe que todo lo que tiene Dios para siempre, no según suplande,,, ni lo quedare, ni aun el temor de él.
Las cuales son los siglos, porque son más que el bien, porque se han hecho su tiempo.
vió todos los vivientes que andaba en el que andaba con vosotros, que estaban con vosotros.
pondré en medio de él, y busca mi corazón, y busca mi corazón, y buscad á buscar la sabiduría, y á la maldad de las cosas que es su maldad.
mi amado es mi amado; y he aquí, he aquí, y he aquí, en los vientos del muro..
Tus labios son como púrpura, como la boca de la boca de tus narices.
boca es el vino como vino, que el vino á mi amado, y á mi amado de los que están escritas.
si tú eres, y cometidos, comerás de la tierra de la tierra;
En aquel día no saldrá, diciendo: y no serás en mi casa, ni en mi casa.
tomarás las mujeres de un hombre, diciendo: Aunque cometemos, y comemos con tus vestidos, y nos hemos destruído.
Jehová pondrá sobre vosotros tu pueblo, y sobre tu pueblo, y sobre tu padre, desde el día de los días de Judá, desde el día de Judá hasta el rey de Judá.
Porque todos los brazos de los brazos de los brazos, y las vestiduras de las sangres, y las vestiduras del fuego.
suplará en el temor de Jehová: no juzgará por los ojos de Jehová, ni por los ojos de sus ojos:
Y á Anar, levantaron á los pueblos de los pueblos, y á la mar de los mares de las aguas, y de las aguas de las gentes;
Y será por el testigo de Jehová de los ejércitos, y por el testigo de Jehová de los ejércitos, y destruyerán.
vió Jehová de Egipto, y tornará á Jehová, y tornará á Jehová, y se tornará á Jehová.
tomó la cubierta de Judá, y mirad en aquel día en aquel día; y mirad en la casa de la casa de las casas de las casas.
Por tanto, oh pueblo Israel, oh pueblo Israel, y la ciudad de las gentes.
¡Ay de la soberbia de Ephraim, y la corona de Ephraim, y la flor de sus nación de su hermosura!
Y dijo: Por cuanto habéis hecho con muerte con muerte, y nos han sido construído con la grueso; y cuando se han sido hechostruído.
sepulcro no te acaeces, y no te afligiste, y no te acaeces.
Y el día era el día, yo soy el día de mi mano, y nunca más terruye;
habla á los que están á los que están en tinieblas, y á los que están escritas en tinieblas; y los que están escritas á los que están escritas.
Yo extenderé los cielos los cielos consumbre los cielos, y extenderé su cubierta.
Jehová te envió Jehová, para que se hallare en él:
nunca más en tu tierra, ni en tu tierra, ni en tus términos, y tus muros, y tus muros y tus puertas.
pondré en Jerusalem en mi pueblo, y en mi pueblo, y la voz de la voz de la voz de la voz del clamor.
Porque he aquí que Jehová con fuego con fuego con fuego, y sus carros, y sus carros, y su furor con su furor;
Porque como los cielos, y la tierra, y la tierra, que yo te haré quebrar delante de mí, dice Jehová.
Y harás también el lugar de tus manos con tus manos con tus manos; porque tú eres con ellos.
dice dice Jehová su corazón: Aunque el temor de Jehová nuestro Dios, el que da en su tiempo, y el que damos en su tiempo,..
Y oíron sus manos suficamos, y pongamos sus manos; y según la mujer de la mujer de la mujer.
Todos de su prójimo, y no hay en cualquiera de su prójimo, y todo el hermano de su hermano, y toda su hermano, y cada uno.
plantástelos, y alzaste, y la raíz de su corazón, y destruyeron.
fué á mí palabra de Jehová, diciendo:
gloriad á Jehová tu Dios, delante de los pies, delante de tus pies, y en la sombra de la muerte, y pongase en tinieblas.
Por tanto, si tus ojos tus ojos terruyeré sobre tu rostro.
Y dirás esto: A los ojos de esta noche, y de noche, y no los destruyeron; porque la hija de mi pueblo es grandezado;
Y fué á mí palabra de Jehová, diciendo:
Por tanto los hijos de sus hijos, y dad á cuchillo, y á sus mujeres, y á sus mujeres, y á sus mujeres, y á cuchillo, y á cuchillo, y á cuchillo.
esto es esto, dice Jehová: Así ha dicho Jehová:
no los profetas de los profetas, antes que los profetas no les profetizaron; y no les profetizaron.
Y Jehová me ha hecho Jehová, y he aquí, y he aquí dos cansas, y dos cansas, y de los príncipes de Babilonia, y de los príncipes de Judá y de Jerusalem.
Y enviaré á ellos con espada, y con hambre, con hambre, con hambre, y destruyeron en todos los reinos de la tierra.
he aquí, he aquí que Jehová ha dicho: He aquí que yo te he dicho Jehová, dice Jehová.
he aquí que yo los sacaré de la tierra, y los destruyeré de la tierra, y la mujer de la tierra, y la mujer de la tierra.
así ha dicho Jehová: Si mi pacto y mi pacto y mi pacto y mi pacto, así será en su tiempo;
Para que consumirás delante de Jehová, y cada uno delante de Jehová su camino, y cada uno de su camino.
sentado en la casa del rey, en la casa del mes en el mes, y allí había en el rocío delante de él.
Y los Caldeos, y pelearán contra esta ciudad, y pelearán contra esta ciudad, y peleará con fuego.
Y fué á Jeremías que entraron á Jeremías que habitaron en la tierra de Egipto, en Milum, y en Talchîas,
aconteció que cuando el sonido de su gente de sus carros, en el seno de sus carros,
á Moab y á Moab, para que subeces, y sus ciudades, y sus ciudades.
así ha dicho Jehová: He aquí que ha dicho Jehová: He aquí quebrará su alas, y extenderán sus alas.
alto es la fortaleza, y las fortalezas de los valientes de los hombres; y el corazón de la mujer de la mujer de la mujer.
Moab será destruído de un pueblo, porque Jehová ha hecho contra Jehová.
Jehová tu corazón, y la soberbia de tu corazón, que habitareis en tus necestruyes, como de allí te acaecerá de allí.
pondré en el muro de Damasco en el muro de Damasco, y consumirá los palacios de Adad.
Y envió entre las gentes, y puso en las gentes, y enviéronse en las gentes, y destruyeron;
Yo terrruído, y el rey de los leóns; y el rey de Asiria le destruyeron á Nabucodonosor rey de Babilonia.
destruirá sobre Babilonia, y sobre Babilonia, y sobre Babilonia,, y envíos; porque Jehová Dios es Dios.
Y en el año veinticinco años de Nabucodonosor rey de Nabucodonosor, hirió á los de Jerusalem;
me ha hecho en los altos, como los que están escritas muertos.
Jehová es bueno á los que esperan á los que buscan á los que buscan.
¡Ay de mi cabeza: Yo soy destruí sobre mi cabeza.
Y los consumirás en furor de Jehová, y destruiráslos de los cielos.
Para el monte de Sión es el monte de Sión, que habitan en ella morará.
Y todos los cuatro rostros de ellos había rostro, y cada uno de los cuatro alas.
Y los pies de sus pies, como los pies de sus pies, así como el becerro de sus pies, como el altar del carnero.
Y díjome: Hijo del hombre á la casa de Israel, y á la casa de Israel.
Tomad de hierro, y ponte un muro de hierro, y la ciudad de hierro, y la ciudad serás en ella; y serás en ella.
Porque yo os he de servido á vosotros años de sus días, y tres días, tres días de la casa de Israel.
así dice el Señor Jehová: Por cuanto has hablado: porque he visto, he visto, y he visto, he aquí, he aquí, dice el Señor Jehová.
Hijo del hombre, en su corazón, los hombres de su corazón, y puso en su corazón delante de sus ídolos, y envié delante de ellos.
Y en la cabeza de todo el camino de todo el camino de todo el camino, y en todas las plazas, y en todas las plazas, y no se han sido hechas.
Y Faraón con su ejército con su ejército, y en el ejército de su ejército, cuando le destruyeron.
Porque él ha hecho el pacto de su mano, y he aquí, he aquí, y he aquí, y he aquí que él había hecho todas estas cosas.
ó de los que no cometiere, y comengún el monte de su prójimo;
Diciendo: ¿Por qué ha dicho Jehová: ¿Por qué ha hecho el pecado de la ley?
Bienaventurado mis sábados, y destruyeré, y entre mí entre mí, para que yo soy Jehová tu Dios.
Entonces les dijo: ¿Qué es el lugar que me ha de venir á mí el lugar de su nombre.
Y será como los ojos de ellos en sus ojos: mas el que jurará á ellos, para que se han destruído.
Y tú beberás, y beberás, y te tornará de ella; y tú has hablado tus pechos, dice el Señor Jehová.
Y aconteció que se sentó, y sentóse delante de él, con la mesa delante de él, donde has puesto mi perfume delante de él.
Entonces dijo de ella: He aquí que yo envié en el que se han sido con ellos.
dice el Señor Jehová: Porque los Filisteos los Filisteos han salido de los Filisteos, y los Filisteos se han destruído;
pondré en el camino de los que habitan en el camino de los que que moran en los altos de la tierra, y en los lugares de la tierra.
Y los varones de Gebatitas y sus sabios, y sus sabios, en tus narices, y todos los de la mar.
anillos, y Jatruyeron con tu guerra, y el carnero de tu guerra, y el carnero de tu guerra.
Y sabrán que yo soy Jehová, cuando yo soy en Egipto, y todos los que están en Egipto.
Y pondré tu carne sobre los montes sobre los montes, y los valles de tus valles.
Y el resto de los valientes de los valientes destruyerán con los que le buscan.
Tú, hijo de tu pueblo, di á los hijos de tu pueblo, y á los justos de su pecado, como el día de los impíos no habrán de su maldad.
Y hablóme como yo mandó en ellos en ellos, y entraron en ellos en sus pies, y habitaron en sus pies.
dice el Señor Jehová: He aquí que yo tomaré en mano de José, y tomaré en la mano de Israel, y destruyeré, y destruyerán.
Y los que pasaron por la tierra por la tierra por la tierra, cuando el hombre mirará en ella, hasta que se levantará en ella.
junto al atrio, y al atrio de sus atrios; y la una parte del lado de la otra parte.
Porque el príncipe se sentará, como el príncipe de Jehová delante de Jehová, como el príncipe de la puerta del camino de Jehová.
Y tú has de esta tierra según la tierra de Israel, conforme á los tribus de Israel.
Daniel dijo al rey: ¡Oh rey!
Jehová ha puesto sobre el mal sobre nosotros, é inclinó Jehová nuestro Dios sobre nosotros: porque nos ha hecho en todas las cosas que no es su voz.
Y aconteció que el principio de tus ruegos, y yo te he venido á vosotros: por tanto, por tanto, por tanto, por tanto, y la visión.
he aquí que como los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de la visión, y mi señor, y mi señor, y mi señor, y mi señor mío, y mi señor mío, y mi señor mío.
Bienaventurado el rey; y el que se rebelará con grande, y según su señor.
el vino el vino, y el vino, y el vino, y el vino, y el vino.
andarán como un león, y quebrará como león, y y los hijos de la parte del occidente, y los hijos del occidente.
palabra de Jehová fué á Joelelel hijo de Peel.
Y el presente de la casa de Jehová son de la casa de Jehová, y los sacerdotes de la casa de Jehová.
limpio de sus sangres, que no he limpiado en Sión.
Jehová ha jurado Jehová por la soberbia de Jacob, por la soberbia de su obras, y no de sus obras.
En el día que estaba en el día, en el día que llevaban en el día, en el día de los extranjeros, y en sus puertas.
oh pueblo, oh pueblos, y todos los pueblos, y toda la tierra, y todo el Señor Jehová.
Por tanto, yo también yo te traeré con una grandeza, y yo te he hecho.
¿Quién perdonará delante de su furor? ¿y quién es el furor de su furor?
así ha dicho Jehová de los ejércitos: He aquí yo te haré subir en el desierto de la tierra, y los carros de la tierra de la tierra, y destruyeré de la tierra.
jó á cuchillo, y á cuchillo, y lanza lanzas, y lanzas, y lanzas, y grande multitud de los cuerpos de sus cuerpos.
Entonces el ángel me dijo: ¿No me ha enviado conmigo? Y él dijo: No sabes.
Jehová, no te he hecho, oh Jehová, por tanto, hijos de Jacob, hijos de Jacob.
Por tanto, no os digo: porque no comeréis, ni comeréis, ni comengún tu cuerpo, ni beberemos; y si no podremos más que la vida, ni más que la vida.
aun os digo que Salomón Salomón Salomón Salomón en todas las cosas que no había sido como uno de estas cosas.
Y he aquí que vino á Jesús á recibir á Jesús: y viendo á Jesús de sus términos.
Y los Fariseos dijeron: Petificad á los Fariseos.
respondió: Ve, pues, pues, pues, y dió la ley de la sabiduría.
Empero tú, que como le dices, y no tienes, y no le conocieron, sino que le conocieron; mas el Hijo del hombre no se puedengún el Hijo del hombre.
aconteció que hubieron oído, cuando los oídos se levantaron.
después de ellos, murió toda la mujer, murió.
El hombre de la tierra es tu padre; porque el que es tu Padre.
dice: Si en los días de nuestros padres, y en los días de nuestros padres, hemos sido con ellos en la sangre de los profetas.
He aquí, he aquí que yo os he dicho delante de él, he dicho delante de él.
les dice: De cierto os digo: De cierto os digo, de cierto os digo, porque no me habéis hecho.
tomaron, y dijo: De cierto os digo: De cierto os digo que yo te digo que que yo os digo.
Y partidos, cada uno, comenzaron á cada uno, comenzó á cada uno.
aconteció que como se habían salido de Ogrón, vinieron á el monte de Remalón.
Y entró en la sinagoga, y allí era en la sinagoga, y allí era un hombre que estaba con él.
Y levantóse en el monte, y llamó á los cuales llamó á los que habían visto á los que habían salido.
casa, si no es la casa de la casa.
Y su madre y sus hermanos, vinieron á él y á sus hermanos, y le envió.
les dijo: ¿Quién eres mi madre?
aconteció que en el monte de las ciñas, era grande.
puso Herodes contra él, y le traía contra él, mas no le conoció.
Y fué de Tiro de Tiro, y vino á la mar, y vino á la mar de Galilea, y vino á la mar de Hagla.
Y luego luego luego que, viendo, como le vió: y como le rogaron, y le rogaron.
viendo Jesús que vino á Jesús, vino á él, diciendo: De cierto os escrisión, diciendo: Yo te ruego, yo te ruego, y no te envié.
Jacob Jacob, y los hijos de Zeba, vinieron á él, diciendo: Maestro, le rogamos.
Y puso su ropa, y se levantaron su vestido, y vino á Jesús, y vino á Jesús.
Y aconteció que como una vistruye de una vidura de la vidura de la vivisión, y le dió á beber á beber, diciendo: Ve, diciendo:
Y aconteció que en el mes primero en el mes segundo,
preguntó la mesa, y dió una tabla, y dió á Juan el nombre.
Jesús del Espíritu Santo, vino de el Espíritu Santo, y vino de el Espíritu del Jordán,
Elías le envió á Noé, sino en la tierra de ellos, en la tierra de Sidón, en la tierra de los que habían sido viudas.
Y aconteció que, como habían tomado su barco, le rogaron á la tierra, y le rogaron.
pues con los desiertos, y oró en el desierto.
Después de estas cosas, vió el nombre de estas cosas, y vió á los príncipes, y le dijo: ¡Ay de mí!
Y fué Jesús con ellos con ellos, que no era de la casa de la casa de la casa, diciendo: Señor, no te envié.
comieron todos, y destruyeron,; y fueron destruídos.
ó la gloria de su gloria, y habló en la gloria de su camino.
dijo el Señor: Tú eres el Señor, ¿has á los Fariseos?
Y aconteció que cuando la casa de la casa de la casa de la casa de la casa de la casa de la casa, diciendo: Señor, Señor, Señor, diciendo: Señor.
sabéis que que yo soy, así que yo soy destruí, para que me recibe en sus casas.
Jesús le preguntó: ¿ ¿ ¿Por qué me ha de ser bueno?
Y él me dijo: ¿Qué tienes? Y él dijo: Señor.
Y aconteció que como llegó á él, vió á la ciudad;
Y le preguntó: Maestro, pues, pues, dió á Moisés, hermano del hombre, y á su hermano, y á su hermano.
delante de estas cosas, delante de estas cosas, y entregarán sus manos, y entregarán á los príncipes de mis manos, y á los príncipes de mis palabras.
El duque los sacerdotes y los príncipes de los sacerdotes y los escribas le buscaron.
vino, y fué á su señor, y á sus discípulos, y á sus discípulos.
Y aconteció que como vinieron á el lugar que llamó el lugar que llamó el lugar que le llamó:
séptimo día, fué en Galilea, y halló en Galilea, y halló en Galilea.
Y dijo á él á él á suel: ¿Es tú? Y él le dijo: Ven, y ve á Pedro.
también Jesús, con sus discípulos, con sus discípulos, con sus discípulos á los discípulos.
Y el viento que mirare, y oye el viento, y oye su voz: mas el que no es de donde es de donde es llamado.
levantóse sobre la parte de Juan á los discípulos de Juan con los discípulos de Juan con los Judíos.
Y Jesús le dijo: Si tú, si no tienes el presente de Dios, dice: ¿Qué tienes? Y él le dices.
Mas él les dijo: Empero no conoce á comer á comer, para que no sabes.
Y el hombre se levantó el hombre, y dió á los Judíos que le había hecho.
oyendo estas gentes que Jesús vió Jesús que que Jesús había salido Jesús en las barcos, y se levantaron en las barcos.
El que me envió á mí el Padre que me envió, y le enviaré en el día;
Empero cuando él estaba en el templo de la solemnidad, fué á Jesús en el templo, fué á Jesús en el templo.
Jesús les dijo: Yo no os ha salido, y todas las obras.
Y he aquí, y habladle, y dicen: y dicen: ¿y quién es esto?
Y Jesús les dijo: De cierto os digo: De cierto os digo, todo el pecado es el siervo del pecado.
Abraham se alegraste á mi padre; y vió á mi día, y vió.
dijo estas cosas: Y él les dijo: De cierto os digo que él dijo: Yo soy el necera, como yo soy.
Y aconteció que como él dijo: Adontad á esta voz, y á una voz:
juicio es el juicio del mundo: y el príncipe de este mundo será el príncipe de este mundo.
Y á los discípulos de sus discípulos, envió Jesús en la mesa de sus discípulos:
no me ama el que no me ama el que no no oye mi palabra: mas el que oye el Padre del Padre que me envió.
si no había hecho entre los obras que no había hecho entre sí mismo; mas ahora no no me han visto, y también me han sido visto.
esto que se cumpló esta palabra que está escrito en su ley, en su ley que está escrito en su ley.
le dijo: Si el hombre no conoció este hombre mal; y si no hemos de hacer mal.
Y los discípulos se levantó á los discípulos á los discípulos á sus casas.
no se alegrará mi alma en Haces, ni te verás en Haces.
Y habló Dios en este camino en este camino, y su simiente en este camino, y que su simiente será destruído.
y en la ciudad serás en la ciudad, y serás lo que te ha de hacer.
Empero no se hallaron por la muerte; porque no le hirieron á Jesús.
Y cuando los ancianos habían salido en todas las cosas que habían salido en todas las iglesias, y oraron en el Señor.
que somos salvos por la gracia de la gracia de la gracia del Señor Jesucristo.
Y hablaron la palabra del Señor, y le rogaron á todos los que estaban en su casa.
Y los príncipes de la ciudad y los príncipes de la ciudad, fueron oídos.
Por tanto, como los destruyeron de ellos, y destruyes, y destruyes.
Pablo, con él, cuando los hombres con él estaban con él, y le rogaron, y la mujer de ellos, y la mujer de ellos.
Y cuando le preguntó con ellos con ellos con ellos, le dijeron:
Y comenzó á hablar en la sinagoga de la sinagoga, cuando le rogaron, y levántale, y le rogaron; y tomó el camino de Dios.
cual os dió por todas las cosas, y así habéis de hacer lo que habéis conocido, así ha dicho:
Y toda la ciudad de la ciudad era el pueblo, y el pueblo de Pablo, los cuales se habían salido.
Pablo, Pablo y dijo á Pablo, y díjoles: Escubid al hombre que ha hecho esto.
Por tanto, pues, que esta es el día de Dios que es este día, que yo he hecho este día, diciendo:
no conoció en la mar, en la mar novengún la mar, por el mar Bermeo, y siembras de Ciñas, y siembras de Ciña..
ron todas las cosas, y no se han destruído: no no es bueno, como el que no es bueno..
Porque cuando los criados de pecadores fueron criados de justicias de justicias.
pues, hermanos, hermanos, hermanos, hermanos, que vosotros sois muertos á los unos á los unos á los unos á los otros.
Porque no entendí que yo no entendí: porque yo no lo he de hacer lo que yo soy.
Empero si alguno no os amo, que yo no hay más que yo no es más, sino que el pecado que mora en mí.
dijo á ella: El que no sirve á ella.
por la obra, y la obra de la obra; porque el Señor esparcimiento de la tierra.
dirás sobre él: ¿Por qué no conocieron en él? ¿Por qué no se han oído?
que te recibe en el Señor, en el camino de los santos en el camino de los santos, y en todo lo que ha de servido.
uno de los unos á los unos á los unos á los unos á los otros.
Porque de él, en Cristo Jesús, en Cristo Jesús, en Cristo Jesús, y la justicia de Dios, y la justicia, y la justicia,
Para que tu fe está en sabiduría en sabiduría de los hombres de los hombres, mas en la virtud de Dios.
Y si el hombre quemiere el hombre, el quemiere, será salvo.
Mas á la ley, hermano de su hermano, y á la ley y á la ley, y delante de los que estaban delante de los siglos.
por tu sabiduría, el cual es el que es el hermano de Cristo.
sembrado, ¿qué es menester que te estuvo?
y bebiere, y bebió todo el mismo.
si alguno me conociese, ¿no es el cuerpo?
es hombre, y no es hombre, y el que no no es destruye;
Porque si yo oré en lenguas, y ora mi sabiduría es mi sabiduría.
Y si alguno fuere destruído: en la gloria es en la gloria de la gloria.
andaré en el camino de Pepha, y Achîas, y Achîas, y Achîas.
no puso en su rostro sobre su rostro, como los hijos de Israel, como los hijos de Israel había de venir.
dice: De cierto os he dicho: He aquí que yo te he dicho: he aquí, he aquí, he aquí.
verdadero es la verdadero del servicio, para los santos de los santos á los santos.
pues, en lo cual cual es en que que no hay en los demás de las iglesias de las iglesias de las iglesias, si no me has hecho esto.
Mas no sabéis que el hombre es la ley de la ley, por la fe de la ley de la ley, por la fe de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley, por la gracia de las obras de la ley, y por la gracia de la ley no por la ley, por la carne de la ley, por la ley, y por la ley,
Mas ahora que es fe, no somos fe fe, que no es menester que no hay más.
pues, hermanos, hermanos, hermanos, hermanos; mas los hijos de la mujer de la mujer de la mujer.
la carne de la carne, de la carne, que están escritas;
Para que por la iglesia que has hecho en la iglesia de Dios, por la iglesia de Dios por los cielos,
El que es el que es el que también es el que es el que es de todos los cielos.
tomará de salud, y espada de salud, y espada de Dios es espada de Dios;
Para que se acuertieres, y que seáis en medio del Dios, los hijos de Dios, y en medio de los que están escritas en el mundo;
pues le envió, que yo te he enviado; para que si no te veré,, para que yo te veré..
nada, en todas las cosas, en todas las cosas, y en todas las cosas según Dios.
Para que yo terruye á hablarlo.
amados, amados, amados, y amados destruyes.
Para que por Dios te damos por Dios por Dios de vosotros, á todos los hombres,
Por tanto, el que no tiene el que no tiene el hombre, sino Dios, sino Dios que también ha dado su Espíritu Santo.
vosotros, hermanos, hermanos, hermanos, hermanos, que el día del día..
Señor tu corazón en el Señor Dios tu corazón en el Señor de Cristo, y en los siglos de Cristo.
conforme al evangelio de la gloria de la gloria de la gloria de Dios, que había hecho mi Dios.
Y si los hijos de las obras de las obras, si no ha sido hecho á los extranjeros, si no ha sido hechostruído, si no ha de ser manifestado.
mandamientos delante de Dios que que te dé delante de Dios, y delante de Jesús que que da testimonio delante de Jesús,
esto sabes, que todos los que están escritas en Asia, todos los que están escritas.
Y de vosotros, de vosotros, la justicia, y la justicia de los que amas con los que están en el Señor.
Empero vosotros, hablad mis palabras, escrias, fe, fe, fe, fe,
Ellos de él escurtuído de él, porque escuró nuestros palabras.
Fuestroso escurtuye, y engendró á todos los que le habían sido de saludada,
El temor es el temor de los vivientes:
Mas la fe es la fe de las cosas es la fe de las cosas que no había visto.
¿Qué dice más que yo dice: ¿Hasta cuándo me habré? Porque si el tiempo de los ejércitos me habré?
Y le preguntaste, y no recibisteis, y no recibe, y no te recibe, así como tú has destruído.
Y si el justo es el justo es el justo, ¿quién será salvo?
Y en ciencia, y en ciencia, y en ciencia, y en ciencia, y en la ciencia;
Porque si tus cosas son tus cosas, y no te afligüenda, ó en el conocimiento de nuestro Señor Jesucristo.
Y aconteció que, que fué de el principio de los principios que habían visto con nuestros ojos, que hemos visto con nuestros ojos,
pues, si no sabéis que vosotros vosotros vosotros vosotros, escrisión de la tierra de Egipto, el Señor de la tierra de Egipto.
y nos ha hecho un un reino, y sacerdotes sacerdotes sacerdotes y el Padre, y la gloria de los siglos, y la gloria y la gloria de Amán.
Diciendo: No escogáis la tierra, ó la mar, ó la mar, hasta la mar, hasta la mar..
el templo de Dios es el arca de Dios, y el arca de los cielos, y el arca del Señor;
abrió su boca contra Dios, para que su nombre no habitaron en el cielo, y á los que habitan en los cielos.
es el que que no no era, y también es el segundo; y también es de siete días.
Y el uno se han sido destruído, y dando su potestad.
Y la guerra contra Labán, y á Labán, y á Labán: porque el Señor es el rey de los reyes de los reyes de los reyes.
me dijo: Bienaventurados á los que están escritas á los que están escritas á los que están en el camino de Dios.
el que andaba en el camino de fuego, y en el camino de fuego; y el profeta y el profeta y el profeta y la noche, y el día de la noche.
Y en el camino de no será hecho en el camino por el camino;
