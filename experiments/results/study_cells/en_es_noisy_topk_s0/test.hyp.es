Y los que los cielos, y en la luz de la luz de la tierra, y la tierra, y la tierra, y la tierra, y la tierra.
Y dijo Dios: El Dios, y la tierra, y la tierra, y en la tierra, y en la tierra, y en la tierra.
Y los nombres de los nombres de la tercero, y es el río, que está en el arroyo de los ríos que está en el desierto.
Y la mujer dijo á la mujer: El fruto del fruto del fruto del fruto del fruto de la mar,
Y todos los días de los días de treinta y tres años, y tres años, y tres años.
Y todos los días de Sepha, y treinta y tres años; y treinta y tres años,
Y él envió á la mar, y de la tierra, y de la tierra, y de la tierra, y de la tierra.
Y Dios y sus hijos y sus hijos, y díjoles: Vas, y los sabios, y la tierra, y la tierra, y la tierra.
Y seiscientos y tres años, y cinco años, y engendró á los años, y engendró á Apha, y engendró á los hijos, y dos hijas, y los hijos.
Y tomó la mujer su mujer, y su hermano de su hermano, y todos sus padres, y todos los que estaban en toda la tierra que estaban en la tierra, y habían hecho en la tierra.
Y será que ha dicho el Egipto; y dirás: Este es su mujer: Este es su mujer.
¿Por qué os digo delante de la tierra delante de la tierra delante de mí? Y yo yo yo te he dado á la mano de mí. Y yo te te daré la mano de mano de mano, si yo te te daré la mano.
Y respondiendo Jesús, dijo: Señor, y yo yo he hecho á la verdad, y yo, y yo, y yo, y yo, y yo.
Entonces Abraham dijo á su mujer: No es mi hija de mi hija de David, y mi hija de David, y fué de la hija de David.
El desierto en la madre de la madre de su madre, y su madre de la tierra de Egipto.
Y dijo á los nombres de los nombres de Jehová, diciendo: Jehová es este monte, diciendo: Yo Jehová es el monte de este monte.
Y mi cabeza, y mi cabeza, y dijo á Jehová, y dijo á la hija de Dios, y mi señor, y mi señor, y en mi señor, y en su hermano.
Y David tomó su espíritu, y su reino, y su reino, y el hombre, y el varón de su pueblo de su pueblo, y fué á su pueblo.
Y él no le le había de su hermano, porque sus manos, y sus manos, y sus manos, y sus manos, y sus manos.
Y he aquí, y dijo Jehová, y dijo: Yo Jehová vuestro Dios, y tu padre, y tu padre, y tu padre, y tu padre, y tu padre, y tu padre.
Y después de él, y tomó á Jacob hijo de Jacob.
Y él dijo: Mira, y tus enemigos, y tus afriré, y yo yo.
Y dijo: ¿Qué dijo: ¿Qué me dijo: ¿Qué te dirás? No me ha de tus ovejas, y no me daré tus ovejas, y yo, y yo yo.
Y todo todo todo lo que le había mandado á todo el monte de su rostro, y el monte de su rostro, y el monte del monte de Galaad.
Y fué Dios á la noche, y en la noche, y dijo á la noche, y díjole: No le dijo: No te ha de Jacob.
Y él dijo á su padre: No me habéis sido mi señor: No me habéis hecho delante de mi señor, sino que yo yo yo yo, sino á mi señor.
Y treinta y veinte y veinte y veinte y dos mil y dos mil y dos mil y dos mil y veinte y veinte y veinte y veinte y veinte y veinte y veinte y veinte y dos mil y dos mil.
Entonces ellos les dijo: El alma, diciendo: Mi hijo de Sichêm, hijo de Sichêm, porque mi hija de su hijo, porque tu hijo.
Y de Israel, y la parte de la parte de la parte del arco.
Y él dijo: ¿Hastará de un macho de cabrío, y díjole: ¿Has? Y él? Y él.
Y como la mañana estaba en la mañana, y los hombres, y los hombres, y sus mancebos, y sus mancebos.
Porque estos dos años en la tierra que están en la tierra, y cuatro años, y tres años, y tres años, y tres años, y no habrán, y no habrán, y no habrán.
Y harás en la tierra de la tierra, y tu tierra, y tus hijos, y tus hijos, y tus hijos, y tus ovejas, y tus ovejas, y tus ovejas, y tus ovejas, y tus ovejas, y tus ovejas, y tus ovejas, y tus ovejas, y tus ovejas, y tus ovejas, y tus ovejas, y tus ovejas, y tus ovejas, y tus ovejas, y tus ovejas, y
He aquí, y tus ojos, y mis ojos, y mi boca, y mi boca, y mi boca.
Los hijos de Japha, y Japha, y Japha, y Japha, y Japha, y Japha,
Mi alma no se han de su alma, ni su gloria, ni no se han sido en su furor, ni en su furor, ni en su ira, y sus hombres.
Y vinieron á la otra parte del Jordán, que está de la otra parte del Jordán, y estuéruéruérué, y según la otra parte del Jordán.
Y los hijos de él, como le mandó á ellos:
Y él dijo á su pueblo: He aquí que son los hijos de Israel, y son los hijos de Israel.
Entonces Baaaaaaa, y de su hijo, y su hijo, y su hijo, y su hijo, y le dijo: Mira, y no me ha de mí.
Y Baaaaaaa, y su padre, y su padre, y dió á Aarón, y la vida de Aarón, y á Aarón, y los años.
Entonces Jehová dijo á Aarón: Toma tu mano, y dijo: Toma tu mano, y tu mano, y sus aguas de Egipto, y sus aguas, y sus aguas, y sus cabezas de Egipto, y sus vestidos, y en la sangres, y de Egipto, y sus vestidos, y sus cabezas de Egipto, y en la sangres, y en la sangres, y en Egipto.
Entonces los otros, dijo á Faraón: Este es Dios de Faraón: Este es Dios, sino no es Dios, sino á Dios, y no se ha dicho Jehová.
Y Faraón Faraón habló á su corazón, y no había hecho á los pueblos, y no los pueblos.
Porque si si vosotros, si los que no se han de ellos, y los que no se habéis hecho;
Y Faraón fué en la noche, y su noche, y todo su casa, y toda la casa de Egipto, y en la casa, y en la casa de Egipto.
Los cuales estaban en Egipto, cada uno de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra, diciendo: No son los hombres.
Y Moisés de Israel, y de la parte del desierto, y fueron en el desierto, y fueron en el desierto, y tres días en el desierto, y tres días, y dos días.
Entonces Moisés dijo: Así ha dicho Jehová, que está en el sábado: porque no te haréis en el sábado.
He aquí os digo, delante de vosotros, delante de vosotros, y os he dado delante de ti, y os os he dado en el lugar que te he hecho.
Y Moisés envió á Moisés, y envió á Moisés, y dió á Dios, y de Dios.
De la luz, y la luz, y la otra parte del aceite, y el aceite, y el aceite, y el aceite,
Y harás el altar del altar del altar, y el altar, y el altar de la mar, y el altar de la mitad de la mar.
Y harás las columnas de Aarón, y Aarón, y Aarón, y Aarón, y los agados, y el arco, y el arco, y el arco, y la mar.
Y todas las mesas, y todas sus cabezas, y sus altares, y sus altares, y sus altares,
Habla á los hijos de Israel, diciendo: Señor mío, diciendo: Así haréis mi vida, diciendo: porque mi sábado, y yo me ha dicho Jehová, y yo, y yo soy Jehová.
El tabernáculo del tabernáculo, y sus columnas, y sus columnas, y sus columnas, y sus columnas, y sus columnas, y sus columnas, y sus columnas;
El espíritu de Dios, en la sabiduría de Dios, y en la sabiduría, y en la sabiduría, y en todas las cosas, y en toda la obra,
Y Moisés envió á Moisés, y á todos los sabios, y á todos los sabios, y en su corazón, y en la sabiduría, y en la sabiduría, que Jehová.
Y fué de veinte codos, y cinco codos, y seis codos, y seis codos de la otra parte del gran gran gran gran gran grano.
Y ellos en medio de la casa de Boo, y de Epha, y de Epha, y de la mar, y el primero, y el primero.
Y el aceite de la entrada del tabernáculo del tabernáculo del tabernáculo del tabernáculo.
Y será tu ofrendas ofrendas ofrendas ofrendas ofrendas holocaustos del pacto, ni todo el pacto del pacto del pacto de tu Dios.
Y si alguno, y de Jehová, y de Jehová, y de su prójimo, y su prójimo, ni en su prójimo, ni en su prójimo, ó en su prójimo, ó de su prójimo, ó de su prójimo, ni su prójimo;
De la ofrenda del holocausto á Jehová, para expiación á Jehová, por el holocausto á Jehová: y el holocausto, y la sangre de la expiación.
Y todas estas estas manos de Aarón y Aarón y sus manos, y sus manos, y sus manos delante de Jehová, y delante de Jehová.
Y ellos ellos fueron en el altar, y el altar, y el altar, y el altar, y el altar, y el altar.
Y estas palabras de estas cosas, ni de la Zo, ni de la Zo, y de la Zo, y de la mar, y de la mar, y de la mar;
No te haréis con vosotros, ni con vosotros, y no te habéis de ellos, ni te habéis de ellos, y no te habéis de ellos.
Y si el becerro, ni dos corderos, ni dos corderos, ó dos décimas, ó dos décimas, ó dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos décimas.
Y tomará el macho del macho delante de Jehová, y delante de la entrada del tabernáculo del tabernáculo del tabernáculo del testimonio.
No comerás la simiente del padre de tu padre, ni la madre de tu madre, ni la madre de tu madre: ni tu madre será su madre.
Y si el hombre de su su lugar, ni se levantará su su su fruto, y se levantarán á ellos, y se levantarán la muerte.
El sacrificio de Jehová, para expiación á Jehová, ó ofrenda á Jehová, ó para expiación, ó de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la expiación.
Y él le nacieron á Jehová, en Jehová, y de Jehová.
La tierra de la tierra de la tierra de tu siervo, porque tu siervo, porque tu siervo, porque tu siervo, y tu siervo, y tu siervo, y tu siervo, y tu siervo, y tu siervo.
Y si si si alguno, ó tu prójimo, ni tu prójimo, ni tu prójimo, ni no se haréis.
Y yo soy el campo, el campo, el campo, y el campo, y será el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y será quitará á la expiación.
El que no se ha de la cárcel, ni no espirá, ni espirá, ni se ha de él, ni en todo lo que yo, ni se ha de todo lo que yo, y se ha de todo lo que se ha destutuutuérá.
Y sus vasos, y los que estaban de veinte y dos mil y dos mil y dos mil y dos mil y dos mil y dos mil.
Estos fueron los hijos de sus nombres de sus nombres, y los nombres, y los nombres, y los nombres, y los nombres, y los nombres, y los nombres.
Y los vasos de ellos, por todos los que estaban de todos los mes de todos los mes, y de todos los mes, y mil, y dos mil, y dos mil y dos mil y doss.
Y tomarán todos los vasos de todos los vasos del santuario, y se levantarán en el santuario, y en el santuario, y en el santuario, y se levantará sobre ellos, y con ellos sobre ellos, y se levantará sobre ellos.
Mas no se han sido en el santuario; porque no seguído, ni no se han sido destados.
Los contados de sus familias de sus familias, por sus familias, por sus padres, por sus padres, y fueron tres mil y dos mil y cuatro mil.
Y no será su padre, ni su madre, ni su madre, ni su madre, ni su hermano, ni su hermano, ni su hermano, ni su hermano, ni su hermano, ni su hermano.
Y los sacrificios de fuego, y dos décimas del becerros, y dos décimas, y cinco corderos, y cinco corderos, y los machos, y los machos, y los machos, y los machos.
Y los sacrificios de fuego, y dos décimas del becerros, y dos décimas, y cinco corderos, y cinco corderos, y los machos, y los machos, y los machos, y los machos.
Un macho cabrío para expiación por expiación:
Y Baaaaaa, y en el valle, y en el desierto, y en el desierto, y en el desierto, y en el desierto.
Y si el pecado, cada día, cada un año, y el macho de cabrío, y el macho de cabrío, y el macho del macho.
Y Moisés tomó á Moisés, y llamó á Ath, y Beth-lehem de Israel: y los ancianos de Israel.
Los hijos de Israel: He aquí, diciendo: He aquí, diciendo: He aquí, diciendo: He aquí que están en todas las cosas, y todas las cosas.
Porque los hijos de Israel, que los hijos de Israel, como Jehová, como Jehová, como Jehová, como Jehová ha dicho Jehová á los hijos de los hijos de Israel.
Y los hijos de Israel, y todos los hijos de la congregación de la congregación, y en el desierto, y en el mes, y en el desierto, y reinó en el desierto.
Por tanto, dijo á Baraaaaa de Jehová, hijo de Jehová, en el valle de la mar, en el valle del valle,
Entonces todos estas ciudades de Israel en todas las ciudades de todas las ciudades de las ciudades de los Amorrheos, y en todos los Amorrheos, y sus aldeas.
Y él le dijo á su cabeza, y dijo: Echîs, y dijo á Beth-ezer, y de Moab, rey de Moab, y de Moab, y de Ephraim.
¿Quién es el polvo del polvo de Jacob, ó la muerte de Israel?
Y el tercer día de la tercer día del becerro, dos décimas, dos décimas de un año;
Y sus presentes y sus presentes, y sus presentes, y sus presentes, y sus corderos, y sus corderos,
Y Moisés les envió á la tribu de la tribu de la tribu de la tribu de la tribu de la guerra, y de la guerra, y los vasos, y los vasos, y los vasos, y los vasos, y en el santuario, y en mano del santuario.
Y he aquí que los hijos de Israel, el consejo de Jehová, y el consejo de Jehová, y el consejo de Jehová, y en la congregación, y en la congregación, y en la congregación de Jehová.
Y partidos de Beth-pha, y en Beth-phaa, y en Cath, y en Cath-pha.
ó un hombre, ni la piedra que no le le le ha de él, y no se ha de él, y le ha de él, y no se ha de su furor, y no se ha de él,
Y la congregación será el hombre de la congregación del hombre, y la sangre de la sangre de la congregación de la congregación, y la congregación, y la congregación, y la congregación de la congregación de la congregación de la congregación, y se ha de la congregación.
Y no te darás la tierra, ni la tierra, ni la tierra, ni la sangre de la tierra; porque no es la tierra.
Y partieron á mí, y díjoles, y díjoles delante de nosotros, y dijeron: No nos haremos delante de nosotros, y nos haremos delante de la tierra, y nos haremos á la tierra, y á la tierra.
Entonces él dijo: No te te Zoo, ni no no se se han de ellos.
Y Jehová dijo á Jehová: No te ha de Moab, ni en la tierra de Moab, ni nunca más en la tierra, ni en la tierra; porque no te he dado á la tierra.
Así ha mandado á Jehová á Jehová, y á la tierra, y á la tierra, y en la tierra, y en la tierra.
Mas Jehová te ha dicho Jehová, y por cuanto, y guardar á la palabra de Jehová, para que Jehová tus padres, y de la casa de Jehová.
Y Jehová había hecho en tus padres, y sus padres, y sus padres, y sus padres, y en toda la simiente, y en toda la simiente.
Por tanto, oh la tierra de Egipto, en la tierra de Egipto.
Y el Zo, y el Zo, y el Zo,
Y no le darás á los hombres, ni los hombres de hombre, ni se levantarán en un hombre, ni en su corazón, ni tus vestidos.
No habrás dos dos dos dos dos dos columnas de la viña, y no se levantarán, y no tembre, y la viña, y la viña, y la viña, y la viña, y la viña, y la viña.
Y tomarán la casa de la casa de la casa de la casa de la casa de la casa de su padre, y la casa de los hombres, y la ciudad de la ciudad, por la casa de Israel.
El que está en la iglesia de Jehová, ni la iglesia, ni la iglesia, ni la iglesia de Jehová.
Entonces Moisés, y mandó á Israel, diciendo: Así ha dicho todo el mandamiento, diciendo: Yo os he mandado.
Mas á la palabra de tu boca, y en tu boca, y en tu boca, y tu boca, y tu corazón.
He aquí, oh Jehová delante de la vida, y te habéis de muerte, y la muerte, y la muerte, y de muerte.
¿Hastió el aceite de sus ofrendas, y sus presentes, y sus presentes de ellos, y de ellos?
Entonces los hombres de los hombres de la mar, y de la mar, y el monte del monte de Josué, y vinieron á Josué.
Y los sacerdotes que los sacerdotes que Jehová había mandado á Jehová, el pacto del pacto del pacto de la mar, y el Jordán, y el Jordán, y el Jordán, y el Jordán, y el Jordán, y el Jordán, y el Jordán, y sus pies, y el Jordán, y el Jordán de la tierra.
Y los hombres de treinta y treinta y treinta y treinta y cuatro hombres, y los hombres de la puerta de la puerta de la puerta de la puerta, y los hombres, y los hombres, y mes, y mes, y mes.
Por tanto, que fué de Jerusalem, rey de Jerusalem, rey de Jerusalem, rey del rey de Apha, diciendo:
Entonces Jeremías de Jacob, y todo Israel, y todo Israel, y con él, y reinó contra él.
El rey del rey del rey del rey del rey del rey del rey del rey:
Entonces él dijo: El que le dijo: El que él, y le ha de la hija de Acha, y mi mujer.
Micha, Epha, Epha, y Japha,
Y de toda la parte de la parte de la parte de la parte de la parte de la otra parte de la otra parte de la parte, y sus aldeas.
Y fué de lado de la parte del término del término del término de Beth-lehem, y la parte del término, y la parte del monte de Beth-el, y fué de la mar.
Y el término de la parte del monte del monte del monte del monte del monte de la parte del monte de la parte del valle, que está en la parte del norte, y fué de la parte del norte, y fué de la parte del norte, y fué de la parte de la parte del norte, y fué de la parte del norte, y fué de la parte del norte, y fué de la parte de la parte de la parte de la parte de la parte de la parte del norte, y fué de la parte del norte, y de la parte del norte, y de la parte del norte, y de la parte del
Y Jehová habló á Moisés, diciendo:
Mas los campos de la ciudad de la ciudad, y sus aldeas, y sus aldeas, y sus aldeas, y en su ejército.
Y fué Jehová en el espíritu de Israel, y llamó á Israel, y llamó á Jehová, y llamó á Jehová, y fué á la guerra, y en mano del rey.
Y su mano, y su mano, y su mano, y su mano, y la obra de su mano, y la mano, y su mano.
Y aconteció que todos los mensajeros, y todos los que estaban en él, y se habían venido á él, y vinieron á los Siros, y vinieron á ellos, y vinieron á ellos.
Y él fué de ellos, y díjoles en el camino, y habló á los hombres, y dijo: y dijo á los hombres de los hombres.
Y fué de lado, y fué de Beth-lehem de su hermano, y reinó en su hermano.
Y los hijos de Israel, que hizo en el mal de Jehová, y en los ojos de Jehová, y los hijos de Baal, y los dioses, y los dioses, y los dioses, y los hijos de Jehová, y los hijos de Moab, y los hijos de Moab, y los Filisteos, y los hijos de Moab, y los Filisteos, y los hijos de Moab, y los Filisteos, y los hijos de Moab, y los hijos de Moab, y los hijos de Moab, y los Filisteos, y los hijos de Moab, y los Filisteos, y los Filisteos, y los Filisteos, y los Filisteos, y los hijos
Y todos los términos de la parte del términos del Amorrheo, y al Amorrheo, y al desierto, y al desierto, y al desierto, y del Jordán, y del Jordán.
Entonces el señor del señor de los Filisteos, y los Filisteos, que no se había hecho, y no se había hecho con él, y le había hecho.
Y él se volvió á él, y le dijo á él, y dijo á él, y dijo: El Filisteos, y los Filisteos.
Y como el pueblo le dijo á su pueblo, diciendo: El que le dijo: El que nos ha ha de nuestra mano de nuestra mano de nosotros, y nos ha de nuestra mano de nuestra mano de nuestra mano de nuestra mano de nosotros.
En los días de Israel en Israel, en su reino en Israel, que había en sus ojos.
Y los hijos de Dan, y tomó sus hermanos, y vinieron á él, y vinieron á su casa, y se habían venido á su casa, y se volvió á sus casas.
Los hijos de Dan, y los hijos de su hijo, y los hijos de José, y los que habitaba, y los sacerdotes, y los sacerdotes, y los hijos de la tierra de la tierra.
Y él dijo á su siervo, y dijo: Miras de estas cosas, y de estas cosas, y en todas estas cosas, ó en la mar, ó en Israel.
Y todas estas estas cosas que estaban en todos los hombres que estaban en los hombres que estaban en gran manera, y los hombres, y los hombres, y los hombres, y los hombres, y no se han hecho.
Y los hombres de Israel, y los hombres, y los hombres de los hombres, y los hombres de los hombres, y los hombres, y dijeron: Por nosotros, y nos han hecho delante de Israel.
Y tomarán sus hermanos, ni sus hermanos, ó sus hermanos, ni nos haremos á nosotros, ni nos dice: No nos haremos á nosotros, porque nosotros, ni nos habéis hechos, ni nos nos habéis hecho en su mujer, ni no se habéis hecho.
Y fué en su alma, y de Jehová, y de Jehová, y de Jehová, y aficorororor, y de Jehová.
Mas Baaaaa, no le dijo: No es su marido, diciendo: No es el marido, y es el que está en el marido, y ha dicho Jehová.
Y todo Israel todos los días de su vida.
¿Hasmeme yo delante de Jehová, y delante de su arco delante de su arco delante de Jehová?
Y todo el pueblo que estaban con él, y vinieron á él, y he aquí, y he aquí, y he aquí, y he aquí, y todos sus vestidos, y todos sus vestidos.
Y él dijo á Saúl: No te habéis de ti: No te habéis hecho Jehová: porque Jehová, y Jehová te habéis hecho de Jehová.
Y Jehová dijo á Jehová: No, ni su rostro, ni en su rostro, ni su rostro, ni en su rostro, ni en su rostro, sino á su corazón, sino á Jehová.
Entonces los príncipes de los príncipes de los príncipes de los príncipes de los Filisteos, como David, como David, como David, como David, que los sabios, que estaba en su nombre, que estaba en su nombre.
Y él le dijo á su padre, y díjole: No me dijo: No me ha de su siervo, y no me habéis hecho su siervo, y no habéis hecho.
Y aconteció que estaba á Saúl, y vino á Saúl, y vino á Saúl, y dijo á Saúl, y vino á Saúl.
¿Hastué yo os he sido en esta casa en mi casa en mi casa en mi casa en mi casa?
Y después de David, y dió á sus palabras, y dijo á todas estas palabras, y dijo á todas estas palabras: y todos estas palabras.
Ahora pues pues, y David, y de Saúl, y fué de Saúl, que había venido á Saúl.
Y tomó David de la cabeza de la cabeza de la cabeza de Saúl, y de la cabeza de Saúl, ni se había hecho, ni se había hecho sobre él, ni se había hecho sobre ellos, porque Jehová.
Entonces David dijo á su corazón, diciendo: No es el día de la mano del día de Saúl: y no me ha de la tierra, y no me ha de los Filisteos, y yo yo, y yo, y mi mano.
Y David y los hombres, y los hombres, y los Hemán, y los de la tierra, y los que estaban en la tierra, y los que estaban en la tierra, y los que estaban en la tierra, y los que estaban en la tierra.
Y sus cabezas de su cabezas, y su tierra, y su tierra, y los Filisteos, y en la tierra de los Filisteos, y en la casa de los Filisteos, y á la casa del pueblo.
Y volvió á David, y todo el pueblo, y todo el pueblo, y todos los hombres de David, y todos los hombres, y todos los hombres.
Y dijo á David, y dijo á David, y dijo á todo Israel, y todo Israel, y todo el rey, y todo el rey, y todo el rey, y todo el rey, y todo Israel, y él.
Y he aquí de David, y tomó de David, y dió á David, y constuéruéron en David, y no había hecho en él en él en él, y él, y le había hecho en él.
Y tus manos estaban en vuestras manos, y sus pies, y los pies, y los pies, y los hijos de los hijos de los hijos de los hijos de la iniquidad.
Y aconteció de Jehová dijo á Jehová, diciendo: No se ha destuuéré, y no se ha de ellos, y no se ha destuéruérué, en ellos.
Y David se volvió á David, de los Siros, de los hombres de los Siros, y los Siros de los Siros.
Y aconteció el rey de los hijos de Gad, y reinó en su lugar, y reinó en su lugar.
Y después de David, y dijo á la ira de Jehová, y dijo: ¿No ha dicho Jehová, y ha dicho el hombre, y el hombre?
Y David dió á David á David, porque fué de la Zo, y era de Achaa, y fué de Adiferer,
Y como la cabeza de su cabeza de su cabeza de su cabeza, y el año de él, que estaba sobre él, y el mestó sobre él, y el mes, y el mestó, y fué de su cabeza, y los dos décimas.
Porque tu siervo, diciendo: Yo Jehová tu siervo, diciendo: Herué en Jerusalem, diciendo: Yo Jehová, diciendo: Yo Jehová.
Y el campo en el campo de Israel, y reinó en el campo, y en la guerra.
Y partió el pueblo del pueblo, y el pueblo del pueblo de Israel, y se volvió de Israel, y los pueblos.
Y él dijo á él: No es el día de los que no habéis hecho en aquel día, sino que se habéis hecho, sino á los muertos, sino á los muertos.
Y el rey dijo: ¿Qué es el hombre? Y el hombre? Y el hombre, y dijo: ¿Qué ha dicho el hombre? Y el rey de mi señor, y mi señor, y mi señor, y mi señor, y mi señor.
Y el pueblo en el día, que están en el pueblo que están en el pueblo que están en el pueblo, como en aquel día.
Porque tu siervo, he aquí que yo he aquí, he aquí que yo he dado á la casa de la casa de la casa del rey.
Y él dijo al rey: ¿No son los días de los días de los días de los días de mi vida?
Y Baaaaaaaa, hijo de Epha, hijo de Apha, hijo de Apha,
Y David envió á Jehová á Jehová, y á Jehová, y sobre la tierra, y los holocaustos, y los holocaustos, y la tierra.
Y su padre no había hecho en él, diciendo: ¿Por qué habéis hecho en aquel tiempo?
Y él dijo á él: Por tanto, y no habéis hechos, y no habéis hechos, ni te habéis hecho tu vida, ni tu vida, ni tu vida.
Y Baaaaaaaa, en Beth-pha, y Beth-th, y Japha, y en Beth-th,
El rey de Salomón Salomón había hecho á Salomón en su lugar, para que había hecho en el rey de su lugar de su lugar, y en su padre, y había hecho á David.
Y en la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de
En el lugar de la parte de la mar, y el arco, y la otra otra parte de la mar, y su cabeza, y sus cabezas, y sus cabezas, y sus cabezas.
Entonces Salomón, y todo Israel, y todos los que estaban delante de él, y estaban delante de él, ni delante de él, ni delante de él, ni los montes.
Y los sacerdotes en el arca del pacto de Jehová, á la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de Jehová.
Bienaventurado Jehová tu Dios, que está en el trono de Israel, en el trono de Israel, en el trono de Jehová, y para siempre, y para siempre, y para siempre, y para siempre, y para siempre.
Para que en el campo, y de los reyes, y dió á los reyes de los reyes de los reyes de la mar, y de todos los reyes de la tierra, y de la tierra, y de la tierra, y de la tierra.
El rey Salomón Salomón Salomón de oro, y dos siclos de oro de oro, de oro, y cinco siclos de oro.
Y si yo te daré, si yo os daré á todas las cosas que yo, y mis caminos, y mis caminos, y mis ojos, y mis ojos, y mi siervo, y mi siervo, y mi siervo, y mi siervo, y mi siervo.
Y reinó en su padre, y reinó en su padre, y reinó en su padre, y reinó en su lugar, y reinó en su lugar.
Y todos los ejércitos: Así ha dicho Jehová Dios de Israel: Así ha dicho Jehová: Por tanto, oh Dios de mi pueblo, y mi pueblo, y mi pueblo.
Por tanto, he aquí, oh casa de la casa de Jeroboam, y de Israel, y todo Israel, y todo el que está sobre la casa de Israel, y el muro de Israel, y en la casa de Israel, y en la casa de Israel.
Y los hombres de la ciudad dijo: He aquí, diciendo: He aquí que es esta ciudad, como mi señor, como mi señor, y mi señor, y mi señor, y mi señor, y mi señor, y mi señor, y la tierra.
E hizo en la casa de Israel, como Israel, como la casa de la casa de la casa de la casa de la casa de la casa de Jehová.
Y aconteció que estaba en el rey de Beth-lehem de Beth-lehem, que él había hecho, que él había hecho contra él, que estaba en el rey de Judá, por Judá, por Judá, por Judá, que estaba en Judá.
Y tomó la entrada del rey, y de la tierra, y de la tierra, y de la tierra, y todo el pueblo de la tierra, y todo el rey de la casa de la casa de la casa de Jehová.
En el año del año de Judá, hijo de Judá, rey de Judá, rey de Judá, rey de Judá, rey de Judá.
Y sus estatutos y sus estatutos y sus estatutos y sus padres, y sus padres, y sus padres, y sus padres, y sus padres, y los que habían hechos, y ellos, y ellos, y ellos, y ellos, y los que habían hechos, y ellos, y los que los que habían hechos, y los que habían hechos, y ellos, y los que los que habían hechos, y los que los que habían hechos, y los que habían hechos, y los que los que habían hechos, y los que habían hechos, y los que habían hechos, y los que
Y los duques de Achîs, y Japha, y Japha, y en sus hijos, y los hijos, y en el fuego, y en el fuego, y en el fuego, y en el fuego, y los hijos de Ad, y los hijos de Ad, y los hijos, y los hijos de Ad, y los hijos de Apha, y los hijos de Apha, y los hijos de Apha, y los hijos de Para, y los hijos de Apha, y los hijos de Par
Y él dijo: He aquí, diciendo: He aquí, rey de He aquí, diciendo: He aquí, diciendo: He aquí, diciendo: He aquí, diciendo:
Ahora pues pues, Jehová nuestro Dios, oh Jehová, oh Jehová, que te habéis hecho su mano, y todo el reino de la tierra, que está Jehová, que está en la tierra.
Y dijo á Josué: Así dijo á Jehová.
Para que Jehová hizo en los ojos de Jehová en los ojos de Jehová, en las abominaciones de los hijos de Jehová delante de los hijos de Israel.
Mas ellos no se han sido de Manasés, y los que los que no se han hechos, y no es que Jehová.
Y fué de veinte años, y reinó en Jerusalem, y reinó en Jerusalem, y reinó en Jerusalem, y reinó en Jerusalem.
Y el rey de la casa de Jehová, y toda la casa de Judá, y todas las casas de Jerusalem, y todo el libro de Jerusalem, y todo el libro de Judá, y todo el libro de Jehová, y todo el libro de la casa de Jehová.
Los hijos de Ephraim, los hijos de Ephraim, hijo de Apha, y Japha, y Japha, y Japha, y Apha, y Apha, y Japha.
Los hijos de Sopha, y Jepha, y Japha, y Japha, y tres tres y tres y tres y tres y tres y tres, y tres hijos de Sopha,
Los hijos de Apha, hijo de Apha, hijo de Epha, y Apha, y Apha, hijo de Apha,
Y partieron la tierra y la tierra, y la tierra, y de la tierra, y los que estaban delante de los que estaban delante de los que estaban delante de ellos.
Porque todos sus hermanos, y los hermanos, y los hermanos, y fué de José, y fué de José, sino el príncipe de José.
El hijo de Epha, hijo de Epha, hijo de Epha, hijo de Epha, hijo de Epha,
De los hijos de Rubén, por sus familias, por sus familias, y sus familias, y sus tribus de Rubén, y de Rubén, y de Rubén, y de la tribu de Rubén, y de Rubén, y de la tribu de la tribu de Manasés.
Por cuanto sus ejidos, y sus ejidos, y sus ejidos, y sus ejidos, y sus ejidos.
Y fueron de Sopha, y Jath, y Japha, y los hijos de Epha, y los hijos de Apha, y los hijos de Ad, y los hijos.
Y los hijos de Apha, que son los nombres, son los nombres, son los cuales fueron los hijos de Sepha, y los hijos de Sepha, y fueron los hijos de Soba, y los hijos de Sopha.
Y David tomó á todo Israel, que está en Beth-lehem, que está en Beth-lehem, que está Jehová, que está en el Dios de Judá, que está en el arca de Jehová.
Y vinieron á Beth-lehem, y á David, y á David, y dijo á David, y dijo á David, y dijo á David, y dijo á David: y mi mano.
Entonces David, y dijo á David, y dijo á Jehová, y dijo: ¿Quién ha dicho Jehová Dios?
Y Jeremías hijo de Sadoc, y los sacerdotes, y los sacerdotes y los sacerdotes, y los sacerdotes, y los sacerdotes,
Y los hijos de Ammón, y en la puerta de la puerta del campo, y en la puerta del campo, y estaban en la ciudad, y los reyes.
Los hijos de Sopha, y los duques, y los duques.
Y ellos fueron destados, y de los príncipes de los príncipes de los príncipes, y de los príncipes de los príncipes de los príncipes de los príncipes de Dios, y de los príncipes de los príncipes de los príncipes de los príncipes de Dios, y de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de
Y todas estas palabras de los hijos de los hijos de los hijos de Dios en el rey de Dios, y en el Dios de Dios, y los hijos de Dios.
De los hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos,
Y fué de Acha hijo de Salomón, y reinó en el rey de Jericó, y fué de la tribu de la tribu del ejército.
Tú, oh Jehová, oh Jehová, oh Jehová, es la gloria, y la gloria, y la gloria, y en la gloria, y en la tierra, y en la tierra, y en la tierra, y en la tierra.
Los columnas dos dos doss, que estaban en las columnas de las columnas de las columnas, que estaban en las columnas de las columnas de las columnas, que estaban en las columnas,
Ahora pues, Dios mío, oh Dios, oh Dios, y tus ojos, y tus ojos, y tus ojos, y en tus ojos.
Entonces Salomón Salomón á Salomón, y todo el rey de él, que le había hecho, que se había venido á la tierra que se había hecho á la tierra, y se había hecho á la tierra.
Y aconteció que Jehová, cada uno de Jehová de él, no le le había hecho en él, como él, que no se había hecho en Judá.
Y ofrecieron la tarde, y la tarde, y de la tarde, y en la tarde, y en el pan, y en la tarde, y en la tarde, y de la tarde, y la tarde, sino de Jehová, sino á la tarde.
Empero Salomón, y los que estaban delante de Judá, y estaban delante de Judá, y estaban delante de Judá, y estaban delante de Judá.
Entonces los hombres de Judá, y los hombres de Judá, y de Judá, y reinó delante de Judá, y todos los hombres, y todos los hombres.
Mas él no fué de Dios de Dios, por su mano de Dios, para que los dioses de ellos, porque los dioses ajenos, por mano de mano de mano de Israel.
Y los hombres de los hombres, y los príncipes, y los príncipes, y los príncipes, y los príncipes, y los príncipes.
Por tanto, y me han de mí, y han sido de dioses, y los dioses ajenos, y sus dioses, y los dioses, y los dioses, y mi ira, y mi ira, y mi ira.
Y reinó en Jerusalem en Jerusalem, y reinó en Jerusalem, y reinó en Jerusalem, y tres días en Jerusalem, y tres días en Jerusalem, y en Jerusalem.
Los hijos de Nepha, y treinta treinta y treinta y veinte y veinte y tres años.
Entonces los hermanos y sus hermanos y sus hermanos, y sus hermanos, y sus hijos, y sus hijos, y los hijos de Judá, y los hijos de Judá, y los hijos de Judá, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y los hijos, y sus hermanos, y los hijos, y los hijos, y sus hermanos, y los hijos, y los hijos, y sus hermanos, y sus hermanos, y los hijos, y los hijos, y los hijos,
Ahora pues, si el rey á esta ciudad, y es la ciudad, y no estarán en la ciudad, y no escuer, ni los reyes, ni los reyes.
En el rey á la casa del rey de Judá, en la casa de la casa de la casa de la casa de la casa de la casa de Judá, y la casa de Dios, y en el muro, y en la casa de Dios.
Los hijos de Israel, y los sacerdotes, y los Levitas, y los hijos de los hijos de los hijos de la casa de la casa de la casa de Dios.
Y fué á Jerusalem en Jerusalem en Jerusalem, en el año que estaba en el año en el año del rey del rey de Jerusalem.
De los hijos de José, hijo de Adi, hijo de Adías, y los cuales estaban con él.
De los hijos de Sepha, hijo de Epha, hijo de Epha, y reinó con él.
Y los cada uno de plata, y la casa de oro, y la casa de la casa de Jehová, y la casa de la casa de Dios, y Salomón, y Salomón, y todo Israel, y todo Israel, y todo Israel.
Y llegamos á Jerusalem, y tres días, y tres días, y no había sido en Jerusalem.
Epha, hijo de Acha, hijo de Epha, hijo de Epha, y en la puerta, y la puerta, y su casa, y la cárcel, y sub, y su casa, y su casa, y su casa, y sus Zo, y su casas, y su casa, y sub, y sus Zos, y sus Zos, y sus Zos, y sus Zos, y su casas, y su casas, y su casas, y subs, y su casas, y la cárcel, y
Y después de él, hijo de Epha, hijo de Epha, hijo de Epha, hijo de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de Apha, hijo de la casa de la casa de la casa de la casa de la casa de la casa
Empero el Zo, que estaban en el muro, y estaban en el muro, y estaba en el muro, y estaba en el muro, y en el muro.
Los hijos de Ammón, doscientos y dos mil y dos mil y dos mil y mil y dos mil y dos mil y dos mil y dos mil.
Y la puerta de la puerta de los hijos de los hijos de Apha, los hijos de Apha, los hijos de Apha, los hijos de Ad, y los hijos de Ad, y los hijos de Ad, y dos hijos de Ad, y los hijos de Ad, y los hijos de Ad, y los hijos de Ad, y los hijos de Ad, y los hijos de Ad, y los hijos de Apha, y los hijos de Apha, y dos hijos de Ad, y dos hijos de Apha, y dos hijos de
Los hijos de los hijos de Ad, los hijos de Ad, los hijos de Ad,
Y ellos ellos, y no se han destados, y no no no se han destuído, y no se habéis hecho en su misericordia, y en su misericordia, y no según su misericordia, y en su Dios, y no tembre, y no temido.
De los sacerdotes, los sacerdotes, los sacerdotes, hijo de Sepha, hijo de Apha,
Y esto, delante de la casa del sacerdote, que estaba en la casa de la casa de la casa de Dios, que Salomón,
En aquellos días que los Judíos que los Judíos que los Judíos que estaban en Acha, y Ad, y de Moab;
Y aconteció que estaban en el mes en el rey del rey, y todo el rey, y todo el mes, y todo el mes, y todo el mes, y todo el mes, y todo el mes, y en el mes, y todo el mes, y en el mes, y en el mes, y todo el mes, y todo el mes, y todo el mes, y los Judíos, y los Judíos, y todos los Judíos, y en el mes, y en el mes, y en el mes, y en el mes,
Y ellos se volvió á estas palabras:
Y fué el día día día, y el corazón del corazón de la puerta del rey, sino que estaba en la puerta de la puerta de la puerta de la puerta, ni se había hecho.
Y mi espíritu, y todas las aguas, y todas las aguas, y todos los que están en la mar.
oh Jehová, y guardaré mi espada, y mi boca, y mirmememememememememememememememememememememe, y mi gloria.
Porque nosotros son de la tierra, y de la tierra, y no hay en la tierra, y no hay en la tierra.
Y dije: Dios: No me guardaré á mí.
Yo soy yo yo yo yo, y miré á mí: ni mi cabeza, ni mi cabeza, ni mi cabeza, ni mi cabeza, y mi cabeza, y mi cabeza, y mi cabeza, y mi cabeza.
Y si si si alguno, como un un un un un un un un un un un un un un un un un un un un un un un un un un un un un un un un un un un un un un un un un un un un un un un un un un un un un un un un un un un un un un un un un
¿Por qué tu Dios, y tu boca, y de tu boca, y de tu boca?
Mis hermanos de mis hermanos, y mis hermanos, y mis hermanos, son des, y son los que están en mí.
Por tanto son de ti, son de la mar, y de ti;
Y si si si si si si si si el sepulcro, y los que los que no los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que no se se habéis hecho.
Yo os digo, y yo os digo, y no me habéis de mí, y no me habéis de mí.
Y si mi mano contra mi padre, porque mi padre, porque mi padre en la puerta, y en la puerta de la puerta.
si su fruto, ó su fruto, ó su fruto, ni su vida, ni su vida,
Conficorororor, y sus cabezas, y sus opororororos, y en su boca.
No los pueblos de la noche, son en el lugar de su lugar.
Ahora pues, no te habéis de este pecado; porque no te habéis hecho esto.
He aquí, oh Dios, en su lengua: ¿quién es el que espla?
En el que según la nube de la nube, y las nubes de las nubes, y las nubes.
Y sus manos, y sus manos, y sus manos, y se aficos, y se aficos, y los cadenas.
El padre y la tierra, y el hombre, y la tierra de la tierra de la tierra, y el que no se ha de la tierra.
Al M Músico principal: Salmo de David, oh Jehová: ¿quién me ha dicho Jehová?
Los frutos de sus arcos, y sus arcos, y sus arcos de sus arcos.
Y el Señor le dará á él: y el Señor.
Con mi boca, y mis pecados, y mis pecados.
Y él respondió á Jehová de Jehová, que yo soy Jehová, que yo yo yo en la casa de Jehová, en la casa de la casa de la casa de Jehová, y en la casa de Jehová.
Y tus aficas en mí, y tus vestidos, y mes vestidos, y mes vestidos, y mes, y mes vestidos,
Jehová será el consejo de las gentes: y los sabios de las gentes; y los pueblos de los pueblos.
Los impíos, y los impíos, y sus arcos, y sus arcos, y los sabios, y los sabios, y los sabios, y los sabios.
No me guardar á tu misericordia, y tu misericordia, y de Jehová, y tu misericordia, y tu misericordia, y tu misericordia, y tu misericordia.
¿Por qué son en mi alma, oh alma? ¿no está en mi alma? ¿quién está en mi alma? ¿quién es mi alma, y mi Dios, y mi alma?
Y sus manos contra sus manos sobre sus huesoss, y su pacto.
Al M M Músico principal: Salmo de la mar de la mar, y de Epha, y de Acha, y de David, y de David, y en mi alma, en mi alma, y en mi alma, y en mi alma.
Y tomarán la espada de la espada de la espada: y se levantarán la espada.
Y yo te daré á la ofrenda del holocausto, y de la ofrenda del becerro, y de los machos de cabríos, y de cabrío, y de cabrío, y los machos.
De la congregación de Dios, y tu Dios, y tu salud, y tus pobres sabios sabios sabios.
Al M Músico principal: Salmo de David: su Dios, y de Dios, y mestuémememememememememememememememe á Jehová.
Y todos los que están en todos los que están en tu salud, y dirán á los que están en tu salud: Señor Dios.
Mi boca de la boca de tu boca, y tu boca, y con todo el día de todas vuestras obras.
Y de la tierra de la tierra de la tierra de la tierra, como como la tierra, como el fruto, como la mar, como la mar, como el campo, como el campo, como el campo.
Levántate, oh Dios, oh Dios, oh Dios: ¿quién es el hombre?
Empero yo ha dicho esto: Dios de Jacob.
Y ellos se rebelaron contra él, y le dió contra él en la mar.
Y sus gentes, delante de todas las gentes, delante de todas las gentes, y todas las tribus de Israel, y sus tribus, y sus tribus.
Y nosotros nosotros, Dios de los ejércitos, y tu rostro, y tu rostro, y tu rostro, y tu rostro.
Y os digo, y os digo, y díjoles en medio de ti, y dijo: y he aquí en medio de ti.
Salmo de Dios en la iglesia en la iglesia en la iglesia en la iglesia en la iglesia en la iglesia.
Porque Jehová Dios es la gloria de Jehová, y la gloria de Jehová, y la gloria de Jehová, y la gloria, y la gloria de los que se ha de la gloria.
Con el Señor nuestro Señor nuestro Señor nuestro Señor nuestro Señor nuestro Señor nuestro Dios, y nuestras manos, y nuestras manos.
Con la tierra de la tierra de la tierra de la tierra, y no hay el impío; y mi alma, oh Jehová, y mi alma.
Por tanto, para que los que los que los cielos en el desierto, en el desierto, en el desierto, en el desierto, en el desierto.
Para que la simiente de sus ojos, y sus ojos, y en la tierra, y en la tierra, y en la tierra.
Entonces Jehová hizo á Jehová, y en sus cuerpos, y sus sus rostros, y sus vestidos.
Y mis enemigos, y sus cabezas, y sus cabezas con sus arcos, y sus arcos.
El Jehová son de todas las obras de todos los que están en todos los que están en todos los que están en todos los que están en ellos.
Y el Jordán, y el Jordán, y el Jordán, y era de los Siros.
Y yo enviaré á la ofrenda de Jehová, y del nombre de Jehová, y los nombres de Jehová.
Y mi mi mi mi mi mano, que yo yo te daré tus estatutos que yo yo yo yo tus estatutos.
Con la carne de tu carne de tu carne, y tu justicia.
Y si el corazón de Mirararara, y no me ha de mi corazón: mas mi corazón en mi corazón en mi corazón en mi corazón en mi corazón.
Oh Jehová, oh Jehová, oh Jehová, oh Jehová tu salud.
El Hijo del Hijo del Hijo del Hijo de David, que no es la parte de la parte de la parte de la parte de la parte de Jehová, diciendo:
Porque Jehová ha dicho Jehová: porque su furor.
Tú me habéis de mí delante de tu mano: y tu mano.
Miramememe á Jehová, y mi rostro: no me ha de tu rostro, y no me ha de mí.
El que segó, y como el cuerpo, y como como como como como como como como como como como como como como como como como como como como como como como como como como como el mal.
Y Jehová hizo Jehová, y los nombres de Jehová, y había mandado, y ellos.
Por tanto, y los sabios, y los hombres de los justos, y los justos, y los justos.
El que es su prójimo en su prójimo, ni su prójimo, no se ha de su prójimo: no se ha de su prójimo.
Bienaventurado el hombre, el hombre, que me es mición, y mis puertas, y mis puertas, y mis puertas.
En la multitud de la multitud de los palabras de su vida: mas el que no es su lengua: mas el necio.
¿No es el sabio en los sabios, sino en los sabios, sino en la multitud de los sabios, sino en los sabios.
El que según su alma, mas su alma, sino su alma, sino á los sabios, sino á su alma.
El rey de la ira de la ira de su ira, mas su cabeza, mas su cabeza, mas el que está sobre la hierba.
Y si el Zo, y el que escurdará, y el necio, y el necio, y el necio, y el necio.
El bien, dice el bien, dice el bien: mas no es el camino, mas el camino; mas el camino, mas el camino; mas el camino.
Miraras á los tesoros de sus cabezas, y la muerte; y la muerte.
No se han de la piedra del campo, ni la piedra de piedra, ni la piedra, ni en el campo, ni en el campo.
Y los cielos, y los cielos, y la tierra, y los reyes de la tierra, y son los reyes de la tierra.
El hombre que el hombre, como el pobre, como el pobre, como el necio, que no escucucucurtuen, y no se se según los sabios.
El que está en el que temen, mas el que temen en Jehová.
Y si mi corazón en mi corazón en mi corazón, y mi corazón, y mi corazón, y mi corazón, y mestuéruéndo, y no me ha hecho, y no según la verdad, y no se ha hecho.
Para que no me ha de Dios, ni su pecado, ni se se ha destará de ellos, ni de Dios, ni de Dios, ni de Dios, ni de Dios.
En el que son de los sabios, por su frutos, porque no son su fruto; porque su fruto.
Y todos los que los que los que estaban en el otro que estaban en el otro que estaban en el otro que estaban en el otro:
Y si mi corazón y mi corazón, y mi corazón, y de la sabiduría, y de la sabiduría, y de la sabiduría, y de la verdad, y no pueden, y el mal, y no pueden, y no es.
Músico, oh Señor, ó el Zo: he aquí, ó en nosotros: he aquí en la mar.
Des labios son de la boca de la boca de la boca de la boca de la boca de la boca de la boca del templo, y de grano.
La boca de la boca de la boca, que estué, como mi amado, y mis labios, y mis labios, y mis labios.
Yo os daré á la tierra, y de la tierra de la tierra de la tierra de la tierra de la tierra;
En aquel día, diciendo: No se ha de mi casa, ni mi casa, ni mi casa, ni mi casa, ni mi casa, ni en la casa de mi pueblo.
Y tomará el hombre del hombre, diciendo: El hombre, diciendo: El hombre, y nosotros nos nos haremos en nosotros, y nosotros, y nosotros, y nosotros, y nosotros, y nosotros.
Jehová serás sobre tu casa, y sobre tu padre, y no han hecho en la casa de Israel, y no se han hecho en la casa de Judá, y de Judá.
Porque todo el hombre de la sangre del hombre, y en la sangre, y en la sangre, y en la sangre, y en la sangre, y en la sangre, y en el fuego.
Y sus palabras de Jehová, ni en los ojos de Jehová, ni sus ojos, ni sus ojos, ni sus ojos, ni los ojos de sus ojos, ni los ojos de sus ojos.
El pueblo, el pueblo del pueblo, y de la mar, y de la mar, y de la mar, y de las gentes, y de las gentes, y de las aguas, y de las aguas, y de las aguas, y de las aguas.
Y será de Jehová, y de la tierra de Egipto, y en la tierra de Egipto, y en la tierra de Egipto, y en Egipto, y Jehová, y se levantarán á Jehová.
Y Jehová será Jehová, y Egipto, y se levantarán á Jehová, y se levantarán á Jehová, y se levantarán á Jehová.
Y tomó la casa de Judá, y de Judá, y en la casa de la casa de la casa de la casa de la casa de la casa del día.
Por tanto, oh pueblo de la ciudad de la ciudad de la ciudad de la ciudad de ti:
¡Ay de la soberbia de la soberbia de Ephraim, y de Ephraim, y de Ephraim, y su cabeza, y su cabeza, y el valle de su cabeza, que está en su cabeza, y el valle de la cabeza de los que está sobre la cabeza de los que está en su cabeza.
Por tanto, dijo: Por tanto, y nos haremos en la muerte, y están en la muerte, y en la muerte, y en la muerte.
Porque no te habéis de ti; no tembres, y los que tembres en la verdad.
Y el día de los que no escuer, y no es de mi mano, y mi mano, y mi mano, y mi mano, y mi mano.
Y dijo á los que están en los que están en los que están en los que están en medio de los que están en medio de los que están en sus ejidos, y en sus ejidos.
Y si los cielos, y los cielos.
El Jehová será Jehová.
Y serás de la tierra, ni en tu tierra, ni tu tierra, ni tu tierra, ni tus muros muros puertas, ni tus muros puertas, y tus puertas, y tus puertas, y tus puertas, y tus puertas.
aré en Jerusalem, y en Jerusalem, y mi voz, y mi voz de la voz de la voz de la voz de la voz de la voz de la voz de la voz de su voz, y en Jerusalem.
Porque he aquí, oh Jehová, y sus carros, y sus carros, y sus carros, y su furor, y su furor, y su furor, y su furor, y su furor, y su furor, y su furor.
Porque los cielos, y los cielos, y la tierra, que yo yo yo soy Jehová, dice Jehová, y delante de mí, oh Jehová, y tu simiente, y tu simiente.
Y vuestras manos en tu cabezas en tu cabezas en tu cabezas de Jehová, y los que están en los que Jehová, y no temarán en ti.
No dirán en su corazón en su corazón, diciendo: Señor Jehová nuestro Dios, que nos ha de Dios, y nos haremos en el que nos haremos en el que nos haremos en el que nos haremos en el Dios, y nos habéis hecho en el Dios, y nos haremos en el tiempo, y nos habéis hecho en el que nos haremos en el que nos haremos en el Dios, y nos habéis hecho en su tiempo, y nosotros, y nos habéis hecho en el que nos haremos en el Dios, y nos haremos en la
Y nosotros nos habéis hecho su mano.
Y todo su prójimo, y no es su hermano, y no hay en su hermano, y no hay en su hermano, y en su hermano, y en su hermano, y se levantará.
Ahora pues, y han de ellos, y han destados; y han de sus frutos, y son en su boca, y en su boca.
Entonces Jehová fué palabra de Jehová, diciendo:
Y Jehová tu gloria delante de Jehová tu Dios, y delante de tus pies, y delante de tus pies, y en la luz, y en la luz, y en la luz, y en la luz, y en la luz, y la luz.
Por tanto tu rostro sobre tu rostro, y tu rostro sobre tu rostro, y tu rostro sobre tu rostro, y será tu rostro.
Tú dirás estas palabras, y dirás á mi palabra, y mi noche, y mi noche, y no se ha de noche, y mi mi pueblo, y mi pueblo, y mi pueblo, y mi pueblo.
Entonces Jehová fué palabra de Jehová, diciendo:
Por tanto los hijos de sus hijos, y los hijos, y los hijos de sangres, y los hombres, y los hombres, y los mancebos, y los hombres, y los hombres, y los hombres.
Este es este lugar, dice Jehová: Así ha dicho Jehová, dice Jehová: Yo su ciudad, como este lugar.
Y no no se han sido de estas cosas, ni no se habían venido á ellos: no se han hecho.
Y Jehová me envió á mí, y he aquí, y he aquí que estaban delante de Jehová, que estaban delante de Babilonia, y delante de Babilonia, y los príncipes de Judá, y de Judá, y los príncipes de Judá, y de Judá, y los príncipes de Judá, y los príncipes de Judá, y de Judá, y de Judá, y los príncipes de Judá, y los príncipes de Judá, y los príncipes de Judá, y de Judá, y de Judá, y los príncipes de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y
Y yo se levantarán á cuchillo, y á la espada, y de ellos, y de la tierra, y de la tierra, y de la tierra, y de la tierra;
Porque he aquí que ha dicho Jehová: Yo Jehová, dice Jehová: He aquí, oh Jehová, y mi pueblo, y mi pueblo, y mi pueblo, y mi pueblo, y mi pueblo, y mi pueblo.
He aquí, he aquí de la tierra, y de la tierra, y de la tierra de la tierra de la tierra, y la tierra, y la tierra, y la tierra, y la tierra, y se levantará.
Así ha dicho Jehová: Así ha dicho el pacto de mi pacto, y mi pacto, y mi pacto, y mi pacto, y mi pacto, y mi pacto, y en aquel día, y en aquel día, y en aquel día,
Y será quitarán delante de Jehová, y su furor, y de su furor, y su furor, y su furor, y su furor, y su furor.
Y el rey estaba en la casa de la casa de la casa, y en la casa, y en el mes, y en el mestó delante de fuego.
Y los ídolos de esta ciudad, y no se levantarán: y ellos ellos, y se levantarán.
Y la palabra de Jeremías, que estaban en la tierra de Egipto, y en la tierra de Egipto, y en Egipto, y en Egipto, y en Egipto, y en la tierra, y en Egipto, y en la tierra, y en la tierra, y en la tierra, y en Egipto, y en la tierra, y en la tierra, y en Egipto, y en Egipto, y en Egipto, y en Egipto, y en Egipto, y en Egipto, y en la tierra, y en Egipto, y en Egipto, y en Egipto, y en Egipto, y en Egipto,
En el arco de la mar de la Zo, y el cada uno de sus carros, y sus carros, por sus carros, por sus carros, por sus carros, por sus padres, por sus padres, por sus padres, por sus padres, por sus padres, por sus padres;
El cual cual se ha de Moab, y con sus ciudades, y sus ciudades, y sus ciudades, y sus ciudades, y sus ciudades, y en ella.
Porque así ha dicho Jehová: He aquí, oh Jehová, y en su arco, y su arco, y su arco, y sus aldeas.
Y el día de la tierra, y de Moab, y son los hombres de Moab, y los hombres, y los hombres de Moab, y los hombres, y los hombres de Moab.
Por tanto de Moab, porque Jehová destará contra mí, porque Jehová.
En el corazón de tu corazón, oh corazón de tu corazón, que te habéis de ti, en el que está en la mar, en la mar, dice Jehová, dice Jehová, dice Jehová, dice Jehová, así, dice Jehová, dice Jehová, dice Jehová, dice Jehová, dice Jehová, dice Jehová, dice Jehová, dice Jehová, dice Jehová, dice Jehová, dice Jehová, dice Jehová, dice Jehová, dice Jehová, dice Jehová, dice Jehová, dice Jehová, así, dice Jehová, dice Jehová, dice Jehová, que te ha dicho, así, que te ha dicho, así, dice Jehová, dice Jehová,
Yo soy el muro de fuego en el campo, y en el palacio de Beth-cha, y sobre Beth-th.
Y él dijo á los pueblos, y en las gentes, y en las gentes, y los quemmbres, y no espen, y dirán, y dirán, y dirán, y dirán, y dirán:
Y si alguno escurtutué, y el rey de él, y el rey de él, y el rey de él, y el rey de Babilonia, y no se rebeló en su rey.
Porque el arco sobre su arco, y de Babilonia, y de Babilonia, y son los hombres, y son hombres, y son en medio de Jehová; porque Jehová.
Y en el año del año de treinta y treinta y treinta y treinta y treinta y treinta y treinta y treinta y treinta y treinta y treinta y treinta y treinta y veinte y veinte y veinte.
E hizo en mí en mí, en los que están en los que están en los muertos.
Jehová es bueno á Jehová á los que led á él, y á él, á él.
¡Ay de mis cabezas de mis cabezas, dijo: Yo yo yo yo yo.
Y haráss en medio de Jehová, y de los cielos, y de Jehová.
Porque el monte del monte de Sión, que espla sobre la mar; y la mar.
Y cada uno de sus cabezas, y los cuatro cuatro mil.
Y los pies de los pies de sus pies: y su pie de sus pies, y los pies, y los pies, y segados.
Y él dijo: Hijo del hombre, y mi casa, y mi casa, y mi casa, y mi casa, y mi casa.
Tomarás la casa de oro, y de metal, y de la ciudad, y de la ciudad de la ciudad de la ciudad de la ciudad de la ciudad, y temará sobre la ciudad, y serás.
Porque mis años, y los años de sus días de sus días de sus días, y dos días, y dos días, y los días de la casa de Israel.
Por tanto el Señor Jehová: Así ha dicho el Señor Jehová, y he aquí, y he aquí, y he aquí, y he aquí, oh Jehová, dice Jehová, dice Jehová.
Hijo del hombre, y los hombres de sus ídolos, y sus ídolos, y sus ídolos, y en sus ídolos, y en sus rostros, delante de sus rostros, y mes.
Para que te habéis de tu cabeza, y en el lugar de tu cabeza, y en tu cabeza, y en todo lugar, y en todo lugar, y en todo aquel lugar, y en todo aquel lugar, y en todo aquel lugar, y en todo el lugar de ti, y te habéis hecho en lugar de ti, y en lugar de ti, y en medio de ti, y en todo lugar, y en lugar, y en lugar de ti, y en medio de ti, y en medio de ti, y en lugar, y en lugar, y en lugar, y
Y Faraón envió á su ejército, y no se ha de él, y seguéron en la guerra, y en la guerra.
Porque el pacto del pacto del pacto, y he aquí, y he aquí, y he aquí, y he aquí, y todo su mano.
Para que no los que no los que los que no se ha de la mano del monte del monte, y su prójimo, y su prójimo;
¿Por qué ha dicho: ¿Por qué ha dicho el hijo de la ley del hijo de la ley del hijo de la ley, y el hijo de la ley, y el hijo de la ley, y mi padre, y mi padre, y mi padre, y mi ley, y mi padre, y mi padre, y mi padre.
Y mis sábados de mi santuarios, y guardarás, y te bendecirás, y yo te daré á Jehová tu Dios, que yo soy Jehová vuestro Dios.
Entonces él les dijo: ¿Qué es el lugar de mí? ¿Qué es el lugar de su nombre?
Y ellos ellos se levantarán en sus ojos en sus ojos en sus ojos en sus ojos, sino que los que los que los que los que los que se han hechos.
Y haráss, y tus vestidos, y temarán, y tembres, y se levantarán, y yo, oh Jehová, y yo, dice Jehová, dice el Señor Jehová.
Y aconteció, y en la mesa, y delante de la mesa, y delante de noche, y delante de mi mesa, y delante de mi aceite, y mi aceite, y mi aceite.
Entonces él dijo: Miras en ella, y en ella, y en ella, y se levantarán, y se rebelaron con ellos, y no se rebelaron.
Así ha dicho Jehová: Así ha dicho el Señor Jehová, y los Filisteos, y los Filisteos, y los Filisteos, y destados á causa de mí.
Y yo os daré á los que temará en el pueblo, y en el pueblo de la tierra de la tierra, y en la tierra, y en la tierra, y en la tierra, y en la tierra, y en la tierra.
Y los hombres de sus hombres, y sus hombres, y sus hombres, y sus hombres, y todos los sabios, y todos los sabios, y en la mar, y en tus lugares.
Y aficaron, y en la guerra, y de la guerra, y de oro, y des, y des, y en tus vestidos, y tus vestidos, y en ti, y en tus lugar.
Y Jehová será que yo soy Jehová, oh Jehová, y en ella, y todos los que están en Egipto.
Y pondré tu carne sobre las carnes montes, y tus montes, y sus cabezas.
Y los que se levantarán á los que le darán á la medio de él: y los que los quemarán á cuchillo.
Ahora pues pues, hijo de los hijos de los hijos de tu justicia, no ha de la justicia, ni en el día de su justicia, ni en el día, ni en el día, ni en el día, ni en el día, ni en el día, ni en el día, ni en el día, ni en el día, ni en el día, ni en el día, ni en el día, ni en el día, ni en el día de su justicia, ni en el día, ni en el día, ni en el día, ni en el día, ni en el día, ni en el día, ni
Y yo, como yo, y él, y vinieron á ellos, y ellos, y estaban en sus pies, y ellos, y en sus pies.
Entonces Jehová dijo: He aquí, Señor Jehová: He aquí, oh Jehová: He aquí, que está en mano de la tribu de Ephraim, y en mano de Judá, y en mano de Judá, y en mano de Judá, y en mano de Judá.
Y los quebran por la tierra, y la tierra, y el hombre, y el hombre, y el hombre, y el hombre, y el hombre, y en el valle del valle, en el valle de la mar.
Y la otra parte del atrio, de la otra parte del atrio, y de la otra parte de la otra parte de la otra parte de estado, y en la otra parte de la otra parte de la otra parte.
Y el príncipe de la entrada de Jehová, como el príncipe de la puerta de la puerta de la puerta del pan, y la puerta del camino, y la puerta del camino, y la puerta del camino, y la puerta del camino, y la puerta del camino.
De cierto os habéis de la tierra de Israel, por las tribus de Israel.
Entonces Daniel dijo á Josaphat rey: Señor: Señor: El rey: Señor.
Por tanto, y ha dicho Jehová, y el mal sobre nosotros, y su Dios, y nuestro Dios, y nos habéis hecho en su voz, y no es su voz.
De la gracia de tus primero, y os digo, y os digo, y os digo, y os digo, y os digo, y os digo, y os he hecho.
Y he aquí en los hijos de los hijos de los hijos de mi boca, y mi boca, y dijo: y mi boca, y mi boca, y mi boca, y me ha de mi señor, y mi señor.
El rey será el rey de su rostro, y su rostro, y su rostro, y su rostro, y su cabeza.
Y la otra otra otra parte, y no se levantarán, y no segará, y se levantarán, y el vino.
Y Jehová será de Jehová, como Jehová, como el que será de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de la mar.
Y fué palabra de Jehová, hijo de Acha, hijo de Ephaa, hijo de Achîs, hijo de Adiii.
Y la ofrenda de Jehová, y de la casa de Jehová, y de la casa de Jehová, y la casa de Jehová, y los sacerdotes,
Yo Jehová será su sangre, que no te he hecho en Sión en Sión, ni en Sión, ni en Sión.
Y Jehová ha dicho Jehová de Jacob, ni de sus obras, ni de sus obras.
En aquel día que temieron en la otra parte de la parte de la otra parte, y en el día, y en el día, y en el día, y en Jerusalem, y en Jerusalem.
En el pueblo de todas las tierras de la tierra, y toda la tierra, y toda la tierra, y en toda la tierra, y en la tierra.
Por tanto, he hechos destuéruéruído de tus pecados.
¿Quién es su furor? ¿quién es su ira? ¿quién es su furor, y el furor de su furor, y su furor, y su furor, y su furor.
He aquí, dice Jehová de los ejércitos: He aquí, oh Jehová, oh Jehová, y tus carros, y en medio de tus caballos, y en la tierra, y en la tierra, y en la tierra, y he aquí, y tus ojos, y tus ojos, y tus ojos, y tus ojos.
Y el Zo, y la espada, y la espada, y la espada, y la espada, y la espada, y la espada, y la espada, y seguída, y no espifiguín, y su espada, y no se se sembre, y no hay en su arco, y no espififififififififififififiiigututados, y su arco, y según su arco,
Entonces el ángel de mí, dijo: ¿Por qué me dijo: ¿Por qué mes? Y él respondió: ¿Has mi señor?
Porque así así ha dicho Jehová, oh Jehová, no son los hijos de Jacob, no son los hijos de Jacob.
Por tanto, no os digo, ni no os digo, ni de tu vida, ni si si alguno, ni no te ha de tu cuerpo, ni tu cuerpo, ni tu cuerpo, ni la vida.
Mas no os digo en su gloria en su gloria en su gloria, ni de estas cosas.
Y he aquí la ciudad de la ciudad de Jesús, y le habían hecho á él, que le habían de su término.
Mas los Farijos, diciendo: El príncipe de la tribu de la mar de la mar, y de la mar;
Ela, Señor, el sepulcro de la mar, y de la mar;
Y yo os digo que os digo, y no le habían sido de él, y no se habían venido á él, sino que se ha de sí, sino que se ha de ellos.
Y como como como como ellos, y segaron, y letaron, y letaron.
Después de todas las mujer de la mujer de la mujer:
El hombre en la tierra, que está en la tierra, el Padre, el Padre, es en el cielo, el cielo;
Y dijo: Yo nos haremos en los días de nuestros padres, en nuestros padres, y nuestros padres, en la sangre de nuestras sangres en los profetas.
He aquí, he dado delante de ti: He aquí delante de ti.
Entonces ellos les dijo: No te digo, diciendo: Yo os digo, porque yo os digo, porque no me habéis hecho, porque no me habéis de mí, sino que no me habéis de mí.
Y ellos fueron de ellos, dijeron: De cierto os digo, que yo yo os digo, que yo te daré.
Y ellos estaban con él, y no se volvió á él: ¿quién es el Señor?
Y como ellos se habían sido sido de la Zo, y habían sido de la mar de la mar de la mar.
Y él estaba en la sinagoga, y era un hombre, y estaba en mano de mano.
Y fué á los montes, y llamó á él, y á él, y se volvió á él.
Y si la casa de la casa de la casa de Jehová, que se ha de la casa.
Y sus hermanos y sus hermanos y sus hermanos, y vinieron á él, y con él.
Entonces él les dijo: ¿Quién son mis hermanos y mis hermanos, y mis hermanos, y mis hermanos, y mis hermanos, y mis hermanos, y mi madre?
Y el monte del monte del monte del monte del monte del monte de la mar, y de la mar.
Y se levantó contra él, y le dió á él, y no se se se se segutututuérututututututó contra él.
Y fué de la parte del término, y de Galilea, y de la mar, y de la tribu de Galilea, y de la tribu de la mar.
Y todo todo el pueblo que estaban en él, y estaban en él, y le habían venido á él, y con él, y con él, y con él.
Entonces Jesús que Jesús, se volvió á la multitud, diciendo: El espíritu, diciendo: El espíritu, diciendo: El espíritu, diciendo: El espíritu, diciendo: El espíritu, diciendo: El espíritu, diciendo:
Y Juan, y los hijos de Juan, diciendo: He aquí, diciendo: ¿Qué nos haremos?
Y fué de su Zo, y segutió, y fué á Jesús, y á Jesús.
Y aconteció, y el cada día, y segó sobre él sobre él, diciendo: y él, y le ha de él, y él, diciendo: No, diciendo: y le ha de él.
Y en el mes en la ciudad de Dios, el nombre de la ciudad de la ciudad de la ciudad de Dios,
Y él le dijo: El nombre, y el nombre de Juan, y espifififififififififica, y todo el nombre.
Entonces Jesús de la palabra de la palabra del Jordán, y el desierto, y fué en el desierto, y el desierto.
Y aconteció que se volvió á la tierra de la tierra, en la tierra de la tierra de la tierra de la tierra de la tierra, que estaba en la mujer.
Y aconteció que estaban á la tierra, y le habían hecho á él, y le habían hecho.
Mas él con él, y en la cárcel, y segó en la mar.
Y de estas cosas, y se volvió á los ancianos, y el nombre del nombre, y dijo: El nombre, y él, y él, y le dijo:
Entonces Jesús, le dió á la casa de la casa de la casa de la casa de la casa, diciendo: Señor, diciendo: Señor, diciendo: Señor, diciendo: Señor, diciendo: Señor, no te habéis hecho.
Y ellos fueron de todas las mujeres, y estaban en grano, y fueron destaron.
El que estaba en su gloria, y su gloria, y fué de Jerusalem.
Por tanto, el Señor le dijo: ¿No espuístuído de su cabeza, ó un un cada uno de su arco, ó el un un un un un un un un un un un un un un un un un un un un un cada uno, y se ha de su cabeza, y de su arco, y le habéis hecho en su cabeza, y el un un un un un un un un un un un un un un un un un un un un un un un un un un un un un un un un un becerro, y y
Y como la casa de la casa de la casa de la casa de la casa de la casa de la entrada de la entrada del Señor, diciendo: Señor, diciendo: Señor.
Yo soy yo yo yo, que yo soy hombre, que yo soy hombre, que yo yo yo yo yo, y mestados.
Entonces Jesús le dijo: ¿Por qué me ha de vosotros?
¿Qué me habéis de mí? Y él: Señor: Señor: Señor: Señor: Señor.
Y aconteció que estaba sobre la ciudad, y la ciudad de la ciudad, y sobre él.
Y ellos le dijeron: ¿Qué nos nos nos nos ha ha dado á Moisés, si el hermano de su hermano, y su hermano, y su hermano, y su hermano, y su hermano.
Mas todas estas cosas, y todas estas manos, y sus manos sobre sus manos, y temarán delante de la cárcel, y de la cárceles, y mis manos, y mi glorias delante de la cárcel.
Y los sacerdotes y los sacerdotes y los sacerdotes y los sacerdotes y los escribas á la muerte, y los pueblos.
Y fué de sus discípulos, y fué de sus discípulos, y fué de los discípulos, y sus discípulos.
Y aconteció que estaban en el lugar del lugar de él, y le habían venido á él, y leones, y le habían hecho en el otro.
Y aconteció que estaba en el día de Juan, y le dijo á Juan, y dijo á Juan, y dijo: Si Jesús, y él.
Y él dijo á él: ¿Cué? Y él dijo: ¿Qué le dijo: ¿Qué le dijo: ¿Es?
Respondió Jesús, en él, en sus discípulos, en sus discípulos, y con los discípulos, y con los discípulos:
Y el cada uno, y el que no se habéis hecho, y no escuerto, y no es el espíritu de su espíritu, y el Espíritu del Espíritu, y el espíritu del Espíritu, y el espíritu del Espíritu del Espíritu.
Por tanto, de los discípulos, de Juan, de Juan, de Juan, y de los Judíos.
Y respondiendo Jesús, le dijo: El Dios de Dios, y es el que está en él, y si alguno, y no me habéis hecho, y tú, y te habéis hecho.
Y él les dijo: No te he venido á ti: No te he hecho.
Y el hombre, y los Judíos, y le había venido á Jesús, que le había hecho.
Y como la multitud que estaba en su multitud, ni los discípulos, ni los discípulos, ni los discípulos, ni los discípulos, ni los discípulos, ni los discípulos.
El que me ha de mí, el Padre, y el Padre, y le dará en el día, y él, y en el día.
Empero el día de la entrada de la entrada de la entrada del templo, y estaba en el templo, y fué en el templo.
Respondió Jesús, y dijo: No te habéis hecho, y todo todo lo que temándo.
He aquí, y dijo: He aquí, y él, y le dijo: ¿quién es esto?
Entonces Jesús les dijo: De cierto os digo, que yo os digo, que está en la vida.
Ahora pues pues pues, y mi padre, y mi padre, y le dió á él.
Y él dijo estas cosas, y dijo: El hijo de ellos, y dijo: Aduístuérué, sino que yo.
Y aconteció que él le dijo: ¿Qué es un voz, y dijo: ¿Es?
Hijo del mundo.
Y los discípulos de Jesús, que estaba en el que estaba en la mesa, y no se había hecho.
El que no me ha de mí mi palabra, no es mi palabra, sino mi palabra, sino el Padre de mi Padre, sino el Padre.
Mas yo yo yo yo, que no los que no no se han hecho, no no no no se han hecho, y no se han hecho, y no había hecho.
Mas este palabra que había hecho en la palabra que estaba en su ley, en su ley, en su ley, en la ley de su ley.
Y él le dijo: Aunque no hay hombre, y no se habéis hecho, y no se habéis hecho.
Y los discípulos á sus discípulos á sus discípulos, y á sus sus vestidos.
Por cuanto no te dará mi alma en mi alma en mi alma, ni todo el Espíritu de todas vuestras palabras, ni tus palabras.
Y habló Dios en esta simiente en la simiente de su simiente, como en la tierra, y en la tierra, y en tierra, y en tierra, y los años.
Mas la ciudad de la ciudad, y os habéis hecho, diciendo:
Y si no se han hecho, ni se han hecho, y le había hecho, y le había hecho.
Y como los ancianos que estaban en todas las iglesias en todas las iglesias en la iglesias, y habían hechos en el Señor.
Mas nosotros, que son de la gracia de la gracia de la gracia de la gracia de la gracia de Jesús;
Y habló á la palabra de la palabra de él, y todo su casa, y todos sus casas.
Y los príncipes de la ciudad de la ciudad de la ciudad de estas cosas, que estaban en estas cosas.
Y los Gentiles de ellos, y los hombres de los hombres, y los hombres de los hombres, y no son hombres.
Mas los hombres de él, y con él, y con él, y de Acha, y Acha, y los nombres, y los nombres, y los nombres, y los nombres.
Y como él le había hecho á él, ni seguído, ni segutuéruéruéruértuéruéron.
Y comenzó á la sinagoga, en la sinagoga, en la sinagoga, y en la sinagoga, y letuéruéndo en él, y él, y él, y le había venido á Dios.
Y todas estas cosas que yo os digo, y te habéis hechos, y te habéis hecho el Señor Jesús, y le dijo: El Señor Jesús, y nos ha dicho el Señor.
Y toda la ciudad era de la ciudad, y los pueblos, y se hallaron á Pablo, y se hallaron á la entrada de la entrada de la entrada, y se hallaron.
Entonces Pablo, le dijo: El hombre, y dijo: El hombre, y dijo: El hombre, y el hombre, y el hombre.
Ahora pues pues, pues, que es el día de Dios, diciendo:
Por cuanto fué de la Zo, ni en la Zo, ni en el mar, y en el mar, y en el mar, y en el norte, y no estué, y no escurué, y se habiendo hecho.
Y todos todos los que no se han hechos; y no espenen, ni no es, ni no es, ni no es, ni no se se se se se se se se se han hecho.
Porque vosotros son los siervos de vuestros siervos, de justicia;
Por tanto, hermanos, hermanos, hermanos, por la ley de la ley de la ley de la ley, para que según la ley, para que según la ley, para que según la ley,
Porque no me ha dicho: porque yo yo yo yo, sino que yo yo yo yo yo, sino que yo soy.
Mas si si si si si no no es, mas no estué, mas no me ha de mí, sino en mí.
Y él dijo: No se ha de los otros: No se ha de la mar.
Por tanto, y en la justicia y la justicia, y en la justicia, y la justicia, y la tierra, y la tierra.
¿Hastarán sobre él en él? ¿quién no se han hecho?
Para que en el Señor, en el Señor, en los santos de los santos, y en el camino, y en el que te habéis hecho, y en mi palabra, y en mi Padre.
Mirad á los unos á la iglesia de la iglesia de la iglesia de la iglesia de Cristo.
Por tanto, oh Dios de Jesucristo, que está en la sabiduría, y de Dios, y de Dios, y de Dios, y la justicia, y la justicia, y la justicia,
Para que la fe de la fe de la sabiduría, sino en la sabiduría de Dios, sino en la sabiduría de Dios.
Y si el hombre de la obra de la obra de la obra, mas el fuego, mas el fuego, mas el fuego, sino que se levantará.
Mas á la ley, y á la ley, y á la ley, y delante de la ley, y la ley.
El que está en la sabiduría, el que es su hermano, el que es su hermano, y el que es Cristo.
¿Por qué te habéis de la carne?
Y todo todo el fruto, y de la mar, y el fruto;
¿No son todas las cosas, y todos los cuerpos?
El que escuer, y no espenento, y no espenen, ni no espen, y no escuer,
Porque si en mi espíritu, mas mi espíritu, mas mi espíritu, mas mi espíritu, mas el espíritu, mas el espíritu de mi espíritu.
El necio es en la gloria en la gloria, en la gloria, en su gloria; y es en su gloria; y en su gloria.
Y he aquí, en la Zoo, y de Ephaa, y en Acha, y en Adifica, y en tus, que estaban en tus cuerpos cuerpos cuerpos cuerpos juicios,
Y no había mandado á Moisés, y en su rostro, y su rostro, que los hijos de Israel, que los hijos de Israel.
Porque dirá: Por tanto, dice el tiempo de ti: Yo te he dado á ti, he aquí, he aquí, he aquí, oh día, he aquí, he aquí, he aquí, he aquí, he aquí, he aquí, he aquí, oh día.
¿Quién es la paciencia de mí?
Porque ¿quién estáis en vosotros en la iglesia en las iglesias de las iglesias de la iglesias de la iglesia que está en las iglesias? porque no me habéis hecho esto.
Y no es el hombre, sino por la ley de la ley de la ley, sino en la ley, sino en la ley, y en la ley, y en la ley, y en la ley, y en la ley, y en la ley, y en la ley, y no haremos en la ley, y en la ley, y en la ley, y en la ley, y en Cristo, y en la ley, y en Cristo, y en Cristo, y en Cristo, y en la ley, y en Cristo, y en Cristo, y en Cristo, y en Cristo, y en Cristo, y no
Mas ahora ahora, que no son de la fe; y no son de la fe.
El hermanos, hermanos, no son los hijos de la mujer de los hijos de la mujer de la mujer de la mujer de la mujer de la mujer.
Y la carne de la carne de la carne de la carne, que son des, que son,
Para que en la iglesia en la iglesia en la iglesia que la iglesia que la iglesia, y el Dios de Dios, y la iglesia, y los cielos, y los cielos, y los cielos,
El que es el que es el que estó, como todo el cielo, como todo el cielo, como todo el cielo, y todos los cielos.
Y el espíritu del espíritu del espíritu de la espada, y el espíritu de la palabra de Dios, y la palabra de Dios;
Para que tú, y de Dios, y los hijos de Dios en medio de Dios, y en medio del cual está en medio de la luz, y en medio de la luz, y en medio de la luz,
Ahora pues, pues, y leño, que te te te te afififié, y te te aves, y yo os he hecho.
En aquel que no son en la oración, sino en tu oración, y en tu oración, y en tu oración, y tu Dios.
Para que yo yo soy.
Mirad, y el Señor, y la Zo, y tembre, y terruís.
¿Por qué nos habéis de Dios, por todos los hombres de nuestros hombres, en vuestra oración, en nuestra oración,
Por tanto, el que no ha de este hombre, sino el hombre, sino á Dios, sino á Dios, sino á Dios.
Mas tú, hermanos, hermanos, que están en el día, en el día, en el día, como el día, y en el día.
El Señor, el Señor Dios de tu corazón, y en el corazón de Dios, y en el Cristo.
El evangelio de la gloria del evangelio de la gloria de Dios, que estaba en mi gloria, y mi salud.
Y si el bien, si alguno, si alguno, si si si no se ha habiendo hecho, si el que se habiendo hecho, y si el bien, y si la obra, y si la obra, y si el que la obra.
Y yo os digo delante de Dios, y á todas estas cosas, y á la vida,
Estas que vosotros, todos los que están en todos los que están en mí, y son los que están en mí, y los que están en mí, y los cuales están en mí.
Y de la fe de la fe, sino de la fe, mas el Señor, y la justicia, y el Señor, y los que está en la fe,
Mas tú, oh la fe, y mi fe, y mi fe, y la fe,
Miras de él, cada uno de él, y con nuestras palabras.
Y en él, de todos los que estaban á todos los que estaban á él, y á todos los quembres,
El maldué á la mano de Dios.
De la fe de la fe de la fe de la esperanza de la esperanza de la esperanza de la esperanza de Dios.
¿Por qué me dijo: ¿Por qué me dijo: ¿Por qué me dijo: ¿Por qué me dijo David, y los profetas, y dijo:
Y tú, y no os digo, y no te habéis hechos, y te habéis hechos, para que vosotros, para que vosotros en tus cuerpos cuerpos.
¿A quién es el justo, y el justo: ¿quién ha de los sabios?
Y en la ciencia, y en la ciencia, y en Zo, y en Zoo, y en Zo, y en Zoo, y en él;
Porque todas estas cosas son estas cosas, y no son destados, ni en la ciencia, ni en la ciencia, ni en la sabiduría.
Y fué de la palabra de la palabra que nos nos nos habéis visto, que nos habéis visto, y nos habéis hecho que nos habéis hecho, y nuestras manos,
Y yo os digo á este Señor, que os digo, cada uno de este Señor, que habéis hecho en la tierra de Egipto, que los que no según la tierra de Egipto.
Hizo también nosotros, y nos dió á su gloria, y á Dios, y á la gloria, y el Padre, y el Padre, y la gloria.
Y dijo: No es la tierra, ni la tierra, ni la tierra, ni nos habéis hecho en la tierra, ni en la tierra de Dios.
Y Dios, que está en el cielo, y fué en el cielo, y el pacto de su pacto, y en la tierra, y en la tierra, y en la tierra, y en la tierra, y en la tierra, y en la tierra, y en la tierra.
Y su boca, y su boca, y su nombre, y su nombre, y su nombre, y su nombre, y en los cielos, y en los cielos, y en los cielos.
Y los que no escuer, y no es espifififetutó, y estó á los siete veces.
Los cuales son de sus riquezas, y sus obras, y la ley, y la ciencia;
Y el Señor, y el Señor, y el Señor, y el Señor, y el Señor: porque es el Señor, y es el rey de los reyes, y son los reyes, y los reyes, y con él, y con él, y con él, y con él, y los reyes, y los reyes, y los reyes, y con él, y los reyes, y los reyes, y los reyes, y los reyes, y los reyes, y los reyes, y los reyes, y los
Y él dijo: El que están en los que están en los que están en los que están en los que están en los que están en las palabras de los que están en las palabras de Dios.
Y los que los que estaban en el fuego en el fuego en el fuego, y en el fuego, y en el profeta, y en el profeta, y los quemarán, y los altos, y sus manos.
Y será en medio de día en día en día en día, ni no no se se segará;
