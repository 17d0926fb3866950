Y por tanto, y en la luz de los cielos en la luz de la luz, y en la tierra;
Y dijo Dios: De las aguas de las aguas, y las aves, y en la tierra de la tierra.
El nombre de los ríos es la tercera: el cuarto que está en el cuarto de Asiria, que está en el cuarto de Asiria.
Y la mujer dijo á la serpiente: Nosotros comimos del fruto de los árboles,
Todos los días de Jas y dos y dos y dos y dos y dos años murió.
Todos los días de Meth, y treinta y treinta y treinta y treinta y treinta y treinta y.
Y envió á la tierra, y saliósese, y salió á las aguas, y hasta que fueron de la tierra de la tierra.
Y dió Dios Dios á sus hijos, y díjoles: Ven, y los frutos, y á la tierra, y á la tierra.
Y vivió Nachôr á ciento años, después que engendró á Tar, y engendró á los hijos de los hijos de los hijos de los hijos de los hijos de Leví.
Y tomó Abram á Sara su mujer, hijo de su hermano, y todo lo que habían quedado, y los que habían quedado en el pueblo que habían quedado en la tierra, y entraron en la tierra de Canaán en la tierra de Canaán en la tierra de Canaán.
Y acontecerá que los Egipipcios, y dirán: Esta es su mujer, mas no me levantarán la mujer de mí, y te salvarán.
¿No me hagos delante de toda la tierra? ¿No me me habéis venido á mí, yo yo te haré á la diestra, si viniere á la diestra?
Y Abraham respondió: He aquí, yo he aquí, yo hablar á mí, Señor, para que yo soy el polvo.
Y Abraham dijo á Sara su mujer: Vo mi hermana es la hermana de Jacob.
Y habitaba en el desierto de su madre; y su madre salió de Egipto por la tierra de Egipto.
Y llamó Abraham Abraham el nombre de aquel lugar: Jehová espetruyó á este día, diciendo: En aquel día es el día de Jehová.
Yo he oído mi cabeza, y Jehová Dios, y bendó el Dios de mi señor, que me dió á Abraham, que me hago en el camino de mi hermano á mi hermano.
Abraham dió el espíritu de su espíritu, y murió, y murió un año, y de edad de edad de su pueblo, y de su pueblo.
Y no lo hizo á él, porque sus manos de su hermano, como á sus cabellos de Esaú.
Y he aquí que Jehová estaba sobre él, y dijo: Yo soy Jehová tu Dios de Abraham tu padre, y á tu padre, y yo te daré sobre la tierra de tu tierra, y á tu simiente, y á tu simiente á tu simiente.
Y concibió á Lea, y parió un hijo, y parió á Jacob.
Y él dijo: Envo tus taño, y yo te daré.
Y dijo Labán: ¿Qué es Jacob? Y él respondió: No me me dijo: No te daré, porque yo te daré, porque yo os daré tus ovejas, y tus ovejas, y tus ovejas, y tus ovejas.
Y levantóse con todo lo que él había levantado; y levantó el río de su rostro, y puso á su rostro.
Y vino á Achó á Achó á la noche de noche, y dijo á él: Vend á Jacob, ó á Jacob.
Y ella dijo á su padre: No me hago, que yo no te aferé delante de ti; porque no os he venido delante de miel, sino que no lo hallaba.
Y un macho cabrío cabrío cabrío cabrío cabrío cabríos y dos carneros, y dos carneros,
Destó con ellos, diciendo: El hijo de Sichêm, hijo de Sichêm, porque tu hija de tu hija.
Y partidos, y extendió á la tienda de Etimento.
Y él dijo: ¿Estarás un macho cabrío de tus ovejas. Y ella dijo: ¿Estruieres?
Como la mañana era la luz de la luz, y los hombres según sus asnos, y los asnos.
Porque estos dos años era hambre en la tierra, y en la tierra que hay cinco años, y no hay en la siega, y no se hartará.
Tu tierra habitarás en la tierra de Gos, y tus hijos, y tus hijos, y tus hijos, y tus hijos, y tus ovejas, y tus ovejas, y tus ovejas, y tus ovejas, y tus ovejas.
He aquí tus ojos, y ves ojos de Benjamín, y á mi hermano, y á mi boca que os hablares.
Los hijos de Nephtalí, y Jael, y á Jesuth, y á Sith,
Y mi alma no entrarán en la gloria de ellos, no seáis á ellos; porque no los destruvaron en su ira en su furor; porque los hombres de sus vacas, cada uno de sus vacas,
Y vinieron á la era del Jordán, que está en el Jordán de la otra parte del Jordán, y en gran manera, y con gran manera, y en su padre, y en su padre.
Y sus hijos le hicieron á él, como él les mandó,
Y él dijo á su pueblo: He aquí los hijos de Israel, y los hijos de Israel son más más que nosotros somos más que nosotros somos más que nosotros somos más más que nosotros somos más más más más que nosotros.
Entonces Abimelech tomó un Quual, y destruído, y destruído de sus pies, y dijo: ¡Ay de sus pies, y me es la sangre de mí?
Y tomó Amán, y tomó su padre á su padre, y á la mujer de Aarón, y le parió á Moisés, y los años de Amán.
Y Jehová dijo á Moisés: Toma tus vasos de Aarón, y tu mano extende tu mano sobre tus aguas, y extendió sobre tus ríos, y sobre sus ríos, y sobre toda la tierra de Egipto, y sobre toda la tierra de Egipto, y sobre toda la tierra de Egipto:
Entonces los los de Faraón dijo á Faraón: Esta es el Dios de Dios; mas no los los de Faraón, sino que no les había dicho, y no les había hablado, como Jehová ha hablado.
Faraón sacó Faraón su corazón á este tiempo, y no hizo, y no hizo el pueblo.
Porque si no les habéis venido á ellos;
Y levantó Faraón Faraón Faraón á la noche, y todos sus siervos, y todos los Egipipcios, y en Egipto, no estaba en la casa de Egipto, porque no hubo allí allí.
Y los Egipcios estaban con el pueblo, para enviaron á la tierra de la tierra de la tierra, les dijo: En todo.
Y aconteció Moisés en Israel de Israel desde el mar, y entraron en el desierto del desierto; y entraron en el desierto, y se hallaron en el desierto, y no hallaron.
Y Moisés dijo: En aquel día está hoy, porque Jehová es sábado.
He aquí yo enviaré delante de vosotros delante de ti, para que guarda á la camino, y te he he venido en el lugar donde yo he venido.
Y levantó Moisés Moisés con Josué con su siervo, y levantóse Moisés en el monte de Dios.
Porque el aceite para la luz, y el aceite para el aceite para el aceite, y el perfume,
Y pondrás el altar del altar del altar, y el sol, para que segruvo, para que la mitad del altar.
tomarás tus vestidos, y púsolos sobre Aarón, y púsolos sobre el ephod del ephod, y el ephod, y el ephod, y el ephod, y leña con el racio del ephod.
Y las mesas, y todos sus lámparas, y sus lámparas, y sus lámparas de perfumes,
Habla á los hijos de Israel, diciendo: De cierto os digo, que os guardaréis por sábado; porque tus por tus generaciones, y tus generaciones que yo soy Jehová, para que yo soy Jehová.
Y el tabernáculo extendió el tabernáculo, y sus pañas, y sus tablas, y sus tablas;
El espíritu de Dios, en espíritu de Dios, en juicio, en sabiduría, y en todo lo mismo, y en toda obra obra de la obra de la obra.
Y llamó Moisés á Bel, y á todos los sabios, y á todos los sabios, que Jehová había hecho sabiduría de Jehová, que le había hecho á todos los que habían venido á todo el corazón para hacer.
Y el cada uno de treinta codos, y cuatro codos de cuatro codos, y la medida de cada una medida.
Y pusieron en medio de los cuatro piedras de Acho; y á los de los de la otra, y el primero,
pondrás las puertas de la puerta de la puerta.
Todo el sacrificio de tus de tus tiempo, y no tendrás todo el holocausto de tu Dios de tus holocaustos de tu Dios, y tus holocaustos de tus con todos tus holocaustos.
Y si alguno alguno alguno, y contra Jehová, y contra Jehová, y contra su prójimo, y con sus vecinos, ó de sus vecinos, ó des, ó des,
Destrrará un presente de cada uno á Jehová, para ofreciere á Jehová: y la sangre de los quemará la sangre de Jehová.
Y puso todas estas manos á Aarón en sus manos, y en sus manos, y no los sacólos delante de Jehová delante de Jehová.
Y pondrán el sebos, y el quemó sobre el sebo, y el altar.
Así que comeréis: cualquiera que cualquieraaa, y destruña de la langosta, y destruya de la hierba, y de la hierba de la hierba.
No os harás convidificaréis, para que creceréis lo lo que no seáis con ellos, para que los hará con ellos con ellos con ellos.
Si alguno se apartare un cordero, ó dos corderos, ó dos peces, ó dos mancebos, ó dos mancebos: porque el holocausto, y el pecado será el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote será limpio.
tomarás los dos cabras, y púsolos delante de Jehová en la puerta del tabernáculo del tabernáculo del tabernáculo del testimonio.
No descubrirás el padre de tu padre, ni de tu madre: tu madre es tu madre es tu madre: no descubrirás tu madre.
Cuando sueño con su nuera, hija de ellos, y los destruyerán á muerte; y ellos serán destruído.
Cualquiera que ofreciere un sacrificio de Jehová á Jehová, ó á un voto, ó de su presente, ó de sus ovejas, ó de los rebaños, será acetado.
Y le pusieron en él enviruvo de Jehová.
Y el sábado de la tierra serás para ti; porque tu siervo, porque tu siervo, y tu siervo, y tu siervo, y tu siervo, y tu siervo, y tu siervo que está contigo.
Cuando fueres á tu prójimo, ó á tu prójimo, ó á tu prójimo, no te hartarás.
si el campo que se apartará el campo, será limpio, y el dinero de tu quinto, será de tu estimado de tus luvo, y lo que la obra de su pie.
nunca más que no tiene bien, ni lo que no se ha destruvo; porque yo no lo he destruvo, y todo lo que será santificado.
Sus contados de los que eran dos;
Estos fueron los hijos de Leví por sus hijos de Gersón: Gersón, y Merari, y Merari.
Y los los contados de ellos, conforme á todo el número de edad de edad de edad de ciento, y cuatro y cuatro y cuatro mil y seiscientos.
Y tomarán á todos los vasos de los vasos de los vasos de los vasos, y púsolos en ceñas, y púsolos en ceñas de jacintos, y pondrán sobre ellos.
Mas no entrarán en el santuario, porque el santuario por el santuario, porque no se apartarán.
Estos son los contados de ellos, por sus familias, por sus familias de sus familias, doce mil y cuatro mil y seiscientos.
No dará su padre por su padre, ó su madre, ó su madre, ó su hermano, ó su hermana, cuando según su hermana, cuando vinieren á su cabeza.
Porque á los sacrificios de paz, dos bueyes, cinco carneros, cinco carneros, cinco carneros, cinco corderos de un año, hijo de Zachîs, hijo de Eliam.
Porque á los sacrificios de paz, dos bueyes, cinco carneros, cinco carneros, cinco carneros, cinco corderos de un año, hijo de Elipha, hijo de Elipha.
Un macho cabrío para expiación;
Y Achooo, y habitaba en el valle, y ofrecer el valle, y volved en el camino del campo.
Cuando alguno de los pecados según un año, será culpado de un año para holocausto.
Y levantó Moisés, y levantóse Moisés á Dath, y á los ancianos de Israel:
Y los hijos de Israel habló á Moisés: He aquí, diciendo: He aquí nosotros nosotros nosotros nosotros nosotros nosotros somos,
Porque los hijos de Israel, los hijos de Israel que ofrecieron á Jehová, como Jehová he dado á los Levitas, porque he dado por tanto yo los hijos de Israel.
Los hijos de Israel, todos los hijos de todo el desierto, en el desierto, en el mes, en el metruye, y murió en el pueblo, y murió allí.
Por lo cual está en Boooooooooz de Jehová, diciendo: ¡Ay de Arpha,
Y tomó todas las ciudades ciudades de Israel en todas las ciudades de los Amorrheos, en Hesbón, y en Hesbón, y todos sus aldeas.
Y tomó á sube, y dijo á Aram, y dijo á Moab, desde el rey de Moab, desde el rey de Etiopo de Jacob, porque á mí, oh Israel, y á mí.
¿Quién es el polvo de Jacob, ó el cuarto de Israel?
Y al tercer día: dos carneros, dos carneros, dos corderos sin defecto;
Y sus presentes y sus libaciones, y sus carneros, y los carneros, y los corderos, conforme á sus corderos,
Y envió Moisés á la tribu de todas las tribus, con los Fariseos, hijo de Eleazar hijo de los vasos de guerra, y con las trompetas, y con los vasos del santuario.
He aquí, he aquí los hijos de Israel, por el consejo de Balaam, á Jehová contra el negocio de Baal, y en la congregación de Pedededificación de la congregación de Jehová.
Y partidos de Rube, asentaron en Cir, y asentaron en Ceth.
ó una piedra, para que no ve, para que no velo, y no le dejó en él, y no murió, y no le buscaba á su enemigo.
Y levantóse la congregación de la mano de la mano de la mano de la congregación de la congregación, y la congregación de él la congregación de él, y habitará en la congregación de él, hasta que habitación de su ungido.
No serás de la tierra; porque el que vivas en la tierra; porque la sangre que no habrá en la tierra, por la tierra de la tierra por la tierra, porque la sangre de la sangre de la sangre de su sangre.
Y cuando me habéis venido á todo, y dijo: Vamos á los hombres de nosotros, para que nos adoraron á la tierra, y á la palabra de nosotros, y á la palabra de nosotros, y á la palabra de nosotros, y á la cual nos haremos á la palabra de la palabra de la palabra de nosotros, y á nosotros, para que nos haremos á nosotros, para que nos haremos á nosotros, y á la palabra de nosotros, y á nosotros, y á nosotros, y á la palabra de nosotros, y á nosotros, y á la cual nos haremos á nosotros, para que
Entonces dije á vosotros: No temas: No temas; no temas; no temas.
Y Jehová dijo á mí: No temas, ni en medio de Moab; porque no les daré por la tierra de su tierra, porque no te he dado á su heredad, porque yo he dado á la tierra de los hijos de Arar.
Así mandó Jehová á mí, para que os enseñar á los estatutos, para que en la tierra que entrasen en la tierra, para que entrare sobre la tierra.
mas Jehová ama á causa de vosotros, y á causa de los juramentos que juraba á tu juramento, para que Jehová te sacó á tus padres, y de la casa de Egipto, y de la casa de Egipto.
Y Jehová había hecho en tus padres en tus padres, y amó á su simiente, y á todo el pueblo, como todo lo que está hoy.
Por lo cual amó el extranjero, y en la tierra de Egipto.
Destrrrruvo, y el cada uno,
Y la mujer no podemos á los mancebos, ni de las mujeres, ni destará sobre las mujeres; porque cualquiera que Jehová tu Dios está á tu Dios.
No sembrarás tu viñas de tu viñas, porque todo el fruto de todos los frutos, que sembrarás el que sembrarás la viña, y de la viña.
Así que sacarán á la puerta de la puerta de la puerta de su padre, y la casa de su padre, y la ciudad será con ella con ella con ella, porque á la casa de Israel en su padre, hasta que habitar en la casa de Israel.
El que se abrutruvo, no se hartará en la congregación de Jehová.
Y Moisés y los ancianos de Israel mandó á los ancianos de Israel, diciendo: De todo lo que yo hoy hoy hoy.
Mas la palabra está está en tu boca, y en tu boca, y en tu corazón, para que te pareciere.
He aquí yo he puesto delante de ti, y hoy, y de muerte, y malos malos.
¿No comió el sacrificio de sus sacrificios, y bebrón de ellos?
Entonces los dos varones de los dos hombres, y vinieron á Josué, y vinieron á Josué hijo de Nun hijo de Nun, que le habían mandado á todo lo que le había dicho.
Cuando los sacerdotes que llevaban el arca del pacto de Jehová había salido de la parte del Jordán, y los sacerdotes de los sacerdotes, y los sacerdotes de los pies de los pies de la tierra, hasta el Jordán, hasta que habían venido á su lugar.
Los varones de Achîs de treinta y de Achîs; y ellos los destaron delante de Sebaron, y de Sebaron, y los cuales los cuales los destruín, y el pueblo como agua, y el pueblo.
Por tanto, pues, y á Jerusalem rey de Jerusalem en Jerusalem, envió á Parii, rey de Jath, rey de Jath, y Jath, rey de Japhim, y á Lachîs, diciendo:
Y Josué de Machâb, y todo Israel, y todo Israel con él con él, y pelearon contra Libna.
El rey de Egrón, un rey de Achôr, otro:
Y Caleb dijo: El que daba la guardia, y quitaré á la hija de Achîchîs.
Alab, y Amán, y Amán, y Mira,
De la mar, desde toda la mar, que eran de la otra parte de Ah, con sus aldeas.
Y fué el mediodía del mediodía del mediodía, y de Jethararararar, y salió el término de la mar, hasta la fuente de la fuente de Nepha.
Y salió el término al monte de la parte del monte del monte, que está delante del valle de su hijo, que está en el valle de Repher, que está en el valle de Repher, hasta el valle de Ah, y salió al Jebuseo, y salió al Jebuseo, y salió al valle de la otra parte del campo, y el valle del campo, y el valle del valle del campo, hasta el valle del campo, y el valle del campo, y el valle del campo, y el valle del campo, y el valle del campo, y el valle del valle de Repher, y
Y habló Jehová á Josué, diciendo:
Mas ellos dieron el campo de la ciudad, y sus aldeas, y á Jepher hijo de Jeph,
Y salió el espíritu de Jehová, y juzgar á Israel, y juzgar á la guerra, y salió á Jehová, y á Ruth, al rey de Parii, y á su mano contra su mano.
Y pondrá su mano á la tienda, y á su diestra, y á la obra de la obra de la obra de la obra de Serrrrr, y lo hirió á su cabeza.
Y envió mensajeros á todos los mensajeros, y á él, y á él, y á él envió á los mensajeros, y á Zabulón, y á Zabulón, y vinieron á Zabulón, y vinieron á Zabulón.
Y salió allí allí á Pariba, y habló á ellos en el camino de los hombres, y los cuales le dijo á los hombres de Succoth.
Y levantósesese, y levantósesesese, y levantósesese á Abimelech.
Y los hijos de Israel hizo lo malo en ojos de Jehová, y á los ojos de Baales, y á los Baales, y á los dioses de los dioses de los dioses de los dioses de Ammón, y de los dioses de Ammón, y de los dioses de los Filisteos, y de los Filisteos, y de los Filisteos, y de los dioses de los Filisteos, y de los Filisteos, y de los dioses de los Filisteos, y de los dioses de los dioses de los dioses de los dioses de los hijos de los dioses de los dioses de Ammón, y los dioses de Ammón, y de los dioses de Ammón, y
Y en todo el término de los Amorrheos, y de Arnón, hasta el desierto, y desde el desierto, y desde el Jordán hasta el Jordán.
Entonces el señor de los Filisteos de los Filisteos, para que no los siete se habían sido sido sido sido de ellos, y no leñado.
Y aconteció que tomó una nueva, y lechó con él, y le dijo: Ellos á los Filisteos, y los Filisteos. Y aconteció que los Filisteos estaba en el rostro de ellos.
Y cuando el pueblo le vieron, y le dijeron: porque ellos nos ha dicho, y destruyó la tierra de nuestro enemigo, que nos ha entregado en nuestra tierra,
En aquellos días no hubo rey en Israel en Israel; y todo lo que había hecho en sus ojos.
Y los hijos de Dan, cuando hubieron visto, cuando hubieron visto á él, y volvían á él, y volviéronse á su casa.
Y los hijos de Dan se levantaron la imagen de la imagen; y Jonathán hijo de Gersón, hijo de Moisés, y sus hijos de Moisés, y sus hijos de Dan, hasta la tierra de Dan.
Y él dijo á su siervo, y dijo: Vemos á uno de ellos, y á Ramemos en Gabaa;
Y de todas estas cosas se vendieron allí siete hombres que habían quedado, seiscientos hombres que los que los que los que no pudieron en un cabello de un cabello, y no podían en un cabello.
Entonces los hombres de Israel se volvió á la guerra, y comenzó á los de Benjamín, y á los hombres de Israel; porque ellos dijeron: porque están en la batalla delante de nosotros, como en la guerra.
Sus hermanos, cuando vinieren á sus hermanos, ó á nosotros, para que les dirán á ellos: ¡Ay de nosotros, porque no nos habéis de ellos, porque cada uno á su mujer?
Y fué contrado en la alma de Jehová, y oró á Jehová, y agrrrró á Jehová.
Mas Hanaaa, no se dijo á su marido, porque dijo á su marido: No es el niño, hasta que yo lo lo he he de él, para siempre.
Samuel juzgar á todos los días de Israel.
¿Hasta cuándo yo contra mí, oh Jehová, y delante de su ungido: ¿quién he he he hecho? ¿quién he hecho? ¿quién he hecho?
Entonces Saúl y todo el pueblo que estaban con él, estaban con él, y vinieron á la guerra; y he aquí que cada uno cada uno cada uno con todo su espada.
Y Samuel dijo á Saúl: Si no te habéis venido con vosotros; porque Jehová habéis sido dicho Jehová, y de la palabra de Israel.
Mas Jehová dijo á Samuel: ¿No está sobre su rostro, ó el rostro de su rostro, ó por cuanto yo he venido, porque no he venido, porque no he venido á la noche, porque no he venido á Jehová.
Entonces los príncipes de los príncipes de los Filisteos, y salióron á David, como David, como los sabios de los sabios más que que todos los sabios de Saúl, que había hecho su nombre.
Jonathán habló á David á David, y dijo á su padre, y dijo: No temas contra el rey de su siervo, porque su siervo contra mí, porque no habéis pecado contra ti, y no habéis sido pecado contra ti, porque á causa de su voluntad.
Y aconteció que Saúl dió aviso á los mensajeros, y envió mensajeros á Saúl, y envió mensajeros á los mensajeros, y profetizaron, y profetizaron á Saúl.
¿Hasta cuándo hasta hoy, para que has hecho esta casa? ¿por qué ha venido en mi casa?
Y salió David á los mancebos de sus mancebos, y salió á él, y á él todas estas palabras.
Por tanto, envió David, y envió á mí, y que Saúl había venido á Saúl.
Y tomó David la lanza de la lanza de Saúl, y de la cabeza de Saúl, y no conocieron, ni aun no conocieron, ni lo conocieron, ni á todo lo que los destruye sobre ellos.
Y David dijo á su corazón: En el día de la mano de Saúl, no hay más más más que no me de la tierra de los Filisteos, y de la tierra de los Filisteos, y me buscaré á los Filisteos en su mano.
Y David salió á sus hombres, y levantóse á Ges, y los Gesitas, y á los que habitaban en la tierra de los moradores de los moradores de los moradores de Egipto, á la tierra de Egipto:
Yron su cabeza, y destó sus brazos, y envió á la tierra de los Filisteos, á todos los Filisteos, á la casa de la casa de sus ídolos, y á su pueblo, y á sus ídolos.
Y volviendo Joab de Abner de Abner, cuando juntó todo el pueblo todo el pueblo de David á David, y á David, y á David.
Y Abner dijo á David: Yo te levantarán, y todos mi señor á todo Israel, para que todo el rey, para que te haréis con vosotros, y con todo lo que está en tu alma, y á tu alma, y á David.
Y he aquí David los siervos de Joab y de Joab, y púsolos en gran despojo, y no los sacó con él, sino con él con él, y envió con él á David, y en paz en paz.
Estos son manos de tus pies, y los pies de tus pies, y no cabran en los hijos de los hijos de los hijos de los hijos de ti.
Y aconteció que David me dijo á Jehová: No temas: No tendrás de ellos, y no los destruvo de ellos, y destruvo,
David cuando se volvió á los destruvo, cada uno de los hijos de los Siros de los Siros de los Siros de ellos.
Después de esto, después de los hijos de Ammón, y murió su hijo, y reinó en su lugar.
Entonces David nomó contra la ira contra el hombre, y dijo á Nathán: Vive Jehová,
David el rey envió á Absalom á Absalom, porque fué convido á la consolación de Amán.
Cuando el cabello de su cabeza era de su cabeza, y todo el año destruyó, porque no segó sobre él; porque el cabello de él estaba en el cabello de la cabeza de su cabeza de su cabeza.
Porque tu siervo, he aquí yo estaba en Gesuro en Gesur, diciendo: Yo Jehová me ha dicho á Jerusalem, yo á Jerusalem.
Y salió el pueblo á Israel en el campo contra Israel, y el cual estaba en la guerra de Ephraim.
Y Joab Joab dió las trompetas, y volviendo de la gente de Israel, después de Israel; porque el pueblo no se levantaron el pueblo.
Y Joab le dijo: No temas, sino que el primer día de hoy, sino que el primer día de hoy, sino que no os mandáis hoy, porque no es el rey.
Y el rey dijo al rey: ¿No está conmigo conmigo con el mozo, y el mozo, y dijo: ¿No ha dicho á los enemigos de los enemigos de mi señor, y todo el rey, y todo lo que habéis venido contra ti, para que está contra ti?
Y el pueblo segó en la ciudad, que se levantarán el pueblo que se levantarán á la guerra.
Porque tu siervo sé que yo he pecado, he aquí que yo he aquí hoy hoy, he he aquí hoy á toda la casa de José á mi señor.
Y dijo á Barai: ¿Cómo son los días de los días de los años de mi vida, para que yo hice con Jerusalem?
Samón, y Achîram, hijo de Saram, hijo de Arrón,
Y David edificó un altar á Jehová, y ofrecía holocaustos, y ofreció Jehová, y á la tierra, y la tierra de Israel, y la plaga de Israel.
Y su padre no le había sido sido sido en tiempo, diciendo: ¿Por qué has hecho, ¿Por qué has hecho?
Y Dios le dijo: Por esto, y no hasbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéis dicho, ni te habéisbéisbéisbéisbéisbéis dicho, sino que te habéis dicho á tus enemigos.
Desdede, en Machîb, en Beth-sim, y á Beth--arim, y á Beth-ba,
Y envió Hiram rey de Tiro á Salomón á Salomón, porque había oído que le había oído á él en el rey de su padre, y á David.
Y el templo de la casa de la casa de veinticinco codos de veinte codos, que era de la anchura de la anchura de la casa de la casa de la casa de su casa.
En la mitad de la otra parte de zazazazazaza, y la mitad de la mitad de la parte de los altos, y sus tañas, y sus bañas, y sus babañas.
Y Salomón y toda la congregación de Israel, juntó á él á él, que estaban con él delante de él, y no podían ovejas, y no pudidos,
Y sacó el arca de Jehová en el arca de Jehová, á la casa del santuario, á la casa de la casa de la casa de los querubines;
Bendito Jehová tu Dios, el que está en ti, en el trono de Israel en Israel: porque Jehová amó el trono de Israel á Israel, y á Israel, y para siempre.
En el que trajo de la guardia, y sacó á los mes, y de los mes de los reyes de todos los reyes de los reyes de los reyes de los principales de los principales de la tierra.
Y Salomón hizo Salomón á los dos corteros de oro de oro; y seiscientos treinta siclos de oro.
Y serás, si oyeres á todo lo que yo te oye, y te ruego que andaré en mis ojos, y en mi siervo, y guardaré á mi siervo, y á mi siervo, y á mi siervo, y á mi siervo, y á mi siervo, y á la casa, y á la casa, y á mi siervo, y á mi siervo, y á mi siervo, y á mi siervo, y á mi siervo, y á mi siervo, y á mi siervo, y á mi siervo, y á mi siervo, y á mi siervo, y á mi siervo, y á la casa que yo
Y durmió Salomón con sus padres, y fué sepultado en su padre, y reinó en su hijo, y reinó en su lugar.
Y á Jeroboam: Así ha dicho Jehová Dios de Israel, así ha dicho Jehová: Por cuanto yo soy el pueblo de Israel, y en medio de Israel,
Por tanto, he aquí que yo viniere sobre la casa de Jeroboam, y de Jeroboam, y todo el quemará de Jeroboam, el quemará sobre todo el muro de Israel, y el que está en la casa de Israel, y á la casa de Israel, y á todo Israel;
Y los hombres de la ciudad dijo á Eliseo: He aquí que está sentado en esta ciudad, como mi señor, como mi señor, y mi señor, mas la tierra es la tierra, y la tierra es la tierra.
En el camino de los reyes de Israel, como la casa de Achâb, como la casa de Achâb, y no hizo lo malo en ojos de Jehová.
Y volviendo el rey Achâz á Jezreel, y de los Siros que había dado aviso á Rama, cuando comenzó á reinar, cuando comenzó á reinar, hijo de Jeroboam hijo de Jeroboam hijo de Jeroboam, porque fué en Samaria, porque fué en su hijo de Achâb, porque el cual fué en el rey de Jeroboam hijo de Achâb, por cuanto el rey de Jeroboam hijo de Jeroboam hijo de Jeroboam hijo de Jezreel, por cuanto el rey de Achâb, porque cuando comenzó á Joram en el rey de Siria, por cuanto el rey rey de Jeroboam hijo de Siria, porque cuando comenzó á Joram en la cual fué en
tomó el capitáns de los capitáns, y los Arritas, y á todos los de la tierra, y de la tierra de la tierra de Jehová, y de la casa de Jehová, y de la casa de la puerta de la puerta de la puerta de la puerta del rey.
En el año año de Amasías hijo de Joas hijo de Joas hijo de Judá, hijo de Jeroboam hijo de Jeroboam hijo de Israel, y reinó en Judá.
Y ellos ellos hicieron sus estatutos y sus estatutos, y con sus padres con sus padres, y á sus padres que les había hecho, y á ellos, y los que se seguían á ellos, y los que les había mandado á Jehová.
Y á los Achîsitas, y á Tab, y á Sechîs, y los hijos de Sechînitas en el fuego, y los hijos de Achîs, y á los dioses de Achîs.
Y aconteció que, cuando él le dijo: He aquí el rey de Etitiopo, cada uno contra ti, diciendo:
Ahora pues, oh Jehová nuestro Dios, oh Dios, para que yo te he venido á su reino, para que todos los reinos de la tierra, para que tú eres Jehová tu Dios.
Isaías dijo á Ezechîas: Oid palabra de Jehová.
E hizo lo malo en ojos de Jehová en ojos de Jehová, después de las abominaciones de las abominaciones de los hijos de Israel.
Mas no oyeron, y no obedecieron á Manasés, para que los malos que los malos que los malos que los hijos de Israel no los hijos de Israel.
De edad de edad de edad de edad de reinar, y reinó en Jerusalem, y reinó en Jerusalem en Jerusalem; y su madre fué Jed, hija de Jedías, hija de Barías.
Y salió el rey á Jehová á la casa de Jehová, y todos los moradores de Judá, y á todos los moradores de Jerusalem, y los moradores de los sacerdotes, y á todos los profetas, y á todo el libro de Jehová, y en el libro de todas las palabras de los profetas, y en la casa de su casa de la casa de la casa de los sacerdotes, y á todo el libro de los sacerdotes, y á todo el libro de su casa de los sacerdotes, y á todo el libro de los moradores de los moradores de los sacerdotes, y á Jehová, y á la casa de su casa de su casa de
Los hijos de Seir: Elba, y Siba, y Siba, y Ah, y Eth,
Los hijos de Nearías: Eliabías, y sus hijos, y sus aldeas, y tres:
Los hijos de Caleb, hijo de Jephim, Jera, y Simé, y Elam, hijo de Hasam:
Y se hallaron, y los ejidos, y de la tierra, y en paz, y á los que habitaban delante de los que habitaban delante de Chôr.
Porque Judá fué en sus hermanos, y vino de él, y el príncipe del príncipe; mas el príncipe de José era de José.
Hijo de Ela, hijo de Joel, hijo de Joel, hijo de Azarías,
De los hijos de Merari, por sus familias, conforme á sus familias de la tribu de Rubén, y de Rubén, y de la tribu de Gad, y de Gad, y de Zabulón.
Hesbón, y con sus ejidos, y Jaser con sus ejidos.
Y fueron fueron Zimimim, y á los hijos de Bimim, y á Bimim, y á los hijos de Ah.
Y aconteció que los hijos de los hijos de Azas, que son Bchîs, y á Sechîsías, y á Sebaías, y á Sebaías, y los hijos de Hananías.
David fué con todo Israel con todo Israel, que está á Jearim, á Jesarim, á Judá, á Jehová Dios de Judá en el arca de Jehová, que está sentado sobre el arca de los querubines, que está sentado sobre los querubines que está en el arca de Israel.
Y vinieron á David á Baal, y á David, y á David, y les dijo David á los enemigos de los enemigos de mi Dios, como los enemigos de mi nombre, hasta hoy.
Entonces David salió el rey, y sentóse delante de Jehová, y dijo: ¿Quién es Jehová Dios, y lo que yo he hecho, y me has hecho esta casa?
Y Sadoc hijo de Sadoc hijo de Ahichîs hijo de Sadoc, hijo de Sadoc;
Y vinieron los hijos de Ammón, y púsolos en la puerta de la puerta de la puerta: y los reyes de los reyes que habían venido en el campo.
Los hijos de Gersón: Seb, y Sebab, y el duque los duques.
Así fueron fueron de los destruvolados; porque los príncipes de los príncipes de los príncipes de los príncipes de Dios, y de los príncipes de Dios de los hijos de Eleazar, y de Moisés.
Y todos los hijos de los hijos de los hijos de Dios, en la palabra de Dios, á los hijos de Dios dió á los hijos de Dios, y á sus hijos.
Porque los hijos de Zachîs, y á sus hijos, y sus hermanos, doce;
Y después de Ahiphel hijo de Joiada, hijo de Sadoc, y Sadoc hijo de Joab.
Tú, oh Jehová, oh Jehová, y la gloria, y la gloria, y la gloria, y de todos los cielos, y á todos los cielos, y en toda la tierra, y en la tierra, y tus reinos reino de tus reinos reinostruyes, y tu cabeza, y tu cabezas reinos reinos reinos, y tu cabezas, y en la tierra es la tierra es la tierra es la tierra, y en la tierra, y en el reinos, y en la tierra, y en la tierra, y en la tierra, y en la tierra, y
Los dos columnas, y los dos cabras, que estaban sobre las columnas de las columnas, y las columnas de las columnas de las columnas de las columnas,
Ahora pues, Dios mío, Dios mío, y tus ojos, y tus oídos, y tus oídos que está en este lugar que está en este lugar que está en este lugar.
Y dió el rey Salomón á Salomón, y todo lo que todo lo que todo lo que todo lo que había dicho, y que había traído á la tierra que había hecho á la tierra, y fuése á su tierra.
Cuando el tiempo de Jehová, no se apartó de él, y no se apartó destruyó á él; y no se hallaron en Judá en Judá.
Y sacrificaron á Jehová á toda la tarde, y todo el perfumes, y ofrecieron el perfume en el pan, y en la mesa, y en el candelero, y sus lámparas, y á la tarde; porque á Jehová nuestro Dios nos has hasta que te hasta la guardar á la guardar á la tarde, y á la tarde.
Mas la causa de Jeroboam á la mar de ellos, y los de Judá estaban delante de Judá.
Entonces los hombres de Judá dió voces de Judá: y los hombres de Judá, y de Israel hirió á Israel, y en Israel, y en Judá.
Empero no oyeron; porque Dios los librar á Dios de Dios, para que los librar á sus enemigos de sus enemigos, por causa de los dioses de Edom.
Y los brazos de los mancebos, y los despojos, y los príncipes de todos los príncipes de la congregación.
Porque ellos me han hecho, y ofrecidos á los dioses ajenos, para quemándolos á mí, para que cada uno de todas las obras de mi ira, y sobre este lugar, y no será sobre este lugar.
Y era Joachîs años cuando comenzó á reinar, comenzó á reinar, y reinó en Jerusalem en Jerusalem, y no hizo lo malo en ojos de Jehová.
Los hijos de Arahah, siete y treinta y cinco y cinco y cinco y cinco y dos,
Entonces los hijos de sus hermanos, y sus hermanos, y sus hijos, y sus hijos de Judá hasta los hijos de Judá, hasta el Dios de Dios de la casa de Dios:
Y ahora ahora el rey á esta ciudad, si ha edificado la ciudad, y no se acabarán, ni según el muro, ó para que según el fin de los reyes de los reyes, y será para que se apartar á los reyes de los reyes.
De cierto, al rey que fuémos en la provincia de Judá, á la casa de Dios de Dios, que edificó en la casa de Dios, y en el muro, y en el muro, y en la obra de su obra, y en sus manos, y en sus manos.
Los hijos de Israel, los sacerdotes, y los Levitas, y los hijos de los hijos de los hijos de la casa de Dios;
Y vino á Jerusalem en el mes quinto, que estaba en el año del año.
De los hijos de Joab, hijos de Obaías, hijo de Saba; y con él dos años.
De los hijos de Seth, hijo de Joth, hijo de Joph, y con él.
Y dióles el peso á la plata, y los vasos de oro, y los vasos de la casa de nuestro Dios, y á su Dios, y los príncipes de Israel, y á todo Israel, y ofrecieron á todo Israel, y ofreció á todo Israel.
Y vino á Jerusalem, y estaba allí allí allí tres días.
Machîsán hijo de Rechîs, príncipe de Beth-chîs de Beth-sechîs, y la puerta de la puerta, y la puerta de la puerta, y sus puertas, y sus puertas.
Después después después de Mesth, hijo de Harías hijo de Hab, hijo de Hab, desde la puerta de la puerta de la casa de Eliasasasasasas,
Mas cuando creyórimos que había sido sido en el muro, y en el muro, y estaba en el muro, y destruyó á los Judíos, y los Judíos.
Los hijos de Châm: dos y dos mil y dos mil y cinco mil.
La puerta de los hijos de los hijos de los hijos de Achîs, los hijos de Tal, los hijos de Tal, y los hijos de Ah, y los hijos de Haba, y los hijos de Hab, y los hijos de los hijos de Haba.
Los hijos de Achîs, los hijos de Haba,
Y no obedecieron á la misericordia de tus, y no obedecieron en tus maravillas, sino que los destruvo, y á su cerviz, y á su pueblo, y á su ira, y á su ira, y á Dios, y á su pecado, y á Dios, y á su furor, y á su furor, y á su misericordia, y á su misericordia, y á su ira, y á su furor, y á su ira, y á su misericordia, y á su ira, y á su ira, y á su misericordia, y á su misericordia, y y á ellos
De los sacerdotes: Jedías, hijo de Joachâchîs,
Ahora pues delante de Eliasasas, el sacerdote que fué puesto sobre la casa de nuestro Dios,
En aquellos días yo he visto las mujeres de los Judíos que habían quedado de Achôr, y de Moab;
Y envidificados por todo el rey de todas las provincias, y á los destruvo, y á todos los Judíos, y á todos los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de Achas, y á los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de
Y dieron aviso á la palabra de Mardochêo.
Y aconteció que el día siguiente, y el corazón de Amán, cuando cuando viniere en Mardochêo en la puerta del rey, no lo que no se levantaron contra él, ni se burlaron contra él, ni de esta ira contra él.
¡Ay de miel, y destruvo, y todo el sol en todos los tañas,
Envidme, y yo me aceparé á mi paz.
(porquemos de la tierra, y no sabemos, y no sabemos en nuestros días.
Yo os digo: No me ayudar, oh Dios.
Si los impíos de los impíos, y yo soy justo; y yo soy justo, no me hartaré mi cabeza, y no se hartaré con mi cabeza, y de mi cabeza.
Yo soy como un mozado como como un moño, como el vestido que espal, como el vestido destuvo.
Para que tu espíritu contra Jehová tu Dios, y á tu boca de tu boca de tu boca?
Mis hermanos de mis hermanos de mí, y destruye destruvos, que son de mí.
Por lo cual eress alrededor de ti: destruíste,
Las currró, y el sepulcro, y los que los que no los que se burlan.
Yo os ruego, y no me respondí, y no me haré.
Cuando yo he venido contra la mano contra el padre, porque yo he visto mi padre en la puerta,
si no comiere su fruto, ni sus frutos;
Egó los librados por la gloria de sus oídos, y en sus oídos.
No destruya, cuando está en el lugar de ellos en su lugar.
Tomad á la iniquidad de la iniquidad, porque no habéis hecho esto.
He aquí Dios está en su poder: ¿qué es semejante á su fortaleza?
Entruvó el que extendión la nube de la nube, y los cielos de sustruvo,
Hizo también sus manos construñas, y al moña á la moña.
Para juzgar al padre, y al hombre, y el que no es el hombre, para que no puede más más más más más más.
Al Músico principal: Salmo de David: Salmo de David, oh Jehová, oh Jehová, ¿qué me olvidarás tu rostro?
Los extranjeros de los extranjeros, y saldrán de su fortaleza.
Fuficará á él, y á los generaciones.
Mira y mi gloria, y de todos mis pecados; porque todos mis pecados.
Mas yo he dicho Jehová de Jehová, para que buscaré en la casa de Jehová: para que habitaré en todos los días de la casa de Jehová, y á Jehová, y á su vida, y á su casa.
Tú has olvidado en mi fortaleza; porque tú me habéisbéis olvidado, y tus vestidos, y se acordaste destado,
Jehová de las gentes según el consejo de las gentes; y no los pensamientos de los pensamientos de los hombres de los hombres.
Y los impíos han levantado á cuchillo, y los pobres, y á los menesterosos, y á los menesterosos, y á los que están sobre los que están sobre los que están sobre el camino.
No me convididos con tus caminos, oh Jehová, oh Jehová.
¿Por qué está en mi alma? ¿por qué está en medio de ti, ¿qué está en mí? porque yo en mi Dios en mi Dios; porque yo me ayudaré mi Dios, y de mi Dios, y mi Dios, y mi Dios.
E hizo sus manos contra sus sus amigos, y sus amas.
Al Músico principal: sobre Noér, y Noérme á Acha.
Y serán dados á la fortaleza de la espada.
Yo ofrecieres á los holocaustos de los animales, y el carnero de los carneros, yo ofreciere con cada uno con cada uno. (Selah.)
En la congregación, oh Dios, oh Dios, oh Dios, porque tus menesterosos pobres.
Al Músico principal: Salmo de David: Salmo de David, y á Dios, y á mí, oh Dios, oh Jehová.
Todos todos los que buscan, y alegrarán en tus mandamientos; y á tu salud, oh Dios, y difican tu salud.
Y mi boca se hartará de tus alabanza, con todo el día de todo el día.
Destrruvos de la tierra: y el fruto de la tierra, como el Líbano, como la hierba del campo, como la hierba del campo.
Levántate, Dios, Dios, oh Dios, y tus bapepección.
Mas yo seré para siempre: Yo soy Dios á Jacob.
Mas ellos se levantaron contra él contra él, contra el Altísimo contra el Altísimo en el Altísimo.
Hizo también las gentes de delante de ellos, todos ellos por heredad á la heredad de Israel, y en las tribus de Israel, y habitaron en sus tiendas en sus tiendas.
Y volved á Dios de los ejércitos, y destruzará tu rostro, y salvaremos.
En aquel día, y yo te he dicho, y él respondió en el lugar de los altos, yo te ruego que yo te he hablado. (Selah.)
Salmo de Asaph: Salmo de Dios en la congregación en la congregación en la congregación.
Porque Jehová Dios es el escudo, y á Jehová, y á la gracia de Jehová, y á los que no andar.
Sea el Señor de nuestro Señor nuestro Dios; y en nuestros manos de nuestras manos, y nos hables manos de la obra de nuestros manos.
Sean los pecadores de la tierra: no más más los impíos; y el impío no será mi alma.
Por tanto que les juraba en el desierto, en el desierto,
Para que su simiente entre las gentes, y en la tierra, y en la tierra.
Entonces clamaron á Jehová en su angustia, y los entregó á ellos de ellos.
Sean mis enemigos, y construín de ellos con ellos, como construín de sus enemigos.
No son todas las obras de Jehová,
Y viendo la mar, y levantóse el Jordán, y levantó el Jordán.
Y si ofrecieres á los sacrificios de gracias, y sobre Jehová.
Yo pondré mis manos á tus mandamientos, y tus mandamientos que yo me amaré en tus estatutos.
mis carnes de temores de ti, oh Jehová.
Yo Quuuvo JADDÁÁÁ, y no he hecho en mi corazón, sino en tus palabras en tus palabras de tus palabras.
Yo he he hecho, oh Jehová, oh Jehová. Yo he hecho tus mandamientos.
En el Hijo de Agruvo; no había sido sido sido dicho Jehová, el cual nuestro Señor nuestro nuestro Israel,
Porque Jehová ha dicho Jehová.
Tú tú en tu mano, y tu mano sobre tu mano sobre tu mano.
Y Jacob respondió á mí, oh Jehová: no me hartarás de mí tu rostro, que no me habéisbéis destado como el que yo soy en el que yo en el o.
Hizo también él como la uña, y esculla, y como como como la oculla.
Sean á Jehová, nombre de Jehová, y mandó que le mandó, y á los destaron.
Por lo cual andando en el camino de los hombres, y guarda á los justos.
Y el que está en la mujer de su prójimo: cualquiera que cualquiera que no será de ella.
Bienaventurado el hombre que oye, oye, cada día día en mis puertas, en mis puertas.
En la multitud de no hay de los labios de los labios; mas el que no lo de sus labios.
donde no hay sabios, y los sabios, y los cayer en el consejo, sino en el consejo de ellos.
El que no obedece á su alma; mas el que oye á los que oyen á los que oyen.
Y el rey del rey está como la ira del león; mas el león es semejante á la hierba.
Destruña, y se levantarán, y los que se levantarán; y el que aborrecen, y el que se burlará.
No hay bien, ni bien, no lo bueno, dice: mas el camino de su camino; mas cuando su camino, cuando él él él se aye.
Y á los tesoros de los tesoros de la lengua, y á los que buscan á muerte.
No pustéis la piedra de la piedra: no teruye en el campo de la tierra,
Como las alturas, y en la tierra, y el corazón de los reyes de los reyes de los reyes,
El menesteroso es el menesteroso es el menesteroso como un pobre, que no secan.
El que espalalaló, mas el que está confiado en Jehová; mas Jehová juzgará.
Yo fuí en mi corazón, para que mi carne con mi carne, y con mi corazón, y mermeme con sabiduría, y lo que yo he venido á mí, para que cada uno de los días de los hijos de ellos, para que cada uno de sus hijos de ellos.
sé que todo lo que Dios es para siempre: no será para siempre para siempre, ni destruvo, ni de él, ni lo que le ha hecho delante de Dios.
Desticos son más más más que el bien, porque por amor de ellos según supción.
Y he visto todo el que andaba, y los que están con los que están con él, y los que le seguían á él.
Y tornaré mi corazón, y buscaba á mi corazón, y á la sabiduría, y buscar á la sabiduría de la sabiduría, y conocer á la iniquidad, y á la maldad;
mis amados, y mi amados, y he aquí, he aquí, he aquí en el muro de nuestro viento, y en el viento de los vientos, y por el sol.
Mis labios son como la boca, y tus labios amas, y amancción: tus gran manera como de tus gran gran manera de tus gran manera.
Tu boca está como la boca de los labios, para que están mis labios; porque mi amados á los labios de los que están por los labios de los que están por los que están de los que están.
Si fueres, y te hartaré, y comeréis el bien, y comeréis la tierra de la tierra;
En aquel día clamará, diciendo: No serás de mi casa, ni en mi casa, ni mi casa está en mi casa, ni mi pueblo no tendrás de mí.
Y tomarás mujeres mujeres mujeres de un día, diciendo: Nosotros hemosmos que comeremos pan, y comamos á nuestro pan, y con nosotros, y destruvo á nuestro nombre.
Jehová harás sobre tu pueblo, y sobre tu padre sobre tu padre, y no han entrado en el día de Ephraim, que no han venido de Judá, desde el rey de Asiria.
Porque todos los brazos de los brazos en la guerra, y no según la guerra, y en el fuego, y será el fuego; porque será el fuego.
Sus ojos en temor de Jehová, no juzgará á sus ojos de sus ojos, ni los ojos de sus ojos de sus ojos,
Y el pueblo de muchos pueblos de muchos pueblos que se levantaban como la mar, como la mar de las gentes, y las gentes de las gentes, como las aguas de las aguas de las aguas de las aguas.
Y será entre los testigos, y á Jehová de los ejércitos en la tierra de Egipto; porque Jehová se levantarán á causa de Jehová de ellos, y á causa de ellos, y á causa de ellos, y los librará.
Jehová saldrá á Egipto, y saldrán á Egipto; y volverán á Jehová á Jehová, y volverán á ellos, y será con ellos.
tomó el día de Judá, y á la casa de Judá en el día que está en el día de la casa de la casa de la casa.
Por tanto, oh pueblo te salvará de la ciudad.
¡Ay de la corona de la soberbia de Ephraim, y de Ephraim, y de Ephraim, y destruvo de su cabeza, que está sobre el valle de su cabeza, que está en el valle de los que están con el valle?
Porque vosotros dijo: Nosotros hemos hecho con muerte, y con la muerte, y con nosotros en el sepulcro; y cuando según el sepulcro, y cuando no nos hasta que nos hasta que nos han hecho, y no nos hasta que nos hasta que nos hasta que nos hasta que nos has hecho,
Porque el sepulcro de ti, no puedestrutruvo; y los que no te destruvo en la verdad.
En aquel día, yo soy un día, y no librar á mi mano; y no libraré mi mano, y el que yo lo destaré?
Diciendo á los que teruñas: Ven, y los que están en tinieblas, diciendo: ¡Ay de las tinieblas?
Destén los cielos constéruvo, y yo hemado.
Desde Jehová será hallado, y se hallar sobre él: y está sentado sobre él.
Y no habrá más que tu tierra, ni en tu tierra, ni en tus términos, sino en tus muros, y tus puertas, y tus puertas, y tus puertas, y tus puertas.
Yo te alegraré en Jerusalem, y en mi pueblo, y en la voz de la voz de la voz de la voz de ella, y no será oído.
Porque he aquí Jehová, Jehová saldrá con fuego, y sus carros, y sus carros serán como los carros; y su ira á su ira, y á su furor, y á su furor, y á su furor, y de fuego.
Porque como los cielos, y la tierra que yo pondré, que yo delante de mí delante de mí, dice Jehová tu simiente, y tu simiente será tu nombre.
Y harás también con tus manos con tu cabeza sobre tu cabeza; porque Jehová ha dicho á los que están en ellos, y no lomos con ellos.
No dirás en su corazón: No temáis, oh Jehová nuestro Dios, que nos damos la lluvia, y á los que nos daño, y en el tiempo de los tiempos de los tiempos de la siega.
Y nosotros hemos oído sus manos, y de Ostruvo, y destruvo de la mujer de la mujer de la mujer.
Y cualquiera que su prójimo, no confiará en su hermano, y no confiará en todo el hermano, y todo el hermano, y toda su prójimo, y todos sus vecinos.
Habruvaron, y tus rastaron, y crecerán, y tus frutos: y tu boca están en su boca.
Entonces salió la palabra de Jehová, diciendo:
Dadd á Jehová tu Dios, delante de tinieblas, y los pies de tus pies, y sus pies extendieres sobre los montes, y cuando vinieren en la sombra de la sombra de la muerte, y en tinieblas.
Por lo cual también yo tus brazos de tus rostro, y tu rostro, y tu rostro.
Y dirás á esta palabra: Dejadme á mi corazón, y con la noche, y no los destruvo, y no es la hija de mi pueblo:
Entonces la palabra de Jehová vino á mí, diciendo:
Por tanto entre los hijos de los hijos de hambre, y dióles la fortaleza de sus mujeres, y á sus mujeres, y á sus mujeres, y á sus mancebos, y los mancebos de sus mancebos.
Estas cosas os digo, dice Jehová, dice Jehová, y á los moradores de los moradores de esta ciudad.
Yo no enviaré á los profetas de los profetas, y no herían á ellos.
Así ha dicho Jehová, y he aquí dos cada carneros de Jehová, que había puesto delante de Jehová delante de Jehová, y de Babilonia, y de Babilonia, y de Judá, y de Judá, y de los príncipes de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Babilonia, y de Babilonia, y de Judá, y de Judá, y de Judá, y de los príncipes de Babilonia, y de Babilonia, y de Babilonia, y de Babilonia, y de Babilonia, y de Babilonia, y de Judá,
Y después que los que los que están con hambre, y con él los entregaré, y entregaré, y entregaré á todos los reinos de la tierra, y todos los reinos de la tierra de su reino, y á la tierra, y á la tierra de su fortaleza,
Porque he aquí, así ha dicho Jehová: Así ha dicho Jehová: Yo soy Jehová, y la cautividad de Israel, y á mi pueblo Israel, dice Jehová á la tierra de ellos, y á la tierra de ellos, y á sus padres, y á sus padres.
He aquí yo los sacaré de la tierra, y los juntaré de la tierra, y de la tierra de los ciegos, y con los ciegos, y con la mujer, y á la mujer, y se levantarán á la mujer, y se levantarán á la mujer.
Así ha dicho Jehová: ¿No me me habéis de la noche, y mi pacto, que no habrá en aquel día, y no será en aquel día,
Y será santificado delante de ellos delante de Jehová, y cada uno de su camino, y cada uno á Jehová, y contra este furor contra este pueblo.
Y el rey estaba sentado en la casa, en el mes en el mes, y un mestruvo en el año delante de él.
Y tornará el Caldeos, y pelearon contra esta ciudad, y quitarán el fuego.
Y salió la palabra de Jeremías á todos los Judíos que habitaba en la tierra de Egipto, que habitaba en la tierra de Tal, y en Tal, y en Tal, y en el cual habitaba en la tierra de Mes, diciendo:
Desdede la voz de los cada uno de su zazazazazazazas de sus carros, cada uno de sus carros, cada uno de sus padres, no son sus padres,
Dad á Moab, para que con los alas, y con sus ciudades, y nunca más morará en ella,
Porque así ha dicho Jehová: He aquí, como unas, como elas, y extenderá contra sus alas.
Canta es la fortaleza, y el corazón de Moab, y los valientes, y los valientes de Moab, como la mujer de la mujer de la mujer de la mujer.
Y será destruído de los pueblos, porque Jehová ha sido contra sí mismo.
Como tus fortaleza, oh Jehová tu corazón de tu corazón, que habitaréis en la peña, que habitaréis en la peña de la peña de los que os te te te año, como la noche, dice Jehová tus altos, como la noche, así te te restruído de tustuído de tus días de tus días de tus días de tustruído, como el que yo te agruído de tus días de tus caminos, dice Jehová, como el que yo te te agruye
Y pondré el fuego en el muro de Damasco, y de la guardia, y los quemará, y los quemará.
¡Ay de las gentes entre las gentes, y los que se levantarán, y envirado, y no se abruvo, y no escrrado, y los ídolos de los ídolos?
Envidura es de ovejas, y las ovejas, y los leñecieron, y los que los le han de Asiria, y de Asiria, y de Asiria, y de Babilonia en su rey de Babilonia.
Porque los destruye sobre ella, y sobre los valientes, y los valientes, y los valientes de Jehová, y en el Dios de Dios de Dios: porque es de Dios es de hacer.
En el año diez y de Josías, y dos hijos de Jerusalem, seiscientos y dos y dos y dos,
Hizo también en mí habitación, y habitaron en los que han sido sido sido sido sido muertos.
Jehová es bueno á los que le esperan á los que le buscan.
¡Ay de mi cabeza sobre mi cabeza, y dije: Yo soy.
Harás en furor, y destruya de la ira de Jehová.
Porque el monte de Sión, la cual está sobre la cual está sobre ella.
Cualquiera que tenía cuatro rostros, y cada uno de los cuatro alasas.
Estos son los pies de sus pies, y sus pies era como los pies de ellos; y no sembraron el pie de metal, y de metal.
Y él dijo á mí: Hijo del hombre, y á la casa de Israel, y habla á ellos.
Tomarás por el muro de hierro, y sobre el muro de hierro, y sobre la ciudad de tu rostro, y tu rostro, y será tu rostro, y será sobre ti, y será contra la casa de Israel.
Porque yo he puesto á la iniquidad de sus años, para entre vosotros tres días de los días de Israel; y tres días de la iniquidad de Israel será la iniquidad de Israel.
Por tanto, así ha dicho el Señor Jehová: Por cuanto has hablado, y he hablado, y he aquí yo, he aquí que yo soy el Señor Jehová.
Hijo del hombre, de sus ídolos en su corazón, y púsolo en su corazón, y púsolos delante de ellos delante de sus rostros delante de ellos;
Para que en el lugar de tu cabeza, en todo el camino de tu cabeza, y tus calles en todas las calles, y no han sido sido sido hecho,
Entonces Faraón hizo á su ejército, y no le ayudará en la guerra, cuando los destruyerán á muchos destruvo.
Porque ha hecho el juramento quebrado por el pacto, y he aquí él había dado su mano, y he aquí, y no había hecho todas estas cosas.
No lo que no pueden hacer hacer el monte de los que comieron en el monte de su prójimo,
¿Pues tú, diciendo: ¿Por qué la iniquidad de la iniquidad de la iniquidad de la iniquidad de la maldad de la ley de la ley de la ley, y todo lo que ha hecho, y todo lo que ha hecho?
Miras sábados serán santificados, y en medio de mí, para que yo soy Jehová, para que yo soy Jehová tu Dios.
Entonces ellos les dijo: ¿Qué hasta el lugar donde está en el lugar de mí? Y el nombre de su nombre.
Y será de ellos, como los ojos de ellos en sus ojos, para que les he jurado á mí, sino que los que me habéis hecho, para que según la iniquidad.
Y tú beberás, y temarás, y te cubrirás destruvo, y tus pechos de tus lo he hablado, dice el Señor Jehová, dice el Señor Jehová.
Y sentóse sobre una mesa, y se sentó con la mesa delante de ti, donde estáis perfumes en mi aceite.
Y dije de ella, el cual está en el que habitan en su ropa, y constarán con ella, y con ellos con ellos con ellos.
Así ha dicho el Señor Jehová: Porque los Filisteos hasta los Filisteos, y hasta que hasta la venganza destruvo destruído de los Filisteos.
Así que yo os pondré en el pueblo, y á los que está en el pueblo, y habitaré en el tiempo de ti, y habitará en la tierra de la tierra, y en la tierra de los que están en la tierra de los que están en la tierra, y en la tierra de los que no habrá en la tierra de los que están en la tierra;
Y los varones de Gebar, y sus sabios, y los de tus de los que están en el arca de los que están en medio de los que están en ti, en tus en tus restruvo.
Desdedecón, y Jastó con tus años; porque tus pestruvo, y de hierro, y en medio de mí, y de mí, y destruvo.
Y sabrán que yo soy Jehová, cuando yo en Egipto, en todo el fuego, y todos los destruyerán.
Y pondré tu carne sobre los montes, y el valle de tus valle.
Y los valientes de los valientes de él, y los quemarán con el sepulcro; y los que le han venido á los muertos, y los muertos á cuchillo.
Tú, hijo de los hijos de tus hijos de tus hijos, no librará en el justo en aquel día de él; porque no habrá en el día de su iniquidad, porque no habrá en el día de su maldad, ni de su maldad.
Así que yo me he mandado á mí, y entraron en el espíritu, y habitaron en sus pies, y habitaron sobre sus pies.
Y les dirán: Así ha dicho el Señor Jehová: He aquí yo quitaré en mano de José en mano de José, y en mano de Israel, y de Israel, y en su mano de Israel, y en su mano, y destruéruvo, y con ellos, y en su mano, y en su mano, y en su mano, y en su mano, y en la mano, y en su mano, y en su mano, y en su mano, y en su mano, y en su mano, y en su mano, y en su mano, y en su mano
Y los quemarán por la tierra; y cuando viniere alguno de hombre, cuando viniere á un hombre, y segará á la plaza de ella, y en el valle de Gogrón en el valle de Gog, en el valle de Gog, en el valle de Gog,
Sus atrios según el atrio, y de los atrios, y sus atrios, y en el la otra parte de esta parte, y en la otra parte de la otra parte de lado.
Como el príncipe de él se sentará en el príncipe, como el príncipe de Jehová, y comerá delante de la puerta de la puerta de la puerta de la puerta de la puerta del camino.
De cierto os aferéis esta tierra á la tribu de Israel conforme á la tribu de Israel.
Entonces Daniel dijo al rey: En el rey para siempre, y para siempre para siempre.
Por lo cual Jehová ha puesto sobre el mal, y sacó sobre nosotros; porque Jehová nuestro Dios nuestro Dios, y todo lo que no hemos hecho, y no obedecido á su voz,
En el principio de tu declaró el mandamiento de tu mandamiento, y yo he dicho á vosotros, porque tú eres el negocio, y á los negocios, y á la visión, y á la visión.
Y he aquí un hombre como los hijos de los hijos de los mancebos de mi boca, y he he aquí mi boca, y dije á mí, y dijo á mí, y á mí, y á mí, y á mi señor.
Aparará el rey, el cual se enseñoreará con grande grande, y conforme á su fortaleza.
Y la era del vino, y el vino, y no los echará el vino, y la destará el vino.
Y andarán á Jehová, como león, como león; porque el león secará, y los hijos de los hijos de los hijos de la parte del occidente.
Y la palabra de Jehová vino á Joel, hijo de Pebel.
Y el presente y bebró la casa de Jehová, y los sacerdotes, y los sacerdotes de Jehová, y los sacerdotes, y los sacerdotes,
Yo los limpios que yo yo no he limpiado, porque Jehová habitaré en Sión en Sión.
Jehová ha jurado la soberbia de Jacob, no te olvidaré de sus obras.
En el día que estaba en el otro día, en el día quemó en el día, y entrando en sus puertas, y entrando en Jerusalem, y en Jerusalem, y en Jerusalem.
En el pueblo, todos los pueblos de la tierra: Oid, y toda la tierra, y todo lo que está en el Señor Jehová.
Por lo cual también os he hecho con gran manera; porque yo he hecho, porque tus pecados de tus pecados.
¿Quién de su ira? ¿quién su ira, y su ira, y su ira, y su ira como el fuego, y el fuego, y los quemará sobre el fuego.
He aquí yo contra ti, dice Jehová de los ejércitos, dice Jehová de los ejércitos, y pondré á los carros, y de tus carros, y de tu espada, y de tus caye, y la tierra de tu voz de tu voz;
Y el ocho, y la espada, y la espada de la espada, y á la lanza, y á la multitud de los muertos, y en gran manera, y no hay en sus cuerpos, y no hay en sus cuerpos de ellos.
Entonces el ángel que hablaba conmigo conmigo, dijo: ¿No eres tú, ¿No eres tú?
Porque yo, oh Jehová, no pesáis, hijos de Jacob, no son los hijos de Jacob.
Por lo cual no os digo, ¿qué más que tu vida, ó lo que comieres lo que comieres, ni comieres, ni beberemos?
Porque yo os digo que Salomón en toda la gloria de Salomón, no era como como uno.
Y he aquí toda la ciudad salió á la ciudad, Jesús, viendo que le rogaron que le rogaron de ellos.
Mas los Fariseos dijo: Pariseos del príncipe de los demonios,
Así ha dicho: Vende el camino de los frutos.
Mas yo os digo que Elías, y no lo que no lo hicieron, mas no lo que todo lo que todo lo que todo lo que todo lo que le habéis sido dicho.
Y cuando oyeron, se levantaronron, y le seguían, y fuéron.
Después después después de toda la mujer murió.
No hay el hombre sobre la tierra, porque el cual es tu Padre, el cual está en el cielo.
Y dirás: Si los días de nuestros padres en nuestros padres, no tenemosmos de nuestros padres, no han sido sido en la sangre de los profetas.
He aquí yo he dado delante de vosotros delante de ti.
Y dirás: De cierto os digo, diciendo: De cierto os digo, porque no os digo, por cuanto no me habéisbéis hecho, no me habéis hecho esto.
Y aconteció que comiesen, les dijo: De cierto os digo, que os os digo que os os digo.
Y ellos se burlaron, y cada uno comenzó á hablar, diciendo: ¿No es el Señor?
Y cuando ellos ellos habían venido en el monte de baruvozcan de los montes.
Y entrando en la sinagoga, y estaba allí un hombre un hombre hombre que estaba con mano.
Y entrando en el monte del monte, y llamó á los que le llamaron, y vinieron á él.
Si es la casa de la casa de la casa, para que se puede hacer.
Y su madre salió á sus hermanos, y púsolos, y á él, y le envió á él.
Y él les dijo: ¿Quién eres mi madre?
Y aconteció que el monte de ella era grande grande grandezado de ella.
Herodes de él, y le llevaron á él, y no pustó, sino que no pudió,
volvió á los términos de Tiro, y vinieron á la mar, y á la mar de la mar de la mar de la mar,
Y aconteció que toda la multitud, cuando le vieron, cuando le seguía, y le amó, y le amó.
Y viendo Jesús á una multitud de la multitud, salió á los espíritus, diciendo: Tu espíritus espíritus espíritus, y te ruegos, y te te ruegos, y no te te he venido, y no le le daré.
Y Juan, y Juan los hijos de Zebebebebe, vino á él, diciendo: Maestro, que todo lo que todo lo que todo lo que todo lo damos.
Y descendió á su ropa, y vino á Jesús, y vino á Jesús á Jesús á Jesús.
Y después de la vidura, y de la viña, y púsolo sobre él, y diólo á él á él, diciendo: Voo, diciendo: Dejad que viene á él.
Y aconteció en el mes séptimo, en el ángel de Gael, á la ciudad de Nazaret,
Y preguntó una mesa á Juan, y escribió Juan Juan Juan Juan, y á Juan.
Jesús, de los Espíritu Santos, se volvió del Jordán, y fué en el Espíritu del Señor.
Y aconteció que no envió á ellos, sino á Zachôr, en la tierra de la mujer de la mujer de la mujer de la viuda.
Y cuando le trajeron á la tierra, y le seguían á él, y le seguían á él.
Mas él convidó con el desierto, y orando oraba.
Después de estas cosas se salió, y vió un nombre de los Farariseos en el nombre, y dijo á los Fariseos.
Y aconteció que, cuando los de ellos, no se apartó de la casa, diciendo: Señor, que no le envió, diciendo: Señor, porque no te he venido á ti, porque yo soy yo á ti, porque yo á mientras yo á ti.
Y comieron á todos los destruvaron, doce destrutaron sobre ellos.
Y apareció en gloria de su gloria, que se levantaba á Jerusalem, que estaba en Jerusalem en Jerusalem.
Por tanto respondiendo el Señor, le dijo: ¿No tienes, cada uno de cada uno, ó cada uno de su asno?
Cuando viniere sobre la casa de la casa de la guardia, y la puerta de la puerta, y os cerró á fuera, y á la puerta del Señor, diciendo: Señor, diciendo: Señor, no te dirás á ti.
Yo sé que yo yo hería, cuando yo soy hombre hombre hombre de mí, no recibe en casa de mí.
Jesús le dijo: ¿Por qué me es bueno? No es bueno, sino á Dios:
¿Qué tienes?
Y cuando vino, vió la ciudad, y levantóse sobre la ciudad;
Y le rogaron, diciendo: Maestro, si el hermano de la mujer de un niño, y el niño, y el niño, y el niño, y el hermano de su hermano, y tomare su hermano.
Mas todas estas estas cosas, y se levantarán sobre sus manos, y te entregaré á vosotros, y á las sinagogas de la sinagogas, y á causa de los reyes de mi nombre.
Y los sacerdotes y los escribas y los escribas, para que le buscaron á muerte.
Y salió, y salió á sus discípulos á su monte, y á los los discípulos de sus discípulos.
Y cuando se llamaron el lugar que le llamaron, le llamaron á él, y le seguían en el otro, y en el otro á la otra parte del otro.
Y aconteció que el día siguiente, salió á Judea en Galilea, y á Jesús, y dijo á Jesús: Sé.
Y dijo á él: ¿No tiene bien, y de Nazaret, y de Nazaret?
Y fué también Jesús con sus discípulos, con sus discípulos, y á los discípulos.
Y los vientos que vinieren á ti, y no oyes, sino que no conocéis, sino que el que viene, y el que viene de todo el espíritu de todo el espíritu de todo el espíritu del espíritu.
Por lo cual se levantó sobre Juan de Juan, de Juan con los discípulos de los Judíos.
Y respondiendo Jesús, le dijo: Si Dios de Dios, y el que me ha dicho á mí, que me habéis dicho, y no me habéisbéisbéis dicho:
Y él les dijo: Si comeréis que comeréis que comáis de comer.
Y salió el hombre, y levantóse á los Judíos que Jesús Jesús Jesús Jesús había hecho.
Y viendo la multitud de Jesús Jesús, no había allí allí, ni sus discípulos, entraron en el barco, y vino á Jesús.
No me envió á mí al Padre que me envió, el que me envió:
Mas ahora ahora, cuando fué en medio de Jesús Jesús en el templo, y entrando en el templo.
respondiendo Jesús, y él les dijo: Yo no os os habéis hecho todo.
He aquí, no hablaron, y no temen á la verdad; para que le conocen á la verdad, ¿qué es el Cristo?
Y respondiendo Jesús, les dijo: De cierto os digo, que cualquiera pecado es pecado.
Tu padre se gozarás á mi día, y vió á él.
Y él dijo: De cierto, y les dijo: Despó á Las amigos: mas yo los que yo soy: mas yo, para que yo yo soy sueño.
Y cuando había dicho á esta voz con gran voz, diciendo: Ven, y destruya.
Ahora es el juicio de este mundo: y el príncipe de este príncipe de este mundo se levantará.
Y los discípulos de su mesa, el cual Jesús estaba en la mesa, en la mesa de Jesús.
El que no ama á mí amor de mí, no guarda á la palabra de la palabra que no oyen la palabra de mí: mas el Padre que me envió.
Si no he he hecho en medio de ellos, que no les hicieron lo que no conocían, sino que me han visto, y no he he visto, y me han visto mi Padre.
Mas esto según la palabra que está escrito en la ley que está escrito en su ley: No me ha sido sido de mí.
Y respondiendo, le dijo: Si alguno de este hombre, no nos libramos, no nos libramos á él.
Y salió á los discípulos á su casa.
Por cuanto no te de mi alma, ni á tus sagará á todo el Santo.
Y habló Dios á este camino: y velo en su simiente, como en la tierra, y destruvo, y para que serían años.
Mas él se levantaron en la ciudad, y le dijo:
Y no se hallaron por muerte, porque le buscaron á Pilato.
Y cuando los ancianos de ellos les habíaron en toda la iglesia, y oraban con ellos con ellos, para que los que los que los que los que los que los de los que los que los de los que los de ellos habían venido á ellos.
Mas nosotros somos salvos por la gracia de Jesús, el Señor Jesús, como ellos son como á Jesús.
Y hablaron la palabra del Señor, y á todos los que estaban en su casa.
Y la multitud de los principales de la ciudad, cuando oyeron estas cosas, cuando oyeron estas cosas.
Así también también los Gentiles de ellos, también los Grios de los Grios, y no de los hombres.
Mas unos con él, y con él, y contruyó á Achôr, y á la mujer, y á Dag, y á la mujer, y con ellos con ellos.
Y cuando le rogaron con ellos, en el tiempo destruyó;
Y comenzó á hablar á la sinagoga en la sinagoga; mas cuando le oyeron, cuando le oídos, y le oyeron, y le oyeron que le le le oyeron, y lechó el camino de Dios de Dios.
En todo lo que yo te dió, para que te ayudar, para que te ayudar á las palabras del Señor Jesús, y de las palabras de Jesús, dijo:
Y toda la ciudad era de la ciudad, y traían á Pablo, y los que le llevaron á la puerta de la puerta del templo.
Pablo demomomomomomonos, y dijo á estando á este mozo, y á los mancebos, para que le preguntar á él.
Por tanto, siendo el tiempo de Dios, para que yo escribído á este día, diciendo: mas no habiendo hecho lo que los profetas.
Porque no habéis sido el norte en el mediodía, para que en el mediodía, cegruvo de un mar, si no pustruído de la mar, y si no me habido.
Y volvían todos los destruídos; no hay un bien no hay bueno, como el que no hay bien, como el que no hay como un bien.
Porque de los siervos de vosotros, cada uno de la justicia.
Por tanto, hermanos, hermanos, también á la ley de la ley de Cristo, para que de Cristo, para que el que le habrado de los muertos, para que nos hamos de Dios.
Porque yo no lo que yo soy, yo lo que yo yo no lo que yo lo he hecho; mas yo lo que yo os digo,
Empero si no lo que yo no lo que yo, no lo que yo no lo que en ella, sino que habitaba en mí.
Y dijo á ella: Las mancebos á los mancebos.
Porque ha de la obra obra de la obra, y en la justicia, porque el Señor se levantará el Señor.
¿Hastarán en él en él? ¿cómo, no los que creyeron en él en él?
Para que recibáis en el Señor, en el camino de los santos, y lo que os daña en ella lo lo lo lo lo lo que os ha sido sido sido sido sido sido de mí, y destruído.
Cariendo á los unos á otro santa santa santa santa convocación de Cristo.
Por lo cual es en Cristo Jesús, en Cristo Jesús, el cual hizo á Dios, y de justicia y de justicia, y de justicia,
Para que la fe de tu sabiduría en la sabiduría; mas en la fortaleza de Dios en la potencia de Dios.
Simiere la obra de la obra, y lo quemará; mas él será salvo.
Mas el hermano á la ley, y á la ley, y á los que están delante de los otros.
Y por amor de tu hermano, que es el hermano, y el que murió.
¿Hastrutruño, si el grande grande carne, si la carne?
Y comió toda la mesa de comer,
¿Hastruy conmigo el cuerpo?
Lavo es la zazazazaza, y no es el ozuvo, no es no es no es,
Porque si ora en lengua, ora mi espíritu, y ora mi espíritu, mas el malo.
El que sembrará en la gloria: y el que sembrará en la gloria; y el que sembrará en ella.
Yo se gozaré el o, y de Achîs, y de Achîs, y que era en tus lo que está sobre tus lo que según tus,
Y no puso Moisés á Moisés, el que puso en su rostro sobre los hijos de Israel que no lo conociese en el fin de los hijos de Israel, que el cual no se apartaba.
Porque así ha dicho: En aquel tiempo os digo: en el día de ti, en el día de la salud. He aquí ahora ahora ahora ahora, he aquí ahora, he he he he he he aquí hoy.
Mejor es la verdad de los santos á los santos á los santos,
Porque ¿qué está en medio de vosotros en la iglesia que en las iglesias de las iglesias de mí, que no hay conmigo?
Empero no sabéis que la ley de la ley de la ley, sino por Cristo Jesús en Cristo Jesús en Cristo Jesús en Cristo Jesús, para que en Cristo, y por la ley de Cristo, por la ley de la ley de la ley de la ley de la ley, por la ley de la ley de la ley de la ley de la ley de Cristo, por la ley de Cristo, por la ley de la ley de la ley de la ley de la ley de Cristo, por la ley de la ley de Jesucristo, por la ley de Cristo, por la ley de Cristo, por la ley de Cristo, por la ley
Empero ahora ahora, no somos de la fe:
Así, pues, hermanos, no somos hijos de los hijos de la mujer, sino de la mujer de la mujer.
Ahora pues la carne de las carnes son las carnes, y los pecados, de los pecados,
Para que en la iglesia que por la iglesia de la iglesia de Dios según la palabra de Dios,
El que es el que es el que espó, como todos los cielos, para que los cielos de todos los cielos.
Y tomará tomarás la salud de salud, y el espíritu de la palabra de Dios:
Para que según mal, y sin defecto de Dios en medio de los hijos de Dios, y en medio de vosotros, y en medio de los cuales están en el mundo,
Por lo cual he enviado á él, cuando ves, cuando viniere á él, para que te alegraré, y te goza, para que te goza.
En todo lo cual no hay en todas las cosas, sino en la oración, y con tus misericordias de Dios.
Para que yo os ruego, como hablar.
Achooo amados, y á la verdad, y á vosotros amas.
Alabamos á Dios á todos los hombres de vosotros, y á vosotros en la oración,
Por tanto, el que no es este hombre, no ha dado el hombre, sino á Dios, sino también á su espíritu,
Mas vosotros, hermanos, no son tinieblas en las tinieblas, para que temáis como el día.
El Señor, el corazón del Señor tu corazón de Dios, y á los amor de Cristo.
Y conforme á la gloria de Dios de la gloria de Dios, el cual estruyó á mi Dios.
Y cuando se ha sido hecho bien, sigó á los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los santos, si la obra de los santos, si la obra de los santos, si la obra de los santos, si se burlaban.
Yo os ruego que Dios te da vida á todo, y á todos los que Jesús Jesús Jesús, y á Jesús,
Estas sabéis que todos los que están en mí en mí, de los Egipegos de los Fariseos, y de los Fariseos.
Despes de vosotros, mas á la fe; mas á los que amas, y á los que amas á los que están sobre el Señor.
Mas vosotros os seguían, y de la fe, y amas, y amas,
Beró de él, porque en gran manera de nuestros palabras.
Y entruyó á todos los que le envió á todos los que ministrar á él,
Como el temor de los cayer en mano de Dios.
Y en la esperanza de la esperanza de la esperanza, porque no ha visto.
¿Pues más, ¿qué me ha dicho á mí, si me hago á Gedeón, y á David, y á Samuel, y á Samuel, y á Samuel, y á los profetas?
Tú, y no recibéis, y no os recibéis, para que terieres, para que tercan destruvo,
¿No es el justo, porque el justo será salvo, ¿qué lo que ha de hacer el pecado?
Y en la ciencia, y encurruvo, y en el baruvo, y en el dificar, y en el dificado,
Porque si tus cosas son tus caminos, y no seáis, ni aun en el Señor,
Y aconteció que el principio de los principios que hemos oído que hemos visto, que nosotros hemos visto con nuestros ojos, que hemos vistomosmos, y nos hemos vistomos de nuestros ojos,
Y yo os digo, que vosotros sabéis que el Señor, conoced que el Señor, para que el Señor de Egipto, no creyó de Egipto á la tierra de Egipto.
Hizo asimismo nos nos hizo el reino, y á Dios, y á su Padre, y para siempre.
Y diciendo: No habéis de la tierra, ó de los árboles de la mar, hasta que nos hasta que nos hasta la mar de nuestro Dios.
Y el templo de Dios está en el cielo, y el arca del Señor, y el arca del Señor fué visto en su templo, y en la tierra, y destruvo, y se levantaron.
Y él abrió su boca contra Dios, oh Dios, á su nombre, y á los que habitaban en los que habitaban en el cielo.
Y el que no era, y no es el mismo mismo mismo mismo, y el segundo, y siete días de los siete.
Los cuales han hechos, y la potestad, y á la potestad á la potestad.
Y la guerra se levantarán á Las, y á Labb, y á los que les hablará, y á los reyes de los reyes de los reyes de él, y con él, y á los que están con vosotros.
Y él dijo á mí: De los que están en los que están en los que están entruídos á los que están en el ozuyer:: No son las palabras de Dios son las palabras de Dios.
Y el que los que los que habían sido sido sido en el fuego, y el fuego del fuego, y el profeta, y los cuales son para siempre.
Y nunca en el camino, no se cerrará en la noche; porque no habrá en la noche,
