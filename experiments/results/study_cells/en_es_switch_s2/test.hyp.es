Y ellos serán en la luz, y en la luz de la luz.
Y dijo Dios: Ven con aguas, y con aguas, y las aguas de la tierra.
El tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercero es el río, es el río de la otra parte del río. Este es el cuarto.
Y la mujer dijo á la mujer de la mujer de los frutos de los frutos.
Y todos los días de Azurur, y dos años.
Y todos los días de Senías hijo de Senías, y murió.
Y envió envió envió envió á la tierra, y á la tierra, y vinieron á la tierra.
Y habló Dios á sus hijos y á sus hijos, y dijo: Ven á los frutos, y á la tierra.
Y aconteció que engendró á la mar, y engendró á Joab, y engendró á Zerón, y á Zera, y á los hijos, y á los hijos.
Y tomó su mujer mujer, hijo de su hermano, hijo de su hijo, que había hecho todos los que había hecho en el pueblo, y vinieron en el pueblo de la tierra.
Y acontecerá que hubieren á Egipto, cuando dirán: Así ha dicho: Así ha dicho: Así ha dicho Jehová.
¿No te pondré delante de la tierra? ¿No me he aquí que yo yo yo yo yo yo te daré á la mano.
Y él respondió: He aquí yo he aquí yo he aquí yo he aquí yo he aquí yo he aquí yo he aquí que yo he aquí yo he aquí,
Y dijo Abraham á Abraham á su mujer: No es el rey mío mío, rey mío, rey de Joab, y tomó á Joab.
Y reinó en el desierto.
Y dijo Samuel: Así ha dicho Jehová: Así ha dicho Jehová ha dicho Jehová. Y él respondió: El monte es el monte de Jehová.
Y he aquí yo he aquí yo he aquí, y he aquí yo he aquí que Jehová Dios me había hecho en el camino de mí.
Y Abraham envió á su espíritu, y tomó á su pueblo, y á un hombre, y fué de su pueblo, y fué de su pueblo.
Y no se levantóse á él, y no le había hecho con él su hermano.
Y he aquí que Jehová dijo Jehová, y dijo Jehová dijo Jehová Dios: Yo Jehová vuestro Dios mío, y á tu padre, y á la tierra.
Y volvió á Joab, y parió á Joab, hijo de Jacob.
Y él le dijo: Ve, y yo he aquí que yo yo he aquí yo he aquí, y daré.
Y él respondió respondió: ¿Qué te daré? Y él respondió: ¿Qué me dirás: ¿Qué me ha dicho Jehová? Y yo me ha dicho Jehová.
Así hacia todos todos todos todos los que había hecho con él, y levantósese á lado, y á su rostro.
Y vino á Dios á Dios á la noche, y dijo á la noche, y dijo á él: No ir á él, que no ha enviado á mí.
Y ella respondió á ella á su señor mío: No que yo yo yo yo yo yo yo yo te he aquí que yo yo yo yo soy.
Los dos décimas, y dos décimas, y dos cortinas,
Y él le habló con ellos, diciendo: El hijo mío, hijo mío, hijo mío hijo mío, hijo de tu hija.
Y partidos, y la otra parte de la otra otra otra otra otra otra otra otra otra otra otra otra otra otra parte parte.
Y él le dijo: Yo te daré un carnero: ¿Has? Y él respondió: ¿Has? Y él respondió: ¿Has?
Y aconteció que la mañana, como la mañana, como la mañana, y vinieron á sus asnos.
Porque los años de hambre, y en tierra, y no hay en la tierra, y cinco años, y no hay en la tierra.
Y harás en la tierra, y en la tierra, y tus hijos, y tus hijos, y tus hijos, y tus hijos, y tus hijos, y tus hijos, y tus hijos, y tus hijos, y tus hijos, y tus hijos, y tus hijos, y tus hijos, y tus hijos.
He aquí que tus ojos, y tu hermano, y tu hermano es mi boca es mi boca.
Y los hijos de Idías, y Japha, y Jarara, y Ach, y Aza.
No ir mis almas, ni en sus almas, ni mis ojos, no no será ens en su gloria; porque en sus pies.
Y vinieron á la otra otra parte del Jordán, y la otra otra otra otra otra otra otra otra otra otra otra otra otra otra parte parte, y sus días.
Y sus hijos no mandó á él, conforme á él les mandó que les mandó que les mandó que les mandó.
Y él respondió á su pueblo: He aquí que los hijos de Israel son los hijos de Israel.
Y dijo Sememememe, y tomó á ella, y á su hijo hijo de su hijo, hijo de su hijo, y dijo: No comen.
Y Joab tomó á Joab hijo de su padre, y tomó á su padre, y á Moisés, y á Moisés, y á Moisés, y á Moisés.
Y Moisés respondió Moisés Moisés á Aarón á Aarón: Tomate tu mano, y tu mano sobre tu mano de Egipto, y tus vasos de Egipto, y en medio de Egipto, y en medio de Egipto.
Y él dijo á Faraón á Faraón á Faraón á Faraón á Faraón: Este es el corazón de Faraón es el corazón, y el corazón de Jehová, y no había dicho.
Y Faraón dijo Faraón á Faraón á su pueblo, y no no no no lo que no según el pueblo.
Porque si si si no te daré á ellos,
Y Faraón se levantóse á Faraón, y todos sus siervos, y todos sus siervos, y todos los siervos de Egipto, y en Egipto, y no estaba en medio de Egipto.
Y los cuales estaban con Egipto con los pueblos, y constuín en la tierra de la tierra de la tierra. Y ellos les dijeron: Ven.
Y Moisés envió á Israel sobre Israel de Israel, y en el desierto, y entraron en el desierto, y entraron en el desierto.
Y Moisés dijo Moisés: No es el sábado que Jehová es el sábado.
He aquí yo yo he aquí yo yo os he aquí yo he aquí yo yo os he aquí yo te he aquí yo os he aquí yo os he aquí yo he aquí yo he aquí yo he aquí yo he aquí yo he aquí yo os he aquí yo he aquí yo he aquí yo he aquí yo os he aquí yo os he aquí yo he aquí yo he
Y Moisés se levantó Moisés con ella con él, y Moisés se levantóse sobre Moisés, y dió á Moisés.
Porque el aceite, y el aceite, y el aceite, y el aceite, y el perfume,
Y harás el altar en el altar sobre el altar.
Tus vestidos, y sobre Aarón, y sobre Aarón, y sobre el templo de la mar, y la mar, y el templo, y el templo, y el templo de la mar.
Y todos sus mesas, y todos sus mesas, y sus mesas, y sus cuernos,
Habla á los hijos de Israel, diciendo: Así habéis de Israel, que estás, oh Jehová es el sábado, y el sábado, y tus, para que yo soy Jehová.
Y sus cabezas, y sus cortinas, y sus columnas, y sus columnas, y sus columnas, y sus columnas, y sus columnas, y sus columnas.
Y él le dió al Espíritu Santo de Dios,
Y habló Moisés á Moisés, y á todos los sabios, y todos los sabios, que había hecho en el que había hecho en el que había hecho á Jehová.
Y la anchura de la anchura de cinco codos, y la anchura de anchura de la anchura.
Y ellos estaban en ella cuatro cuatro cuatro cuatro cuernos, y en el primero, y en el que estaba en el que estaba en el que había hecho.
Y tomó la puerta de la puerta de la puerta de la puerta del tabernáculo.
Y vuestras ofrendas de tus ofrendas presentes, y no harás con todo el pacto de todo el pacto de tu Dios.
Y si si si alguno, y si hubieren contra Jehová, oh Jehová, y en su prójimo, ó en su prójimo, ó en su prójimo, ó ó ó ó en su prójimo.
Y de la ofrenda de un presente de la ofrenda de la ofrenda de la ofrenda de Jehová.
Y tomó todos los hijos de Aarón y de Aarón y de sus manos y sus manos, y los hijos de Jehová.
Y vinieron á la mar, y el altar, y el altar.
Por tanto, no comerás, ni destieres, y de carne, y zazazazazazazazazazazazazazazazazazas, y de carne.
No comerás con vosotros, para que no según que según que según que no será inmundo.
Y he aquí yo he aquí yo un presente, ó un carnero, ó dos décimas, ó dos décimas, ó dos dos carneros, ó el sacerdote ó el sacerdote, y el sacerdote será el sacerdote.
Y pondrás los dos cortinas delante de Jehová, y la puerta del testimonio.
No comeréis á tu padre, ni tu padre, ni tu padre, ni tu madre es tu madre: no es su madre no será su madre.
Y cuando un hombre, con su hija de su hija de su hija de su hija, y serán de ellos.
Así ha dicho el sacrificio de Jehová, para daréis á Jehová, ó para hacer expiación por expiación, ó el holocausto, ó será inmundo.
Y pusieron en él con él en él, y los que Jehová hasta quemarán.
Y el sábado de la tierra, para daréis á tu siervo: porque tu siervo tu siervo tu siervo tu siervo tu siervo, y tu siervo, y tu siervo, y tu siervo, y tu siervo.
Y si te daré á tu prójimo, ó á tu prójimo, ó no te darás á tu prójimo.
Y yo he aquí que yo yo soy el campo, y será inmundo.
No será más que no es el bien, ni el que se hamiere, ni se hamiere en ella.
Y sus contados y sus contados, y sus contados contados contados contados de ellos, y cuatro mil mil hombres.
Y los hijos de Coath, hijos de Coath:
Los cuales fueron contados contados de ellos, conforme á todos los cuatro mil, y á todos los dos mil mil mil mil mil mil mil mil mil mil mil mil mil seiscientos mil mil mil mil mil mil.
Y dirás todos los vasos de todos los vasos de todos los vasos de ellos, y en el santuario, y en el santuario.
Mas no tendrán en el santuario.
Y los contados contados de ellos, los contados de sus padres, y sus padres, y sus padres fueron dos mil mil mil mil hombres.
No dará su padre, ó no será su padre, ni su madre, ó su madre, ó cuando su madre, ó cuando su madre, ni su padre, ni su padre.
Y por el sacrificio de los corderos, y dos décimas, y cinco macho cabríos de cinco corderos, y cinco corderos, y cinco décimas, hijo de la ofrenda.
Porque el sacrificio de los siete corderos, y dos décimas, y cinco macho cabríos de cinco corderos, y cinco décimas, y siete siete siete siete siete siete siete siete siete siete siete siete días.
Y un macho cabrío para expiación por expiación por expiación,
Y aconteció que el valle de Moab, y en el desierto, y en el desierto, y el desierto.
Y cuando un paciere, ó un macho cabrío, para defecto, para defecto.
Y Moisés se levantó Moisés, y levantósese á Satutó á los ancianos de Israel.
Y los hijos de Israel, diciendo: He aquí que nos habéis visto á todos los que están en todas las cosas están en todas las cosas.
Porque los hijos de Israel de Israel, que los hijos de Israel, que yo yo yo yo yo yo soy Jehová. Y ellos les dijo: Así ha dicho: Así ha dicho Jehová: Así ha dicho: Así habéis de los hijos de Israel.
Y los hijos de Israel, y vinieron en el desierto de la congregación, en el pueblo, y reinó en el pueblo.
Por lo cual está escrito en el valle de Moab, dijo Jehová: Así ha dicho Jehová de Jehová: Así ha dicho en el valle de Moab.
Y todos los reyes de Israel en todos los reyes de Israel en todas las ciudades, y en todas las ciudades en todas las ciudades.
Y él le dió á sube, y dijo: El rey mío mío, rey mío, rey de Moab, rey de Moab.
¿Quién es el polvo de Jacob? ¿Has, ó el cuarto de Israel?
El tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer día,
Y sus presentes y sus libaciones y sus libaciones, y sus ofrendas, y sus ofrendas, conforme á los siete corderos, conforme á sus libaciones,
Y Moisés envió á Moisés, y á la tribu, y á todos los vasos de Coath, hijo de Coath, hijo de guerra, hijo de la mar, y el santuario.
Y he aquí que los hijos de Israel,
Y partidos de Samón, y Achânías.
Por tanto, ó el hombre de hombre, que no no le había hecho con él, y murió.
Y la congregación será la congregación de hombre, y la mano de mano de la mano de la mano de la congregación, y de la congregación, y el sacerdote, que había hecho de la muerte.
Y si no te serás en la tierra, y no será de la tierra de la tierra; porque no será en la tierra.
Y vino á mí á mí, y díjoles, y dijo: Ven á los hombres que nos habéis de nosotros, para que nos habéis de nosotros.
Y dije: No te habéis de ti, no te habéis destado.
Y Jehová dijo á Jehová: No ir á Moab, ni á Moab, ni á Moab, ni en ella no te daré á su tierra.
Así que Jehová envió envió á Jehová me hasta que me hasta que os hasta que os has hecho en la tierra.
Mas Jehová habéis dicho Jehová, y á Jehová, y á Jehová, y á tus padres, y á tus padres, y á la mano de la mano de Egipto.
Y Jehová había hecho en tu simiente á tu simiente, y á tu simiente, y á ellos, y á todo lo que está en todo el pueblo.
Por lo cual os digo, que os he aquí, en la tierra de Egipto.
Los tas,
No iremos á la mujer, ni de cada uno, ni su marido, ni el hombre es el hombre, no es el que no es el mal.
No serás en tus viñas, y de tus, porque todos los frutos de todos los frutos, y el fruto des, y el que segado.
Y ellos se tornaron á la puerta del padre de la puerta de su padre, y la ciudad de la ciudad de la ciudad, y en la ciudad de su padre.
El que está en el que está en la iglesia, ó en la iglesia de Jehová.
Y Moisés dió Moisés á los ancianos de Israel, diciendo: Así ha dicho el mandamiento que yo yo yo yo yo yo yo yo yo yo yo yo yo os he oído.
Mas la palabra de tu boca es tu boca, y tu boca, y tu boca, y para que te hagas.
He aquí yo he aquí yo yo yo yo yo yo yo yo yo yo yo yo yo he hablado.
¿Hastos de sus vestidos, y de su vino? ¿Has, y á ellos, y á tus?
Y cuando vino vino á un monte del monte, y á la cual vino á Josué hijo de Josué hijo de Josué hijo de Josué hijo de Josué.
Y como el arca del arca de Jehová había mandado á Jehová, que había hecho en medio del Jordán, y la otra parte del Jordán, y el Jordán.
Y los varones de la puerta de la puerta de la puerta de ellos; y ellos ellos les les les les fueron de ellos, y la puerta de ellos.
Por Por tanto, rey envió á reinado á Jerusalem, rey de Jerusalem, rey del rey del rey del rey del rey, rey de Japha, rey de Jara, rey de Jara, rey de Jara, rey de Jara, hijo de Achîs, rey de Ara, diciendo:
Y habló Josué Josué Josué Josué á todo Israel, y á todo Israel, y á todos los Eguytó contra él.
Y el rey del rey del rey del rey, el rey del rey:
Y dijo: Ven, que yo yo he aquí yo yo he aquí que yo he aquí yo he aquí yo yo he aquí que he aquí yo yo he hallado.
Y Achîs,
Descí á todos los cuales fueron que estaban en toda la otra otra otra parte parte de la otra parte de ellos.
Y el mediodía del mediodía, el mediodía, y la otra parte del término del término, y la otra parte del término, y la otra parte del término.
Y el término del monte de Moab, que está delante del monte de la otra parte del desierto, hijo de su hijo de su hijo de su hijo, que está en el mediodía.
Y habló Jehová á Josué, diciendo:
Mas ellos según el campo de la ciudad, y su hijo, y su hijo hijo, hijo de Sarías hijo de su hijo.
Y el espíritu de Jehová, y vino sobre él, y vino á Israel, y á la mano de Israel, y á Jehová.
Y su mano fué á su mano, y á su mano, y á la obra de su obra.
Y envió á todos los mensajeros, y á todos los mensajeros, y á Joab, y á Beth-el, y á Beth-el, y á Babilonia.
Y fué allí allí allí á Atado, y le dijo:
Y vinieron á la gente, y vinieron á Joab, y vinieron á Joab, y á su hermano.
Y los hijos de Israel que no había hecho en el mal de Jehová, y el mal de Jehová, y á los dioses de los dioses de los dioses de los dioses de los dioses de los dioses, y los dioses de los hijos de Israel.
Y ellos pusieron todos todos los términos de Moab, y del desierto, y el desierto, y el desierto, y el desierto.
Entonces el señor de los Filisteos había hecho á los Filisteos; y no había hecho cuando no había hecho con él.
Y aconteció que él le tomó con él, y le dijo: Y él les dijo: Y él les dijo: El que está sobre él.
Y viendo el pueblo que le vió á él, le dijeron: Ven, y dijeron: Ven, y dijeron: El que nos hacia el que nosotros nosotros nosotros nosotros nosotros nos hacia el que nos hacia la mano de nuestros manos.
Y aconteció que no había hecho en Israel.
Y los hijos de Y los hijos de Saúl, y vinieron á la casa, cuando había hecho á su casa.
Y los hijos de Ephraim, y adificarutías hijo de Satías hijo de Satías hijo de Coath, hijo de la tribu de los Levitas, y de la tribu de los Levitas.
Y él respondió á su siervo dijo á su siervo, y dijo: Ven, y en medio de los querubines, y en medio des, ó en ella.
Y todos los cuales estaban en todos los cuales fueron siete mil hombres, y los cuales estaban en la piedra.
Y los hombres de Israel y de Israel, y comenzó á Benjamín, y comenzó á los hombres de Israel, y á los hombres de Israel, y dijeron: Ven á nosotros que estaban delante de nosotros, y los que estaban delante de ellos.
Y cuando sus hermanos, cuando hubieres hermanos, cuando les dirás á nosotros á nosotros: No iremos á nosotros á nosotros, porque no habéis de nosotros, ni nosotros, porque no no se habéis de su mujer.
Y fué sepultado en mi alma, y de Jehová, y Jehová, y Jehová.
Mas no le dijo: No ir á su marido á su marido, y dijo: No es el niño: No es el niño.
Y Samuel envió á todos los días de Israel.
¿Quién me pondré delante de Jehová, y yo yo yo yo yo yo yo yo yo yo yo yo me he venido delante de mí? ¿Quién he aquí que yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo he he he venido á mí, y yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo he enviado.
Y todo el pueblo que estaban con todos los que estaban con él estaban con él, y he aquí que estaban con todos sus espadas, y he aquí que estaban en su espada.
Y él dijo dijo: No te he aquí que no te he venido á Jehová te he venido á Jehová.
Y Jehová dijo á Samuel á Samuel: No hacia el rostro de su rostro de su rostro, ó en el hombre. Y si yo he aquí que yo soy el hombre.
Y los príncipes de los Filisteos, y vinieron á los Filisteos, y como como David, como el sabio que había dicho.
Y dijo David á Saúl á Saúl á Saúl á su padre, y dijo á su siervo: No ir á su siervo, porque el rey de David, porque no se hacia el rey.
Y aconteció que Saúl había venido á Saúl, y tomó á Saúl, y tomó á Saúl, y á Saúl, y á Saúl.
¿No hasta que yo yo yo yo yo yo yo yo yo yo yo os he venido en mi casa?
Y envió David á los mancebos des, y vinieron á todos sus palabras.
Y envió David á David, y á la gente que había hecho que había hecho.
Y David tomó David á David, y la cabeza de aguas de aguas, y la cabeza de la cabeza de ella, y no había hecho en ella.
Y dijo David á su corazón: He aquí que me ha dicho el día de la mano de la mano de Saúl. Y el término de Saúl es el término de Israel.
Y David se levantóse David, y sus ojos, y á Samón, y á los que estaban en la tierra, y á la tierra de la tierra.
Y pusieron sus cabezas, y sus cabezas, y en su tierra, y en la tierra de la tierra de los Filisteos.
Y volvió á Joab á Joab á Joab, y á todos los cuales había hecho todos los hombres, y todos los hombres de David, y de David.
Y dijo David á David á David: Ve, y á todo Israel, y á todos los cuales temarán á todo el rey, y á todo lo que teméis en todo el pacto.
Y he aquí que David vino á Joab, y á Joab, y á Joab, y con ellos estaba en el cual estaba con él, y no había hecho en ella.
Y tus manos de tus pies, y de tus pies, y en medio de tus pies.
Y aconteció que David dijo David á Jehová dijo Jehová: Así habéis dicho Jehová: Nomiere en ella, y en ellos, y de ellos.
Y David se levantóse David, cuando se levantóse, cuando se levantóse en los Siros, cuando los Siros de los Siros.
Y después de los hijos de Ammón, hijo de Ammón, y reinó en su hijo.
Y David hijo de David, y dijo David, y dijo David, y dijo David: El que Jehová ha dicho Jehová ha dicho Jehová.
Y David rey David envió á Joab á Absalom, porque fué á Absalom, porque era de Satado.
Y cuando cuando su cabeza de su cabeza de su cabeza era de todo lo que era de todo lo que era de él había hecho en ella.
Porque tu siervo dijo á tu siervo, diciendo: Así ha dicho Jehová, diciendo: Así ha dicho Jehová, diciendo: No daré á Jehová.
Y aconteció en el pueblo se levantó contra Israel, y en el campo.
Y Joab vino á la trompeta, y á la otra parte del pueblo, y á Joab.
Y dijo Joab respondió á Joab: No será el tiempo de los que no no hasta el día, sino que no hay el rey.
Y el rey dijo el rey: ¿Has al hombre? Y él respondió: ¿Qué es el hombre? Y él respondió: ¿Qué es el rey de todo el rey, y dijo: No es el rey de todo el rey.
Y el pueblo de la ciudad, que está en el pueblo, como el pueblo que están en el pueblo.
Porque tu siervo que yo he aquí que yo he aquí yo he aquí yo he aquí que yo yo he aquí yo he aquí yo he aquí que he aquí que yo soy rey.
Y díjoles al rey: ¿Has á los días de los días de los días? ¿Has de mi rey, para que yo soy rey?
El hijo de Idías, hijo de Idías, hijo de Sarías hijo de Arnías, hijo de Arra,
Y David envió David á Jehová, y ofreció á Jehová, y á Jehová, y el altar de la tierra, y fué la tierra.
Y su padre no había venido á él, diciendo: ¿Por qué nos habéis hecho? ¿Por qué habéis venido en manos?
Y él respondió respondió: Porque él le dijeron: Por qué no me habéis venido á causa de nosotros, porque no les les habéis venido á tus enemigos, porque no han venido á tus enemigos.
Y Abrara, en Beth-el, y en Beth-el, y Beth-el, y Beth-el,
Y envió envió á Josué rey rey de Salomón, que había hecho en el rey que había hecho en el rey de su padre.
Y el templo de la casa de la casa de la casa de la casa de la anchura de la anchura de la anchura de la anchura de la anchura de la anchura de la anchura de la anchura de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la
En la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de su anchura, y su anchura.
Y Salomón Salomón envió á todo rey de Israel, que estaban delante del arca de él, y con él, y no sirvieron delante de él.
Y los sacerdotes en el arca del pacto de Jehová, en el templo de la casa de la casa de la casa de la casa de Jehová.
Así ha dicho Jehová tu Dios, oh Dios, que está en el trono de Israel, oh Jehová, oh Jehová.
Por tanto que traer á la gente que traerto, y á todos los reyes de los reyes de los reyes de todos los reyes de todos los reyes de todos los reyes de ellos.
Y Salomón Salomón envió á los dos siclos de oro, y dos siclos de oro.
Y si te daré á todo lo que yo te daré á todos mis caminos, y yo te daré en mis ojos, y en mis ojos, y en mis estatutos, y en mis estatutos, y yo te daré mi siervo, y yo te daré mi siervo, y yo te daré mi siervo.
Y Salomón envió Salomón con sus padres, y reinó en su padre, y reinó en su hijo.
Así ha dicho Jehová: Así ha dicho Jehová Dios de Israel: Así ha dicho Jehová Dios de Israel: Por el pueblo, y en el pueblo.
Por tanto, yo he aquí yo he aquí que yo yo yo yo he aquí yo yo he aquí, que está sobre el que está sobre el que está sobre Israel, y sobre Israel.
Y los hombres de la ciudad, dijo: He aquí que es el señor de la ciudad, es la ciudad es mi señor es la tierra.
Y en el camino de los reyes de Israel, y no había puesto en casa de Israel, hijo de Israel.
Y vino á Joab á Joab á Saúl, que había venido en el rey de la gente que había hecho en el rey, cuando había hecho en el rey de Judá.
Y tomó á los príncipes de los príncipes y y y y y y y á la tierra, y todo el rey de la tierra de la tierra, y vinieron á la casa de la casa de Jehová.
Y en el año año año año año año de Judá hijo de Israel hijo de Israel hijo de Israel hijo de Israel hijo de Israel hijo de Israel, hijo de Israel.
Y ellos pusieron con sus estatutos y sus estatutos y sus estatutos y con sus estatutos y con sus padres, y á sus padres, y á ellos, y á ellos, y no había hechos, y no les había hecho.
Y á Achîs, y á Sarón, y á Saphpha, y á Sarón, y en sus dioses.
Y aconteció que había dicho dicho: He aquí el rey del rey de He aquí, rey de Babilonia, diciendo:
Ahora pues, oh Jehová, oh Dios, oh Dios, oh Jehová, para que yo os ha dicho Jehová, para que Jehová.
Y dijo á Jeremías á Jeremías: Así ha dicho Jehová.
Y no había mandado en Jehová en Jehová, que no había hecho en los ojos de los ojos de Israel.
Mas no hicieron los hijos de Manasés, y á los cuales no es el mal que está delante de Jehová es el mal que no es el mal de los hijos de Israel.
Y aconteció que comenzó á reinado á reinar, y comenzó á reinar, y reinó en Jerusalem.
Y el rey de Jehová había hecho á Jehová, y á todos los varones de todas las casas de Judá, y á Jerusalem, y á Jerusalem, y á todo el pueblo, y el pueblo, y en el pueblo de Jehová, y el pueblo, y el pacto de Jehová, y el pacto de Jehová, y el pueblo, y el pueblo, y el pacto de Jehová, y el pacto de Jehová, y el pueblo, y el pueblo, y el pueblo, y el pueblo, y el pueblo, y el pueblo, y el pueblo, y el pueblo, y el pueblo, y el pueblo, y el pueblo,
Los hijos de Ammón, hijos de Ammón, y Achânías, y Achías, y Japh,
Y los hijos de Senías, y Senías, y Senías, y Senías, y tres tres tres tres tres tres.
Y los hijos de Idías hijo mío, hijo mío, hijo mío, hijo mío, hijo mío, hijo mío, hijo mío, hijo mío, hijo.
Y ellos se levantaron, y de la tierra, y la tierra, y la tierra, y habitaron delante de la tierra.
Porque Judá había mandado á sus hermanos, y á los hermanos, y á él era de José.
Y Benaía hijo de Sera, hijo mío, hijo mío, hijo mío, hijo mío, hijo mío, hijo mío hijo mío, hijo mío,
Y á los hijos de los hijos de Ammón, conforme á sus familias,
Y sus ejidos y sus ejidos, y sus ejidos, y sus ejidos.
Y aconteció que eran hijos de He aquí, y He aquí, hijos de He aquí, y á Zera, y á los hijos de Zera, y á los hijos.
Y los hijos de Coath, que estaban, los hijos de Achías, y Senías, hijo mío, y Senías, y Seba, y Senías, y Achías, y los hijos de Zachías.
Y subió á todo Israel á todo Israel á todo Israel, que es el arca de Moab, el arca de Judá, que Jehová es el arca de Jehová es el arca.
Y vino vino á Joab á Beth-el, y vinieron á David, y á David, y les dijo á David, y dijo á David, y dijo: He aquí que había venido.
Y David rey David envió á David rey delante de Jehová, y dijo á Jehová, y dijo Jehová: ¿Quién es el Dios? ¿Quién es esto?
Benaía hijo de Benaía hijo de Joab hijo de Joab, hijo de Joab,
Y los hijos de Ammón, y vinieron á la puerta de Ammón, y á la puerta del campo, que había hecho en el campo.
Los hijos de Senías, y Senías:
Y aconteció que estaban en el santuario, y en el santuario, y partidos de los príncipes de los príncipes, y de los príncipes de los príncipes de los príncipes de los príncipes de los hijos de Israel.
Y todos los hijos de los hijos de los hijos de los hijos de Dios, y en el Dios de Dios.
Porque el término de veinte y á sus hermanos, y á sus hermanos, y sus hermanos, y sus hermanos,
Y aconteció que fué hijo hijo de Benaía hijo de Benaía hijo de Benaía hijo de Benaía hijo de Benaía hijo de Benaía hijo del rey.
Tus cielos, oh Jehová, oh Jehová, y la gloria, y la gloria, y la gloria, y en toda la tierra, y en el reino, y en toda la tierra.
Los dos columnas, y las columnas, que estaban sobre las columnas de las columnas de las columnas, y las columnas de las columnas de las columnas de las columnas.
Oid Dios, oh Dios, oh Dios, oh Dios, y tus ojos, y tus ojos, y tus ojos, y para que está en el lugar.
Y Salomón Salomón envió á Salomón á todos los siervos de todo lo que había hecho que había hecho que había mandado á su rey.
Y cuando él se levantóse de Jehová, y de Jehová, y no le había hecho en él, y no había hecho en él.
Y vinieron á mañana á Jehová, y á la tarde y á Jehová, y á la tarde, y á la mesa, y á la mesa, y á la tarde, y á Jehová nuestro Dios.
Mas todo lo que había venido á Judá, y á Judá, y vinieron delante de ellos, y ellos era de ellos era de ellos.
Y los varones de Judá y de Judá, y de los varones de Judá, y de Israel, y todo Israel y todo Israel.
Empero no no había hecho á Dios de Dios, para que había hecho en mano de ellos, para que había hecho en mano de sus enemigos.
Y á los hombres de los hombres, y á los cuales los cuales los cuales los príncipes de toda la congregación.
Por tanto, y han venido á mí, y á dioses ajenos, y á dioses ajenos, para que me habéis destado en todas las obras.
Y aconteció que comenzó á reinado de veinticinco años, y comenzó á reinar, y reinó en Jerusalem, y reinó en Jerusalem.
Y los hijos de Arnías, siete siete siete siete siete mil y tres mil
Y con sus hermanos y con sus hermanos y sus hermanos, y sus hermanos, y sus hermanos, y sus hijos de sus hijos, y en las casas de sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos,
Y ahora ahora ahora ahora á la ciudad, y si la ciudad, y no se habéis hecho en el muro, ni en el muro, y no será en el muro.
Por el rey envió á la provincia de Judá, que estaba en la provincia de las provincias de la casa de la casa de Dios, que está en sus manos.
Y los hijos de Israel, y los Levitas, y los Levitas, y los hijos de los hijos de los hijos de los hijos de Israel.
Y vinieron á Jerusalem, en el mes mes mes mes primero del rey.
Y de los hijos de Joab, hijo de Idías hijo de Idías hijo de Seba, y tres mil.
Y los hijos de Senías hijo mío, hijo mío, hijo mío, hijo de Zachânías, y tres mil.
Y ellos les dió á plata, y plata, y plata, y los vasos de oro, y la casa de nuestro rey de nuestro rey de nuestro rey, y el rey de Israel, y el rey de Israel.
Y vino vino á Jerusalem, y vinieron á Jerusalem.
La puerta, hijo mío, hijo mío, hijo de Zachîs, y de Beth-el, y de Beth-el, y sus puertas, y sus puertas, y sus puertas, y sus puertas, y sus puertas, y sus puertas.
Y aconteció que fué de Sarías hijo de Idías hijo de Zarías hijo de Achías hijo de Achîs, hijo de la casa de la casa del rey.
Mas cuando cuando oímos que había hecho que había hecho que estaba en el muro, y fué en el muro.
Y los hijos de Ammón, cuatro mil mil mil mil mil mil y tres mil hombres.
Y la puerta de la puerta de los hijos de Coath, los hijos de Zeba, los hijos de Zeba, y los hijos de Ir, y los hijos de los hijos de Coath:
Los hijos de Ammón, y á los hijos de He aquí,
Y no han venido á ti, y á tus ojos de tus ojos, sino que no no sirvieron en sus derechos, y no han hecho en sus derechos.
Y de los sacerdotes, hijo mío, hijo mío, hijo mío,
Y este sacerdote delante del sacerdote, el sacerdote, el sacerdote era de la casa de la casa de nuestro Dios,
Y aconteció que yo he aquí yo yo he aquí yo he aquí yo yo yo yo había dicho:
Y envió á todos los mensajeros en todo el rey de todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á los Judíos, y á los Judíos, y á todos los Judíos, y á los Judíos, y á los Judíos, y á los Judíos, y á los Judíos, y á los Judíos, y á los Judíos, y á los Judíos, y á los Judíos, y á todos los Judíos, y á todos los Judíos, y á los Judíos, y á los Judíos, y á los Judíos
Y vinieron á Saúl, y á Saúl había enviado á Saúl.
Y vino á aquel día, y á aquel día que había hecho en el rey, cuando había hecho en el rey de la puerta de la puerta de la puerta del rey.
¿Hastó mi fortaleza, y todos mis cuerpos, y todos mis angustias?
Vememememememememememememe mi gloria.
Porque la tierra de la tierra, y no conocemos, y no hay en la tierra.
Y yo os digo: No me ha dicho Dios no me hasta que me habéis de mí.
He aquí yo yo yo yo soy de los impíos, y yo yo yo yo yo yo soy mi cabeza, y no te daré mi cabeza.
Y yo he aquí yo soy como como un vestido, como un vestido.
¿Has en tu Dios, oh Dios, y tus palabras?
Y dijo mis hermanos, y mis hermanos mis hermanos, y mis hermanos, y mis hermanos, que está mis hermanos.
Por tanto son las mesas.
Las aguas, y no se aruíntuíntas.
Yo te he aquí yo os he oído, y me me me me me me he aquí, y me hasta mí.
Y si yo he aquí yo he aquí yo he aquí que yo he aquí yo he aquí yo en mi padre.
Y si si si si si si si no se adortuín sus frutos.
Las fortalezas, y artóstas, y sus oídos.
No te adoriere el pueblo, cuando el pueblo en lugar.
Y él no te he venido, no te he venido destado.
He aquí que está en su gloria: ¿Quién es el Dios?
¿Pues qué habéis visto la nube y la nube y la nube?
Y él con sus manos, y constó con él, y la mar.
Y á la tierra y á la tierra, y el hombre que no es el que no es el que no hay.
Al Músico principal: Salmo de Jehová, oh Jehová, oh Jehová, oh Jehová, ¿Has? ¿Has tu rostro?
Y los extranjeros des, y derramará su tierra.
Destiere al Señor.
Y mi señor mío, y mis pecados, y todos mis pecados.
Y he aquí yo yo yo soy Jehová, para que yo soy Jehová, para que yo yo soy Jehová, en toda la casa de Jehová.
Y tú en mi gloria en mi gloria, y en ella, y me hasta que me me habéis des, y constado.
Jehová hacia el consejo de las gentes.
Los impíos y los impíos, y la espada, y sus espadas, y á sus pobres, y á los pobres.
No ir á tus siervos, y con tu misericordia, y tu misericordia, y tu misericordia.
¿Por qué te has de ti, oh alma? ¿Has, oh Dios, oh Dios, oh Dios, oh Dios, oh Dios, oh Dios.
La manos sobre sus manos sobre sus manos.
Al Músico principal: Ve, oh Dios de Moab, y egué, cuando me ha dicho David.
Y ellos se tornaron á la espada de espada.
Y yo os daré á ti para holocaustos, y con aceite, y con aceite, para holocaustos de harina. (Selah. (Selah. (Selah. (Selah. (Selah. (Selah.)
Y tú te hasta la congregación de Dios, oh Dios, oh Dios.
Al Músico principal: Salmo de David, oh Dios.
Y todos los que hasta que tú hasta que hasta que temieren tu salud.
Y mi boca de tu boca, y tus ojos, y tus ojos.
La tierra de la tierra.
La Dios, oh Dios, oh Dios, oh Dios.
Mas si yo yo yo soy Jehová Dios.
Y vinieron á él con él con él con él, y con él en el desierto.
Y constió delante de ellos delante de todos los pueblos, y en la tribu de Israel, y en la tribu de Israel, y en sus tribus.
Y nosotros nos ha dicho Dios de los ejércitos, oh Dios, y tu rostro.
Y he aquí que yo he aquí yo he aquí yo he aquí yo te he aquí yo te he aquí yo he aquí que yo yo te he aquí yo soy. (Selah. (Selah.)
Salmo de Dios: Salmo de Dios.
Porque Jehová es el Dios, y Jehová escogiere, y Jehová, y no tienes de Jehová.
Y el Señor nuestro Dios de nuestro Señor nuestro Señor nuestro Dios: porque nos hacia la obra de nuestros manos de nuestros manos.
La tierra de la tierra.
Por tanto que les dió al desierto en el desierto.
La simiente de sus simiente, y en la simiente, y las gentes en la tierra.
Y ellos pusieron á Jehová, y á Jehová, y á Jehová.
Todas mis enemigos, y con ellos, y constumento, y constumento.
Y Jehová, oh Jehová, y todos los que están en todos los que están en todos los que están en ellos.
Y el Jordán, y vió, y la mar, y la mar.
Y yo te daré á los sacrificios de Jehová, y sobre el nombre de Jehová.
Yo he aquí yo he aquí yo he aquí yo he aquí yo he aquí yo he aquí yo he aquí yo he aquí yo yo en tus estatutos.
Y mis carnes de ti, oh carnes de tus juicios.
Las palabras de Acentas, y he aquí que me han hecho en mis palabras, mas en tus palabras.
Yo he aquí yo yo yo yo yo soy Jehová tu salud.
El Hijo del Hijo del Hijo del Hijo de David, no había dicho Jehová.
Porque Jehová ha dicho Jehová.
La mano me me me me me te te te te temiste delante de tu mano.
¡Ay de Jehová, oh Jehová, oh Jehová, oh Jehová, no me hasta el rostro? No, que me habéis de mí.
Y le dantas, y como como como como como como como como como como como como como como como como como como como como como como como como como como como como como como como como como como como como como como como como como como como como como como como como
Y ellos se habéis de Jehová, y hacia el nombre.
Por tanto en el camino del camino de los hombres, y en el justo.
Y el que está en su prójimo á su prójimo: No será á su prójimo.
Bendito el que está en el varón que me hasta la puerta, en medio de mis puertas.
Y en la multitud de la multitud de los que no tienes, sino que no no hay sabio.
Y no hay sabios, sino que está en los sabios, sino en la multitud de la multitud.
Los cuales no tienes riquezas, sino el que tienes, sino el que se arumento.
Y el rey del rey de la ira, y el cual está sobre su pie.
Y en el mar, y adará, y el que segiere, y el que se hallará.
Y los que no tienes, ni no tienes, sino que no es el camino.
Y artó á la lengua, y la lengua es la lengua es la muerte.
No ir á la piedra de la piedra.
Y á los cielos, y á la tierra, y á la tierra de los reyes de los reyes de los reyes de los reyes.
El que tiene al pobre al pobre que tiene al pobre, no tiene al pobre.
El que es el que es el que está en el que Jehová.
Y he aquí yo he aquí en mi corazón, á mi carne, y á mi corazón, y á mí, y á mí, y á mí, y á todos los hombres, y para que yo yo yo yo yo yo yo yo yo yo soy, para que yo yo yo había hecho.
Así que yo soy Dios, oh Dios.
Los que han venido, para que han venido, porque no han venido, para dar.
Y he aquí yo he aquí yo he aquí yo he aquí que que que que se habían hecho con él.
Y yo he aquí yo yo he venido á mi corazón, y á la sabiduría, y á la sabiduría, y para que es la maldad, y para que es la maldad.
He aquí que está en medio de un cuernos, ó el muro, y he aquí he aquí he aquí he aquí en el fuego.
Tus labios, y tus labios, y tu boca es el templo.
La boca es la boca de la boca de la boca, que se gozaza, para que en mi amado, y de los que están en los que están.
Y yo te daré, y yo temieres, y no comerás.
En aquel día será el día, diciendo: No será en el pueblo, no hay en mi casa, ni en el pueblo.
Y cuando cuando un hombre de un hombre, diciendo: Ventamos que nos nos nos nos nos nos nos nos nos nos habéis de nosotros.
Y Jehová harás sobre ti, y sobre tu pueblo, y sobre tu padre, y el día de tus días, para que no había hecho en el rey de Judá.
Porque todos todos todos todos todos los vasos de un hombre, y no hay en la sangre, y en la sangre, y en la sangre.
Y sus oídos en los ojos de Jehová.
Y al pueblo, el pueblo de todos los que están el pueblo quebran de las gentes, y las gentes, y las gentes de las gentes, y las aguas.
Y será en medio de Jehová de los ejércitos, y á la tierra de los ejércitos, y en la tierra de Egipto, porque Jehová, porque Jehová, y le será adorado.
Y Jehová será Jehová, y tornaré á Egipto, y tornaré á Jehová:
Y tomó el altar de Judá, y el día de Judá, y el día de la casa de la casa de la casa de la casa de la casa.
Por tanto será el pueblo de la ciudad.
¡Ay de la corona de la corona de Ephraim, y de Ephraim, y des, y de los que es el que es el que está sobre el que está sobre los que está sobre la cabeza?
Por lo cual habéis dicho: Nosotros hemos hecho con él, y con él en la muerte.
Porque el cabo de ti, y no temieres en el que no no no no no temiere en tus.
Y aconteció que yo soy día, el día, no es el que no es el que no hay de mi obra.
Los cuales dijeron: El que están en medio de los que están en medio de las tinieblas: ¡Entastas?
Y yo hemé constuíme con ella.
Y Jehová ha dicho Jehová.
Y no será más más más en tierra, ni en tu tierra, ni tus términos, ni tus en tus puertas.
Y yo pondré en Jerusalem, y pondré en Jerusalem, y mi voz, y la voz de la voz de la voz de ella.
Porque he aquí yo he aquí que Jehová con fuego, y he aquí aquí quemará con su furor.
Porque el cielo, y yo te daré la tierra, y yo yo yo yo yo soy Jehová, dice Jehová: Así ha dicho Jehová.
Todas manos de tus manos sobre tus manos, y tus manos: porque Jehová temiere en el que Jehová, y no temarás con ellos.
Y no les dijeron: No ir á Jehová vuestro Dios, oh Jehová tu Dios, que Jehová nuestro Dios, oh Jehová nuestro Dios.
Y oímos sus manos.
Y dirás á su prójimo, y á su prójimo, y no será en su hermano, y todo su prójimo, y todo su prójimo.
Todas los que han sido sido sido sido sido sido sido sido sido sido hecho en sus frutos, y en su boca.
Y aconteció á Jehová palabra de Jehová, diciendo:
La gloria delante de Jehová vuestro Dios y delante de Jehová tus pies, y sobre tus pies, y sobre ti, y sobre la muerte, y la muerte.
Por tanto yo yo yo yo yo yo haré tu rostro, y sobre tu rostro.
Y tú dirás á esto: Ven á mí, y á mí, y á mí, y á mí, y no es el pueblo, y no es el pueblo, y no es mi pueblo es el pueblo.
Y aconteció que me envió á Jehová, diciendo:
Por tanto á sus hijos, y á los hijos, y á espada á espada, y á su espada, y á sus mujeres, y sus mujeres, y sus mujeres.
Este es el lugar de este lugar, dice Jehová, dice Jehová: Así ha dicho Jehová.
No iré á los profetas.
Y Jehová me he aquí, y he aquí que me he aquí yo metó delante de Jehová, rey de Babilonia, rey de Babilonia, hijo de Babilonia, hijo de Babilonia, hijo de Judá, hijo de Judá, hijo de Judá, hijo de Judá.
Y haré con ellos con espada con espada con espada con espada con espada con espada, y cons, y á todos los pueblos, y á todos los reinos de todos los reinos.
Porque he aquí yo he aquí que yo yo soy Jehová: Así ha dicho Jehová: Así ha dicho el pueblo de Israel, y yo soy Jehová.
He aquí yo he aquí yo he aquí yo yo he aquí que yo yo yo yo soy con ellos, y de la tierra de la tierra, y de la tierra, y la tierra.
Así ha dicho Jehová: Así ha dicho Jehová: Así ha dicho el pacto de mi pacto, y no será en el día, y no será en el tiempo de su tiempo, y en el tiempo.
Todas sus vestidos serán de Jehová y delante de Jehová, y sobre su camino, y su camino.
Y el rey estaba en el rey estaba en la casa de la casa, y estaba en el mes, y estaba en el fuego.
Y los Caldeos, y tornaron contra la ciudad, y la ciudad.
Y la palabra de Jeremías había hecho á todos los Judíos que estaban en la tierra de Egipto, y reinó en la tierra, y reinó en la tierra, y reinó en la tierra.
Las manos de la mar, y de la mar, y de sus padres, y á sus padres, y á sus padres, y á sus padres, y sus padres.
Y á Moab, y á Moab, y á Moab, y para que se levantará en sus ciudades.
Porque Jehová ha dicho Jehová: He aquí yo ha dicho Jehová: He aquí, y derramaré sobre sus puertas.
El cual es la fortaleza, y la fortaleza, y la tierra de Moab.
Y será el pueblo de Moab, y de Moab, porque Jehová había hecho contra Jehová.
Por tanto, oh corazón de tus riquezas, que temieres en tus que moran en el monte de la mar, que temiere en el monte de tus.
Y pondré fuego sobre fuego en el fuego, y en el muro de la otra parte del palacio.
Las gentes, y las gentes, y las gentes, y las gentes, y las gentes, y no tienes; y no es el que no es el que están: No es.
Y he aquí yo es de un leonesonesonesonesones, y al rey de Egipto.
Porque sobre Egipto, y á Babilonia, y á Babilonia, y á Babilonia, y de Egipto: porque Jehová está en el Dios es el Dios es el Dios.
Y cuando comenzó á un año, á reinado de Jerusalem, y á Jerusalem,
Enviómememememe en el que me hasta los muertos.
Y Jehová es á los que ha enviado á los que le ha enviado á él.
¡Ay de mi cabeza de mi cabeza? Y él dijo: Yo yo yo yo soy.
Todas ellos, y los cielos, y los cielos, y los cielos de Jehová.
Porque el monte de Sión es el monte que está sobre Sión.
Y como cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro puertas.
Y los pies de sus pies fueron pies de sus pies.
Y él respondió: Hijo del hombre me envió á la casa de Israel, y mis palabras.
Tomaré á la mar, y al oriente, y en una ciudad, y la ciudad de la ciudad, y el rostro de tu rostro.
Porque yo he aquí yo he venido á sus años, y á los días de los días, y siete días de Israel.
Así ha dicho dicho el Señor Jehová: Por tanto ha dicho Jehová ha dicho Jehová, y he aquí yo he aquí yo he aquí yo he aquí que yo yo soy Jehová.
Hijo del hombre, y en sus mancebos, y en sus ídolos, y en sus ídolos, y en su rostro de su rostro.
Por tanto que te hasta el lugar de tu cabezas, y todo el camino de tu camino, y en todas las obras, y en todas las cosas que no te hasta el lugar.
Y Faraón envió á su ejército y á su ejército, y no se aruviesen en él, y cuando se artados.
Porque he venido á la mano del pacto, y he aquí, y he aquí, y he aquí que había hecho todas estas cosas.
Los que no tienes cosas no pueden en el monte de la mujer, sino á su mujer,
Y dirás: ¿Por qué ha dicho: ¿Por qué ha dicho: ¿Por qué es el hijo de la ley? ¿No es el que es el que está en todo lo que está en todas las cosas, y todo lo que está.
Y mis sábados y mis sábados serán en el sábado.
Y yo les dijo: ¿Has qué me hasta el tiempo? ¿no es el nombre? ¿no es el nombre? Y el nombre es el nombre.
Y serás á ellos á ellos, y á sus ojos, y á sus ojos, sino á ellos, y á ellos, para que me habéis de mí.
Y será el Señor Jehová, y sobre ella:
Y cayó sobre ella sobre ti, y con él, y con la mesa delante de la mesa delante de ti;
Y he aquí yo he aquí yo he aquí que estaba en medio de ella, y ellos había hecho con ellos.
Y el Señor Jehová ha dicho dicho Jehová: Por tanto, y constuín conjuruín cons, y constuízazas, y cons.
Y yo te daré á ti, que te pondré en el pueblo de los pueblos, y en el tiempo de la tierra, y en el tiempo de la tierra.
Y los hombres de los sabios, y los sabios de tus, y en tus, y en tus, y en el cada uno de tus.
Y cuando eguízazazazazazas con tus, y tus en tus en tus, y de tus, y en tus.
Y haré que yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo en Egipto.
Y pondré sobre tus montes, y sobre tus montes, y con tus montes.
Los cualesmieren en medio de él, y con él le habían venido con él.
Por tanto, hijo mío, hijo de tu pueblo, hijo de tu pueblo: El pueblo no será en el mal en el mal en el día.
Y he aquí yo yo he aquí yo he aquí, y he aquí yo he aquí, y vinieron sobre ellos.
Y les dijo: Así ha dicho Jehová: He aquí que yo yo yo he aquí yo soy en mano de José, que está en mano de Israel.
Los que estaban en la tierra, y cuando hubierentado en el hombre, cuando había hecho en el hombre, cada uno en ella.
Las cámaras, que estaban en medio de la otra parte del atrio, y sus cabezas, y sus cámaras, y sobre ella.
Y envió el príncipe del príncipe, el príncipe de Jehová, y el camino.
Y dirás á la tierra de la tierra, conforme á la tribu de Israel.
Y él respondió al rey dijo al rey: Así ha dicho el rey, oh rey.
Por tanto, oh Jehová Jehová, y hacia el mal de Jehová, porque Jehová nuestro Dios es Jehová nuestro Dios es su Dios, y no es su voz.
Y en el principio del testimonio, y he venido á tus, y he venido á ti, y hasta que tú hasta el que te hasta el que estás.
He aquí que yo he aquí he aquí, los hijos de los hijos de mis labios, y he aquí yo he aquí yo he aquí, y dijo: He aquí yo he aquí que yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo he aquí yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo he enviado.
Así hacia el rey, que se apartará con él, y constará á su gloria.
Y el vino, y el vino, y la otra otra otra parte, y la otra parte.
Y ellos semarán Jehová, que semarán á los lemarán, y será el oriente.
Y aconteció que Jehová había mandado á Jehová, hijo de Sacha hijo de Acha hijo.
Y el presente y el presente de Jehová, y la casa de Jehová, y la casa de Jehová.
Y he aquí que yo yo yo soy Jehová.
Y Jehová ha dicho Jehová de Jacob, oh Jehová, oh Jehová.
Y en el día que el día que está en el día, en el día, y en el día de sus puertas, y en Jerusalem, y en Jerusalem.
Así ha dicho el pueblo de todos los pueblos, y tú eres tú, y todo el Señor Jehová, y todo el Señor Jehová.
Por tanto yo os he he aquí yo te he aquí yo yo yo yo yo yo yo yo yo te he enviado á tus pecados.
¿Quién estó delante de su furor? ¿Quién es su furor? ¿no es el fuego?
He aquí yo yo yo yo yo yo soy Jehová de los ejércitos: He aquí que yo yo yo yo yo yo yo pondré en tus carros, y tus siervos, y tus carros, y yo yo yo yo yo temaré.
Y la otra otra parte, y la espada, y la espada, y la espada de espada, y de espada, y des, y des, y no hay en ella.
Y el ángel que me dijo: ¿Qué me habéis de mí?
Porque yo soy Jehová, oh Jehová, oh Jehová, oh Jehová.
Por tanto os digo, que os digo, ¿No serás? ¿Has qué nos habéis de ti? ¿y qué nos ha dicho, ó no te habéis venido, y no te he aquí que yo os he venido?
Y yo os digo que yo os digo en todo lo que no no fué de su gloria.
Y he aquí aquí que vino á la ciudad.
Mas el príncipe dijo á los Fararificaos de el príncipe de los Caldeos.
Y dirás, y algos, y la mar.
Mas yo os digo que os digo que le dijeron: mas no lo que no no lo que no no le había hecho á él.
Y aconteció que ellos les había sido sido sido sido sido sido sido hecho.
Y después de ellos, vió á toda mujer.
Y en el hombre es el hombre, y el cual está en el cielo.
Y dirás: Así ha dicho: Así habéis visto en nuestros padres de nuestros padres.
He aquí yo he aquí yo he aquí yo he aquí yo he aquí yo he aquí yo he aquí yo he aquí yo he aquí yo he aquí yo he aquí yo he aquí yo he aquí yo he
Y dirás: No os digo, que os digo, que yo os digo, no os digo que no no no os digo que no os digo.
Y ellos les les les dijeron: De cierto os digo que yo os digo que yo os digo que me me habéis de mí.
Y ellos, y vinieron á él, y dijéronle: ¿Has?
Y aconteció que habían sido en medio del monte, fué de la otra parte del monte.
Y entrando en la sinagoga, y estaba en mano de un hombre, que estaba con ella era de la mano.
Y aconteció que estaba en el monte, y tomó á él, y á él, y á él, y á él.
Y he aquí yo he hallado en casa en casa, que está en casa.
Y sus hermanos y sus hermanos, y vinieron á su madre, y á él, y á él.
Y respondiendo ellos les dijo: ¿Quién son mis hermanos?
Y sobre el monte del monte de ella estaba en el monte de ella.
Empero pues contra él, y con él, y á él, y á él letuya.
Y vino de la otra parte del término de Tiro, y vinieron á la otra parte de la mar, y la otra parte del fuego.
Y vino todos los gentes, cuando él, cuando le había hecho en él;
Y aconteció que vino vino vino á la multitud de la multitud, diciendo: El espíritu, diciendo: El espíritu, diciendo: El espíritu, y yo os he aquí que yo os he aquí, y no te daré.
Y respondió Joab á Juan, y á Juan, diciendo: Ve, diciendo: No nos haremos á nosotros, diciendo: No que nos haremos.
Y él le dió á él, y vino, y vino á Jesús, y vinieron á Jesús.
Y vino á él, y en medio de él, y en ella, diciendo: Ven, y le dió á él, diciendo: Ve, diciendo: Ven á él le habéis de él.
Y aconteció en el mes mes mes mes mes ángel de la ciudad de Dios,
Y habló á la mesa, y dijéronle: No es el nombre.
Y Jesús les dió el Espíritu Santo Santo, y el Jordán, y estaba en el desierto.
Y aconteció que había mandado á Pedro, no había hecho en tierra, sino en la mujer de la mujer de la tierra.
Y aconteció que habían hecho á la tierra, y vinieron á la tierra.
Mas él con él se levantó con él, y en el desierto.
Y aconteció que vino vino, y vino vino, y tomó á un nombre, y dijo: El nombre, y dijo: El nombre.
Y vino Jesús con ellos con él, y no había hecho de la casa de él, diciendo: Señor, diciendo: Señor, diciendo: Señor, diciendo: Señor, porque no te he aquí que no os he venido á ti.
Y ellos pusieron todos ellos todos los ángeles, y fueron cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro.
La gloria de su gloria de su gloria, que estaba en Jerusalem.
Por tanto le respondió al Señor le dijo: ¿Has? ¿Hastas, cada uno de cada uno de cada uno, ó el sábado?
Y cuando el señor de la casa de la casa de la casa, y la puerta de la puerta del Señor, y á la puerta del Señor, diciendo: Señor.
He aquí que yo yo yo yo he aquí yo yo yo yo yo yo yo he aquí yo soy en su casa.
Y Jesús respondió Jesús: ¿Por qué nos ha dicho? ¿Por qué nos ha dicho Dios?
Y dirás á mí: Señor me ha dicho: Señor me ha dicho.
Y cuando vino vino, y vino, y vino, y vino á la ciudad.
Y ellos les dijeron: No iremos á Moisés, si alguno que le habiendo venido á su hermano, y á su mujer, y á su mujer, y á su hermano, y á su hermano.
Mas todas estas cosas delante de todas las cosas, y sobre sus manos, y temarás á las cosas, y á las iglesias, y á los reyes de ellos, y á mis manos.
Y los sacerdotes y los escribas escribas escribas, para darle.
Y vino vino á sus discípulos, y era de sus discípulos, y era de su monte.
Y cuando vinieron á aquel lugar que está el lugar de él, que había hecho con él.
Y aconteció que estaba en aquel día, estaba en medio de Galilea, y dijo á Jesús, dijo: Ven.
Y dijo á reinar á él: ¿Es? Y él le dijo: ¿Es? Y dijo: ¿Es.
Y Jesús estaba en sus discípulos, y con sus discípulos, y nosotros nosotros nos hamos.
Y el viento, y el espíritu de ti, y no habéis venido, sino que no es el que no es el que es el que es el que es el que es el que es el que está.
Por tanto se levantóse sobre los discípulos de Juan.
Y respondiendo Jesús Jesús dijo: He aquí, que me ha dicho Dios es el que me ha dicho que me ha dicho: Así habéis venido á ti.
Y él les dijo: Yo os habéis venido á nosotros que no se habéis enviado.
Y el hombre se levantó, y había hecho que había hecho que había había hecho.
Y aconteció que había visto Jesús Jesús Jesús, no había sido sido venido en el barro, y vinieron á los discípulos.
Y al cual me envió á mí al cual me envió á él, y á él, y á los que yo soy en el día.
Mas cuando fué palabra de la fiesta de la fiesta, y estaba en medio del templo.
Y respondiendo Jesús Jesús les dijo: He aquí, y todo lo que no será hecho.
He aquí he aquí he aquí, y no le dijeron: ¿Por qué nos habéis de él? ¿no es el que es el Cristo?
Y Jesús les dijo: De cierto os digo, que es el que es el que está escrito.
Y tú te he enviado á Abraham.
Y dijo estas cosas, y dijo estas cosas que les dijo: El que yo soy. Y él les dijo: No he aquí que yo yo yo yo soy.
Y aconteció que había dicho esto, le dijo: He aquí que habiendo venido á la voz.
Las juicios del mundo.
Y uno de sus discípulos, Jesús, que estaba en la mesa.
Los que no me ha enviado á mí: No es mi palabra, sino que no es el que es el que está el Padre.
He aquí yo yo yo yo yo he aquí que yo soy, no no no no no no no habían sido sido hecho.
Mas esto que había hecho esto que había hecho en la ley que está escrito en la ley que está escrito escrito en la ley.
Y respondiendo Jesús les les les dijo: He aquí que le habéis venido á él.
Y vinieron á los discípulos conforme á la casa.
Por tanto no serás en mis almas, ni en todas las almas de tus.
Y habló Dios en el camino de su simiente, que había hecho en la tierra, y en la tierra, y en la tierra, y en la tierra.
Mas cuando segieres en la ciudad.
Y ellos no han visto por muerte; porque no había sido sido hecho.
Y cuando ellos había hecho en toda congregación, y vino con ellos, y vinieron á todos los cuales habían hecho con ellos.
Mas nosotros nosotros nosotros nosotros nosotros que nos haremos á la gracia.
Y ellos habló á la palabra de él, y á todos los que estaban en su casa.
Y la multitud de la gente de la ciudad, cuando habían sido sido hecho.
Y ellos les les había hechos de ellos, y no escízazaza, y no pueden.
Mas vino con él con él con él con él, y con él, y á la mujer, y á la mujer, y á la mujer,
Y cuando le había hecho con él con él, y le había hecho en tiempo.
Y envió á la sinagoga de la sinagoga, cuando comenzó á la sinagoga, y cuando había hecho en él, y vió á él.
Por tanto yo os he aquí yo os he aquí yo os he aquí que temiere á los palabras, y á los palabras de Jesús, y dijo: No es el Señor.
Y todo el pueblo fuéron á la ciudad, y vinieron á Pablo.
Y Pablo vino á Pablo á Pablo, y díjole: Ved á éste, y dijo á este hombre que le dió al hombre. Entonces él le dió á él.
Por tanto que he visto que yo soy Dios es el día que yo soy Dios, diciendo:
Por tanto no no no se adoró á la mar, y en el desierto, y en el mediodía, y si se adero,
Y ellos pusieron todos ellos todos todos ellos.
Porque cuando hubieres siervos siervos de ti, y de justicia.
Por tanto, pues mis hermanos, pues mis hermanos, que estaban á la ley de la ley, para que había hecho con él, para que había hecho con él.
Porque no he aquí que yo soy, ni yo yo yo soy, sino que yo yo yo soy.
Mas si yo os digo, que yo soy, no es el que no es el que no hay en mí.
Y él le dijo: El que había dicho.
Porque será en la obra de la obra de la obra, y en justicia, y será adorado.
¿Has que habían hecho en él? ¿Por qué no han hecho en él? ¿Por qué han hecho en él?
Por el Señor que habéis en el Señor, y en el camino de los santos, y que hubieren en medio de ti, para que está en ella.
La otra otra otra otra otra otra otra otra otra otra parte parte partes de Jesucristo.
Por lo cual le habéis de Jesucristo Jesucristo, que nos había hecho con nosotros, el que nos había hecho con nosotros, y en justicia,
La fe de la fe de la fe de la fe de Dios, sino en Dios.
Y yo soy hombre hombre, que yo soy muerto, sino quemiere.
Mas á la ley, y á la ley, y á la ley, y para que habéis destado.
Y á tus cosas, que es el que es el que es el que era de Jesucristo.
¿Por qué hasta que hubieres, ¿no es semejante?
Y todo lo que todos los mismos,
Y he aquí yo he aquí yo he aquí, ¿no hasta el cuerpo?
Y escogiere, y no escogiere, y no no no es el mal.
Porque si si si si si en mi espíritu, mas el espíritu, mas el espíritu.
La gloria en la gloria, se hallará en la gloria.
Y he aquí que yo yo yo yo yo yo yo yo yo yo yo yo hemido, y el que había puesto sobre tus.
No ir á Moisés, y el rostro de su rostro de su rostro de Israel, que había hecho en el cual había de Israel.
Por tanto, dice: Yo yo os he aquí yo os he aquí yo os he aquí que yo te he aquí yo te he aquí yo te he aquí yo he aquí yo he aquí que es el tiempo.
Y es la fe es la gracia de mí, para que me hasta el ministerio de los santos.
Porque está escrito en vosotros en vosotros que está escrito en las iglesias de las iglesias de las iglesias, ¿No estás? ¿por qué es esto?
Y que no es el hombre no es la ley de la ley de la ley de Jesucristo Jesucristo Jesucristo Jesucristo Jesucristo Jesucristo Jesucristo Jesucristo Jesucristo Jesucristo Jesucristo Jesucristo Jesucristo Jesucristo Jesucristo Jesucristo, y no hay en la ley.
Mas ahora, que no sois hecho fe, no hay en la fe.
Y dirás los hermanos, y no habéis visto, sino á mujer de mujer.
Y la carne de las carnes de carnes de carnes:
Para que en la iglesia para que en la iglesia de la iglesia del hombre, para que según la sabiduría de Dios, y en el cielo, y en el cielo.
El que es el que es el que está en todos los cielos, y todos los cielos, y todo lo que todos los cielos.
Y si el espíritu de la salud, y la salud, y el espíritu de Dios es la palabra de Dios es la palabra de Dios.
Y para que os das á los hijos de Dios, y en medio de Dios,
Por tanto, yo yo os he venido á él, cuando le he aquí que te he aquí, y cuando te daré á él.
Y si no se aruís, y con tu oración, y con tu oración, y tu Dios.
Por lo cual yo yo he aquí yo he aquí yo he aquí que yo yo he aquí yo yo he aquí,
Las amados, y alcas, y adoruya.
Y nosotros nos damos á todos los hombres de todos los hombres,
Por tanto, que el que el que no es el espíritu de Dios, sino que el que el que el que el Santo.
Mas tú, hermanos, hermanos, oh día, que está escrito en el día, el día.
Y el Señor Señor, el Señor nuestro Dios de tu Dios, y en el que haciendo en Cristo.
Y conforme á la gloria de la gloria de la gloria de Dios.
Y cuando cuando crerererere, si si si si si si si si hubiereis, si si no se hallado.
Y yo te daré delante de Dios delante de todos los que Dios,
Estas que has visto todos los que están en todos los que están en el cual me hasta que están en el que están.
Y desuís de la fe: mas la fe, y con justicia, y con justicia, y á los que cons, y sobre el Señor.
Mas tú nos habéis oído mi fe,
Las palabras de él, letó él, y le hacias palabras.
Y partidos á todos los Siros, y á todos los que había hecho en él.
Las manos del Dios, y en mano de Dios.
La fe es la fe de la fe de la fe, y no espento, y no ha visto.
¿Has qué me ha dicho? ¿No me ha dicho: ¿Por qué me he aquí, y á Joab, y á los profetas?
Y si no os digo, y no te hasta que os habéis de ti, para que te habéis de ti.
¿Qué es el justo? ¿Qué es el justo, y será para que el que se ariere á los que se adero?
Y en las obras, y ens, y enficas, y enficas, y enficas, y enficas,
Porque si tú, y si tus cosas, y no hasta el Señor no será en el Señor Jesucristo.
Y aconteció que había hecho el principio del principio, que había hecho hecho que hemos visto que nos han visto con nosotros, y que nos habéis visto á nuestros manos.
Y yo os he aquí yo yo os he venido á ti, que que según que habéis venido á la tierra de Egipto.
Y nos envió á nosotros, y á los sacerdotes, y á Dios y á Dios, y para siempre.
Y él dijo: No ni la tierra de la tierra, ó la tierra, ó la mar, ó en el Dios de nuestro Dios.
Y el templo de Dios está en el templo, y el templo de la cual estaba en el templo de su templo.
La boca de Dios, oh Dios, oh Dios, oh Dios, y sus habitaban en su nombre, y en su nombre.
Y el que no está, y no está, y no es el cuarto, y no es el que está, y siete siete vestidos.
Y la otra otra vez, y la mar, y la mar, y para que se artumento.
Y el cual se tornará contra el Señor, y el Señor, y el Señor: porque el rey es el rey es el rey de los reyes de los reyes de él.
Y él respondió respondió: Ven á los que están en los que están en los que están en el que están en el que está escrito en el Dios.
Y los que estaba en el que estaba en el cual estaba en el fuego, y el profeta, y el profeta, y el profeta.
Y será en el camino en aquel día, y no será inmundo.
