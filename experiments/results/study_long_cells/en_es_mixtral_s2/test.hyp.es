pues, y consumión la luz de los cielos á la luz de los cielos, y la luz sobre la tierra.
Dios dijo á las aguas: Ven las aguas de las aguas, y las aves de la tierra.
Y el nombre de la tercera parte de la tercera parte de la tercera parte de los ríos que está en la cumbre de Asiria.
mujer dijo á la mujer: ¡Oh?
Y todos los días de Jas.
todos los días de Mesach, seiscientos sesenta y cincuenta años.
y envióse, y envió á la cumbre de la tierra: hasta que los henchían hasta la tierra.
Y dijo Dios á Noé, y á sus hijos y á sus hijos y á sus hijos y á sus hijos, y díjoles: Mirad;
Y vivió Nazarea años de ciento y treinta años.
Y tomó Abram su mujer á Abram su hermano, y á Achîs hijo de su hermano, y á Achîs hijo de su hermano, y á la tierra de Canaán, y á la tierra de Canaán.
Y será que cuando los Egipcios que los Egipcios de su mujer, dirán: Este es su mujer.
toda la tierra delante de mí, ¿no te he de mí? ¿no os he venido á la diestra de mí? Y si la diestra de la diestra de la diestra.
Y respondió Abraham á Abraham: He aquí yo he aquí, yo he puesto sobre mí, y he puesto sobre mí, y yo soy polvo.
Y dijo Abraham á su mujer, y dijo á sus hermanas: Mi hermana es mi hermana.
Y habitó en el desierto, y habitó en el desierto de la tierra de Egipto.
Y llamó Abraham la llamó Abraham á Abraham: Jehová es el nombre de Jehová: Jehová es el monte de Jehová: Jehová es el monte de Jehová.
Y yo me ha dicho Jehová mi cabeza, y bendigé á Jehová Dios, y Jehová Dios de mi señor, que me había dicho en el camino de mi señor.
Abraham dió su espíritu, y murió, y fué llamado el hombre de los años, y de los años arriba, y de años.
Y no hizo él, porque su hermano no le dió su hermano, porque su hermano le bendijo.
Y he aquí, oh Jehová Dios, y dijo: Yo soy Jehová tu padre, y dijo: Yo soy Jehová tu padre, y el Dios de Isaac, y á la tierra de Isaac, y á tu simiente.
Y concibió á Lea, y parió un hijo.
Y dijo: No me dijo: No me hasta que me hasta que yo.
Y dijo: ¿Qué diréis á Jacob? Y dijo: ¿Por qué me dieres? No me dijo: No te daré á mí.
habitó con todo aquel tiempo, y levantóse con todos los ríos:
Y vino Dios á Achîs á Achîs, y dijo á Achîs: Ve, y le dijo á Jacob: Mirad á Jacob.
Y ella dijo á su padre: No destruye mi señor, ni mi señor, sino mi señor, sino mi señor, sino mi señor, mas no lo hallare.
dos machos y cinco machos y cinco carneros y cinco carneros,
habló Amán, diciendo: El alma de mi hijo, hijo de mi hijo, hijo de mi hija.
Y partió á Israel Israel en su tienda.
Y él dijo: Si os digo: Yo soy macho cabrío de ovejas de ovejas: ¿Hasta cuándo me hasta que me hasta que me hasta hoy?
Y como la mañana fué como la mañana, los mancebos de la mañana, y los asnos, y sus asnos.
Porque estos dos años están dos años en la tierra, y allí están cinco años, y allí son cinco años.
Y habitaréis en la tierra de Golón, y habitaréis á la tierra de Gog, y os serás á vuestros hijos, y á tus hijos, y á tus hijos, y á tus hijos, y á tus hijos, y á tus hijos, y á tus hijos.
Y he aquí tus ojos, y tus ojos de mi hermano, y los ojos de mi hermano.
Los hijos de Nephtalí, y Jazeel, y Jazer, y Achârías:
mi alma, no destruye á su alma, hasta que á á su gloria, y á su gloria, y á los hombres de ellos.
Y vinieron á la otra parte de la otra parte del Jordán, la cual es de la otra parte de la otra parte de la parte del Jordán y destruye, y hencho.
sus hijos hizo como le mandó á él como les mandó como les mandó como les mandó como les les mandó,
Y dijo á su pueblo: He aquí el pueblo de los hijos de Israel: He aquí el pueblo de los hijos de Israel.
tomó á Zin, y destruye, y destruye de su hijo, y dijo: Porque tú eres tú de sangre de sangre.
hijo de su padre tomó á la hermana de su padre á su padre, y á Aarón y á Aarón, y á Aarón y á Aarón.
dijo Jehová á Moisés: Toma tus manos sobre las aguas de Egipto, y sobre sus ríos, y sobre sus ríos, y sobre todos sus ríos, y sobre todos sus cabezas, y sobre todos sus cabezas.
Entonces el rey Faraón dijo á Faraón: Estas es el corazón de Dios, y es el corazón de Dios: mas el corazón de Faraón había hablado á ellos.
Faraón su corazón se ha destruye su corazón.
si no os dejas;
Y levantóse Faraón en la noche en la noche, y todos sus siervos, y todos los Egipcios, y todos los Egipcios.
los Egipcios con los Egipcios de la tierra de la tierra de la tierra de la tierra.
Moisés á Israel en el desierto, y vinieron en el desierto en el desierto, y vinieron en el desierto en el desierto.
Moisés dijo á Moisés: Por lo que hoy hoy hoy, porque hoy está hoy.
He aquí, oh rey delante de ti, para guardarte delante de vosotros, y á vosotros, y á ti á ti.
Moisés hizo con Josué con Josué, y y Moisés siervo de Dios, y fué sobre Moisés monte de Dios.
Porque la luz de la luz y la luz y la luz y el aceite, y para el perfume,
Y pondrás el altar en el altar alrededor alrededor de los altares, para que la redimió la mitad del altar.
tomarás los vestidos de los vestidos, y pondrán sobre Aarón el ephod, y el ephod, y el ephod, y el ephod, y el ephod.
Y toda la mesa y toda la mesa, y todos sus lámparas, y todos sus lámparas, y sus lámparas,
Habla á los hijos de Israel á los hijos de Israel, diciendo: Veos míos de sábado, para que guardar mis sábados; porque tú eres Jehová, para que yo soy Jehová.
el tabernáculo del tabernáculo, y sus sus tablas, y sus tablas, y sus tablas, y sus tablas, y sus columnas, y sus columnas;
Y él le puso con el Espíritu de Dios, en la sabiduría de Dios, en sabiduría, en sabiduría, en sabiduría, y en toda sabiduría;
Y llamó Moisés á Belón, y á todos los sabios, y á todos los sabios, y á todos los sabios que le había hecho.
la longitud de la cortina de la cortina de la cortina de la cortina de cada una cortina.
veinticinco piedras de piedras de piedras de piedras de piedras de piedras, y de cada uno á Azabel, y á Achîs, y á Achîs, y á los primeros.
puso la puerta de la puerta de la puerta.
toda ofrenda encendida de tus presentes, no te pondrás de tus presentes, ni de tus presentes no serás de tus holocaustos.
Si alguno pecare, y cometará contra Jehová contra Jehová, y con su prójimo, y con su prójimo, y de su prójimo, ó de su prójimo, ó de su prójimo;
Y de la ofrenda de la expiación por expiación por expiación, será expiación por Jehová.
Y puso todas las manos de Aarón todos los hijos de Aarón, y en la mano de sus hijos, y de la mano de Jehová.
y pondrán los pechos, y quemaron los pechos.
pues, que comieres cada uno de ellos, y de cada uno de zapato, y de cada uno de la hierba, y de la hierba, y de la hierba de la hierba, y de la hierba, y de la hierba.
no os habéis hecho con vosotros, ni os engañéis que no os engañe, ni os engañéis.
ella ella será un cordero ó cordero, ó un cordero ó dos tablas, y el sacerdote; y el sacerdote será expiación por expiación; y el sacerdote será expiación por expiación, y el sacerdote.
ofrecerá el macho cabrío, y los pondrán delante de Jehová.
No tendrás la desnudez de tu padre, ni la desnudez de tu madre es tu madre.
Si alguno con su suegaré con su suegrio, y de la muerte de ellos será inmundo.
Y cualquiera que ofreciere sacrificio de la paz de los sacrificios, ó sacrificio de Jehová, ó ofrenda de los rebaños de los rebaños, ó de los rebaños, ni de los rebaños.
Y pondrán en él engaño en él, hasta que los agüenes de Jehová.
sábado de la tierra de la tierra de la tierra será para ti, porque tu siervo, y tu siervo, y tu siervo, y tu siervo, y tu siervo, y tu siervo, y tu siervo.
digo, ó á tu prójimo, ó de tu prójimo, ó de tu prójimo.
yo el campo que sacare el campo de tus campos; y el quinto de tus ovejas, y harán el sol.
No será el bien, ni el bueno, ni se hallare, ni lo quedare, ni lo quedare.
sus escuadrones, y los contados de ellos, y dos mil y dos.
los hijos de Leví por sus nombres, y de sus nombres.
Los contados de ellos, conforme á la cuenta de todos los hombres, conforme á la cuenta de todos los hombres.
Y todos los vasos de todos los vasos de los vasos, y pondrán en el santuario en el santuario, y las pondrán en el santuario.
mas no se apartarán en el santuario, sino que el santuario.
los contados de ellos, por sus familias, por sus familias, por sus familias.
No será inmundo por su padre, ó por su hermano, ni su hermano, ni su hermano, ni su hermano, ni su hermana.
Y el sacrificio de los sacrificios de los sacrificios, y dos bueyes, y cinco carneros, y cinco corderos, y cinco corderos, y cinco corderos, y cinco corderos, y cinco corderos, y cinco corderos.
Y el sacrificio de los sacrificios de los sacrificios, y dos bueyes, y cinco carneros, y cinco corderos, y cinco corderos, y cinco corderos, y cinco corderos, y cinco corderos, y cinco corderos.
Un macho cabrío para expiación;
mensajeros y los Egipcios y el monte de los Egipcios.
Y si el hombre hombre hombre hombre fuere de los pecados, cada uno de un macho cabrío.
Y levantóse Moisés y subió á Moisés y á Abiram, y á Abir, y á Abiram.
Y los hijos de Israel habló á Moisés, diciendo: ¡Ay de Moisés! ¡Ay de Moisés!
Porque los hijos de Israel los hijos de Israel que ofrecieren á Jehová, que ofrecieren á Jehová, y á la heredad de los hijos de Israel. Y dije: He aquí que yo les dije: He aquí á ellos.
Y los hijos de Israel fueron todos los hijos de Israel, vinieron á toda la congregación de Zin, y á todos los primeros de Zin, y murió allí.
Por lo cual está en el Booo de Jehová: en el Booo de la gente de Jehová,
tomó á Israel todas las ciudades de los Amorrheos, y habitaron en todas las ciudades de los Amorrheos, y en todos sus aldeas.
Y tomó á su mano, y dijo á sus criados: Ve, y dijo á Aram, rey de Moab, rey de Moab, rey de Moab, rey de Moab.
¿Quién será el polvo de Jacob?
Y el tercer día de la tercera parte de la tercera parte, y dos corderos de un año sin defecto:
sus presentes y sus presentes, y sus presentes, y por sus libaciones, y por los corderos, conforme á los corderos;
Y envió Moisés á Moisés á la tribu de ellos, á la guerra de la tribu de Eleazar hijo de Eleazar hijo de Eleazar hijo de Eleazar, y de los vasos, y de los vasos, y de los vasos, con trompetas y trompetas.
Y he aquí los hijos de Israel he aquí, por el consejo de Balaam, por el consejo de Balaam, porción de Jehová contra el consejo de los Egipcios.
partidos de Rithán, y asentaron en Cedrón.
ó piedra ó piedra, que el hombre hombre hombre hombre hombre, no le agravó, ni le destruye sobre él.
entregará la congregación de la mano de la mano de la mano de la mano de los pobres, hasta que le le había sido muerto, hasta que él le había mandado.
No seráss en la tierra donde estáis, porque la sangre de la tierra que estáis en ella: porque la expiación por la sangre de los que estáis en ella.
Y vino á mí, cada uno de mí, y dijo: Destruye delante de nosotros, y díjoles: Esténtate delante de nosotros.
Y dije: No te ruegos, no os digo: No temas de ellos.
Y dijo Jehová á mí: No me ha enviado á Moab, ni á Moab, ni con ellos con ellos en la guerra de su tierra; porque yo os daré por heredad á los hijos de Redra, porque yo os he dado á los hijos de Egi.
Jehová me ha mandado á vosotros, para que los derechos os enseñasen en la tierra que os habéis hecho en la tierra.
Mas Jehová te amó, y por causa de guardar á tus padres, y á causa de tus padres, y á tus padres, Jehová de la casa de Faraón rey de Egipto.
Y aconteció que Jehová había Jehová en tus padres en tus padres, y es su simiente en tu simiente, y es su simiente.
Por tanto el extranjero extranjero extranjeros de Egipto, porque tú habitaban en la tierra de Egipto.
el seboro, y la cada uno, y el cinto,
No nos destruye la mujer de los hombres de las mujeres de las mujeres, ni el hombre sobre las cosas de las mujeres: porque es tu Dios.
No sembrarás tu viña con dos seguros de dos; porque todos los frutos de la viña de la viña, y el fruto de la viña de la viña.
Y sacarán la puerta de su padre, y los mancebos de la casa de su padre, y los mancebos de la casa de su padre, porque la casa de su padre te ha hecho.
El que es destruído, ó agravos, ni en la congregación de Jehová.
Moisés y los ancianos de Israel mandó á los ancianos de Israel, diciendo: Así habéis dicho el mandamiento que te habéis hecho hoy.
palabra es la palabra, en tu boca, en tu boca y en tu corazón y en tu corazón.
He aquí que yo te he puesto delante de vosotros, y en la vida.
¿Has los sacrificios de sus sacrificios de sus sacrificios, y bebiste, y bebiste, y consumiólos, y consumiólos.
entonces los dos de monte, y vinieron al río, y vino á Josué hijo de Nun, y vino á Josué hijo de Nun.
Y cuando el arca del pacto de Jehová subió al arca del Jordán, y el arca del Jordán, y el arca del Jordán, y la tierra de los pies de los sacerdotes, y la tierra de los sacerdotes.
hirió los treinta hombres de Achîs: y de treinta hombres de la puerta de la puerta de ellos, y los destruyeron delante de ellos.
Por tanto, oh rey de Jerusalem, envió á Achîs rey de Jerusalem, y á Achîas rey de Sopha, y á Michîas rey de Epha, diciendo:
Josué, y todo Israel con él, y todo Israel con él, y todos los de Gath.
Y el rey de Egi, un rey de Egi, un rey de Egi;
Caleb dijo: Achîstate á Baal-hach, y tomadle á Achîs, y tomaré á mi hija.
Zera,
de Ecrón hasta el mar de Ecrón, todas las ciudades de Adra, con sus aldeas.
el mediodía del mediodía fué de Chîriath-hamón hasta el mediodía, y el término de Egi, y salió al monte de Nethán.
subió el término del monte que está delante del monte que está delante del monte que está delante de los Egipcios, que está en el valle de los Egipcios, á la otra parte del mediodía.
Y habló Jehová á Josué, diciendo:
Mas los campos de la ciudad de la ciudad de los campos y sus aldeas.
fué el Espíritu de Jehová sobre él, y juzgando á Israel, y habló á Israel, y á Jehová, y á Jehová, y á Jehová, y á Jehová.
Y extendió su mano á la tienda de su mano, y su diestra de la obra de la obra de la obra de la obra de la obra de su cabeza.
Y envió mensajeros mensajeros á todos los mensajeros en todos los mensajeros, y con él, y dieron aviso á él, y á él, y á los mensajeros.
Y subió á Adrón, y hablólos en el camino, y hablólos en el camino de Adra, y dijo á los de los de Ammón.
Y levantóse Abimelech, y fuése allí, y habitó allí, y habitó allí, y habitó allí.
Y los hijos de Israel hizo lo malo en los ojos de Jehová, y sirvieron á Baal, y sirvieron á Baal, y á dioses ajenos, y á los dioses de Ammón, y á los dioses de Ammón.
Y la heredad de los Amorrheos de los Amorrheos hasta el monte de Arnón hasta el Jordán hasta el Jordán hasta el Jordán.
los príncipes de los Filisteos hasta que no había venido á sus siete metidos que no le había hecho.
Y tomóla, y toméndolela, y le dijo: Y él le dijo: Los Filisteos están sentados sobre ellos: Los Filisteos están sobre vosotros.
luego que el pueblo le había dicho el pueblo, y díjoles: Esténtate á su dios, y diles: ¡Ay de nosotros? Y los que nos ha entregado en nuestras tierras, que nos ha entregado en nuestras tierras.
no fué en los días en Israel en Israel, sino á Egipcio.
fueron los hijos de Dan, y cuando le habían visto, y cuando le habían visto para con él.
los hijos de Dan habitaron por la imagen de Dan, y Jonathán, y Jonathán, y Jonathán, y Jonathán hijo de Aser, y á sus hijos, y á sus hijos, y á sus hijos, y á sus hijos.
dijo á sus criados: Ve, y dad á su siervo, y á su siervo, y destruya.
Y en todas las siete mil hombres que habían quedado de todas las siete hombres que habían quedado en medio de ellos, y todos los que habían quedado.
Y los hombres de Israel se juntaron en la batalla en la batalla, y comenzó á Benjamín, y á Benjamín, y á Benjamín, y á los destruyos.
será que cada uno de sus hermanos, ó de sus hermanos, para que les les dirás: Esténtate á ellos, porque ellos les dicen: No destruye.
ella fué en alma de alma, y orando á Jehová, y orando á Jehová.
Y Achîs dijo á Achîs: No destruye á ella, porque él le dijo á su marido: No es el niño, para quedarte delante de Jehová.
Y Samuel juzgará á Samuel á todo Israel, todos los días de su vida.
¿Hasta cuándo contra mí contra mí, y delante de mí, y delante de mí, y delante de mí, ¿no me hasta que me has venido? ¿has pues, yo he venido á ti?
Saúl y todos los pueblos que estaban con él, y vinieron á la batalla con él, y vinieron á la batalla con sus espadas, y he aquí, y he aquí, y he aquí que todos sus espadas en gran manera.
Samuel dijo á Saúl: No te haré con vosotros, porque yo no os ha hecho con vosotros, porque Jehová te ha hecho sobre Israel.
Mas Jehová dijo á Samuel: No veréis sobre su rostro, ni sobre sus rostros, sino sobre el corazón de su rostro: porque yo soy hombre.
Entonces los príncipes de los Filisteos vinieron á los Filisteos, y de de los Filisteos, y destruyéronse, y de todos los siervos de Saúl, que todos los siervos de Saúl.
Y Jonathán dijo á Saúl á su padre á Saúl, y dijo á su padre: No escogió contra su siervo contra su siervo David, porque el rey David le dijo: No ha sido contra ti, y por causa de su siervo, y por causa de vosotros.
habló Saúl, y envió mensajeros mensajeros, y dieron avisos á los mensajeros, y dieron avisos á Saúl.
ruego que yo te saqué en en mi casa? ¿por qué has hecho esto en mi casa en mi casa?
Y aconteció que David los mancebos de David los mancebos de David, y vino á él, y vino á todas estas palabras.
Y envió David de David, y destruído, y debajo de cierto que Saúl había venido.
tomó David la lanza y la lanza de agua, y destruyéronlo de agua, y no conocieron, ni lo quedó de Jehová, ni destruye.
dijo David á su corazón: Yo soy el día de Saúl, que en la mano de Saúl, que no me descan en toda la tierra de los Filisteos, y á los términos de Israel.
Y fué David á sus hombres y á sus hombres, y á sus hombres, y á sus varones, y á los Egipcios, y á los moradores de la tierra de Egipto, y á los moradores de Egipto.
su cabeza de su cabeza, y en la tierra de los Filisteos, y envió en la casa de los Filisteos á la casa de los Filisteos.
Joab se volvió á Joab, y cuando el pueblo se levantóse á todo el pueblo, y cada uno á todos los hombres de David.
Abner dijo á David: Yo te haré, y te daré á todo Israel, y á todos los pueblos que están con vosotros, para que tú me ha enviado con vosotros.
Y he aquí David de los criados de David, y vino á Joab, y vino á Joab, y vino á Joab con ellos con ellos, y á Joab, y á Joab, y á Joab, y á Joab, y le había enviado en paz.
Y destruyaste sus pies, y tus pies, y tus pies, y tus pies novengún el pueblo.
mandó David á Jehová á David, diciendo: No te ha destruído, y dijo: No destruye.
Davidgando David, cuando cada uno de oído, cada uno de los Siros de los Siros, cada uno de los Siros de los Siros.
después de los hijos de Ammón, el rey de los hijos de Ammón, y reinó en su lugar.
furor de David quemó contra el hombre contra el varón de David, y dijo á Nathán profeta: ¡A quién ha hecho Jehová?
rey David envió al rey David á Absalom, porque era consolado de Achîs, porque era muerto.
Y cada uno de su cabeza de su cabeza de su cabeza de su cabeza, por tanto, por tanto, por tanto, por tanto, por tanto, por tanto, por tanto, por tanto, por tanto, después destruye.
siervo de tus votos, diciendo: Si yo soy Jehová en el monte de Egipcio.
Y el pueblo subió al campo, y la batalla contra los campos, y la batalla en el campo de Ephraim.
Y Joab Joab Joab en la trompeta, y la trompeta, y el pueblo se volvió de Israel, y el pueblo se levantaba de Israel.
Joab dijo á él á él: No escribéis, sino que el día de un día, sino que el día del rey, y no os he venido.
Y el rey dijo al rey: ¿Hasta cuándo me dijo el rey: ¿Hasta cuándo? Y el cual él respondió: Yo soy el rey de mi señor, y todos los enemigos de mi señor.
el pueblo que está en la ciudad que está en la ciudad, como el pueblo, como el pueblo que están en batalla.
pues, pues, he aquí tu siervo, he aquí, he aquí, he aquí que hoy hoy hoy hoy.
Y dijo Barg rey á Barar rey: ¿Por qué son muchos días de mi vida?
Y Samón hijo de Sarón, y Adra hijo de Sarón,
Y edificó fuego altar á Jehová á Jehová, y ofreció holocaustos holocaustos y holocaustos, y ofreció holocaustos y holocaustos y holocaustos.
su padre no le había hecho en tiempo en tiempo, diciendo: ¿Por qué habéis hecho esto en el tiempo?
Dios dijo á él: Por lo cual te has dicho: Por tanto, y no te has puesto por ti, ni te has puesto por el juicio, ni destruído á vosotros, ni describiste para siempre..
Y á Achîs, en Mathana, en Maas, y á Beth-hamón, y á Beth-hamón;
Y envió un rey de Tiro á Salomón rey de Tiro, para que le había oído á Salomón rey en el lugar de su padre.
Y la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa.
aconteció en el la cumbre de la otra parte de la otra parte de la mitad de la otra parte, y sobre la mitad de la la otra parte.
rey Salomón á toda la congregación de Israel y á todo el arca de la congregación, que no podían con él.
Y trajeron los sacerdotes en el arca de Jehová en el arca del pacto de la casa de Jehová, en el santuario de la casa de la casa de los querubines.
Bendito Jehová tu Dios, el cual te ruego que en el trono de Israel en el trono de Israel, para que te amó en el trono de Israel.
en que la cual los saqué de los mercaderes de los mercaderes, y de todo el pueblo de los mercaderes, y de todos los reyes de los cielos, y de todo el pueblo.
Y el rey Salomón hizo el rey Salomón y dos siclos de oro de oro de oro de oro;
Y será que, si te haré, si te haré, y andarás en mis caminos, y andaré en mis caminos, y andaré en mis caminos, y guardaré á David mi siervo, y á mi siervo, y á mi siervo, y á mi siervo, y á mi siervo.
Y durmió Salomón con sus padres con sus padres, y fué sepultado en su padre.
Y dirás: Así ha dicho Jehová Dios de Israel: Así ha dicho Jehová Dios de Israel: Así ha dicho el pueblo Israel:
pues, he aquí que yo traigo sobre la casa de Jeroboam, y pondré sobre la casa de Jeroboam en la casa de Jeroboam, hasta que está sobre Israel, y el quedó en la casa de Jeroboam.
los varones de la ciudad dijo á Eliseo: He aquí, ahora, ahora ahora, y ahora, y ahora mi señor: mas el agua es de esta ciudad, y la tierra es.
Y puso en el camino de los reyes de Israel en el camino de la casa de Achâb, como fué en la casa de Achâb.
Y el rey Roboam subió á la herencia de la herencia que le había dado aviso á Rama, cada uno contra Israel, rey de Judá, rey de Judá, rey de Judá, rey de Judá, rey de Judá.
tomó los capitanes, y los jefes, y los capitanes de la tierra, y á todos los pueblos, y á todos los pueblos de la casa de los reyes de la casa de Jehová.
En el año de Joas hijo de Joas hijo de Joas hijo de Joas rey de Judá, hijo de Joas rey de Israel, comenzó á reinar en cuarenta años.
Y sus estatutos y sus estatutos y sus estatutos y sus estatutos, y sus testimonios, y sus testimonios que les había dicho: y los cuales los había mandado á ellos, y á ellos que los había mandado, y los cuales los había mandado.
Y á los Achîs y á los Achîs, y á Taram, y á Taram, y á Taram, y á los hijos de Sepha.
oyendo él, dijo: He aquí, rey de Ecrón rey de Ecrón rey de Ecrón, diciendo:
Ahora pues, oh Jehová nuestro Dios, oh Jehová nuestro Dios, oh Dios de su mano, y destruye, para que todos los reinos de la tierra.
Y dijo Isaías á Ezechîas á Ezechîas: Así ha dicho Jehová.
hizo lo malo en ojos de Jehová en ojos de las gentes, después de las gentes, después de las gentes que Jehová había salido delante de los hijos de Israel.
Mas los dejó, y Manasés, y Manasés, y Manasés, y Manasés, y Manasés que los ha destruído.
Y reinó Josías en Josías, cuando comenzó á reinar á reinar, y reinó treinta años en Jerusalem en Jerusalem.
Y el rey de la casa de Jehová subió á la casa de Judá, y todos los moradores de Judá, y todos los moradores de Jerusalem, y todos los sacerdotes, y todos los sacerdotes, y todos los sacerdotes, y todos los sacerdotes, y todos los príncipes de la casa de Jehová.
hijos de Seir, y Suba, y Soba, y Soba,
Los hijos de Nethanías, Eliezer, Eliezer, y Eliezer,
hijos de Caleb, hijo de Jepha, hijo de Jepha, y de Elam, y de Elam, y de Elam.
Y hallaron, y la tierra, y la tierra fué hallado, y paz, y paz, y paz, y paz, y paz de los que moraban delante de Zera.
Porque Judá de sus hermanos vinieron, y de él, y de él, y de él, y de él, mas el jefe de José era de José.
hijo de Elel, hijo de Repha, hijo de Sepha,
Eleazar y á los hijos de Merari por sus familias, conforme á sus familias, y de sus familias, y de la tribu de Gad,
Hesbón con sus ejidos con sus ejidos, y Jahas con sus ejidos.
Y Susam fueron los de Soram, y los hijos de Ah, y los hijos de Ah, y los hijos de Ah, y á los hijos de Ah, y á los hijos de Adra.
Y fué á los hijos de Azram, los nombres, y á Phares, y á Phares, y á Ismael, y á Ismael, y á Ismael, y á Hananías, y á Hananías, y á Hananías.
subió David con todo Israel con todo Israel, que está á Baal-hamón, á Sedechîas, á Sedechîas, á Sedechîas, para que es el arca de Jehová, para que es el arca de Dios.
vinieron á Baal, y á Baal-hamón, y David les dijo á Baal-hamón; y díjoles: Por tanto, oh Dios de mi mano, como á Baal-hamón, como á Baal-hamón;
subió David en el rey David, y levantóse delante de Jehová, y dijo: ¿Hasta cuándo soy Jehová Dios?
Sadoc hijo de Achîs, y á Abimelech hijo de Ahicam, hijo de Nethán,
vinieron los hijos de Ammón en la puerta de Ammón en la puerta de la ciudad, y los reyes de la ciudad de la ciudad, y los reyes de la ciudad.
los hijos de Geri, Selón.
pues, pues que se han destruído, y los príncipes de los hijos de Eleazar, y de los hijos de Eleazar, y de los hijos de Eleazar, y de los hijos de Eleazar, y de los hijos de Ithamar.
Y todos los hijos de El rey, todos los hijos de Dios en las palabras de Dios, á los cuernos de Dios.
Y á los veinticinco hijos de veinte hijos y sus hermanos, y sus hermanos, y sus hermanos, doce hijos y sus hermanos, doce;
Y después de Ahiphat hijo de Benaía hijo de Benaía hijo de Joiada, y á Sadoc hijo de Benaías, y á Joab hijo de los reys.
Tú, oh Jehová, es la grandeza, y la gloria, y la gloria, y la gloria, y la gloria, y la gloria de todos los cielos: porque tú eres el reino, y tú eres el reino, y tú eres el reino.
dos columnas, y sus arcos que estaban sobre las columnas de las columnas que estaban sobre las columnas de las columnas de las columnas de las columnas de las columnas.
Oye, oh Dios mío, oh Dios mío, oh Dios, tus ojos, y tus ojos, y tus oídos, y tus oídos, y tus oídos en este lugar.
Y el rey Salomón dió el rey Salomón á todo el rey de Seba, y á todo lo que había venido á todo el rey de Seba y á la cual había traído á la cual había traído á su tierra.
cuando el furor de Jehová se levantóse de él, como se levantaba de él, como destruye.
holocausto y toda la mañana y toda la tarde y toda la mañana, y toda la mañana, y todo lo recto en la mesa de Jehová nuestro Dios, y para quedar la tarde de Jehová nuestro Dios.
Mas Jeroboam se ha destruído á ellos, y á los destruye delante de Judá.
Y los de Judá dió voces á los hombres de Judá, y á todos los hombres de Judá y á todo Israel.
Mas el cual no conoció á Dios, para que los enemigos de Dios los enemigos de sus enemigos, para que los entregaron de sus enemigos.
Y los destruyeron los muertos, y los muertos y de los muertos.
Por tanto, pues, y me hasta quemado á dioses ajenos, y quemaron á dioses ajenos, para que me han puesto en todo lugar de sus manos, y destruye sobre este lugar.
Y aconteció que cuando comenzó á reinar, y reinó tres meses de reinar, y reinó tres meses en Jerusalem.
los hijos de Arn, siete y cinco y cinco y cinco.
Y cada uno con sus hijos y sus hijos y sus hermanos, y sus hijos, y sus hijos, y sus hijos, y sus hijos de Judá, y los hijos de Judá, y á sus hijos, y á sus hijos, y á sus hermanos, y á sus hermanos, y á sus hermanos.
pues, ahora ahora ahora que si la ciudad de la ciudad se hallará, ni la edificarán el rey, ni á los reyes de los reyes, ni á los reyes de los reyes.
pues, el rey de la provincia que había hecho en la provincia de Judá, la casa de Judá, la casa de Dios, la cual edificó con piedras con piedras, y en gran manera que está en las cámaras, y en todas las cámaras, y en sus manos.
Los hijos de Israel, los sacerdotes y Levitas, los sacerdotes de los hijos de Israel, y los Levitas, y los Levitas de la casa de Dios.
Y vino á Jerusalem á Jerusalem en el mes segundo año.
Y de los hijos de Joab, y de los hijos de Eleazar, y de los hijos de Zeba, y con él treinta y dos años.
de los hijos de Sepha, hijo de Sepha, hijo de Jopha, y con él treinta y cincuenta.
plata y oro, y oro, y el oro, y el oro, y los vasos de nuestro Dios, que el rey de nuestro Dios había hecho á Israel, y á toda la casa de nuestro Dios.
vino á Jerusalem.
Machîs hijo de Rechîs, hijo de Rechîs, y el jefe de la puerta de Achîs, y edificó la puerta de Achîs, y y edificó sus puertas.
después de él, Mesullam hijo de Achâb, hijo de Achâb, hijo de Achâb, y de la casa de Eliezer, hasta la casa de Eli, hasta la casa de Eliezer.
Mas cuando cada uno había oídos que había oído la pareda de la pareda, y fuése en el muro, y fuése en gran manera.
Los hijos de Ah, dos mil y dos mil y tres mil y dos mil y cuarenta y cuarenta y cuarenta mil.
Y la puerta de los hijos de Seba, los hijos de Soba, los hijos de Soba, los hijos de Soba, los hijos de Soba.
los hijos de Hai, los hijos de Hai;
pues, y no no podían á causa de tus maravillas, sino á Dios de tus maravillas, y á la misericordia de tus maravillas, y á ellos, y á ellos, y á ellos.
Los sacerdotes de los sacerdotes, hijo de Jonías,
Eli delante de este negocio delante de este negocio delante de Dios, que estaba sobre las cámaras de la casa de nuestro Dios,
aconteció en los días que moraba en los días que moraba en los días que moraba, y de Moab, y de Moab, y de Moab, y de Moab, y de Moab, y de Moab.
dirás en todas las provincias de las provincias, y á todos los reinos de los reinos, y á los manceboss, y á los mancebos de los mesess, para que está en el mes de los meses, y de los mes de los meses.
Y dieron aviso á Mardochêo á Mardochêo.
Y aconteció que el día siguiente, cuando el día de corazón, cuando vió á la puerta de corazón, cada uno en la puerta del rey, que le había hecho con él.
¡Ay de mi angustia, y todos mis brazos, y todos mis brazos, y todos mis brazos.
me, y me haré paz.
Porque nosotros somos muchos días, y no sabemos en la tierra.
Y yo soy Dios: No me enseñaré: No me agüés.
Si yo soy impío, y me afligaré; y yo soy justo, yo soy justo, y yo soy mi cabeza.
si yo soy semejante á como un hombre como un vestido, como un vestido que es como vestido.
que tú, y tu espíritu contra Dios de tu boca? ¿no ha de tu boca de tu boca?
Y puso mis hermanos, mis hermanos, mis hermanos mis hermanos: mis hermanos son de mí.
Por tanto, pues, oh casas destruyeos;
Sino, y en las aguas, y las aguas son las aguas.
clamor, y os ruegos, y os ruego, y te ruego, y no me has dicho.
Y si la mano de mi mano contra el padre mi mano contra el huérfano:
si no comieres su fruto, ni su fruto, ni su fruto, ni su vida, ni su vida.
entregó de su aflicción.
No destruye la noche.
Tomad la iniquidad de la iniquidad; porque tú, no destruye.
He aquí, Dios es en su fortaleza: ¿Quién es semejante á él?
En aquel que el hombre se acepción de las nubes de las nubes y de las nubes de las nubes?
cubrirá sus manos con el fuego.
El huérfano y el huérfano y el hombre que es el hombre que es de la tierra.
Al Músico principal: Salmo de David: Salmo de David: Salmo de mí, oh Jehová? ¿no me has olvidado tu rostro?
rán los extranjeros, y destruyerán, y las aguas de sus fortalezas.
Pelecerá á los pueblos: y le dirán.
Alabadme, y mis pecados y mis pecados.
respondió uno de Jehová, que me habría de Jehová, para que morare en la casa de mi vida, para que mora en la casa de Jehová.
stemes mi angustia, y me han engañiste, y destruíste:
Jehová metió Jehová á los Gentiles de las gentes: y el consejo de los pueblos los pueblos de los pueblos.
los impíos son los impíos, y hasta el pobre, y á los pobres, y á los pobres y á los pobres.
no me has destruído tu misericordia, oh Jehová, y tu misericordia y tu misericordia.
¿Por qué eres tú, oh alma de mí, oh alma, oh alma, y mi alma? ¿hasta, oh Dios, oh Dios, y mi Dios.
sus amigos y sus amigos.
Al Músico principal: Al Músico principal: y Noé: mas el que David, oh Dios de David, oh Dios, en la sombra de Saúl.
serán dados sobre la fortaleza de la espada.
haré holocaustos holocaustos para holocaustos, con los carneros de carneros, y con los machos de carneros. (Selah. (Selah.
Y la congregación habitó en la congregación: tú, oh Dios, y tus bienes, y tus bienes.
Al Músico principal: Salmo de David: Salmo de David, y Achîs: Dios me ha enviado á mí.
Y todos los que buscan á todos los que están en ti, y en vosotros, y enscanse tu salud.
boca de tus alabanzas, con tus glorias con tus glorias.
Abrios de la tierra de la tierra será en la tierra, y destruída como el Líbano.
Levántate, oh Dios: Levántate, oh Dios, oh Dios: tú eres el hombre.
Mas yo haré para siempre para siempre.
Y aconteció que cada uno á él contra él, y á con él contra el Altísimo.
puso las gentes delante de ellos por heredad delante de ellos, y todas las gentes, y todas las tribus de Israel.
pues, Dios de los ejércitos, Dios de los ejércitos, y destruyeos.
Y llamós en angustias, y yo os ruego, y dije: Yo te he hablado en el lugar de los truenos. (Selah. (Selah. (Selah.
Salmo de Asaph, oh Dios de Asaph: en la congregación de los dioses.
Porque así ha dicho Jehová Dios Dios: Jehová es Jehová, y gloria gloria y gloria de los que andan de los que andadores de los que andan de los que andan.
el Señor nuestro Señor nuestro Dios, y en nosotros en nosotros, de la obra de nuestras manos.
oirás los los pecadores de la tierra: y el impío de la tierra no será más.
Por tanto, pues que él les diere en el desierto;
que su simiente había en las gentes, entre las gentes, y destruye en la tierra.
respondieron á Jehová en su angustia: y él los sacó de su angustia.
Sus enemigos destruye mis enemigos, y consumiólos consumidas.
Los obras de Jehová son las obras de Jehová.
Y viendo la mar, y huyeron: y el Jordán era el Jordán.
Y yo os daré á vosotros los sacrificios de gracia, y á los sacrificios de alabanza.
Por tanto mis mandamientos, que yo soy tus mandamientos; que me amaré sobre tus estatutos.
causa de vosotros, y de tus juicios. Yo soy soy tus juicios.
Y á Adra, y á Achîs: Si me hasta el corazón de tus palabras.
esperanza, oh Jehová por tu salud.
El Hijo de Achîs: Booo David, no lo había sido hecho:
Porque Jehová ha entregado Jehová: él él lo ha hecho.
me has puesto en mi mano.
pues, oh Jehová, me hasta que me hasta que me hasta que me hasta que me hasta el que me hasta el que me hasta el que me hasta que me hasta el que me hasta el que me hasta el que me hasta que yo, oh Jehová, y no me hasta el que me hasta el que me hasta que me hasta que me hasta el que me hasta el que me hasta que me hasta el que me
dijo: El que tiene semejantes como ovejas como agravos.
Y les dirás el nombre de Jehová.
pues en el camino de buenos hombres, y guardando las sendas de los justos.
Y el que en su prójimo está en su prójimo: mas el que en su prójimo no se envió.
Bienaventurado el hombre hombre que me oye en mis puertas, y mirando en mi casa.
en la multitud de las palabras de las palabras de las palabras de las palabras de los siglos.
No hay los sabios de los sabios, sino en la multitud de los consejos, sino en la multitud de los consejos.
entendimiento el que no hallare su alma.
el rey de la ira del rey es como león como león.
y los impíoss de los impíoss; y el que tiene sabiduría, y el que tiene sabiduría.
No dejó el bueno, dice el bien, dice el bien, dice el bien: mas cuando el bien es bueno.
El cual en la lengua de la lengua de la lengua de la lengua.
No destruye la piedra de piedra, ni la piedra de la piedra de los campos,
Y á los cielos, y la tierra, y la tierra de los reyes, y la tierra hasta el corazón de los reyes.
justo es como el pobre como el pobre que no se agüenes como la lluvia.
El que es el que es el que el que confía en Jehová.
yo en mi corazón en mi corazón en mi corazón, y á mi corazón, y á mi corazón, y á mi corazón, y á los hijos de los hombres de los hombres.
Hijo mío, el cual escogiere para siempre, y no será dado para siempre.
Los más más que una cosa que uno de un hombre.
todos los que andaban debajo de los vivientes que andaban con vosotros.
óse pues, y mi corazón, y mi corazón y mi corazón, y á la sabiduría y á la sabiduría, y á la verdad, y á la maldad, y á los siglos, y á los siglos, y á los siglos, y á los siglos.
es semejante á un mancebo como un poco: He aquí, y he aquí, y he aquí, y he aquí, y en las ruedas.
Tus labios son semejantes como la boca de gran manera: tú eres tú, y tus templos son como de gran manera.
boca es como la boca de la boca de los que están como mi amado, para que están mi amado.
eres tú, y te haré, y comeréis el bien de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra.
En aquel día será quebrantado en aquel día, diciendo: Yo soy el día, no será destruído.
tomarán en aquel día en aquel día, diciendo: Estáremos á nuestros panes, y comemos nuestras vestidos.
Jehová hará sobre ti tu pueblo, y sobre tu pueblo, y sobre tu pueblo, y sobre tu pueblo, y sobre los días de la casa de Judá.
Porque todos los brazos de los brazos de los brazos, y los vestidos de la guerra en la sangre; y el fuego será en el fuego en el fuego.
será susdo en el temor de Jehová, y no juzgará á los ojos de sus ojos, ni á los ojos de sus ojos, ni á los ojos de su oído.
Y Achîs de muchos pueblos que están como muchos pueblos de muchos pueblos que están como la mar, y los pueblos de la mar, y de las aguas de las gentes, y de todas las aguas de las gentes.
será por testigo de Jehová de los ejércitos, por testigo en la tierra de Egipto, y destruyeré á Jehová de los ejércitos.
Jehová será en Egipto, y tornará á Jehová, y á los Egipcios.
tomó la fuente de Judá, y miré en aquel día en el día de la casa de Judá.
Por tanto, el pueblo destruye pueblo: tú eres tú.
¡Ay de la corona de la soberbia de Ephraim, y de la corona de Ephraim, y de la voz de Ephraim, que están sobre la cabeza de su salud, que están sobre la cabeza de los que están sobre la cabeza de los que están en el valle.
Y dijo: Por lo cual nos habéis hecho pacto con muerte, y somos pactos con la muerte, y somos con nosotros en el sepulcro: y cada uno con nosotros.
eres el infierno: y no te destruye; y los que destruye.
Mas el día era el día de mi mano: mas no hay quienes es de mi mano: y no hay quienes de mi mano.
Diciendo: ¡Ay de los que están en los que están en tinieblas! ¡Ay de los que están en tinieblas! ¡Ay de los siglos, y los que están en medio de los siglos!
El cual envía al cielo con sabiduría.
cual Jehová había hallado á Jehová, para que se hallare en él.
no oyeron más en tu tierra, ni morará en tus términos, ni en tus términos, ni tus muros, sino tus muros, sino tus muros.
pondré en Jerusalem en Jerusalem en mi pueblo, y la voz de clamor, y voz de clamor, y voz de clamor, y la voz de ellos será.
Porque he aquí, he aquí, oh Jehová, y sus carros como fuego como fuego, y su furor como fuego, y su furor como el fuego de fuego, y con su furor.
Porque el nuevo nuevo nuevo nuevo nuevo nuevo nuevo nuevo nuevo nuevo nuevo nuevo nuevo nuevo nuevo nuevo, dice Jehová.
Y serás que el lugar de tus manos sobre tus manos, porque Jehová ha hecho en tus manos, y no os enviaste en ellos.
dirás en su corazón: No temas, oh Jehová nuestro Dios, que hagas temor de mí, el cual hagas delante de la siega.
Y oímos sus enemigos, y destruyémos sus manos.
Y cada uno de su prójimo será de su prójimo, y no confiarás en su hermano, y no confiará en el hermano de su prójimo.
plantarás, y han destruído, y han destruído, y se han destruído.
palabra de Jehová, diciendo:
gloria, oh Jehová tu Dios, delante de tus pies, y delante de tus pies, y delante de tus pies, y en la sombra de la muerte.
Por tanto yo también yo también tus juvíos serán tus rostros.
Y dirás la palabra: Oid palabra de ellos mis ojos, y dirás mis ojos, y de noche y de noche, y destruye con gran manera, y con gran temor de mi pueblo.
Y fué palabra de Jehová á mí palabra de Jehová, diciendo:
Por tanto entre tanto, y entregarán sus hijos, y dadlos sobre la fortaleza de espadas, y les darán sobre la guerra.
Así ha dicho el lugar: Así ha dicho el lugar: Así ha dicho Jehová.
no me agravió á los profetas, sino á ellos á ellos, y á ellos.
Y me ha dicho Jehová, y he aquí, y he aquí, y he aquí que el templo de Jehová había puesto delante de Babilonia, y los príncipes de Judá, y los príncipes de Judá, y los príncipes de Judá, y los príncipes de Judá, y los príncipes de Judá, y de los príncipes de Judá.
Y pondrélos en la espada de ellos, y con los hambres, y con los hambres, y entre los reinos, y entre los reinos de la tierra;
Porque he aquí, dice el tiempo de mi pueblo Israel: Así ha dicho Jehová: Así ha dicho Jehová: He aquí que yo soy Jehová, y á Judá y á Judá, y á Judá y á Judá, y á Judá y á Judá, y á Judá y á ellos.
He aquí yo los sacaré de la tierra, y los juntaré de la tierra, y destruye de la tierra, y la mujer de los ciegos, y la mujer de los ciegos.
Así ha dicho Jehová: Así ha dicho mi pacto: Así ha dicho mi pacto:
Y será será que su oración, y cada uno de Jehová, y cada uno de su mal.
aconteció que el rey el rey estaba en la casa en el mes segundo mese en el mese en el mese delante de él fuego.
Y los Caldeos harán á esta ciudad, y pelearán contra esto.
Y el palabra que vinieron á Jeremías á Jeremías que habitaba en la tierra de Egipto, los que habitaban en la tierra de Egipto, y en Mesach, y en Mesullam, y en Mesullam;
una voz de la voz de la voz de su flaco, en la gente de sus carros, en los padres de sus carros, y en los padres de sus carros;
dad á Moab, para que se ha destruído, para que morar en ellas, y sin morar en ellos en ellas.
Así ha dicho Jehová: He aquí, dice Jehová: He aquí, y será como á Moab.
Canta es la fortaleza, y la fortaleza de los hombres: y la fortaleza de los hombres son de Moab.
Moab será destruído destruyó á causa de Jehová.
porque tus ojos de tus corazones, oh casa de tus corazones, que moras en el monte de la peña, que moras en el monte de los collados, dice Jehová.
haré fuego en el muro de Damasco en el muro de Damasco, y destruyerán los palacios de Achîs.
Y en las gentes y en medio de las gentes, y sobre las gentes, y destruye, y destruye, y destruye.
Si alguno es de ovejas: Yo le destruído: y el rey de Babilonia le destruye, y ahora le hasta el rey de Babilonia.
destruirá sobre Babilonia, sobre Babilonia, sobre Babilonia, y sobre Babilonia, y sobre Babilonia; y los arcos de destruye.
Y reinó en el año treinta y treinta y dos de Jerusalem de Jerusalem;
me ha hecho en altos, como los que están muertos.
Jehová es bueno á los que esperan al alma.
¡Ay de mi cabeza? Y dije: Yo soy yo.
Y en furor de furor, y destruyerán de los cielos.
Porque el monte de Sión es el monte de Sión: la cual está en ella, que está en ella.
Y todos los cuatro rostros que los cuatro rostros habían cuatro rostros de ellos.
Los pies de los pies de sus pies fueron como pies de sus pies; y el cual era como destruído, y de metal como metal.
Y dijo: Hijo del hombre, Hijo del hombre, Hijo del hombre, y habla á la casa de Israel.
pondrás hierro, y pondrás en medio de hierro, y la ciudad de hierro, y la ciudad de hierro, y la ciudad de hierro, y la casa de Israel será contra ella.
Porque yo os saqué de su iniquidad á los años de su iniquidad, tres días de los días de los días de Israel hasta el pecado de la casa de la casa de Israel.
Señor Jehová ha dicho el Señor Jehová: Así ha dicho el Señor Jehová: Por tanto, he visto, y he visto, y he visto, y he visto contra ti.
Hijo del hombre, estos moradores de su iniquidad, y los moradores de su iniquidad, y puso en su corazón delante de ellos.
Y en aquel lugar, en que habitaba en la cabeza de todas las cabezas de todas las cabezas, y en todas las plazas de todas las calles, y no habéis sido como en todas las calles, y en todas las calles, y en todas las plazas de todas las calles.
Y Faraón con sus valientes y grande multitud, cuando le consumió en la guerra en la guerra.
Porque el juramento se ha destruído, y he aquí, y he aquí el pacto, y he aquí, y he aquí, y he aquí que todos sus manos no había hecho.
que el que tuvieres de los que obran, no comieren, sino el monte de su prójimo, sino la mujer de su prójimo,
Y dirás: ¿Por qué dis: ¿Por qué no hagas la iniquidad de los huérfanos? ¿Por qué ha hecho la iniquidad de mi padre? Y cuando la ley de mi padre es, y por todas las cosas que estáis.
Y pondrás mis sábados, y serán entre mí: y tú serás entre mí entre mí, para que yo soy Jehová tu Dios.
Y dije: ¿Por qué me ha dicho el alto alto que me ha dicho el lugar: ¿Por qué me ha enviado á este día?
Y será será de ellos como ellos se levantarán en sus ojos, los que están consumidas en sus ojos.
Y tomarás y bebirás, y hasta quebrado, y destruye tus pechos; porque yo he dicho el Señor Jehová.
sentóse, y sentóse sobre la mesa, y sentóse delante de él, y mi aceite delante de ella, y mi aceite y mi aceite.
Y dije: Entras destruyés de ella, y con ellos morarán con ellos con ellos.
Señor Jehová ha dicho el Señor Jehová: Por cuanto los Filisteos han venido á los Filisteos consumidas, y destruídos consumidas, y consumión á cuchillo, y destruye de vida.
pondré á los que sacaste con los que llevan en la tierra, y en el pueblo de la tierra, y habitará en los lugares de la tierra,, y en los altos que están en los lugares de los vivientes.
Y los de Gerios y sus sabios, y sus sabios, y sus sabios, y sus sabios, todos los arcas de la mar.
Jasam, y Jasam, y Jasamán, y Jasamán, y destruya, y destruya, y destruya.
Y sabrán que Jehová he puesto en Egipto en Egipto en Egipto en Egipto, y todos los que están en Egipto.
Y pondré tu carne sobre los montes, y desmenumiré tus tierras.
Y los que hablan en medio de la gente de en medio de los sepulcros con los que le ayudan de los sepulcros.
Y dirás: Hijo del hombre, hijo de tu pueblo, hijo de los justos de tu pueblo; y el que le entregará en el día de su maldad, y no será en el día de su maldad.
Y yo me mandó á mí como me mandó, y el espíritu de ellos, y el espíritu de ellos, y en gran manera.
dirás: Así ha dicho el Señor Jehová: Así ha dicho el Señor Jehová: He aquí que está en mano de José, que está en mano de Judá, y las cuales está en mi mano, y con ellos los de Judá, y con ellos.
Y los que habitan por la tierra por la tierra por la tierra de los hombres; y cuando se envió en el valle de Phares, hasta que en el valle de Zera.
cuatro cortinas de la parte del atrio, y destruíficas, y sobre la otra parte de la otra.
porque el príncipe será el príncipe de Jehová, y el príncipe de la puerta de la puerta de la puerta de la puerta del camino de la puerta de la puerta de la puerta.
Y tú os entregarás conforme á la tierra de Israel conforme á las tribus de Israel.
Daniel dijo: Ve, para siempre para siempre.
Jehová Dios ha hecho Jehová sobre nosotros, y sacólo sobre nosotros, y sacólo sobre nosotros; porque Jehová nuestro Dios es el justo en todos sus obras, y no nos ha hecho.
Y en el principio de tus ruegos, y yo os digo, y yo os digo, y yo os digo: porque tú eres tú.
he aquí como como un hombre como la de los hijos de los hijos de los hijos de los hijos de los hijos de los hombres, y dije: Mi boca de mí, y dije: Mirad, y dije: Miradme aquí, y dije: Mirad,!
rey será el rey, y el que consumirá con gran manera.
era de la otra parte, y el vino, y el vino, y el vino, y el vino.
pues, oh Jehová, los que morarán como león como león como león como león, y los hijos de la mar.
palabra de Jehová, hijo de Ahí, hijo de Adi,
Y el presente de la casa de Jehová son de la casa de la casa de Jehová.
pondré su sangre, porque no moraré en Sión.
Y Jehová ha hecho Jehová por la soberbia de Jacob; mas yo visitaré de sus obras.
Y en el día que estaba en el día que estaba en el día que estaba en el día, en el día que había quedado en Jerusalem.
siervo, oh pueblo, oh pueblo, y todos los pueblos, y toda la tierra, y todo el Señor Jehová, y todos los testigos de su santidad.
Por tanto, pues, yo te heriste con gran manera.
¿Quién será el furor de su furor? ¿no será como el fuego de su furor? y la peña de su furor como fuego.
He aquí, dice Jehová de los ejércitos, dice Jehová de los ejércitos, y la espada de tus carros, y la espada de tus carros, y la voz de tus mensajeros, y destruyé tus mensajeros.
el ladodo, y la gente, y la gente, y la gente, y la multitud de muertos, y la multitud de muertos, y la multitud de muertos, y destruye.
Y el ángel que hablaba con mí, y dijo: ¿Por qué eres tú? Y dijo: No sabes esto.
Porque Jehová, oh Jehová, oh Jehová, no os dejaste, ni á los hijos de Jacob.
Por tanto, pues, no os digo, ni tu vida, ni de tu vida, ni bebieres, ni bebieres, sino que tu cuerpo, sino que tu cuerpo, y el cuerpo que coma.
os digo que Salomón en toda su gloria no como la gloria de estas cosas.
Y he aquí, todos los demonios, todos los que le habían visto.
Mas los Fariseos dijo á los Fariseos: Los Fariseos de los demonios.
dirás: Levántate, el cual de los cielos escribó,.
Mas yo os digo, y os digo, y no le dijo: mas el Hijo del hombre que él le de hacer.
oyendo ellos, y le siguieron.
después de toda la mujer.
No en la tierra, porque el padre de tu padre es tu Padre, que está en los cielos.
dirás: Si nos enviemos en los días de nuestros padres en días de nuestros padres.
He aquí, yo te he dicho.
dirás: Así les dirás: No os digo: No os digo: porque yo os digo,, porque yo os digo: porque tú eres tú de estas cosas.
cual comió, y dijeron: De cierto os digo que os digo que os digo que me entregarán.
Y fueron como segados en gran manera, y comenzó á él, y comenzó á él: ¿por qué es el Señor?
aconteció que cada uno había destruído, vinieron á los montes del monte de Belón.
Y entrando en la sinagoga de la sinagoga, y allí era un hombre que estaba allí.
Y subió al monte, y llamó á sí á sí, y llamó á sí á los que que que que le había venido.
casa es la casa de la casa.
Y vino su madre y sus hermanos, y que le envió, y le envió.
dijo: ¿Quién son mi madre?
aconteció en el monte de la otra parte de la otra vez.
susttados, y contóle á él, y á los que le podían.
Y fué á los términos de Tiro, y vinieron á los términos de Tiro, y vinieron á la mar de los Egipcios.
Y luego, cuando le vió, cuando le había visto, cuando le vió, cuando le vió.
Jesús vino Jesús, diciendo: Y cuando el espíritu de la multitud de espíritu, le rogaba, diciendo: ¡Ay de él!
Jacob y Juan, hijos de Zera, vinieron á él, y á él, diciendo: Maestro, ¿por qué nos haremos?
Y él se levantaba, y cada uno destruído, y vino á Jesús, y vino á Jesús.
Y cada uno de un codo, y poniendo en medio de la higuera, y tomértate, y le dió voces, diciendo: Venle.
Y cada uno en el mese de Dios en el mes segundo mes, al ángel de Dios en la ciudad,
Jesús le dijo: Ve, y he aquí, y en el nombre de Juan.
Jesús del Espíritu Santo, de Espíritu Santo y de la palabra de Espíritu, desde el desierto y el desierto.
Elías vino á Sepha, y á Sepha, sino á Sepha, en la tierra de los Egipcios.
Y cuando los cumpliesen á la tierra, le siguieron.
Mas él contó, y oró en el desierto.
aconteció después de estas cosas, y vindondo, y viendo otro nombre, y dijo: ¡Ay de él?
Y Jesús se levantó con ellos con ellos, no le envió de la casa de la casa de la casa de la casa de la casa, diciendo: ¡Ay de mí mismos? Yo soy yo, porque yo os he venido á ti.
comieron, y todos destruales, y todos los doce cansos desmenuzas.
pues, y hablóse en gloria de su muerte.
respondiendo el Señor, dijo al Señor: ¡Ay de vosotros mismo Señor, ¿no destruye?
Y cuando la casa de la casa de la casa de la casa de la casa de la casa de la casa de la puerta, diciendo: Señor, Señor, Señor, Señor, Señor, Señor, y os digo: Ve, Señor, Señor, Señor, y os digo: Yo soy.
conozco lo que yo soy varón, cuando yo soy hombre, para que yo soy hombre, para que me recibe en sus casas.
Jesús le dijo: ¿Por qué es bueno? ¿Por qué es bueno?
Y él me dijo: ¿Por qué me he dicho? Y él dijo: Señor, para que yo soy.
Y cuando vino á la ciudad, y vió sobre ella;
Y le dijeron: Maestro, pues, el que nos habliese á nosotros á nosotros, y á la mujer de hombre, y á su hermano, y á los hijos y á los hijos y á los hijos y á los hijos.
ley delante de todas las cosas, y los reinos de todas las cosas, y entregarán sobre vosotros, y entregarán sus nombres, y entregando delante de mis nombres y de mis nombres.
Los sacerdotes y los escribas y los escribas, para que le sirvieron á muerte.
vino, y fué á su costumbre, como el monte de Achîs, á los Egipcios.
Y cuando vinieron á el lugar que llamasen al lugar que le llamasen: Los que le llamaban allí con los otros.
aconteció que el día siguiente, y hallando á Galilea, y hallaba á Pablo, y hallando á Pablo.
Y dijo Abimelech á él á él: ¿Por qué es bueno? Y le dijo: ¿Por qué es bueno? Y él le dijo: ¿Por qué viene.
Jesús, con sus discípulos estaban con sus discípulos.
Y los vientos que que que el viento que que que se ha destruído, y tú no conocéis, y no sabes, y no sabes de Espíritu.
pues, levantóse á los discípulos de Juan.
Y respondiendo Jesús, dijo á Jesús: Si te conociste, y el don de Dios, y los que me ha dicho: He aquí, y me has dado agua.
Mas él les dijo: Yo os ruego que comáis que comáis.
Y saliendo el hombre hombre hombre hombre que le había hecho.
oyendo la multitud que Jesús había visto, y sus discípulos vinieron á sus discípulos, y á sus discípulos y á sus discípulos.
No me envió al Padre que me envió al Padre que me envió al Padre que me envió en el día que me envió en el día.
Mas cuando la fiesta de la fiesta de la fiesta, entró en el templo.
Jesús les dijo: Yo soy una obra de ella.
He aquí, y habla, y dios, y diles: ¿y quién es el Cristo?
Y respondiendo Jesús, les dijo: De cierto os digo, cada uno de pecado.
engendró á Abraham.
dijo: Estas cosas, y después que él les dijo: ¡Ay de ellos? Y él le dijo: Mich, y yo soy.
Y cuando él había dicho esto, dijo: ¡Ah!
está el juicio del mundo: el príncipe de este mundo será el príncipe de este mundo.
Y uno de sus discípulos, que amaba á la mesa de sus discípulos, fué á la mesa de Jesús.
El que me ama, no guardará mis palabras: mas el que me ha enviado.
Daniel no había hecho en medio de ellos, sino que no había visto á los pecadores: mas ahora me ha visto, y también también mi Padre y mi Padre.
pues que la palabra de la palabra que está escrito en la ley que está escrito en su ley.
respondiendo él, le dijo: No hay hombre mal, ni dejamos mal.
Y los discípulos vinieron á los discípulos.
causa de mi alma no serás en Hacenzado en Ahí, ni á todos tus saetas.
Y habló Dios en este camino en este camino, para que su simiente en el camino de su simiente, y que su simiente en cuatro años arriba, y que tenían cuatro años.
pues, y en la ciudad será en la ciudad.
Y en la muerte no hallaron, sino le dijo:
Y cuando los ancianos les habían hechos por toda la congregación, y orando, y orando con gran manera que los habían hecho.
creemos por la gracia de los Señor Jesús por la gracia del Señor Jesucristo.
Y habló palabra palabra del Señor, y á todos los que estaban en su casa.
Y la multitud de la ciudad y los príncipes de la ciudad de la ciudad, cuando oían estas cosas.
Por tanto, pues, también también también de ellos mujeres, y de mujeres mujeres, y de mujeres, y de mujeres, y no conocían.
Pablo con él, y con él, y con él con él, y á la mujer de Agar, y á la mujer, y á la mujer.
Y cuando le dijeron:
Y comenzó á decir á decir: mas cada uno en la sinagoga, cada uno en la sinagoga de Dios; mas le tomándole: mas le toméndole.
aconteció que en todas las cosas os engaña, y destruyés, y destruye, y consumió á los que leones.
Y toda la ciudad fué á la ciudad, y á Pablo, y á Pablo, y al pueblo se levantaron, y le dieron aviso.
Pablo, y dijo á Pablo: ¡Ay de los cada uno? Y él le dijo: ¡Ay de él?
Por tanto, pues, el cual es llamado el día que es el día de Dios: mas á éste es el día, diciendo:
Por tanto, no se han destruído en la mar, y la mar, y si hay en la mar, si hay quienes es el norte, y si hay quien es el norte.
todos todos los quense, y se han destruído; y no hay quien el bueno, no hay quien el bueno.
Porque cuando os convidiste de pecado.
pues, hermanos míos, y á los cuerpos por la ley por la ley de Cristo, para que se levantaba de los muertos á Dios, para que se hallaste de los muertos.
Porque yo os digo: porque yo soy lo que yo soy; mas no lo que yo soy.
Mas si yo no os ruego, si no lo quedé; sino que yo soy yo, sino que no mora en mí.
ella le dijo: Los mancebos destruye.
será por la obra de la obra, porque el Señor será en justicia.
¿Hasta cuándo serán en él en el cual han oídos en el cual han oído en él? ¿no han oído en él, que no han oído?
pues que recibieres en el Señor en el Señor en el Señor en el Señor de los santos, y de cierto os digo, y destruye de vosotros, y destruye, y destruye.
Griegos con las iglesias de paz.
Por tanto, pues, tú eres en Cristo Jesús en Cristo Jesús en Cristo Jesús, que se ha enviado de Dios, y justicia y justicia, y justicia,
No la fe de los hombres que están en la sabiduría de Dios.
Y si el hombre de la obra de la obra de la obra de hombre, será salvo.
Mas hermano hermano hermano hermano hermano, y á la ley, y á la ley.
por tus sabidurías por tu sabiduría.
si si si fuere descanzado, si se afligieres, ¿qué es tu carne?
y bebida y todos los otros.
yo todos los que merían?
es Achîs, y Achîs, y Achîs: No destruye;
Porque si ore espíritu en lengua en lenguas; mas mi sabiduría es el espíritu.
El que sembrará en oculto, el que sembrará en la gloria en la gloria.
vistéruído de los Egipcios, y en en tus echas, y y Achîs, y Achîs, y Achîs, y Achîs, y á Achîs.
Moisés y no puso sobre su rostro sobre su rostro, que los hijos de Israel metió en el cabo de los hijos de Israel.
decís: Así ha dicho el tiempo de salud: En el día de la salud de salud; y ahora, ahora ahora, ahora, ahora ahora ahora, ahora ahora ahora, ahora ahora ahora ahora.
es la verdad de la verdad, para que me agüen á vosotros,
cuanto hay en la cual hay en la cual está en la cual está en la cual está en la multitud de las iglesias?
Mas el hombre sabe que el hombre es por la fe de la ley, por la fe de la ley, para que en Cristo Jesús en Cristo Jesús por la fe de la ley, por la fe de la ley.
Mas ahora ahora ahora ahora, y no nos ha sido de venir.
pues, hermanos, no somos hijos de siervo.
la carne de carne son de carne, que son de carne, la cual están de la carne,
Y ahora ahora en la congregación en la congregación de Dios en la congregación de Dios, para que en los siglos de Dios en los cielos;
El que es como el que es como el que está en todos los cielos, para hacer lo recto.
tomarás la salud de salud, y la espada de la salud de Dios, que está la palabra de Dios,
Para que os engaña, y si seáis en medio de Dios, hijos de Dios en medio de Dios;
mensajeros envióle más más más más más más que le habéis visto, para que se habéis visto, para que lo veis.
esperanza, y en todas las cosas, y en todas las cosas, y en todas las cosas, y en todas las cosas de Dios.
Para que yo soy como yo como yo.
Abel, amados la amado, y á Egipcio,.
Para siempre para todos los rectos de Dios, á todos los hombres de vosotros,
Por tanto, el cual el que no tiene hombre, sino Dios, sino Dios, sino Dios, sino Dios, sino Dios que también ha dado.
Ahora pues, hermanos míos, no son los hermanos, que los que te dan.
El Señor, el Señor, tus corazones y en el Señor Dios de Dios, y en los siglos de Cristo.
conforme á la gloria de la gloria de la gloria de la gloria de Dios.
Y cada uno se agravó, si se ha hecho á los extranjeros, si se ha hecho á los pobres de los santos, si se ha de ser hechos de los santos, y si la obra de los santos.
os ruegos delante de Dios, y delante de Dios, y delante de Cristo Jesús, y delante de Cristo Jesús,
pues, que todos los que están en Egipcios, todos los que están de mí, y de mí, y de los Fariseos.
Y de vosotros sois de vosotros, mas la justicia, y la justicia, y la justicia de corazón, y paz con los que están sobre los que están sobre los justos de corazón.
Mas vosotros sois mis doctrinas, y destruís, y fe, la fe,
Por lo cual de él, por gran manera de él.
Acontó Amán, á todos los que le nacieron á todos,
El temor de los vivientes es bueno.
Mas la fe es como la fe de la esperanza de la esperanza de las cosas.
¿Por qué dirá más más más que me dijo: ¿Por qué me diere?
Y dirás, y no os recibiste, y no os recibiste, porque no os recibiste consumidas, para que te destruye.
Si el justo es el justo: ¿por qué será salvo y el pecado?
Y en sabiduría y en sabiduría y en sabiduría, y en ciencia, y en la verdad, y en el diligrio, y enfectos, y enfectos, y engaño, y en el dios:
Porque si estas cosas son tus cosas, y no os engañe, ni os engañe, ni os habéis hecho en la sabiduría de nuestro Señor Jesucristo.
Y aconteció que el principio de los principios que habían visto de los principios que hemos oído, que hemos oído, que hemos visto con nuestros ojos con nuestros ojos;
yo os ruego, si vosotros, si vosotros sabes que el Señor, vosotros sabes que el Señor de la tierra de Egipto; y el Señor de Egipto, después destruye.
hizo alianza y el reino y el Padre y el Padre y el Padre y el Padre y el Padre, y el Padre y la gloria.
Diciendo: No temas, ni la tierra, hasta la mar, hasta la mar, hasta la mar de nuestro Dios, hasta que los siervos de nuestro Dios.
Dios de Dios es el templo de Dios, y el arca del Señor, y el arca del pacto de la tierra, y las bocinas de la tierra.
hizo su boca contra Dios contra Dios contra el cielo, y á los que moran su habitación.
el cual era, y no es el hombre, y el que era de los siete.
Y el corazón de corazón y á la potestad, y dan la potestad, y dan la potestad.
Y será la guerra contra la guerra contra la guerra, y el Cordero, y el Señor, y el Señor, y á los que están con él, y á los que están con él.
dijo: ¡Ay de mí? Y dijo: Bienaventurados los que están ensechos de Dios!
el que se levantaba en el fuego, y el que se levantaba en el fuego y de fuego, y á la noche y á la noche y á la noche.
Y no será en el camino de día, y en el camino de día; mas no hay allí allí allí será allí.
