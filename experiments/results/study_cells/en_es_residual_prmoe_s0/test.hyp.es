Y ellos según la luz en la luz del cielo en la luz del cielo, y el cielo, y la tierra.
Y él dijo: Dios de Dios, y los animales, y de los cielos, y en la tierra de la tierra de la tierra.
El cual la tercera de la tercera, es la tercera que está en la tercera que está en los ríos de Asiria.
Y la mujer dijo al fruto del fruto del fruto del fruto de los árboles de los árboles,
Y todos los días de los días de Jaer, y dos años, y murió.
Y todos los días de Baaaaaa, y treinta y treinta años, y murió.
Y aconteció que se volvió á la mar, y de piedra, y de las aguas, y de la tierra.
Y Dios dijo á sus hijos y sus hijos, y dijeron: El frutos, y los frutos, y los frutos y la tierra.
Y Baaaaaaaaa, y dos años, y Achacha, y los hijos de los hijos de los hijos de Amán, y los hijos.
Y tomó su mujer su mujer su mujer, hijo de su hermano, que había sido su heredad, y había hecho en la tierra, y había sido en la tierra de la tierra de la tierra de la tierra, y había mandado.
Y será que Egipto, cada uno de Egipto, dice: Este es su mujer: Este es su mujer: mas no me ha de mí, sino que no se han de mí.
¿No te te te he dado delante de ti? ¿No te te he aquí que yo te he he he dado á la mano?
Y respondió: He aquí, ahora ahora ahora, yo soy el Señor.
Entonces Abraham dijo á su mujer: No es mi hijo de mi hijo de mi hermana, y su hermana, y su hijo de David.
Y en el desierto de la madre de la madre de la madre de la tierra de Egipto.
Entonces Abraham dijo: Así ha dicho el lugar de Jehová: No es el monte de este monte de este monte: No es el monte del monte.
Y mi cabeza, y Jehová, y Jehová Dios, y Jehová Dios de mi señor, y mi señor hijo de mi señor, y mi hijo de mi hijo, y mi hijo.
Entonces Abraham y su espíritu, y su espíritu, y en el hombre, y fué un hombre, y fué á su pueblo.
Y no le dió á él; porque él le había de sus manos, porque no había de sus manos.
Y he aquí Jehová, y dijo á Jehová, y dijo: Yo soy Jehová tu padre, y tu padre de la tierra de tu padre, y tu padre.
Y aconteció, y parió á Jacob, y parió á Jacob á Jacob á Jacob.
Y él dijo: Hermemememememememememememe, y yo te daré.
Y él dijo: ¿ ¿ ¿No te daré á Jacob? Y él respondió: ¿ ¿A qué me dirás? Y yo yo yo, y yo te te te te daré.
Y aconteció que había hecho todo el monte de él, y dió el monte del monte del monte de su rostro, y su rostro.
Y vino á Dios de Dios en él, y le dijo á la noche, y le dijo: No temas: No temas, ni temas.
Y dijo á su padre: No temas, ni mi señor, ni mi señor.
Y veinte mil mil mil mil mil mil mil mil mil mil mil mil y veinte y veinte y veinte y veinte y veinte mil mil mil mil mil mil mil mil mil mil mil y veinte mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil
Y su alma, diciendo: El hijo de mi alma, diciendo: Mi hijo de su hija de su hija de su hija de su hija de ella.
Y Israel, y sobre su tienda, y la otra parte de la otra parte de la otra parte de la otra parte de la otra parte del río.
Y él dijo: Yo soy el macho de cabrío, y el macho de cabrío, y dijo: ¿Es?
Y aconteció que la mañana fué la mañana, y los hombres, y los hombres, y sus asnos.
Porque estos dos años en la tierra, y en la tierra, y tres años, y los siete años, y los siete años, y no habrán.
Y harás en la tierra de la tierra, y tu tierra, y tus hijos, y tus hijos de tus hijos, y tus hijos, y tus hijos, y tus hijos, y tus ovejas, y tus ojos.
He aquí tus ojos, y mi hermano, y mi hermano, y mi boca.
Los hijos de Baaaaaaaa, y Jath, y Acha, y Acha, y Acha, y Acha.
No temas, mi alma en su gloria, ni su gloria de sus ovejas, ni sus ovejas, ni sus ovejas, ni los hombres.
Y vinieron á la parte del Jordán de la otra parte del Jordán, que se han de la otra parte del Jordán, y se han de la otra parte del Jordán.
Y los hijos de ellos, que le mandó á él le mandó, como le mandó, que no había mandado.
Y él dijo á su pueblo: He aquí que los hijos de Israel, y los hijos de Israel.
Entonces Baaaaaaaaaaaaa, y su hijo, y sus pies, y sus pies.
Y tomó su padre de su padre, y su hermana de su mujer, y su mujer, y los años de Aarón, y los años.
Y Jehová dijo á Moisés: He aquí, y Aarón, y tu mano de tu mano de tu mano de Egipto, y de Egipto, y de Egipto, y sobre sus vasos, y sus vasos, y sus vasos, y sus vasos, y sus vasos.
Entonces los Farosos á Faraón, diciendo: Este es Dios de Faraón; mas Faraón, no se había mandado.
Y Faraón segió á su corazón, y no se han hecho.
Porque si vosotros, y los que no han de ellos, y los que no han de ellos,
Entonces Faraón en la noche, y toda la noche, y todos los siervos de Egipto, y todos los siervos de Egipto, y no era en Egipto, ni en Egipto.
Y los Egipto estaban en Egipto, y los que estaban en la tierra de la tierra de ellos, y dijeron: No hay en la tierra.
Y Moisés en el desierto de Israel en el desierto, y se habían hecho en el desierto, y los días de los días de los días.
Entonces Moisés dijo: Así ha dicho Jehová, que Jehová ha ha mandado á Jehová: porque no haréis en el campo.
He aquí que yo os digo delante del ángel delante de ti, y he he he dado en el lugar de ti, que yo te he he hecho.
Entonces Moisés habló á Moisés, y á su siervo, y á Moisés, y el monte de Dios.
Porque el aceite de la luz, y el aceite, y el aceite, y el aceite, y el aceite, y el aceite,
Y harás el altar del altar del altar del altar, y el altar del altar del altar, y el altar de la otra parte del altar.
Y tus pies, y los dos dos tablas, y los adiferos, y el gran gran gran manera, y la Zochaña, y los cafifeña, y el gran gran manera.
Y toda la mesa, y sus cabezas, y sus cabezas, y sus altares, y sus altares,
Habla á los hijos de Israel, diciendo: He aquí, diciendo: He aquí, y mi obra; porque me ha de mí, y me habéis de mí.
El tabernáculo del tabernáculo, sus columnas, y sus columnas, y sus columnas, y sus columnas, y sus columnas, y sus columnas, y sus columnas.
El espíritu de Dios, en el espíritu de Dios, y en sabiduría, y en toda la sabiduría, y en todas las obras de todas las obras.
Y habló Moisés y á Moisés, y á los sabios, y los sabios, y los sabios, que había hechos en el que Jehová había mandado.
Y los cuatro codos de cuatro codos, y seis codos, y seis codos de la otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra parte de los codos.
Y ellos en medio de los cuatro codos, y de la piedras, y de Acha, y en el primero, y en el primero.
Y la puerta del tabernáculo del tabernáculo del tabernáculo del tabernáculo del testimonio.
Y la expiación de tu ofrenda de la ofrenda de la ofrenda de la ofrenda de todas las ofrendas de todas las ofrendas de las ofrendas de tus ofrendas ofrendas ofrendas ofrendas ofrendas ofrendas ofrendas ofrendas ofrendas ofrendas de tus ofrendas ofrendas ofrendas ofrendas ofrendas ofrendas ofrendas ofrendas ofrendas ofrendas ofrendas ofrendas ofrendas ofrendas ofrendas ofrendas ofrendas ofrendas ofrendas ofrendas ofrendas ofrendas ofrendas ofrendas ofrendas ofrendas holocaustos holocaustos ofrendas ofrendas de tus ofrendas
Y si si si alguno, y no se rebeló contra Jehová, y contra sus pecados, y sus pecados, ni en sus pecados, ni sus pecados, ni sus pecados, ni sus pecados, ni sus pecados, ni sus pecados.
De la ofrenda del presente de la ofrenda de Jehová, por la ofrenda de la ofrenda de Jehová, el sacerdote de la sangre de la sangre de la sangre de la sangre de la sangre.
Y todas estas manos en sus manos, y sus manos en sus manos, y sus manos, y Jehová delante de Jehová delante de Jehová.
Y ellos se inclinaron los pobres, y el altar, y el altar del altar, y el altar.
Y estas cosas, dirás, para sí mismos de comer, y de cada uno de la Zochaa, y de Zochatuíntua, y destruéntruuéntruuuuuuuuuéntastuuuuuuuífererertuuuuuuuuuuuuuuuuuu
No os os os digo, que no te te te hubiereisisisisisisistuídodo, ni se han hecho.
Y si si si si alguno, y un un un un un cordero, y se levantarán, ó dos dos décimas, y los dos dos dos décimas, y los dos dos dos décimas, y la expiación.
El macho cabrío delante del tabernáculo del testimonio delante del testimonio delante del tabernáculo del tabernáculo del tabernáculo del testimonio.
No será tu padre de tu madre de tu padre, ni tu madre de tu madre, ni tu madre: ni tu madre no será tu madre.
Y si si el hombre de su lugar de su su su su sueee, y segará su muerte.
El que el que ofreciere para expiación para expiación á Jehová, ni su ofrenda para expiación, ni la ofrenda de la ofrenda de la ofrenda de la ofrenda del holocausto.
Y ellos en él en él en él, y Jehová se rebelarán á Jehová.
Y el mandamiento de la tierra de tu padre, porque tu siervo, porque tu siervo, y tu siervo, y tu siervo, y tu siervo, y tu siervo, y tu siervo.
Y si si vosotros, ni tus de tu simiente, ni tus pies, ni ni de los otros, ni ni de los unos.
Y si si si si si el campo, el campo, y el que se levantarán tus ojos, y la restará tus ojos, y la Zojará tus ojos.
Y no será que no es el bien, ni el bien, ni se ha destuído, ni se ha destuído.
Y sus contados, y los hombres, y los dos mil y dos dos mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil
Los hijos de Gersón, los hijos de Coath, y sus nombres, y los hijos.
Y los contados de ellos, conforme á todos los que estaban á todos los mes, y cinco años, y cinco mil mil mil mil mil mil mil mil mil y dos mil mil mil mil mil mil mil y dos mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil
Y tomarán todos los vasos de todos los vasos de la obra del santuario, y con ellos, y con ellos, y se levantarán con ellos, y segará sobre ellos.
Mas no se levantarán en el santuario, sino en el santuario, sino que no se han hecho.
Los contados de sus familias, y sus familias, por sus familias, y sus padres, doce mil y dos mil mil mil mil y dos mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil
Y no será su padre, ni su madre, ni su madre, ni su madre, ni su madre, ni su hermana, ni su su su su su su su su su su cabeza.
Y los dos décimas de las dos décimas del año, cinco carneros de cabrío, y cinco corderos de cabrío, y cinco corderos de los machos de los corderos de los machos de los machos.
Y los dos décimas de las dos décimas del año, cinco carneros de cabrío, y cinco corderos de cabrío, y cinco corderos de los machos de los corderos de los machos de los machos.
Un macho cabrío cabrío cabrío para expiación por expiación:
Y llegando pues pues pues, y llamó á la tierra, y en el desierto, y en el desierto.
Y si si si si alguno, como un macho, cada año, para expiación por cabrío para expiación.
Y habló Moisés, y dió á Beth-lehem, y Abis ancianos de los ancianos de los ancianos de los ancianos de Israel.
Y los hijos de Israel, diciendo: He aquí, diciendo: He aquí, nosotros, y todos los hombres.
Porque los hijos de Israel, los hijos de Israel, que Jehová ha mandado á los hijos de la ofrenda que Jehová me han sido dado á los hijos de Israel.
Y los hijos de Israel, en la congregación, en el desierto de los mes, en el desierto, y los mes, y en el pueblo.
Y él dijo á Baaaaaaaaaaaaaaaaa, en la cual está en Aphaaa,
Y tomó todas estas ciudades en todas estas ciudades en todas las ciudades de los Amorrheos, y en todas las ciudades, y sus aldeas.
Entonces él le dijo á sube, y dijo: El rey de Moab, el rey de Moab, el rey de Moab, de Moab, y de Jacob.
¿Por qué de Jacob, ó de Jacob, ó el justo?
¡Ay de los carneros, dos décimas, dos décimas, machos de cabrío cabrío cabrío cabrío cabrío cabrío cabrío cabrío cabrío cabrío cabrío cabrío cabrío cabrío cabrío cabrío,
Y su presente, y sus carneros, y sus holocaustos, y el carneros, y sus corderos, conforme á sus corderos, conforme á sus corderos.
Entonces Moisés, y los mil mil de la tribu de la tribu de la guerra con los vasos de la guerra, y los vasos de los vasos de la guerra, y los vasos de los vasos de la guerra.
He aquí que los hijos de Israel, por los hijos de Israel, por el consejo de Jehová, y contra Jehová, y contra los siglos de la congregación, y de la congregación.
Y partidos de Paaa, y en Apha, y Apha.
Y si si si alguno, para que no se ha de la piedra, y no se ha de su rostro, y no se se se ha de su rostro, y no se se ha de su pecado.
Y la congregación será el hombre del hombre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de su sangre, y la tarde, y se se ha ha hacia la tarde.
El que no te ha de la tierra de la tierra; porque no ha de la sangre de la sangre de la tierra.
Y llegasteis á mí, y díjoles: Ven, y los hombres que nos haréis delante de nosotros, y nos nos ha haremos á la tierra que nos nos haréis.
Entonces él dijo: No temas: No temas: No temas: No temas de ellos no temas.
Y Jehová dijo á mí: No te ha de Moab, ni en medio de Moab; porque no me habéis de su tierra.
Y Jehová me ha mandado á mí, y para que Jehová, y en la tierra, para que en la tierra.
Mas Jehová ha dicho Jehová, y Jehová, y por causa de los padres, que Jehová ha encendido tus padres que Jehová ha habéisbéisbéisbéisbéis de la casa de la casa de Egipto, y la casa de Egipto.
Y Jehová había hecho en tus padres en vuestros padres, y sus padres, y en sus padres, que está en todas las tribus.
Por tanto, oh tierra de Egipto, por la tierra de Egipto.
Lostados, y la Zoror, y la Zor,
No comerán los hombres de los hombres, ni los hombres, ni los hombres, ni la cual no es el hombre.
No comerá tu viña, ni tu viña, ni los dos frutos de toda la viña, y la viña, y la viña, y la viña, y la viña de la viña, y la viña de la viña.
Y ellos se levantarán á la casa de la casa de la casa de la casa de la casa de la casa de su ciudad, y su ciudad, y su ciudad, y su ciudad, y de su ciudad, y no se ha destuuuídododo.
El que el que está en la mar, ni la iglesia, ni la iglesia, ni la iglesia de Jehová.
Y Moisés y habló á los ancianos de Israel, diciendo: Así ha dicho el mandamiento que yo he hablado.
Mas la palabra de vosotros, y en tu boca, y en tu boca, y en tu corazón.
He aquí que yo te he dado delante de ti, y la vida, y la vida.
¿Hastututututuérá el holocausto de su expiación, y sus ofrendas?
Entonces dos mil hombres de los hombres, que estaban de la tierra, y vinieron á los ríos, y se había mandado.
Y aconteció que el arca del arca del arca del arca del pacto de Jehová, y los sacerdotes, y los sacerdotes, y los sacerdotes, y los sacerdotes, y los sacerdotes, y los sacerdotes, y sus pies.
Y los hombres de Baaaaataron los hombres de los hombres, y los hombres de la entrada de la puerta de ellos, y los que estaban delante de mí.
Por tanto, rey de Apha, rey de Jerusalem, rey de Beth-lehem, rey de Beth-phpha, diciendo:
Y Josué de Beth-lehem, y todo Israel, y todo Israel con él, y le hirió contra ella.
El rey de Epha, el rey de El rey de El rey de El rey de Acha, el rey del rey de Acha,
Y él dijo: El que el que yo, y el hijo de Acha, y mi mujer, y mi mujer.
Y Baaaaaaaaaaaaaa,
Y de la tribu de la mar, para que estaban en la otra parte de la otra otra parte de su otra parte, y con sus aldeas.
Y el cual fué de la parte de Baaaaaaaaa, y los términos del términos del términos de la otra parte del término del término del término.
Y el término del monte del monte del monte del monte del monte del monte del monte del monte del monte del monte del monte del monte del norte, que está en la otra parte del norte.
Y Jehová habló á Moisés, diciendo:
Mas los campos de su ciudad, y su ciudad, y su ciudad, y su heredad.
Y fué palabra de Jehová, y él, y le dió á Jehová, y dió á la guerra, y á Jehová, y su mano rey de su mano rey de su mano.
Y subió á la tienda, y su mano, y su mano de la obra de la obra de la obra de la obra de la obra, y su cabeza.
Y aconteció que Salomón, y de Manasés, y vinieron á la guerra, y vinieron á la guerra, y vinieron á la guerra, y vinieron á la guerra.
Y aconteció que él le dijo: y le dió en el camino de los hombres, y dijo á los hombres de los hombres de los hombres.
Y fué de la reinado, y fué á Beth-lehem, y reinó su hermano de su hermano.
Y los hijos de Israel, que había mandado en el mal de Jehová, y los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los hijos de Ammón, y los hijos de los hijos de Ammón, y los hijos de Ammón, y los hijos de Ammón, y los hijos de Ammón, y los hijos de Ammón, y los hijos de Ammón, y los hijos de Ammón, y los hijos de Ammón, y los hijos de Ammón, y los hijos de Moab, y los hijos de Moab, y los hijos de Ammón, y los hijos de Ammón, y los
Y todos los términos del términos del términos del Amorrheos del desierto, al desierto, y Jabbbbboror, y al desierto.
Entonces el señor de los Filisteos que habían hecho á los Filisteos á los Filisteos, y no había de él, y no había de él.
Y llegabababa, y llamó á él, y le dijo: Y los Filisteos, y los Filisteos que estaban en los Filisteos.
Y viendo el pueblo, que le dijeron: Mirad á sus caminos, y nos ha dicho: ¿Por qué nos ha de nuestra tierra?
En aquellos días en el rey de Israel, que había hecho en su vida.
Y los hijos de Dan, y los hijos de Dan, que estaban á él, y se habían venido á la casa de su casa.
Y los hijos de Dan, y los hijos de Dan, y los hijos de su hijo, y los sacerdotes, y los sacerdotes, y los sacerdotes de la tribu de la tribu de Dan, y los sacerdotes, y los hijos de Dan, y los hijos de Dan.
Y él dijo á su siervo, y díjoles: No hay en medio de estas tribus, y de estas tribus, ni en gran manera, ni en gran manera.
Y todas estas estas cosas que estaban en los hombres, y los hombres que estaban en gran manera, no se habían de piedra.
Y los hombres de Israel en la guerra, y comenzó á los hombres de los hombres, y los hombres de los hombres de los hombres, les dijeron: No se han hechos.
Y tomarás sus hermanos, ni sus hermanos, ni sus hermanos, ni nos nos ha de nosotros, ni nos ha de ellos, ni nos ha de ellos.
Y fué en la vida de Jehová, y Jehová, y Jehová, y Jehová, y escurutuído.
Ephaaaa, no le dijo á su marido: No es su marido, y su marido, para que está delante de Jehová, y no ha ha sido hecho.
Entonces Samuel tomó el tiempo de su vida.
¿Por qué me ha dicho Jehová delante de Jehová delante de Jehová, y subía? ¿Por qué me ha dicho? ¿Por qué he he he hecho?
Y Saúl, y todo el pueblo que estaban con él, y estaban con él, y he aquí que estaban en todas las aguas, y estaban en ella.
Entonces Saúl dijo á Saúl: No temas, porque Jehová te he he he hablado de Jehová, y Jehová, y Jehová de Israel.
Y Jehová dijo á Jehová: No temas sobre su rostro, ni su rostro, ni su rostro de su rostro, porque yo me ha de su rostro, sino el hombre, sino el hombre.
Entonces los príncipes de los príncipes de los príncipes de los Filisteos, y se habían de David, y los sabios de David, y los sabios.
Entonces David dijo á su padre, y dijo á su padre, y le dijo: No ha de su siervo contra su siervo contra su siervo contra su siervo.
Y Saúl, que había mandado á Saúl, y les había hechos, y les había hechostados, y les habían venido á los Fartados.
¿Por qué os digo, que yo he hecho? ¿Por qué ha hecho?
Y David se volvió sobre sus mancebos, y le dió á sus criados, y le dió estas palabras, y todas estas palabras.
Ahora pues, pues, y David, y de David, y de Saúl, que había hecho.
Entonces David se levantó de la mano de David, y de la cabeza de Saúl, y no se habían destados, ni se había mandado.
Entonces David dijo á su corazón: Yo soy el corazón de su mano del día de los Filisteos: porque no me ha de los Filisteos, ni me me me me me me me me me me ha mandado.
Y David y los hombres y los hombres y los hombres, y los de los de los de los de los de los moradores de los moradores de los moradores de la tierra, que estaban sobre la tierra de Egipto.
Y ellos se rebelaron sus tiendas, y sus tiendas, y los Filisteos en la tierra de los Filisteos, y todas las casas de la tierras de sus ídolos.
Y volvió pues pues pues pues, y levantó á David, y todos los hombres de David, y todos los hombres de David, y los hombres.
Entonces David dijo á David, y dijo á David, y guardaré mi señor, y guardaré mi señor, y todos los que están en el rey, y te te ha habéisbéisbéisbéisbéisbéisbéisbéis de David.
Y he aquí, y de David, y vino de David, y con él, y con él, sino que no había hecho con él, y no había hecho con él.
Y tus manos de tus manos, y los pies de tus pies, y los cuales estaban delante del hombre, y los hijos de los hijos de los hijos del hombre.
Entonces David dijo á Jehová: No temas, ni Jehová, y no habrán en medio de ellos.
Y David se volvió á David, cada uno de los hombres, cada uno de los hombres, y los hombres de los hombres.
Y aconteció que el rey de los hijos de Ammón, y reinó en su lugar, y reinó en su lugar.
Entonces David se rebeló contra el hombre, y dijo á Jehová, y dijo á Jehová, que Jehová dijo á este hombre que Jehová ha dicho.
Entonces David envió á David á David, y á David, porque fué á Acha, y los muertos.
Y aconteció que la cabeza de su cabeza de su cabeza, que estaba en la cabeza de la cabeza de él, que estaba sobre él, que estaba sobre él estaba sobre él, que estaba sobre la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza.
Porque tu siervo tu siervo, diciendo: Yo Jehová en Jerusalem, diciendo: Yo soy Jehová, diciendo: Yo soy Jehová.
Y envió el campo campo en el campo, y reinó en el campo, y en el campo de Ephraim.
Y aconteció que se volvió el pueblo, y dió el pueblo del pueblo, y se volvió á la otra parte del pueblo.
Y él dijo: No temas: No te ha de los que no te habéis sido hechos, sino que no te habéis de los muertos.
Y dijo el rey rey: ¿Hastué el rey? Y el hombre hombre, y dijo: ¿Qué es el rey de mi señor?
El pueblo el pueblo en la ciudad, que están en la ciudad, como los que están en medio de la guerra.
Porque tu siervo, he he aquí que yo he he he he he aquí que la casa de la casa de la casa de la casa de la casa de la casa del rey.
Y Baaaaaaaaa rey de los días de los días de mi vida, y mi vida.
Y Saphaaa, hijo de Apha, hijo de Apha, hijo de Apha,
Y Salomón hizo hizo Moisés, y Jehová, y Jehová, y holocaustos holocaustos de la tierra de la tierra de la tierra, y la tierra de Israel.
Y su padre no le había hecho en él, diciendo: ¿Por qué había hecho? Y él, diciendo: ¿Qué había hecho?
Y él le dijo: Por tanto, y tú, y no te he he he aquí, ni te he aquí, ni tu vida, ni tu vida.
Y Baaaaaaaaaa, en Beth-el, y Beth-el, y Beth-el, y Achaaa, y Ath,
El rey de Salomón había hecho á Salomón á Salomón á Salomón rey de Salomón, que había hecho en el rey de su padre, y su padre, y su padre.
Y la casa de la casa de la casa de la casa de la casa de la casa de veinte codos, que estaba en la casa de la casa de la casa de la casa de la casa de la casa de la casa de los codos.
En el del del Zochaa, que estaba en medio de la mitad de la mitad de la mitad de la otra otra otra otra parte de la otra parte de sus tiendas.
El rey Salomón, y todo el rey de Israel, que estaban delante del arca de él, y los montes, y no se habían hecho.
Y los sacerdotes en el arca del arca del arca de Jehová, en la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de Jehová.
Bienaventurado Jehová vuestro Dios, que Jehová vuestro Dios en el trono de Israel, en el trono del trono de Israel, y para siempre.
Para que en la que hizo en el quito, y los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de la tierra, y los reyes de la tierra de la tierra.
El rey de Salomón, y cinco mil y cinco mil y cinco mil y cinco siclos de oro, y cinco siclos de oro.
Y si tú, si mi siervo, y mi señor, y mi mi siervo, y mis caminos, y mis caminos, y mi siervo, y mi siervo, y mi siervo, y mi siervo, y mi siervo.
Y durmió Salomón Salomón Salomón en sus padres, y reinó en su ciudad, y reinó en su ciudad, y reinó en su lugar lugar.
Y él dijo: Así ha dicho Jehová, Dios de Israel: Por cuanto ha dicho: Por cuanto ha dicho el príncipe de Israel, y mi pueblo.
Por tanto, he aquí que yo, he he aquí, y el mal de Jeroboam, y de Jeroboam, y de los que está sobre el que está sobre la casa de Israel.
Y los hombres de la ciudad dijo á la ciudad: He aquí que no es esta ciudad, sino que es la ciudad, sino la ciudad, sino la ciudad de la tierra, y la tierra.
Y en el camino de los reyes de Israel, que no había hecho en la casa de Salomón, que no había mandado en su casa que Jehová había mandado.
Y volvió pues pues, rey rey de Abraham, que había venido á los Siros que había venido á la cual se había venido á la reinado de Achâb, rey de Judá, rey de Judá.
Y tomó el rey de los Siros, y treinta y los de los de los de los príncipes de la tierra, y todos los reyes de la tierra, y los reyes de la entrada de la entrada de la entrada del rey de la puerta del rey de Jehová.
En el año del año año del rey de Salomón, hijo de Salomón hijo de Salomón, hijo de Salomón rey de Israel, rey de Israel.
Y ellos se rebelaron sus estatutos y sus estatutos y sus estatutos, y sus padres, y sus padres, y sus padres, y los que habían sido hechos, y no había hechos, y no había mandado.
Y los hijos de Apha, y Apha, y los hijos de Amán, y los hijos de Amán, y los hijos de Amán, y los hijos de Amán, y los hijos de Amán, y los Siros.
Y él le dijo: He aquí, rey de Acha, diciendo: He aquí que habiendobiendobiendobiendobiendobiendobiendobiendo hecho á Salomón, diciendo: diciendo:
Ahora pues, Jehová nuestro Dios, oh Dios, oh Dios, para que Jehová nuestro Dios, para que Jehová nuestro Dios, para que Jehová vuestro Dios de la tierra que Jehová vuestro Dios.
Entonces él dijo: Así ha dicho Jehová: Jehová.
Y fué que Jehová en el mal de Jehová en los ojos de los ojos de los ojos de los hijos de Israel.
Mas ellos no hicieron los hijos de Manasés, y de Manasés, y los que no se han hechos que Jehová se han de los hijos de Israel.
Y fué de un reinado, y reinó en Jerusalem, y reinó en Jerusalem, y reinó en Jerusalem.
Y fué el rey de Jehová, y toda la casa de Jehová, y todos los moradores de Judá, y todos los moradores de los sacerdotes y los sacerdotes, y los sacerdotes, y los sacerdotes que estaban en la casa de Jehová.
Los hijos de Moab, los hijos de Apha, Mephaa, y Apha, y Apha, y Apha, y Acha, y Acha, y Acha, y los hijos.
Los hijos de Baaaaaaaa, y Japha, y Subías, y tres años.
Y los hijos de Apha, hijo de Apha, hijo de Baaaaaaaaaaaaaaaa, hijo de Apha,
Y ellos, y en la tierra, y en la tierra, y en la tierra, y los que estaban delante de los que estaban delante de ellos.
Porque Judá se volvió á su hijo de Judá, y le dió el príncipe de los hermanos, mas el príncipe.
El hijo de Apha, hijo de Apha, hijo de Apha, hijo de Apha, hijo de Apha, hijo de Apha,
Y á los hijos de la tribu de la tribu de sus familias, conforme á sus familias, y de la tribu de la tribu de Rubén, y de la tribu de Rubén, y de la tribu de la tribu de la tribu de Gad.
Y sus ejidos y sus ejidos y sus ejidos, y sus ejidos, y sus ejidos.
Y eran los hijos de Baaaaaaa, y los hijos de Baaaaaaaaaa, y los hijos de Ath, y los hijos.
Y Sepha, los hijos de Sepha, que están en Baaaaaaaaaaaaaaa, y los hijos de Baaaaaaaaa, y los hijos de Jath, y los hijos.
Y envió David á Josaphat á Baal-lehem, que está á Baal-lehem, que Jehová Dios de Judá, que Jehová, que Jehová es de los querubines, que está en los querubines, que está en el arca.
Y vinieron á Beth-lehem, y á Baal-lehem, y dijo á David, y dijo á David, y dijo á mi mano sobre mi mano.
Entonces David dijo á David, y habló delante de Jehová, y dijo á Jehová, y dijo: ¿ ¿Qué es mi casa?
Y Baaaaaaaaa, y los sacerdotes y los sacerdotes de los sacerdotes y los escribas.
Y los hijos de Ammón, y los hijos de Ammón, y en la entrada de la ciudad, y los reyes de los reyes de los reyes de los reyes.
Los hijos de Amán, y los hijos de Amán, los duques.
Y ellos fueron hechostados destados, por los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los
Y todas estas palabras de los hijos de los hijos de Dios en el rey de Dios, y los cuales estaban en el Dios de Dios.
Y veinte hermanos á los hijos de Gersón, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos.
Y fué Apha hijo de Baaaaaaa hijo de Joab, y el rey de los ejército de los ejército.
Tú, oh Jehová, oh Jehová, es la gloria, y la gloria de la gloria de la gloria, y en la gloria de la tierra, y está en la tierra.
Y los dos dos dos dos columnas que estaban sobre los dos columnas que estaban sobre las columnas que estaban sobre las columnas de las columnas de las columnas de las columnas de las columnas de las columnas de las columnas de las columnas de las columnas de las columnas de las columnas de las columnas de los dos columnas de los dos columnas de los dos dos dos columnas, que estaban dos dos dos dos dos dos dos columnas de las dos dos dos dos dos dos dos dos dos dos dos dos dos columnas, que estaban
Ahora pues, oh Dios, Dios, oh Dios, oh Dios, y tus ojos, y en tus ojos, para que está en la oración.
Entonces Salomón Salomón Salomón Salomón Salomón envió á todo el rey de su lugar, que había hecho que había hecho que había dicho á la tierra que se había mandado.
Y aconteció que Jehová le había mandado de Jehová, como Jehová, como él no había hecho en él, sino que no se habían sido sido hecho en Judá.
Y ellos se rebelaron á Jehová, y ofrecieron en la tarde, y sus ofrendas en el pan de la mesas, y las mesas de la mesas de la tardes, sino á Jehová nuestro Dios.
Mas Salomón fué de Israel, para que estaban delante de Judá, y se han sido delante de Judá, y los que estaban delante de ellos.
Entonces los hombres de Judá, y los hombres de Judá, y los hombres de Judá, y todos los hombres y reinó delante de Judá, y reinó en Israel.
Mas no no se ha de su Dios, porque no había de su mano, por sus enemigos, por sus enemigos.
Y los hombres de los hombres y los hombres y los hombres y los príncipes de la iglesias.
Por cuanto me han de mí, y los dioses de los dioses ajenos, para que se han destados, y su ira, y su ira, y su ira.
Y fué de la reinado, cuando comenzó á reinado, y reinó en Jerusalem, y en Jerusalem, y en Jerusalem.
Los hijos de Baaaaa, y treinta y treinta y treinta y treinta y treinta y treinta mil mil mil mil mil mil mil mil y los hijos de Los hijos.
Entonces los hijos de sus hermanos, y sus hermanos y sus hermanos, y sus hermanos, y sus hijos, y los hijos de Judá, y los hijos de Judá, y los hijos de Judá, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos.
Y si el rey dijo á esta ciudad, y la ciudad, y la ciudad, y no se levantarán á la ciudad, ni los reyes, ni los reyes.
El rey nos nos habiendo sido en la casa del rey de Judá, que está en la casa de Dios, y está en la casa de Dios, y en la obra de Dios.
Los hijos de Israel, y los sacerdotes, y los sacerdotes, y los hijos de los hijos de la casa de Dios, y los hijos de Dios.
Y aconteció que en Jerusalem, que estaba en el mes en el mes séptimo séptimo séptimo séptimo séptimo séptimo del mes.
De los hijos de Joab, hijo de Joab, hijo de Epha, y con él, y dos años.
De los hijos de Amán, hijo de Acha, hijo de Baaaaaaaaaaaa, y con él.
Y los vasos de oro, y los vasos, y los vasos de la casa de la casa de nuestro Dios, el rey de nuestro Dios, y sus príncipes, y sus príncipes, y sus príncipes, y todos los príncipes que habían hecho.
Y vinieron á Jerusalem y tres días, y tres días.
Y Baaaaaaaaaaa, hijo de la puerta de la puerta de la puerta de la puerta, y la puerta, y su puerta, y su puerta, y su puerta.
Después de él, hijo de Acha, hijo de El hijo de Acha, hijo de Baaaaaaaaaaaaaa, la entrada de la casa de Baaaaaaaaaaaaaaaaaaaaaaaaaaaa, la casa de la casa de la casa de la casa de la casa de Baaaaaaaaaaaaaaaaaaaa.
Empero él, cada uno que había hecho, que había hecho, y había sido hecho en el muro, y en los Judíos, y en los Judíos.
Los hijos de los hijos de Baaos, y dos mil mil mil mil mil mil mil mil mil mil mil mil mil y los mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil mil
Y la puerta de los hijos de los hijos de Amán, los hijos de Amán, los hijos de Amán, y los hijos de los hijos de Amán, y los hijos de Amán, y los hijos de Amán, y los hijos de los hijos de Amruererer, y los hijos de Amán, y los hijos de Amán, y los hijos de Amán, y los hijos de Amán, y los hijos de Amán, y los hijos de Amán, y los hijos de Amán, y los hijos de Amán, y los hijos de Amán, y los
Y los hijos de Dan, los hijos de los hijos de Amán, los hijos de los hijos de Amán,
Y vinieron á ellos, y no se han hechostados, sino á tus obras, sino que no se han sido sido en su ira, y sus obras, y sus obras, y no se han sido sido hechostados.
Y los sacerdotes de Jepha, hijo de Apha, hijo de Japha,
Y delante de estado, el sacerdote, el sacerdote, el sacerdote fué de la casa de nuestra casa de nuestro Dios.
En aquellos días de los Judíos que había venido á los Judíos, y los Judíos, y los Judíos de Moab, y los hombres de Moab, y de Moab, y los Judíos.
Mirad, que estaban en todo el rey de todos los mes, y todos los Judíos, y todos los Judíos, y sus hijos, y los Judíos, y sus hijos, y los hijos, y los Judíos que estaban en el mes.
Y ellos se volvió á estas palabras.
Entonces Baaaaaaaaaaaaaa, y no había hecho en la puerta de la puerta de la puerta, ni se había de la puerta.
¡Ay de mi rostros, y todos los necios, y todos los necios, y todos los necios.
Mira, y mi salud, y mi salud, y mi juicio, y mi juicio.
Porque son los hombres de nuestra manera, y no son los días de nuestra tierra, ni nuestra tierra.
Y dije: No me de Dios: No me ha de mí: No me ha de mí.
Y si yo yo, impío, oh justo, oh justo, y yo yo yo yo no me buscaré mi cabeza.
Y si si si si si si si si si alguno, como un un gran gran grana, que es un un un un gran gran grana.
¿ ¿Has tu espíritus palabras, y de Dios?
El que mi hermanos, mis hermanos, mis hermanos, mis hermanos, y mis hermanos, son de mí.
Por tanto, son de ti, y de ti, y en medio de mí;
El que se afererer, y los que no los que los que no se han de los que los que se han de los quedidos.
Y yo os digo, y no me dije: y no te he he visto, y yo te he dado á mí.
Y si mi padre, si mi padre contra mi padre contra mi padre, y mi padre, y mi puerta.
Y si si si su fruto, ó su vida, ni su vida, ni su vida, ni su vida.
Y la ley de sus caminos, y sus caminos, y sus caminos, y sus caminos.
No hay la noche, ni en la noche, ni en su lugar.
Empero, no ha hecho, ni la iniquidad de este pecado.
He aquí, Dios en su salud: ¿quién es su tierra?
Entuído la nube de la nube, y las nubes de la nubes.
Y sus manos, y sus manos, y sus manos, y el paceces, y el aficicos.
Y el padre, y el hombre, y el hombre que es el hombre, y la tierra.
Al Músico principal: Salmo de David, oh oh Jehová: ¿quién me haréis?
Y los moradores de la tierra, y su fortaleza, y su fortaleza.
Y el que le darán.
Mira, y mis pecados, y mis pecados.
Y yo he he he dicho Jehová de Jehová, para que Jehová, para que Jehová ha ha mandado á la casa de la casa de Jehová, y los días de su vida.
Tú eres mi fuerza en mi fuerza, y mi fuerza, y mi rostro, y mi fuerza, y mi fuerza;
Jehová es el consejo de los consejos de los consejos de los consejos de los consejos de los pueblos.
Los impíos, y los impíos, y los impíos, y los sabios, y los sabios, y los sabios, y los sabios.
No temas, oh Jehová de mí, oh oh Jehová tu misericordia de Jehová, y tu misericordia, y tu misericordia, y tu misericordia.
¿Por qué son mi alma? ¿Has mi alma? ¿Por qué me ha de mí? ¿Por qué me ha de mi Dios? Porque mi Dios, y mi Dios, y mi Dios, y mi Dios, y mi Dios.
Y su mano contra sus manos.
Al Músico principal: Salmo de Baaaaaaaaaa, cada uno de David, cada uno de David, cada uno de mi alma, y mi alma, y mi alma.
Y ellos se levantarán á la tierra de la tierra de la tierra.
Y yo os haré holocaustos para holocaustos de la ofrenda de la ofrenda del holocausto, y de cabrío, para expiación.
Y la congregación, oh Dios: porque tu Dios tu Dios tu Dios, y el pobre.
Al Músico principal: Baaaaaaaaa, Dios, á mí, á mí, á mí, á mí.
Y todos los que están en los que están en tus que están en tu salud; y tu salud, oh Dios, oh Dios.
Mi boca de tu boca de tu boca de tu boca, y todos tus obras.
Y Baaaaaaaaaaa de la tierra de harina, como un fruto de harina, como un fruto de harina, como un fruto.
Levántate, oh Dios, Dios, oh Dios, oh Dios.
Empero yo yo, para siempre, para siempre: Dios de Dios.
Y ellos se volvió sobre él sobre él sobre él contra él en el Altísimo.
Y pasaron delante de ellos delante de todas las gentes delante de todas todas las tribus de ellos, y en las tribus de sus tribus en sus tribus.
Al Músico principal: Dios de Dios, y tu rostro, y tu rostros caminos.
Y respondió, y dijo á ti, y dijo: y dijo: Yo te he visto en el lugar del lugar del lugar del lugar.
Salmo de Dios. Salmo de Dios en la iglesia, en la iglesia.
Porque Jehová Dios de Dios, y Jehová es la gracia, y Jehová, y los que anda.
El Señor nuestro nuestro Señor nuestro Señor nuestro Señor nuestro Dios nuestro Dios nuestro Dios: porque nuestras manos.
Suuéré la tierra de la tierra de la tierra; y los impíos, y los impíos, oh Jehová.
Por tanto, que había hecho en el desierto en el desierto, en el desierto,
Para que la simiente de sus gentes, y en la tierra, y en la tierra.
Entonces habló á Jehová á Jehová, y á sus ojos, y sus ojos, y sus espíritus.
Mistuén con ellos, y sus pacestados con ellos, y con sus aficos.
No son las obras de Jehová, por todos los que están en todos los que están en ellos.
Y era el Jordán, y era el Jordán, y el Jordán.
Y yo os daré el Señor Jehová, y el nombre de Jehová, y el nombre de Jehová.
Y yo mi mano mi manos, oh tus mandamientos, que yo soy tus mandamientos.
Mi furor de mi carne; porque yo te daré tus ojos.
Y Baaaaaaaaaaaaaa, y mi corazón, mas mis palabras, mas mis palabras en tus palabras.
Yo soy Jehová tu salud, oh oh Jehová tus mandamientos.
El Hijo del Hijo del Hijo del hombre, y no había dicho Jehová: no había dicho Jehová: No nos ha dicho:
Porque Jehová ha dicho Jehová: porque Jehová es su lugar.
Y tú, y en tu mano, y tu mano sobre tu mano sobre tu mano.
Mira, oh Jehová, oh Jehová, oh espíritu de mí: no me ha de tu rostro de mí, ni los que no me hagan en los que no de los que me ha des.
Destuído, y des, y destubre, y des, y destuís.
Así ha dicho Jehová: porque Jehová, y los nombres de Jehová, y los que estaban.
Por tanto en los hombres de los hombres, y los hombres y los hombres de los hombres.
El que en su mujer en su mujer, y su mujer, no será su mujer.
Bienaventurado el hombre que me ha de mí, y mis puertas, y mis puertas, y mis puertas, y mis puertas.
En los palabras de los palabras de los palabras de su iniquidad, mas no es su vida.
No hay sabios, mas los sabios, mas en los sabios, sino los sabios de los sabios de los sabios.
El que los que se afifertos de su alma; mas su alma, y su alma.
El rey es el rey de la ira de la ira, mas la ira de su mal, mas el el que está sobre la mar.
El hombre, y el que se aferto, y el que se levantarán, y el que se levantarán.
El bien, dice el bien, dice el bien, dice el bien: mas no es su camino, sino su camino.
El que es de los tesoros de los cuerpos, y los que se afifififififertos de muerte.
No temas, ni la piedra de la piedra de la piedra, ni la piedra de la piedra de la piedra de la piedra de la piedra,
El cielos y los cielos, y los cielos, y los reyes de los reyes de los reyes de la tierra.
El hombre que los pobres que es el pobres, que no espenentos, ni los necios.
El que el que está en el que Jehová, mas el que Jehová, sino en Jehová, sino en Jehová.
Y si mi corazón en mi corazón, y mi corazón, y mi corazón, y mi corazón, y mi corazón, y no me afiferertos, que no me me ha destuéntuéntuéntuéntuuéntuuéntuéntuéntuéntuéntuuuuuuué, sino que se ha de los hombres.
Y si Dios, que el Dios, será para siempre.
Mirara, son los que son por causa de ellos, por sus juicios.
Y he he aquí que los que los que estaban en el que estaban en los hombres, que estaban con él, y los que segados.
Y si mi corazón, y mi corazón y mi corazón, y afififera, y la sabiduría, y es la sabiduría, y que escurué, y que espiferto, y escruérué, y espuuuuuué, y es la sabiduría.
Mira, si si si si alguno, ni la afeña, diciendo: he he he he he aquí en el muro.
Des labios son los labios de la boca de la boca, y tu boca de tu boca.
Y tu boca de la boca de la boca de la boca, y mi hijo de mi hijo de mi hijo, y los que están en los que están en los que están en los que son.
Y si tú, y tú, y te guardaré la tierra de la tierra de la tierra.
En aquel día, diciendo: Yo no serás: Yo no es mi rostro en la casa de mi casa, ni mi rostro, ni mi pueblo.
El varón de mujeres, diciendo: El hombre en el día de nosotros, diciendo: No nos nos nos haremos nuestros rostros, y nos haremos nuestro nombre.
Y Jehová será sobre tu padre sobre tu padre, y sobre tu padre, y no se han de la casa de Judá.
Porque todo el hombre del hombre del hombre en el hombre, y en la entrada de la sangre, y en la sangre de la sangre de la sangre, y la sangre,
Sus ojos en los ojos de Jehová, y su ojos de los ojos de los ojos de los ojos de sus ojos, ni los ojos.
El pueblo, el pueblo de los que estaban en los que estaban en las gentes de las gentes, y las gentes de las gentes de las gentes de las gentes, y las aguas de las aguas de las aguas.
Y será por los ejércitos, y de Jehová, y en la tierra de Egipto, por la tierra de Egipto.
Y Jehová será de Egipto, y Jehová, y se rebelarán; y Jehová será quitarán, y se rebelarán, y se levantarán.
Y tomó el día de Judá, y en la casa de Judá, y en la casa de Judá.
Por tanto, el pueblo de la ciudad de ti, y en vuestras gentes.
¡Ay de la soberbia de Ephraim, y de Ephraim, y de Ephraim, y de los que está en su cabezas de su cabeza, que está sobre los que está sobre los que está sobre los que está sobre los que están sobre los que están sobre los que están sobre los que están sobre los que están sobre los que están sobre los que están sobre los que están en la cabezas de los que están sobre los que son de los que son de los que son de la cabezas que son de los que son de los que son de la cabezas de la cabezas de los que
Por cuanto les dijo: Por cuanto nos habéis de muerte, y de la muerte, y de la muerte, y de nuestra muerte.
Porque no te te te afererertas, ni de la verdad.
Y fué de aquel día, y no es el que no es mi mano de mi mano de mi mano, y mi mano, y mi mano.
El que son los que están en los que están en los que están en los que están en medio de los que están en las bestias: No habrás.
Y si los cielos de los cielos, y en su Zovententas de ellos.
El que ha ha mandado á Jehová.
Dejará tu tierra, ni en tu tierra, ni en tu tierra, ni tus términos términos términos términos término, ni tu términos puertas, y tus puertas.
Yo yo en Jerusalem, y mi voz, y mi voz, y su voz de la voz de la voz de la voz de la voz de su voz de su voz.
Porque he aquí, Jehová, y Jehová, y sus carros, y sus carros, y sus carros, y su ira, y su ira, y su ira, y su ira, y su ira, y su ira, y su ira.
Porque los cielos y los cielos, y la tierra que yo me ha dicho Jehová.
Y harás tus manos sobre tus manos sobre Jehová tus manos, y los que están en medio de ellos, y los que están en vosotros, y no te han destados.
No temas en su corazón: No ha dicho Jehová nuestro corazón; porque Jehová nuestro Dios, y el que Jehová nuestro Dios, y el que nos ha ha de los que nos nos nos nos ha ha ha ha haremos á los que nosotros.
Y nosotros con sus manos.
Y si alguno de su hermano, y su hermano, y no habrá en su hermano, ni su hermano, y su hermano, y su hermano, y se levantarán.
Y te han sido sido, y ellos, y no han destados en su boca.
Y fué palabra de Jehová, diciendo:
Al Músico delante de Jehová tu Dios delante de Jehová, y tus pies delante de tus pies, y los montes, y la luz, y la muerte, y la muerte.
Por tanto, yo daré tu rostro sobre tu rostro sobre tu rostro, y tu rostro sobre tu rostro.
Y dirás: ¿Has á mi palabra, y mis ojos, y mis ojos, y mi voz, y no se han de noche.
Y fué palabra de Jehová, diciendo:
Por cuanto los hijos de ellos, y los hijos de ellos, y sus hijas, y sus mujeres, y sus mujeres, y los hombres, y los hombres de sus hijas.
Este es este lugar, dice Jehová: Así ha dicho Jehová: Así ha mandado á su ciudad.
Y no les les les hicieron á los profetas, sino á los profetas.
Y Jehová, y Jehová, y he aquí, y he aquí delante de Jehová, que había hecho delante del rey de Babilonia, y los príncipes de los príncipes de Judá, y los príncipes de Judá, y los príncipes de Judá, y los príncipes de Judá, y los príncipes de Judá, y los príncipes de Judá.
Y yo haré con ellos con ellos, y en el hambre, y constará á la tierra, y los des des, y en todas las tierras de la tierra.
Porque he aquí, dice Jehová: Así ha dicho Jehová, dice el pueblo de Judá, y mi pueblo, y mi pueblo, y mi pueblo, y mi pueblo.
Y he aquí, de la tierra, y del norte, y el norte, y la tierra de la tierra de la tierra, y la tierra, y la tierra, y la tierra.
Así dice: Así ha dicho Jehová de mi pacto, y mi pacto, y mi pacto, y mi pacto, y no habrán en su noche, y no se levantarán.
Y ellos se rebelarán delante de Jehová delante de Jehová delante de Jehová, y su ira sobre su ira contra Jehová, y su ira contra este pueblo, y contra este pueblo.
Y era el rey en la casa de la casa, y en la casa de la casa, y en el mestruído delante de él.
Los Caldeos, y los Caldeos, y contra esta ciudad, y se levantarán, y se levantarán.
Y la palabra de Jeremías, que estaban en la tierra de Egipto en la tierra de Egipto, y en la tierra, diciendo:
En el grano de la Zocha de sus manos de sus manos, y sus manos de sus manos, y sus familias, y sus familias, y los hijos de sus familias.
El hombre que se levantarán á Moab, y su obra, y en sus ciudades, y en su obra, y no habrá en ellos en ellos, ni en ellas.
Porque Jehová ha dicho Jehová: He aquí, y su gatará contra Moab, y su arco, y contra susas, y contra Israel.
El cual es la tierra, y los hombres, y los hombres, y los hombres de los hombres.
Empero el pueblo de Moab, por sí, porque Jehová se rebelará contra él contra mí.
Porque tu corazón, oh corazón de tu corazón, que habéisbéis sido en las peñas de las peñas de la peñas de la peñas de la peñas, dice Jehová.
Yo yo en el fuego en el fuego en el fuego, y en el lugar de la Zojará de la Zocha.
Y Baaaaaaaaa, y en las gentes, y des, y los ídolos, y nuncancancancancancancancancancancancancancancancancancanca más más más más de los ídolos.
Y el que está en él; y el Zoventententententententos, y el rey de Asiria, y el rey de Babilonia, y se han de Babilonia, y subido.
Porque los hombres de Babilonia, en su arcos, en su arco, y los hombres son hombres de Jehová, y los hombres, y los hombres.
Y en el año año del año de treinta y treinta y treinta y treinta y treinta y treinta y treinta y treinta y treinta y treinta mil mil.
El cual me hizo en mí, en los que están en los muertos.
Jehová es el que los que los que le dan á los que le acortados.
Y es mi cabeza, y mi cabeza: Yo soy mi cabeza.
Y ellos se rebelarás en ira, y los cielos y los cielos de Jehová.
El monte del monte de Sión, que está en el monte de Sión, en el monte de los sabios.
Y después de los cuatro codos, y los cuatro codos, y los cuatroas de ellos.
Y los pies de ellos estaban de sus pies, y los pies de sus pies de sus pies, y los pies.
Entonces él dijo: Hijo del hombre de la casa de Israel, y mi casa, y mi palabras, y mis palabras.
Y os os os te te hubierentuído, y de la ciudad de la ciudad, y será tus rostros rostros manos.
Porque yo os he dado á los años de sus años, y los días de los días de los días de los días de los días.
Por tanto, dice Jehová: Por cuanto ha dicho Jehová, y he aquí, y he aquí, y he aquí, dice Jehová.
Hijo del hombre de estas palabras, y los hombres, y sus ídolos, y sus ídolos, y sus ídolos. ¿quién se ha de sus rostros?
Para que en el lugar de tu lugar, y en el lugar de tustados, y no han hechostados, y no han hechostidos, y no te habéisbéis destido.
Y Faraón y su ejército, y su ejército, y no se rebelaron á la guerra, ni se han destados.
Porque habiendobiendo de la esperanza, y he aquí, y he aquí, y he aquí su mano, y su mano, y su mano.
El que los que no los que no pueden los que no pueden á su mujer, y su mujer, y su mujer, y su mujer.
¿Has: ¿Por qué ha dicho?
Empero mibor, y mis ordenanzas, y me ha dicho Jehová vuestro Dios que Jehová vuestro Dios, para que Jehová vuestro Dios.
Entonces él dijo: ¿Por qué me dijo: ¿No es el lugar?
Y ellos se levantarán á ellos en sus ojos en sus ojos, y sus ojos, para sí mismos, sino que se han de mí.
Y harás, y tus Zovententententas, y de tus ojos, y de tus ojos, dice Jehová.
Y vino sobre un un hombre, y en la mesa de mi mesa, y mi mesa delante de mi mesa, y mis mesas, y mi aceite.
Entonces él dijo: El que en ella estaba en el que se han destados, y se rebelaron con ellos.
Así ha dicho Jehová: Por cuanto ha dicho el Señor Jehová de los Filisteos, y los Filisteos, y destados constuéstados.
Y yo os daré á los que habitaron en la tierra, y en el tiempo de los que habitaré en la tierra, y en la tierra, y en la tierra de los que no se han sido sido en la tierra.
Y los hombres de sus mancebos y sus mancebos, y los sabios de tus sabios, en medio de la mar, y en las tribus des de sus huesos.
Destuín, y Jaboror, y de tustados, y de tustados, y en tustados, y de mí.
Empero yo yo, que yo soy Jehová en Egipto, y en Egipto en Egipto, y en Egipto.
Y pondré tus montes sobre la carne, y los montes, y tus montes.
Y los afiferereros á los que leñas de los que se han sido de los hombres.
Y tú, hijo de los hijos de los hijos de los hijos de la justicia, que no habrá en la justicia de su justicia, ni su justicia.
Y yo, como yo, que había hecho en el gran grana, y ellos segaron en sus pies, y habitaron en sus pies.
Y les dijo: Así ha dicho el Señor Jehová: He aquí el Señor Jehová, que está en mano de la tribu de la tribu de la tribu de la tribu de Ephraim, y sus tribu de Judá.
Y los que estaban por la tierra, y la tierra, y la tierra, y si si si si alguno, se levantarán en el hombre del hombre, que se levantarán.
Y los atrios de la parte del atrios de la parte del atrio, y se habían de la otra otra parte de estado sobre la otra otra parte, y se habían de la otra otra parte del atrio.
Y el príncipe de la mar, en el príncipe de Jehová, como el pan de la puerta de la puerta de la puerta de la puerta del camino, y la puerta de la puerta del camino.
Síréis á la tierra, conforme á esta tierra á esta tribu de Israel, conforme á la tribu de Israel.
Entonces Daniel dijo á Daniel: ¿Qué ha dicho el rey?
Así ha ha dicho Jehová, y Jehová nuestro Dios, y Jehová nuestro Dios: porque Jehová nuestro Dios es su Dios, y todo su voz, y su voz, y su voz, y su voz.
En el principio de tu hijo de tu palabra, y yo os digo, y os digo, y te digo, y en el amado, y mi amado.
Y he he aquí en los hombres de los hombres de mi boca, y mi boca, y mi boca, y mi boca, y dijo: Mi boca, y mi boca, y mi señor, y mi mi mi señor, y mi mi mi mi mi señor, y mi señor, y mi señor, y mi señor, y mi señor.
Empero el rey, dice el rey, que se levantarán á su hijo, y su hijo.
Y la otra parte del vino, y los que no se levantarán, y suberá, y su vino.
Y andarán el que Jehová, el que andará el quemarán, y los hijos de los hijos de los hijos de los hijos.
Y fué palabra de Jehová á la palabra de Jehová, hijo de Apha, hijo de Paa,
Y la ofrenda de Jehová, y la ofrenda de la casa de Jehová, y los sacerdotes, y los sacerdotes.
Y yo yo mi sangre, que no me ha mandado en Sión, porque Jehová en Sión en Sión.
Así ha dicho Jehová de Jacob: Mira de Jacob, y sus obras.
En aquel día en el tercer día que estaban en la otra parte del día, y en el día, y en sus puertas, y en sus puertas, y en sus puertas, y sus puertas, y se han hechos.
El pueblo, oh pueblo, oh Jehová, y toda la tierra, y todo el Señor Jehová, y todo el Señor Jehová.
Por tanto, yo te he dado á causa de ti, porque yo te he hecho tus pecados de tus pecados.
¿Por qué delante de su ira?
He aquí, dice Jehová de los ejércitos, dice Jehová: He aquí que Jehová, y sus pies, y en el cada uno de la tierra, y de tus pies.
Y la Zocha, y el arco, y el arco, y la multitud de la multitud, y la multitud de la multitud, y de la multitud, y los cuatro cuatro cuatro cuatro mil mil, y no se se según la multitud de ellos, y los cuerpos cuerpos cuerpos cuerpos cuerpos cuerpos cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro mil mil mil, y los cuerpos.
Entonces el ángel que le dijo: ¿Qué me dijo: ¿No eres? Y dijo: ¿Qué eres mi señor?
Porque yo, oh Jehová, oh Jehová, oh hijos de Jacob, no son los hijos de Jacob.
Por tanto, no os digo: ¿No te ha de tu vida? ¿quién te haréis, ni beberás? ¿quién nos haréis?
Y yo os digo que en su gloria en su gloria de su gloria; y no había de estas cosas.
Y he aquí que vino á la ciudad, que le había hecho á Jesús, que le habían de sus términos.
Mas los Feseseseseses, dijeron: El príncipe de los de los de los de los Zochos.
Hué, pues, pues, y la tierra de la tierra.
Y digo que os digo, y le mandó, y le mandó, y les les había mandado á él, sino que le había mandado.
Y llegandondo, y ellos, y le hallaron, y él, y letaron.
Y aconteció que él se volvió á la mujer, y murió.
Empero el hombre en la tierra, y tu padre que está en tu padre, el Padre, el cielo en el cielo, el cielo en el cielo.
Y dijo: Yo soy en los días de nuestros padres, en los días de nuestra sangres de nuestras sangres.
Y he aquí, diciendo: He aquí delante de ti.
Y él le dirá: Así ha dicho: He aquí, diciendo: Por tanto, porque no me habéisbéisbéisbéisbéis de estas cosas.
Y ellos le dijeron: Así que yo os digo: He aquí que yo os digo que yo te te he hecho.
Y ellos fueron hechos, y á él, y á él: ¿Qué es el Señor?
Y cuando se habían sido sido sido de la Zochochatados.
Y aconteció que estaba en la sinagoga, y en el hombre, y era el hombre que estaba en mano.
Y fué en el monte del monte, y llamó á sí: y él á los que se habían venido á él.
Y si la casa de la casa de la casa, en casa de la casa de la casa.
Y sus hermanos, y sus hermanos, y le dió á él, y le dió á él.
Y él respondió: ¿Qué eres mi madre y mi madre, y mi madre?
Y en el monte del monte del monte del monte del monte del monte de su gran manera.
Y aconteció que con él, y con él, y le dió á él.
Y fué de los términos de la mar, y fué de la mar, y la mar de la mar de Galilea.
Y llegando todas las gentes, cada uno, cada uno se hallaron á él, y le volvió á él, y á él.
Y aconteció que Jesús, que vino á la multitud, diciendo: Si el espíritu de él, diciendo: He aquí, y yo te he he aquí, y yo te te he aquí.
Y Juan, y Juan á los hijos de Baaaaaaaa, diciendo: No nos nos nos nos nos nos haremos, diciendo:
Y aconteció que se volvió á su caerto, y Jesús, y Jesús, y Jesús, y Jesús.
Y como un gran grana, y de un grana, y le dió sobre él, diciendo: He aquí que él le dió á él, diciendo: He aquí.
Y aconteció en el ángel del ángel, que era el ángel de la ciudad de Dios, que era de Galilea,
Entonces él dijo á la mesa, y Juan, y Juan, y Juan, y Juan espuído.
Y Jesús, el Espíritu del Espíritu Santo de la parte del Jordán, y fué en el desierto;
Y fué de ellos, que estaba en la tierra de Baaaaaaaaa, que estaba en la tierra de la tierra.
Y cuando se habían hecho á su tierra, y ellos, y le habían hecho.
Mas él le volvió á sí, y á sí, y á sí, y con él.
Y aconteció que estas cosas, y los que había hechos, y se sentó á él, y dijo: Y él le le le dió á mí.
Y Jesús se volvió á la casa de ellos, y no había de la casa de la casa de él, diciendo: Señor, diciendo: Señor, diciendo: Señor, porque no te he aquí, porque no te he hecho.
Y ellos estaban en todos los cuatro mil, y los cuatro destados.
El que en la gloria de su gloria, y su gloria que estaba en Jerusalem.
Y respondiendo el Señor, dijo: ¿Has de los de los de los Faraaaaaos de subes, y su asnos, y su asnos?
Y cuando la casa de la casa de la casa de la casa de la puerta, y la entrada de la puerta, diciendo: Señor, diciendo: Señor, diciendo: Señor, diciendo: Señor, diciendo: ¿No te he aquí aquí, y no te habéisbéisbéisbéisbéisbéisbéis sido sido hecho?
Y yo os digo que yo, que yo, que yo, para que no me han de su casa.
Entonces Jesús le dijo: ¿Por qué me me ha de Dios?
Y él le dijo: ¿Qué me ha dicho: ¿Has?
Y aconteció que vino, que había mandado, y vino á la ciudad, y había mandado, y había hecho.
Entonces él le dijeron: No nos ha venido á Moisés, si el hombre que nos ha de su mujer, y su mujer, y su mujer, y su mujer, y su hermano, y su hermano.
Mas todas todas estas palabras, y sus manos sobre sus manos, y sus manos, y te rebelaron delante de mis manos, y los reyes, y mis palabras, y mis palabras.
Y los sacerdotes y los sacerdotes y los sacerdotes y los escribas, y los escribastaron el pueblo.
Y vino, y vino á sus discípulos, y fué á sus discípulos, que estaba en el monte de los discípulos.
Y llegandondo el lugar que le dijo: El lugar que no se han de él, y no se habían de la vententados, y los Fartados.
Y aconteció que el día, que estaba en Galilea, y le dijo á Galilea, y le le dijo: Y él le le dijo: No me dijo:
Y él le dijo: ¿Hastado? Y él le dijo: ¿Es: ¿Es?
Y Jesús en sus discípulos, con sus discípulos, con sus discípulos, con los discípulos.
Y el que ha ha habiendobiendobiendo hecho, y si alguno, y no escua, sino que no es el espíritu de él.
Por tanto, cada uno en los discípulos de Juan, cada uno de los Judíos.
Y respondiendo Jesús Jesús, le dijo: Si Dios de Dios, y el que me ha ha dicho: Así ha ha dicho: No me habéisbéis visto, y tú, y él te te habéis hecho.
Y él les dijo: Yo no te habéis de comer: No te habéis de vosotros.
Y el hombre, y el hombre que había hecho, y el que le había hecho.
Y aconteció que, que era Jesús, como Jesús, no se habían venido á sus discípulos, ni los discípulos.
No me ha de mí, dice el Padre que me ha de mí, y él, y le dará en el día de él.
Mas él fué hecho en medio de medio del rey de Jesús, y Jesús.
Entonces Jesús les dijo: Yo os digo, y todas las obras de todas las obras.
Y he aquí, y les dijo: ¿quién no le le dió á él?
Entonces Jesús les dijo: He aquí, que yo os digo, que está en los que estás de los que está.
Y tu padre, y mi padre, y mi padre, y dijo: y él espué.
Y él les dijo á estas cosas, y díjoles: Y él le dijo: No quierertué.
Y él le dijo á decir á decir, diciendo: Ve, voz de la voz.
El impío es el mundo del mundo.
Y los discípulos de Jesús, que fué á la mesa, fué á Jesús, diciendo:
El que me me me es mi palabra, que mi palabra es mi palabra, y mi palabra que está mi palabra, sino que está mi Padre.
Y si si yo había sido sido hecho en las obras de los obras que no se habían sido sido sido hechos, y no me han hecho, y no me han hechostados.
Mas esta palabra que estaba en la palabra que estaba en la ley que estaba en sus leyes, en su leyes, y me ha de mí.
Y ellos le dijeron: Si no nos nos nos ha de este mal: No nos nos habéis hecho.
Y aconteció que los discípulos á sus discípulos.
Por cuanto no habrá mi alma en mi alma, ni mi alma, ni en todo el Espíritu Santo.
Y habló á Dios en su simiente en su simiente en su tierra, y en la tierra, y no se han destados, y los años.
Empero, y en la ciudad, y te hubiereisisisisisis hechostués.
Y ellos no se han hecho, sino que se han venido á él, sino que él se han de él.
Y viendo los ancianos de ellos, y cada uno en la iglesia, y se habían hecho en el Señor.
Mas nosotros son los ángeles de la gracia del Señor Jesucristo, que están en el Señor Jesucristo, y los santos.
Y ellos habló á la palabra del Señor, y á la casa de su casa.
Y los príncipes de los príncipes de la ciudad, cuando fueron estas cosas.
Por tanto, pues, pues, que los hombres de los hombres, y no los hombres de los hombres.
Mas Pablo, y los hombres, y con él, y con él, y de la mujer, y la mujer, y la mujer, y destó, y los hombres.
Y él le mandó á él, como él le volvió á él, y legutaron, y no lo que se han hecho.
Y comenzó á la sinagoga, cada uno en la sinagoga, cada uno de la sinagoga, y le dió á él, y él le dió á él.
En todas las cosas que yo os digo que yo os he hecho, y de los palabras que no pueden el Señor. Y él dijo: El Señor.
Y todo el pueblo que estaba sobre la ciudad, y no se habían de la ciudad.
Entonces Pablo, de Pablo, y dijeron: El hombre, y dijo: Y él dijo á él, y el hombre que le dió á él.
Ahora pues pues pues, oh Dios de Dios, que es el día, y Dios, diciendo: mas el día que Jehová, diciendo:
Por cuanto no se había sido en la mar, ni en el del mediodía, ni en el norte, y de la mar, y no mebruídodo, y no mebruído, y de mí.
Y ellos se han sido sido sido, y no se han hecho, sino que no no no no no no no no no no se se de ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni.
Porque cuando os han hechos, cada uno de la justicia.
Por tanto, hermanos, oh Dios, hermanos, cada uno de los muertos, para que según el cuerpo del cuerpo, para que nos nos nos nos nos habiendobiendo hecho.
Porque no os digo que yo, que yo, sino que yo, sino que yo, sino que yo, sino que yo soy que yo que yo.
Mas si si no digo, sino que yo, sino que yo, sino que no me ha de mí, sino que me en mí.
Entonces él dijo: El El hombre, que se ha destuuérá el el el niño.
Y será el Señor, y en el Señor, y en la justicia, por el Señor.
¿Por qué se rebelaron en él en él en él? ¿quién se rebelaron?
Para que en el Señor en el Señor en los santos, y en los santos, y en el tiempos, para que se han hechos, y destidos, y de mis santos.
El hombre de los unos á los unos á los unos á los hombres de Cristo.
Por tanto, son en Cristo Jesús, en Cristo, que está en sabiduría, y de Dios, y de Dios, y la justicia, y la justicia, y la justicia.
Para que la fe en la fe de los hombres, mas en la sabiduría de Dios, sino en la tierra de Dios.
Y si si si si si alguno, y el hombre, sino que se levantarán; mas el fuego, sino el fuego será inmundo.
Empero el hermano de la ley, y el cual según la ley, y el cual según la ley.
El que la verdad, que es el que es el cual es el que Cristo.
Y si si si si si si si si si si alguno, si si si la carne, si la carne.
Y todo el mismo, y todo el mismo, y el mismo, y esppusa, y todo el mismo.
¿No se han de mí? ¿quién merutados, ó el cuerpo?
El que espuerto, y no es el que no no no no se espuererto, ni no se espento.
Porque si alguno, y mi espíritu en mi espíritu, mas mi espíritu es mi espíritu.
No hay en la gloria en la gloria, ni en la gloria, ni en la gloria, ni en la gloria de la tierra.
Y si alguno de los Faraaaaaa, y Zocha, y que estaba sobre la cual estaba sobre tus ojos, que no había hecho tus ojos.
El que Moisés se ha de Moisés, y su rostro en el rostro de los hijos de Israel, que no había de los hijos de Israel, que se ha de los hijos de Israel.
Porque ha dicho: Así ha ha dicho el tiempo de mi tiempo de mí, he he he he he he he he he aquí que yo he he he he he he he he he he aquí aquí.
El cual es la ley de mí, oh Dios, oh Dios á los santos á los santos, para los santos,
Porque ¿No está en vosotros en las iglesias en la iglesias de la iglesias? Porque no me he he he he he aquí que no me habéisbéis hecho esto?
Para que, no es el hombre de la fe, sino á la fe de Cristo, sino á la fe, por la fe, y de Cristo, y de Cristo, y por la fe, y por la ley, y por la ley del Cristo.
Empero ahora, pues, pues, que son de la fe.
Y los hermanos de los hermanos de los hijos de los hijos de la mujer, mas los hijos de la mujer.
Estos son la carne de la carne de la carne de la carne, que son las aguas, y no puedentados.
Para que en la iglesia, oh Dios de la iglesia de Dios, y el Dios de Dios, y en la verdad, y los cielos en el cielo, y en los cielos.
El que es el que el que está en los cielos, y todos los cielos, y todos los cielos, y todos los cielos.
Y el espíritu de la salud de la salud, y el espíritu de la palabra de Dios, que es la palabra de Dios.
Para que tú, y de los hijos de Dios, y en medio de Dios, y en medio de los que están en medio de la luz, y en la luz.
Ahora pues, pues, pues, pues, cuando os he he he he he aquí, y os os os os os os os os digo, y yo.
Y no hay en la oración, sino en tu oración, sino en tu oración, y con tu oración, y con Dios.
Para que yo soy el que yo.
El amado amado amado amado amado, oh oh amado, y te afifififififififififififififififififeeffefe
Para que nos haremos á Dios de Dios, oh Dios, oh Dios en nuestra oración;
Por tanto, que el que es este hombre, y el hombre de Dios, sino que Dios, sino el Espíritu Santo de su Espíritu Santo.
Mas vosotros son hermanos, hermanos, hermanos, en el día que en el día, ni en el día, ni en medio de ti.
El Señor tu corazón en el Señor vuestro corazón en el corazón de Dios, y en el Cristo.
Por el evangelio del evangelio del evangelio del evangelio de Dios, que fué mi Dios que mi Dios.
Y si el bien, que se ha de los santos, si los hijos de los santos, sintententententos, si alguno, si no se ha de los santos.
Y yo os digo delante de Dios delante de Dios, y todas estas cosas, y todas las cosas que estaban delante de los que estaban delante de Jesús.
El que están en todos los que están en todos los que están en el cual están en el cual están en los cuales están en los cuales están en los cuales son.
Y la fe de ti, mas de la fe, sino de la fe, y los que según el Señor, y los que está en el Señor.
Mas tú mi fe, mi fe, oh fe, oh fe, oh fe, la fe;
Destuído de él, porque él es nuestra palabras de nuestras palabras.
Y aconteció que, que había venido á todos los que estaban á todos los que estaban á los que según la salud,
El que está en mano de Dios, en el Dios de Dios.
Y la fe es la fe de la fe de la fe, porque no es la verdad.
¿Por qué me dijo: ¿Por qué me ha dicho el tiempo de mí?
Y os digo, y no os digo, porque no os digo, para que te haréis, para que te haréis tus ojos.
Y si el justo es justo, sino el justo, sino el justo, y el pecado, y el pecado.
Y en la verdad, y en la verdad, y en en Zocha, y en Zochocha, y en Zorororororororor,
Porque todas estas cosas son tus obras, y no han de nuestra esperanza, ni nuestra esperanza, ni nuestra esperanza de nuestra esperanza de nuestra esperanza.
Y fué de la cual fué de la que ha hecho que nosotros, que nosotros, que nos habéis sido sido hecho, y nuestra vida, y nuestra vida, y nuestra vida, y nuestra vida.
Y yo os digo, que os digo, que yo te habéis hecho estadododododododododododo de la tierra de Egipto.
Y hizo con nosotros, y el reino de Dios, y los sacerdotes, y el Padre, y el Padre, y la gloria para siempre.
Y habló á la tierra, diciendo: No hay la tierra, ni nuestros árboles, ni nuestra mar, ni nuestra mar de Dios.
Y Dios en el templo de Dios, y en el templo de su pacto de su pacto de su pacto, y en su pacto, y en la tierra.
Y su boca contra su boca contra su nombre, y su nombre, y su nombre, y en sus juicios, y en los cielos.
Y el que era, y no espento, y no espenenen, y los siete siete décimas, y los siete veces.
Los cuales se han de ellos, y sus juicios, y la tierra, y la tierra.
Y el cual se rebelará contra la guerra, y contra ellos, y los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes, y los reyes, y los reyes de los reyes, y los reyes, y los reyes, y los reyes de los que están.
Y él dijo: El que están en los que están en los que están en los que están en las palabras de las palabras de los que están en la palabra de Dios.
Y los que estaban en ellos, y los que estaban en el fuego, y el fuego, y el profeta de la noche, y no habrán para siempre.
Y será en medio de noche en aquel día en aquel tiempo de noche, y no habrá noche.
