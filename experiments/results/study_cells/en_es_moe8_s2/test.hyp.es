Y cuando segiere en la luz, en la tierra de la tierra de la luz, y la tierra.
Y dijo Dios: El Dios, y la mar, y la mar, y en la tierra de la tierra, en el cielo.
Y el nombre de la tercera es la tercera es el tercera de la tercera que está en el río, en el río.
Y dijo á la mujer á la mujer: El fruto de la mujer de la mujer de la otra otra otra manera.
Y todos los días de Samán, y dos años.
Y todos los días de Beth-el, y dos años.
Y envió á él á Beth-el.
Y Dios mío, y dijo á sus hijos, y les dijo: Ven, y los hijos, y á la tierra.
Y Achâmón, y dos años, y engendró á Sarón, y engendró á Sarón, y engendró.
Y Joab tomó su mujer á su hermano, hijo de su hermano, y todo lo que había hecho en todo lo que había hecho en la tierra de su tierra.
Y será el que se ha dicho el Egipto, diciendo: Así ha dicho el cual ha dicho: No es su mujer.
¿Por qué yo yo os he venido delante de ti? ¿Hastéré de ti, yo yo yo yo yo te daré á la mano.
Y él respondió: He aquí yo he aquí, yo he aquí yo he aquí que yo he aquí que yo yo he aquí que yo soy el polvo.
Y dijo Abraham á Abraham á su mujer: Ve, y mi hijo mío mío, y dijo á Joab.
Y reinó en el desierto de su madre.
Y dijo á Abraham: Así ha dicho Jehová: Así ha dicho Jehová: El día es el profeta: Así ha dicho: Así ha dicho Jehová.
Y mi cabeza, y mi cabeza, y mi padre, y Jehová Dios mío, y Jehová Dios mío, que me había hecho en mi hijo en el hijo de mi hijo.
Y Abraham llamó á su espíritu, y reinó en el hombre, y reinó en el varón de hombre, y era de su pueblo.
Y él no había hecho de él, y no había de su hermano.
Y he aquí Jehová, y dijo á Jehová, y dijo: Yo Jehová Dios de tu Dios, y tu Dios, y tu padre, y yo te daré á la tierra.
Y parió á Joab, y parió á Jacob hijo de Jacob.
Y él respondió: Ve, y tus ojos, y yo te daré.
Y él dijo: ¿Es? Y él dijo: ¿Has qué me ha dichos, no me habéis de mí, y no me habéis de mí.
Y fué con todos todos todos todos todos todos los príncipes de la otra parte del río.
Y envió Dios Dios á Dios en el rey de la noche, y dijo: No te dijo: No, no te dijeres.
Y ella respondió: No me hasta que tu señor mío, que yo yo yo yo yo te he aquí que yo te he aquí que yo te he hallado.
Y dos dos mil mil y veinte y tres mil, y dos mil, y tres mil y dos mil y veinte y veinte y siete mil y cuatro mil.
Y habló á ellos con ellos, diciendo: El hijo mío mío, hijo de tu hijo de tu hijo.
Y partido á Israel, y la otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra parte.
Y él le dijo: Ve, y tus ovejas, le dijo: ¿Has? Y él dijo: ¿Has?
Y aconteció que la mañana como la luz, como la luz, y vinieron á la luz.
Porque estas siete años en la tierra de la tierra, y no hay en la tierra, y no hay en la tierra que no será inmundo.
Y harás en la tierra de Moab, y tu tierra, y tus hijos, y tus hijos, y tus hijos, y tus hijos, y tus ovejas, y tus ovejas, y tus.
Y he aquí tus ojos, y tu hermano es mi hermano es mi hermano es mi hermano es mi boca.
Y los hijos de Japha, y Seba, y Seba, y Seba, y Seba, y Senías.
Las palabras, no mes ojos de sus alma, no temidos, y no hay en su furor.
Y vino á la otra parte del Jordán, y la otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra otra parte, y según su padre.
Y sus hijos, no les dijo:
Y él dijo á su pueblo: He aquí que los hijos de Israel son los hijos de Israel, y los hijos de Israel.
Y Achîsai, y tomó la mar, y tomó á su hijo de su hijo de su hijo de su hijo de su hijo, y dijo: Ve, y me habéis de mí.
Y tomó á Sarías hijo de su padre, y parió á su padre, y tomó á José, y á Moisés y Moisés, y Moisés, y sus años.
Y Jehová dijo á Moisés: Así ha dicho Jehová, y tus aguas, y tus aguas de tus aguas, y tus aguas de Egipto, y de Egipto, y sobre Egipto, y sobre sus cabezas de Egipto.
Y la otra parte del dijo á Faraón: Así ha dicho el Dios es el Dios es el Dios es el corazón de Faraón: mas el corazón.
Entonces Faraón dijo Faraón á Faraón á su corazón, y no se ha dicho el pueblo.
Porque si si si si si no te habéis venido,
Y dijo Faraón á Faraón á Faraón, y todos sus siervos, y todos sus siervos, y todos sus siervos en Egipto, y en Egipto, y no había hecho en Egipto.
Y la tierra de Egipto, que estaban con los pueblos, con ellos en tierra de ellos, en tierra de ellos les dijo: Ven en la tierra.
Y Moisés dió Moisés á Israel á Israel desde el desierto, y vinieron en el desierto, y entraron en el desierto, y tres días.
Y Moisés dijo á Moisés: Así ha dicho Jehová es el sábado es el sábado.
He aquí yo os he aquí yo os he aquí yo os he aquí que yo te he aquí que yo te he aquí que yo te he aquí que yo he aquí que yo he aquí que yo he aquí que yo he aquí que yo he aquí que yo he aquí que yo he aquí que yo he aquí.
Y Moisés dió Moisés á Josué á Josué, y dió á Moisés, y á Moisés á Moisés.
Porque el aceite, y la luz, y el aceite, y el aceite, y el aceite, y para el aceite.
Y harás el altar del altar.
Y tus ovejas, y pondrás á Aarón y Aarón y Aarón, y los cuernos de Aarón, y el altar, y el altar, y el altar de él, y con él, y con él.
Y todos sus cabezas, y todos sus vestidos, y sus siclos, y sus términos, y sus términos de su altar.
Y á los hijos de Israel, diciendo: Así habéis dicho el sábado, diciendo: Así ha dicho el sábado es el sábado, y tus mandamientos, para que yo yo yo yo yo yo yo yo yo yo yo yo os habéis de Jehová.
Y el tabernáculo del testimonio, y sus rodillillas, y sus columnas, sus columnas, y sus columnas, y sus columnas, y sus columnas, y sus columnas.
Y él segió con él con Dios, en sabiduría, en sabiduría, en sabiduría, y en todo lo que en todas las obra,
Y Moisés dió á Moisés, y á los sabios, y todos los sabios, y todo lo que había hecho en todo lo que Jehová había hecho en él.
Y la anchura de la anchura de veinticinco codos, y cuatro codos.
Las cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro mil, y tas, y la otra parte, y fué.
Y él le dió el tabernáculo del tabernáculo del tabernáculo del tabernáculo del testimonio.
Tu presente de vuestras ofrendas de vuestras ofrendas, y no serás de todo lo que no será el pacto de tu Dios.
Y he aquí, y si si alguno de Jehová, y á Jehová, y á Jehová, y en su prójimo, ó en su prójimo, ó cada uno de su prójimo.
Y la ofrenda de la ofrenda de la ofrenda de la ofrenda de Jehová hacia el sacerdote.
Y todos los hijos de Aarón en manos de Aarón y sus manos en manos, y sus manos delante de Jehová.
Y cuando segión el altar.
Y estas cosas son estas cosas, y tus cuerpos des, y de carne, y de zazazazazazazazazazazazazazazazas, y no se gozazas.
No te pondrás á ti, y no segieres, y no será inmundo.
Y he aquí un sacerdote, cuando metiere un un carnero, ó un un carnero, ó un carnero, ó un un carnero, ó el sacerdote.
Y será el macho cabrío, y la puerta de Jehová, y delante del testimonio delante de Jehová.
No comerás de tu padre, ni tu padre, ni tu padre es tu padre es tu padre.
Y cuando un varón de su anchura de su hija de su hija de su hija.
Y cualquiera que hacia el sacrificio de Jehová, ó el sacrificio de Jehová, ó el sacrificio de la ofrenda de la ofrenda de su santuario.
Y ellos en él en él en él, para que segieren á Jehová.
Y el sábado del sábado será el sábado, para que tu siervo tu siervo tu siervo tu siervo tu siervo tu siervo, y tu siervo, y tu siervo, y tu siervo, y tu siervo, y tu siervo, y tu siervo, y tu siervo.
Y si tú te hubieres á tu prójimo, ó tu prójimo, ni tu prójimo.
El que yo te daré el campo de la verdad.
No será inmundo, no es el que no escuriere, ni no será inmundo.
Y sus cuernos de ellos, y los cuales fueron cuatro mil y dos mil y dos mil.
Y los hijos de Coath, los hijos de Coath, y sus hijos, y sus hijos, y sus hijos.
Y los contados de ellos, los contados de los contados de los contados de todos los mes, y dos mil y dos mil y dos mil y dos mil.
Y los vasos de todos los vasos de todos los vasos de los vasos que estaban en el santuario, en el santuario.
Mas no segiere en el santuario.
Y los contados de ellos, los contados de sus padres, sus padres, sus padres, y sus padres, seiscientos mil mil mil mil mil mil mil mil mil mil y y seiscientos mil mil mil mil mil.
Y él no será inmundo en su padre, ni su padre, ó su padre, ó su padre, ó su hermano, ó su hermano, ó su hermano es su hermano es su hermano es su padre.
Y la cabeza de la cabeza de oro, y siete siete corderos, y cinco macho cabrío, y cinco macho cabrío, y cinco carneros de un año.
Y la cabeza de la cabeza de oro, y siete siete corderos, y cinco macho cabrío, y cinco macho cabrío, y cinco carneros de un año.
Y un macho cabrío cabrío cabrío para expiación, para holocausto,
Y la familia de Moab, y en el valle, y en el desierto, y el desierto, y en el desierto.
Y si si si alguno alguno un carnero, y el macho cabrío, será el macho cabrío de harina.
Y Moisés dió á Moisés, y á Achâmón, y á los ancianos de Israel.
Y los hijos de Israel, diciendo: He aquí, diciendo: He aquí, nosotros son de todos los que hemos hechos.
Porque los hijos de Israel, los hijos de Israel, cuando Jehová habéis de Jehová: porque yo yo yo he aquí que yo yo soy Jehová.
Y los hijos de Israel, los hijos de Israel, en el desierto en el desierto en el cual estaba en el metó en el pueblo.
Y él dijo: Así ha dicho el tercera, Jehová de Jehová, que Jehová en el valle de Jehová, en el valle de Beth-el.
Y todas estas estas ciudades de Israel en todas las ciudades de Israel en todas las ciudades de todas las ciudades, y sus ciudades en todas las ciudades.
Y él respondió á su hijo, y dijo: Así ha dicho el rey mío mío, rey de Moab, que me hasta el rey de Moab.
¿Quién es el polvo de Jacob? ¿no es el tercer día de Israel? ¿no es la muerte?
Y la tercer día mes séptimo día, el cuarto cuarto día, un año, un año, un año,
Y sus cabezas, y sus presentes, y sus ofrendas, y el becerros, y sus ofrendas, y sus ofrendas,
Y Moisés envió á Moisés, y á todos los mil y á todos los mil, hijo de Phino, hijo de guerra, el sacerdote, y los vasos de los vasos de su santuario.
Y he aquí que estas estas cosas son los hijos de Israel, oh Jehová, oh Jehová, en el cual fué en la congregación de Jehová.
Y partidos de Is, y Achîs, y Achôn.
Y cuando cuando cuando según un hombre, y no lo que no lo que no se levantóse en él, y no había hecho.
Y el hombre será el hombre, y el hombre de la mano de la mano de la congregación de la congregación de la congregación, y la congregación, y la congregación de la congregación de la ciudad de la ciudad de la ciudad.
Destieres, no te habéis de la tierra, porque no te habéis de la tierra.
Y vino á mí, y dijo á ti, y dijéronle: Ven, y tú eres tú, para que nos habéis de la tierra de nosotros, para que nos habéis de la tierra que nos habéis de la tierra que nos habéis de la tierra que nos habéis de la tierra.
Y él respondió: No te he enviado á ti, y no no no no no no no no no no no no no te afica.
Y Jehová dijo á mí: No me habéis venido á Moab, ni en la tierra de Moab, porque no te daré en la tierra.
Y Jehová me envió á los estatutos que hasta que hasta que hasta que hasta que hasta que hasta que hasta que hasta que hasta que hasta hoy.
Mas Jehová ha dicho Jehová, oh Jehová, y tus padres, y á tus padres, que Jehová tus padres, y en tus padres, y en mano de Egipto, y de Egipto.
Y Jehová había había hecho en tus padres en tus padres, y el pueblo, y el pueblo, y todo lo que está en todo lo que está en todos sus padres.
Por tanto, y los extranjeros en la tierra de Egipto.
Las cosas, y alca,
Y cuando no habéis de su vestido, ni nunca más que no segieres, ni en tus mujeres.
No te pondrás en medio de tus viñas, porque todos tus frutos de todos los frutos de todos los frutos, y no te hasta la viña.
Y cuando se apartará á la puerta de la puerta de la puerta de la puerta de la puerta de su padre, y de su padre, y de su casa, y de Israel.
El que es el que está en medio de Jehová.
Y Moisés dió Moisés á los ancianos de Israel, diciendo: Así ha dicho el mandamiento de todos los ancianos, que yo yo yo os he enviado.
Mas el que está en tu palabra, y tu boca, y tu boca, y tu boca, para que tus ojos.
He aquí yo he aquí yo te he aquí yo te he aquí, y en la vida.
¿Hastieres á los holocaustos de ellos, y el vino de ellos?
Y aconteció que estaban en el monte de Moab, y vinieron á la otra parte del río, y vinieron á Josué hijo de Josué hijo de Josué hijo de Josué, que había mandado.
Y cuando el arca del pacto de Jehová, y el pacto de Jehová había hecho de Jehová, y el Jordán, y el Jordán, y el Jordán, y los pies de todos los pies, y todos los pies.
Y los hombres de Sarón, y los hombres de ellos; y ellos los hombres de ellos les habían hecho delante de la puerta de ellos.
Por lo cual envió á rey de Jerusalem, rey de Beth-el, rey de Sarías rey de Sarías rey de Sera, y Sera, diciendo:
Y Josué envió Josué á Josué, y todos Israel, y todos Israel, y todos los Siros de Israel.
Y el rey del rey del rey, el rey del rey del rey del rey,
Y dijo á Joab: El que yo mesca, y á Beth-el, y mi hija.
Y Achânías, y Achâmías,
Y de la otra parte de la otra parte de todos los que estaban en la otra parte de Achâz, y con sus vestidos.
Y el mediodía del mediodía del mediodía, y el término de Beth-el. Y la otra parte del mediodía, y el término de la mar, y el término de Moab.
Y el término al término á la mar de la mar, que está delante de su hijo de su hijo de su hijo que está delante de su hijo, que está delante del mediodía.
Y Jehová habló á Josué, diciendo:
Mas ellos los campos de la ciudad, y su hijo de Sarón hijo de Zachânías hijo de Senías hijo de su hijo.
Y fué sobre él en el Espíritu de Israel, y dió á Israel, y á Jehová, y á Jehová, y á Beth-el.
Y llamó á la mano de la mano de su mano, y á su alma, y á la obra.
Y envió á Josué á todos los príncipes de Manasés, y vinieron á todos los mensajeros á Josué, y á Josué, y á Beth-el, y vinieron á Josué, y á Josué, y á Josué, y vinieron á Josué, y vinieron á Josué, y á Josué.
Y él se levantóse á Achîs, y les dijo á ellos en el camino de los hombres de los hombres de él, y dijo:
Y aconteció que se levantóse, y vinieron á Joab, y engendró á su hermano.
Y los hijos de Israel que no había hecho en el mal de Jehová, y en los días de Jehová, y á los dioses de los dioses de los dioses de Moab, y los dioses de los hijos de Moab, y los hijos de Moab.
Y todos los términos del términos de Beth-el, desde el desierto, y al desierto, y el desierto, y el desierto.
Y el señor de los Filisteos había hecho á los Filisteos, y siete siete siete siete siete siete siete años que no había hecho con él, y no había hecho con él.
Y Achîs, y tomó con él, y les dijo: He aquí que los Filisteos les dijo: He aquí que estaba sobre él, y la otra otra parte de ellos.
Y como el pueblo le vió á él, le dijeron: Ven, y dijo: Ven, y dijo: El que nos ha dicho la mano de nuestro mano de nuestros manos.
Y aconteció que había hecho en Israel en Israel en Israel en el rey de Israel no había hecho en el que no fué en sus ojos.
Y los hijos de Coath, y sus hijos que estaban en el camino que estaban á él, y vinieron á su casa.
Y los hijos de Benjamín, y los hijos de Moab, y los hijos de Sarías, hijo de Sarías, hijo de Coath, hijo de la tribu de la familia de la familia de la familia de la familia de la familia de la tierra de la familia de la familia de la tierra de la familia de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra.
Y él respondió á su siervo, y dijo: Ve, y tus altos en medio de los altos, y en medio.
Y todos los que estaban en todas estas cosas que estaban en siete siete siete hombres que habían hechos de ellos.
Y los hombres de Israel en Jerusalem, y reinó en la guerra, y á Israel y á los hombres de Israel, y dijéronle: No se habéis de Israel.
Y dirás á sus padres, cuando sus padres, y les dirás á nosotros, ¿Por qué nos dirás?
Y fué sepultado en mi alma de Jehová, y cretó á Jehová.
Y Y él no le dijo: No ha dicho su marido, porque él dijo: No es el niño es el niño, y el niño, y el niño, y el cual haciendo delante de Jehová.
Y David envió á todos los días de Israel.
¿Hastéré delante de Jehová, y delante de Jehová? ¿No he aquí que yo yo yo he aquí que yo yo yo he aquí yo yo yo yo he aquí que yo he aquí que yo he aquí que yo yo yo yo yo yo yo yo yo yo yo me he venido á mí.
Y levantóse todos los que estaban con él que estaban con él, y he aquí, y he aquí, y he aquí que he aquí que he aquí que estaba en su espada.
Y él dijo á Saúl: No hasta que no te hasta que no te hasta que Jehová te hasta que Jehová habéis de Israel.
Y Jehová dijo á Samuel: No ha dicho el rostro de su rostro, ó el rostro de su rostro de su rostro, ó el hombre.
Y vinieron los príncipes de los Filisteos, y vinieron á los Filisteos, como como David, como David había hecho á David.
Y dijo David á Saúl á Saúl á Saúl, y dijo á él: No ha dicho el rey de David, porque no ha dicho su siervo.
Y aconteció que Saúl había mandado á Saúl, y vinieron á Saúl, y vinieron á Saúl.
¿Hasté yo te he oídos que yo te he venido en mi casa?
Y David envió David á los mancebos, y vino á todos sus mancebos, y vinieron á todos sus palabras.
Y envió David á David, y envió á Saúl, y los que había hecho había hecho.
Y envió David á la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de Saúl, y cuando no había hecho, ni no había hecho, ni no había hecho.
Y David dijo á su corazón: He aquí que yo soy el día de la mano de la mano de Saúl, porque no hay en la tierra de mí.
Y envió David á sus hombres, y á Achêos, y la tierra de Sarón, y la tierra de Moab, y los que estaban en la tierra de Egipto.
Y pusieron sus cabezas, y sus cabezas de su tierra, y á todos los Filisteos, y todos los Filisteos á todos los Filisteos á todos los Filisteos, y en la casa de sus ídolos.
Y vino á Joab á Joab, y vinieron á todos los hombres de todos los hombres de todos los hombres, y todos los hombres de David.
Y David dijo á David: He aquí que yo te daré á Israel, y todo lo que todos mis pacto, y todo lo que en todo lo que se habéis de Egipto.
Y he aquí David, y envió á Joab y á Joab y á Joab, y vinieron en gran manera no había hecho con él, y no había hecho en él en él en él.
Y tus manos, y tus pies, y tus pies, y tus pies, y sus pies.
Y viendo David de Jehová, dijo á Jehová: No ha dicho: No, no no no no no segiere en medio de ellos, y no temido.
Y David envió David á mí, cuando metó, cuando metó á los hombres de los Siros de los Siros de los Siros.
Y aconteció que el rey de los hijos de Ammón, y reinó en su hijo.
Y David dijo David á David, y dijo á el hombre, y dijo: Así ha dicho Jehová: Así ha dicho el hombre que ha dicho Jehová.
Y David rey David envió á Absalom á Absalom á Absalom, que había hecho por la cual había hecho de Moab.
Y cuando cuando cuando su cabeza de su cabeza, y todo lo que había de todo lo que era de todo lo que había hecho en su cabeza.
Porque tu siervo tu siervo, que yo he aquí que yo he aquí que yo soy Jehová.
Y el pueblo se levantó sobre el campo de Israel, y fué en el campo de Israel en el cual estaba en la batalla.
Y Joab vino á Joab, y vinieron á los pueblos de Israel, y vinieron á Joab.
Y Joab respondió á Joab: No serás, no te habéis venido, sino que no te hasta que no hasta que no es el rey.
Y el rey dijo al rey: ¿Es? Y él dijo: ¿Es? Y él dijo: ¿Has? Y él dijo: ¿Has? Y todo el rey de todos los enemigos.
Y el pueblo que estaban en el pueblo que estaban en el pueblo que están en el pueblo que están en la ciudad, cuando hubieren en Jerusalem.
Porque tu siervo que he aquí que yo he aquí que yo he aquí que he aquí que he aquí que yo he aquí que he aquí que he aquí que he aquí que he aquí que yo me envió á José.
Y él respondió: ¿Por qué hasta el rey de los días de los días de mi vida?
Y Achâmías hijo de Sarías, hijo de Arnías, hijo de Arnías,
Y David envió á Jehová á Jehová, y á Jehová, y á la tierra de Jehová, y la tierra de Jehová había hecho de la tierra, y la tierra.
Y su padre no había hecho, no había hecho en él, diciendo: ¿Por qué había hecho? Y él dijo: ¿Por qué había hecho?
Y respondió Dios Dios: Por lo que no habéis venido, y no te hasta que no te hasta que no hasta que no te hasta que no te hasta que no te hasta que no te hasta que no te hasta que no te hasta que no te hasta que te hasta que no te hasta que no te hasta que Dios.
Y Achâmón, y Beth-el, y Beth-el, y Beth-el.
Y envió á Salomón rey Salomón rey de Salomón rey de Salomón había hecho que había hecho en el rey de él en el rey de su padre.
Y el templo del templo de la casa de la casa de la casa de la casa de la casa de la anchura de la anchura de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa
Y en la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad.
Y Salomón envió á todo el rey de Israel, que estaban delante de Israel que estaban delante de él, y sus ovejas, y no había hecho.
Y los sacerdotes en el arca de Jehová en el pacto de Jehová, y el templo de su santuario, la casa de la casa de la casa de la casa.
Bendito Jehová tu Dios es tu Dios, que tu Dios en el trono de Israel.
Todos los que estaban en el que estaban en el que sebo, y los reyes de los reyes de los reyes de todos los reyes de todos los reyes de los reyes de los reyes de la tierra.
Y Salomón Salomón rey Salomón rey de oro de oro de oro, y dos siclos de oro de oro de oro.
Y si si si si yo te daré á ti, que yo yo yo yo yo te daré en mi casa, y en mis estatutos, y en mis estatutos, y en mis estatutos, y mi siervo, y no te daré mi siervo.
Y durmió Salomón con sus padres, y Salomón con sus padres, y reinó en su padre en su hijo reinó en su hijo.
Así ha dicho Jehová Dios: Así ha dicho el Dios de Israel: Así ha dicho el cual yo yo soy Jehová, y el pueblo de Israel.
Por tanto, yo he aquí yo te daré en casa de Israel, y de Jeroboam, y de Jeroboam, que está sobre todos los que está sobre todos los que está sobre todo Israel.
Y los hombres de la ciudad dijo: He aquí que he aquí que he aquí que yo es mi señor es mi señor, y mi señor es mi señor, y la tierra.
Y aconteció en el camino de Israel en el camino del rey de Israel, no no había hecho en casa de Jehová en casa.
Y envió Josué á Joab rey de Beth-el, que había venido á los Siros que había hecho con él, cuando comenzó á Josué hijo de Salomón hijo de Judá, hijo de Judá, hijo de Judá, hijo de Judá, hijo de Judá, hijo de Judá, hijo de Judá, hijo de Judá hijo de Judá, hijo de Judá, hijo de Judá, hijo de Judá, hijo de Judá, hijo de Judá, hijo de Judá, hijo de Judá, hijo de Judá, hijo de Judá, hijo de Judá, hijo de Judá, hijo de Judá, hijo de Judá, hijo de Judá, hijo de Judá, hijo de
Y tomó los príncipes de los príncipes, y á la tierra, y á la tierra, y todo el rey de la tierra, y todos los reyes de la casa de Jehová.
En el año año del rey de Judá hijo de Judá, hijo de Judá hijo de Israel, hijo de Israel hijo de Israel, hijo de Israel en el rey de Israel.
Y cuando sus estatutos y sus estatutos y sus estatutos y con sus estatutos y con sus estatutos y sus padres, y sus padres, y sus gentes, y no había hechos de ellos, y ellos, y ellos, y ellos, y les había hecho.
Y Achâmón, y Sephpha, y Sephpha, y Sephphpha, y á los hijos de Sarón.
Y cuando había dicho, dijo: He aquí que ha dicho el rey mío mío, diciendo:
Ahora pues Jehová nuestro Dios, oh Jehová nuestro Dios, que yo os he aquí que yo te he aquí que yo soy el reino de su Dios.
Y dijo á Josué: Así ha dicho Jehová: Así ha dicho Jehová.
Y aconteció que no había hecho en Jehová en los malos de los ojos de Jehová de los hijos de Israel.
Mas ellos no les había venido á Manasés, y no espicaron á las gentes que los cuales no son las gentes que no es el que los hijos de Israel.
Y comenzó á Josué comenzó á reinar, y comenzó á reinar, y reinó reinó en Jerusalem reinó en Jerusalem. Y su madre fué su hijo de su nombre.
Y el rey Jehová dijo á Jehová á Jehová, y todas las casas de todos los hombres de todos los Filisteos, y todos los que había hecho en el pueblo, y todos los profetas, y todo el pueblo, y el pueblo, y el pueblo, y el pueblo, y el pueblo, y el pueblo, y el rey de Jehová, y el rey de Jehová, y el pueblo, y el pueblo, y todos los profetas, y todos los cuales había hecho que había hecho que había hecho en todas las palabras de los que había hecho que había hecho que había hecho que había hecho que había hecho en Jerusalem, y todos los
Los hijos de Ephraim, y Seba, Seba, Seba, Sera, y Seba, y Sera, y Senías, y Seba, y Achô, y Seba.
Y los hijos de Irías, Elipha, y sus hijos, y sus hijos:
Y los hijos de Jepha, hijo mío, hijo mío, hijo mío, hijo mío, hijo mío, hijo mío, hijo mío, hijo mío, hijo mío, hijo mío, hijo de Sepha.
Y cuando se levantaron á la tierra, y la tierra, y la tierra de la tierra, que había hecho delante de Beth-ba.
Porque todos los hermanos de sus hermanos, y de los hermanos, mas él había hecho de José.
Y hijo mío, hijo mío, hijo mío, hijo mío, hijo mío, hijo mío, hijo mío, hijo mío, hijo mío,
Y á los hijos de Coath, conforme á sus hijos, conforme á sus familias, conforme á la tribu de Coath, y la tribu de Coath, y la tribu de Coath, y la tribu de Coath.
Y sus ejidos, y sus ejidos, y sus ejidos.
Y Achîsai, y Achîs hijos mío, hijos mío, hijos mío, hijos mío, y los hijos de Achîs.
Y los hijos de Jerón, los hijos de Jera, los hijos de Sera, y Sera, Seraías, y Sebaías, y Senías, y Senías, y Senías.
Y David subió á todo Israel á todos los Israel, que está escrito en Beth-el, que está de Beth-ba, el arca de Jehová es el arca de Judá.
Y vino á Beth-el, y á Beth-el, y los cuales les dijo á David, y les dijo á David. Y ellos les dijo: He aquí que estaban en mi nombre.
Entonces David envió á David rey delante de Jehová, y dijo: ¿Por qué yo yo soy Jehová Dios? Y Jehová Dios mío mío, y yo me habéis enviado.
Y Sadoc hijo de Amán, y á Joab, y á Joab hijo de Amán,
Y los hijos de Ammón, y los hijos de Ammón, y en la ciudad de la ciudad de la puerta de los reyes de los reyes de la ciudad.
Los hijos de Sarías, la familia de Sarón.
Y aconteció que estaban en medio de opidos, y los príncipes de los príncipes de los príncipes de los príncipes de los príncipes, y los príncipes de los hijos de Coath, y los hijos de Coath.
Y todos los hijos de los hijos de Coath, rey de los hijos de Dios, en el rey de Dios.
Porque los hijos de Coath, y á sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos,
Y aconteció que fué de Benaías hijo de Benaías hijo de Joab hijo de Joab.
Jehová es el que está en el que está en el cielo, y la gloria, y la gloria, y toda la gloria, y en toda la tierra, y en toda la tierra.
Los montes, y cuatro cuatro cuatro cuatro cuatro mil que estaban sobre los montes, que estaban en la mar de la mar, que estaban en la mar, y las columnas de la mar.
Y Dios mío, oh Dios, oh Dios, y tus ojos, y tus ojos, y tus oídos ojos, y tus oídos.
Y Salomón rey Salomón envió á Salomón rey de todos los que había dicho, que había hecho que había mandado á su rey.
Y aconteció que se levantóse de Jehová de Jehová, y no había hecho de él, y no había hecho en él.
Y pusieron á Jehová, y á Jehová, y todos los holocaustos, y todos los holocaustos, y en el pan, y todo lo que Jehová nuestro Dios.
Empero David reinó delante de Judá, y los cuales habían hecho delante de Judá, y había hecho delante de Judá.
Y los hombres de Judá de Judá: y los hombres de Judá, y todos los hombres de Israel, y todos los Filisteos delante de Israel.
Empero no no no había hecho en mano de Dios de Dios, para que había hecho en mano de su mano de ellos.
Y los hombres de los hombres de los hombres y los hombres, y todos los príncipes de todos los príncipes.
Por lo cual me han venido á mí, y á mí, y á todos los dioses que había hecho á todos los dioses de todos sus manos, y todos sus manos.
Y aconteció que comenzó á tres años, comenzó á tres años, y reinó en tres días, y reinó en Jerusalem en Jerusalem, y reinó en Jerusalem.
Los hijos de Ephraim, veinte y siete mil y siete mil y siete mil y siete mil.
Y á sus hijos y sus hermanos y sus hermanos, y sus hermanos y sus hermanos, y sus hijos y sus hijos, y los hijos de Judá, y los hijos de Judá, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos.
Y ahora ahora ahora ahora, que si el rey es el rey, y si no es el muro, ni no hay en el muro, ni la ciudad.
Empero al rey á rey de Judá, en el rey de Judá, que está en la casa de la casa de Judá, que está en la casa de Dios, y en las casas.
Y los hijos de Israel, y los sacerdotes, y los Levitas, y los hijos de los hijos de los hijos de los hijos de la casa de Dios.
Y vino á Jerusalem en el mes mes mes primero en el rey del rey.
Y los hijos de Joab, y á Joab, hijo de Id, y á la familia de él, y dos mil.
Y de los hijos de Sepha, hijo mío, hijo mío, y Sera, y tres años.
Y los vasos de plata, y los vasos de oro, y los vasos de oro, y el rey de la casa de nuestro rey de Israel, el rey de Israel, y todo Israel, y todo Israel, y todo Israel.
Y vinieron á Jerusalem, y tres días, y tres días.
Y Achîs, hijo de Achâzías, y la casa de Boo, y á Beth-el, y la puerta de Beth-el, y su casa.
Y después de Sarías, hijo de Sarías hijo de Sarías hijo de Sarías hijo de Sarías hijo de Sarón, y la casa de Sarututututuí, y la casa de la casa de Moab.
Mas cuando cuando cuando había hecho que había hecho en el muro, y había hecho en el muro, y fué en el muro.
Y los hijos de Ammón, dos mil y dos mil y dos mil y dos mil y dos mil.
Y la puerta de los hijos de Coath, los hijos de Achâchîs, los hijos de Achô, y los hijos de Achîs, y los hijos de Achîs.
Los hijos de Coath, y los hijos de Achâz,
Las cosas que estaban en tus ojos de tus ojos, y no han hechos en tus ojos, y no se habéis hecho en sus ojos, y no temidos, y no temidos.
Y de los sacerdotes, hijo de Jera, hijo de Sera,
Y delante del sacerdote, el sacerdote, el sacerdote, que era de la casa de la casa de la casa de nuestro Dios, y toda la casa de nuestro Dios,
Y aconteció que yo yo yo he aquí que yo he aquí que yo he aquí que yo de Moab,
Y vinieron á los mensajeros rey de todo el rey de todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos sus mujeres, y á todos los Judíos, y á todos sus mujeres, y á todos los Judíos, y á todos los Judíos que está en el mes, y á todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos los
Y vinieron á Joab á estas palabras.
Y subió á aquel día que según el día que había hecho en el corazón de la puerta del rey, que había hecho en la puerta de la puerta.
Y estando mi plata, y todos mis cabezas, y todos mis ramos, y todos mis aguas.
Tus ojos, y mis ojos, y yo yo he aquí yo yo yo me afímememememe.
Porque los justos de la tierra, y la tierra, y la tierra, y no hay en la tierra.
Y yo soy Dios: No me ha dicho: No me hasta mí.
Miramememememe, oh justo, yo yo yo he aquí yo yo he aquí que yo yo te daré mi cabeza, y con mi cabeza, y con mi fortaleza.
Yo he aquí yo yo he aquí, como un vestido, que es muya, que es el vestido.
¿Hastas tu Dios, y tus palabras?
Y mis hermanos míos y mis hermanos, y mis hermanos de mis hermanos, y mis hermanos son descas.
Por tanto, tus riquezas, y tus riquezas, y tus riquezas,
Las aguas, y segió á los montes, y el que no se habéis hecho.
Yo te heme á ti, y no me hasta que no me me me me hasta que me hasta que me hasta mí.
Y si yo he aquí yo he aquí yo he aquí que mi padre en mi padre.
Y si he aquí, cuando cuando sus frutos, ó sus frutos, ó su vida.
Egificad á la mar, y sus oídos, y en su gloria.
No no segiere el pueblo, y en el lugar.
Tus obras, no te hasta que no te hasta que no te han hechos.
Y he aquí Dios es el que está en su justicia, ¿y?
Y en las aguas, ¿Has de las nubes de las nubes de la nubes de la mar?
Las manos con sus manos, y la mano, y la espada.
Empero á la tierra, y la tierra de la tierra de la tierra de la tierra.
Al Músico principal: Salmo de David, oh Jehová, oh Jehová: ¿Has? ¿Por qué me habéis de tu rostro?
Las hijos de la fortaleza, y la fortaleza, y de su fortaleza.
Hacediere á él.
Y mi gloria y mi gloria.
Y he aquí yo he aquí que yo he aquí que yo soy Jehová en todo lo que yo soy Jehová en todas las casas de mi casas de Jehová.
Todas mis rameras en mi fortalezas.
Así ha dicho Jehová de las gentes.
Y los impíos han venido á la espada, y la espada.
No meriere con tus en tus ojos, y tu misericordia, y tu misericordia.
¿Hasáis en mi alma, ¿Por qué tú eres mi alma? ¿Has en mi alma, y en mi Dios, y mi Dios, y mi Dios?
Las manos sobre sus manos.
Al Músico principal: Al Músico principal: Ven, y etóme á David, y á David, cuando David, cuando me habéis de mí.
Y cayó sobre la mar de la espada.
Y yo os daré el holocaustos de holocausto, y el holocausto, y el becerro de un macho cabrío de harina.
Y hasta la congregación.
Al Músico principal: Salmo de David: Salmo de Moab, y JAHH, oh Jehová Dios.
Y todos todos los que están en ti, y tu salud, y tu salud, y tu salud, y dirán: No.
La boca de tu boca con tu boca, y tu fortaleza.
Y la tierra de la tierra de la tierra de la tierra; y el Líbano.
Mira, oh Dios, oh Dios.
Mas yo pondré á mí, oh Dios: y yo yo yo soy Dios.
Y vinieron á él á él á él á él á él á él á él, y en el juicio.
Y él tomó delante de ellos delante de ellos delante de ellos, y todos ellos, y todos los reyes de Israel, y en la tribu de Israel.
Alabad á Dios de los ejércitos, y tu rostro.
Y tú, y yo yo yo te he oído en el lugar de ti, y yo te he oído en el lugar de Moab.
Salmo de Dios.
Porque Jehová Dios es el Dios, y la gracia de Jehová, y la gracia de Jehová.
Las palabras de nuestro Señor nuestro Dios, y la obra de nuestros manos de nuestro Dios; porque nos habéis de nuestros manos.
La tierra de la tierra de la tierra de la tierra de Jehová, y no será mi alma.
Por lo que le había hecho en el desierto.
Por lo que segiere en medio de las gentes, y las gentes.
Y ellos en Jehová hacia Jehová á Jehová, y los que los que les hacias de ellos.
Todas mis mandamientos de ellos, y con ellos, y con ellos con ellos.
Jehová son las obras son las obras de todos los que están en todas las obras.
Y el Jordán, y el Jordán.
Y yo os daré á los sacrificios de Jehová, y de Jehová.
Yo heme mi mano sobre tus manos, y mis estatutos, y mis estatutos.
mis carnes de tus carnes obras.
Entémememe á Achîs, y no me hasta mi corazón.
He aquí yo yo he oído tu salud.
Y el Hijo del Hijo de David había dicho el que yo soy Jehová había dicho: No no había dicho.
Porque Jehová ha dicho: porque Jehová ha dicho Jehová: porque su gloria.
Todas delante de mí, y tu mano sobre tu mano.
Emperomememe á Jehová, oh Jehová, no me habéis de tu rostro, no me habéis de tu rostro.
Y él le darás, y sebos, y sebos, y como como como como la otra otra parte.
Y ellos les habéis enviado á Jehová, y los nombres, y los que estaban.
Por tanto en el camino de los hombres, y en el camino de los sabios.
Y el que está en su prójimo en su prójimo.
El que es el hombre es el que mestado, cretó mi casa.
Y la multitud de la multitud de las palabras de las palabras de los sabios de sus labios.
Las sabios es el sabios, mas no hay en la multitud de la multitud de la multitud.
Los que el que el que tienes, mas el alma, mas el que había hecho á su alma.
Y el rey el rey es el rey de la ira, mas el cual está sobre sus pies.
Hablará, y tañotiere, y el que segiere, y el que segará.
Así ha dicho el que no ha dicho, dice el camino, dice: No es su camino.
Y en medio de la lengua, y la lengua es la lengua es la lengua.
Y no no segieres en la piedra de la piedra, no no no no no no no no no te aficará sobre el campo.
Y los cielos y los cielos, y la tierra de la tierra de los reyes de los reyes de los reyes de los reyes de los reyes.
El hombre es el que es el que es el que es el que según el que no escuriere.
El que es el que es el que está en el que ha dicho Jehová.
Yo he aquí en mi corazón en mi corazón, y mi carne, y con mis ojos, y con mi corazón, y con mi corazón, y no me habéis destidos de los días.
Empero lo que yo soy Dios.
Las cosas son los que han hechos, porque los que no han hechos.
Y he aquí que yo he aquí que yo he aquí que los que estaban con los que estaban con él, que estaban con él.
Y he aquí yo he aquí, y mi corazón, y mi corazón, y alca, y la sabiduría, y la sabiduría, y la maldad, y la maldad.
Mirarararararararararara, y el muro de nuestro rostro. He aquí en el muro.
Tus labios, y tus labios es el templo, es el templo de la boca.
La boca es la boca de la boca, que está en el vino mi vino, y con mis labios de mis labios.
Y yo te daré la tierra de ti, y la tierra de la tierra.
Y aconteció que el día, diciendo: Ve, diciendo: No hay en mi casa, no hay en mi casa.
Las mujeres, y mujeres de hombre que segieres en el día que le dirás, diciendo: No nos habéis de nuestro nombre.
Y Jehová sobre ti sobre tu pueblo, y tu pueblo, y tu padre, y tu padre que no te hasta el rey de Judá.
Porque todos los cuernos del hombre, y en el hombre, y en la guerra, y en la guerra, y en medio de la sangre.
No será en Jehová, en Jehová en el que no será de Jehová.
Y el pueblo de la mar, el pueblo de los que estaban en el pueblo de las aguas de las gentes, y en las aguas de las aguas de las aguas de las aguas de las aguas.
Y será sobre mí, y á Jehová, y á los ejércitos en la tierra de Egipto en tierra de Egipto en Egipto en Egipto, porque Jehová, porque Jehová, y no será de ellos.
Jehová será sobre Egipto.
Y tomó la mar de Judá, y en el día de Judá en el día de la casa de la casa de la casa de la casa de la casa.
Por tanto será pueblo de ti.
¡Ay de la corona de Ephraim, y de Sión, y de la mar, y de su cabeza, y de su cabeza de su cabeza, que está sobre los que está en su cabeza?
Porque tú les dijo: Porque tú, y nosotros nos habéis venido con nosotros, y en la muerte, y en la muerte.
Porque el sepulcro de ti, no te habéis de ti.
Y por el día, yo yo soy el día, que no es el que no es mi obra, ¿yiere?
Y dirás á los que están en medio de los que están en tinieblas en tinieblas, que está en tinieblas en las tinieblas.
Miramemememememe con ella.
Y Jehová hacia Jehová ha dicho Jehová.
Y cuando no segiere en tu tierra, ni tu tierra, ni tu tierra, ni tu tierra, ni tu tierra, y tus puertas.
Yo pondré en Jerusalem, y mi voz, y mi voz, y mi voz de mi voz, y no hay en la voz.
Porque he aquí Jehová, y he aquí, y á Jehová, y sobre sus carros, y será con sus carros, y con su furor.
Porque el cielo, y la tierra que yo he aquí, y yo yo yo yo yo te daré delante de tu nombre delante de tu nombre.
Y tu lugar de tus manos, y tus manos tus manos en tus manos en tus que Jehová, y no será con ellos.
No le dijeron: No ha dicho Jehová Dios, oh Jehová Dios de Jehová Dios de Jehová Dios, que habéis de Jehová nuestro Dios, y en el que nos habéis de nosotros, y para hacer.
Y cuando oímos á sus manos, y sus manos.
Y cuando hubieren de su prójimo, y no según su hermano, y todo lo que su hermano, y toda su hermano, y toda su prójimo.
Todas ellos les hasta ellos, y se han hechos en ella.
Y habló á Jehová á mí, diciendo:
gloria delante de Jehová tu Dios, delante de tu Dios, y delante de tus pies, y tus pies, y la luz.
Por tanto, yo haré tu rostro.
Y dirás: Así habéis dicho el me habéis dicho mi palabra, y con mi hijo, y no metó con ellos, y no es el pueblo, y el pueblo.
Y Jehová me envió á mí, diciendo:
Por tanto á sus hijos y á los hijos y los hijos y los hijos de ellos, y los hijos de su espada, y sus mujeres, y sus mujeres.
Este es el lugar de Jehová, dice Jehová: Así ha dicho Jehová: Así ha dicho: Así ha dicho: He aquí que está en la ciudad.
Y yo no os he visto, no he aquí que yo he aquí que no les he visto.
Y Jehová me envió á mí, y he aquí, y he aquí que he aquí que he aquí que Jehová había hecho delante de Babilonia, hijo de Babilonia, hijo de Babilonia, hijo de Babilonia, hijo de Judá, hijo de Babilonia, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Babilonia, y de Judá, y de Judá, hijo de Babilonia.
Y haré á ellos, y con espada con espada, y cons, y con ellos, y con ellos, y de ellos, y todos los reinos, y todos los reinos de la tierra.
Porque así ha dicho Jehová: Así ha dicho Jehová: Así ha dicho Jehová: Así ha dicho: Así ha dicho: Así ha dicho el pueblo de Israel.
He aquí que yo te pondré en medio de la tierra de ellos, y la tierra de la tierra de la tierra de la tierra de la tierra de la mujer, y con él, y con él, y con ella.
Así ha dicho Jehová: Así ha dicho el pacto de mi pacto, y mi pacto en mi pacto, y el día de mí, y no será en el tiempo de ellos, y el tiempo de ellos.
Y harán delante de Jehová delante de Jehová de Jehová, y su camino, y su camino, y su furor.
Y el rey estaba en el rey estaba en casa, en el mes en el mes en el metó delante de la casa.
Y los príncipes de los Caldeos, y de la ciudad.
Y vino á Jeremías que había dicho á todos los Judíos que estaban en la tierra de Egipto en la tierra de Egipto, que estaban en Beth-ba, y á Beth-ba, y á Beth-el, y á Beth-el.
Y la carne de la carne de la rescanto de sus carros, y sus carros, de sus carros, y de sus cabezas de sus padres.
Extad á Moab, y para darle, y para que según su alma, y las ciudades de su santuario.
Porque así ha dicho Jehová: He aquí, dice Jehová: He aquí, y la mar de Moab.
El cual está en medio de Moab, y la fortaleza, y los hombres de Moab.
Y será el pueblo de Moab de Moab, porque Jehová espó contra Jehová.
Porque tus ojos de tus caminos, y tus rescantos en el que está en el que está en el monte de tus ojos.
Y sobre ella será sobre él, y en el muro de Beth-el, y la mar.
Y dirás á las gentes, y en las gentes, y en las gentes, y en las gentes, y no hay en las gentes, y no tienes.
Y he aquí que está en medio de la mar; y los pies. Y el rey de él estó el rey de Babilonia, y el rey de Babilonia.
Porque el que está sobre él sobre Babilonia, y sobre Babilonia, y en medio de Babilonia.
Y aconteció que reinó en el año de Jerusalem, y dos mil y dos mil y dos mil y dos mil y dos mil.
El cual me hasta mí en medio de mí, que los que están en los muertos.
Así ha dicho Jehová á los que está á los que leonestó á él.
¡Ay de mi cabeza.
Y harás en furor de ellos, y los cielos, y los cielos de Jehová.
Porque el monte de Sión es el monte de Sión, y el santuario.
Y como cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro
Y los pies de los pies de sus pies. Y la otra parte de sus pies, cuando era de sus pies.
Y él dijo: Vemememe á mí, y á Israel, y mi casa.
Tomaré sobre ella, y en medio de oro, y sobre ti, y sobre tu rostro.
Porque yo he aquí yo he aquí yo os he venido á los días de sus días, y tres días, y siete días de Israel.
Así ha dicho Jehová: Así ha dicho el Señor Jehová: Por tanto, y he aquí yo he aquí yo he aquí yo he aquí yo he aquí yo he aquí yo soy Jehová.
Hijo del hombre, he aquí, y en sus ídolos, y sus ídolos, y sus ídolos, y sus ídolos delante de su rostro.
Para que tu lugar de tus ojos, y tu cabeza, y tus, y tus en tus mujeres, y todo el lugar, y en todo lo que no te hasta el lugar.
Entonces Faraón dijo á Faraón á Faraón, y no no será en él en él, ni en él, y no se levantado en él, y de ellos.
Porque el cual había hecho en el pacto, y he aquí, y he aquí, y he aquí, y todo lo que había hecho.
No ni ni ni ni no según el monte de los que no según el monte.
¿Por qué te ha ha ha dicho el hijo de ti? ¿Por qué es el hijo de la ley de la ley de la ley? Y cuando el templo, y el templo, y todo lo que ha dicho.
Y mis sábados en el sábados.
Y ellos les dijo: ¿Es qué me hasta que me habéis dicho el nombre? Y el nombre.
Y serás á ellos, como ellos se aficartidos en ellos, y los que los que ellos se habéis de mí.
Y te serás, y beberán, y te serás, y tus riñones, y tus riñones, y sobre tus.
Y sobre ella sobre ella sobre ti, y con gran manera, y delante de mi mesa, y delante de ti, y delante de ti.
Y él dijo: He aquí que fué en ella en ella, y cada uno con él.
Así ha dicho el Señor Jehová: Así ha dicho el Señor Jehová, y he aquí que he aquí que he aquí, y aficadotuficaficaruficaruficado cons, y cons.
Y yo yo yo te daré en el pueblo, que yo en el pueblo de la tierra de la tierra de la tierra, y en la tierra de la tierra de la tierra de la tierra de la tierra de la tierra, y en la tierra de la tierra de la tierra.
Y los hombres hombres de tus sabios, y tus sabios en tus sabios en tus, y en medio de tus ojos.
Y yendo, y Jascas, y á tus quintaño, y tus con tus.
Y derramaré á Jehová que yo yo he aquí que yo soy en Egipto.
Y pondré tus montes sobre tus montes, y tus montes, y tus montes.
Y los que segieren á los que leones de él, y los que estaban en medio de la espada.
Y tú, hijo de tu hijo de tu pueblo de tu pueblo: No será el día de tu justicia, no será en su maldad.
Y yo he aquí, yo he aquí, y he aquí, y vinieron á ellos, y vinieron á sus pies.
Así ha dicho el Señor Jehová: Así ha dicho el Señor Jehová: He aquí que yo he aquí, en su mano de José, y en su mano de Israel, y el de Israel.
Y los quemieren á la tierra, y si si si si si alguno que se ha de hombre, cuando segiere en el valle de la tierra.
Y en el atrio del atrio.
Empero el término del príncipe de Jehová en el príncipe de Jehová, y el camino de Jehová.
Destieres á la tierra de Israel hasta la tribu de Israel.
Y dijo á Absalom al rey al rey: Así ha dicho el rey, para siempre.
Por tanto Jehová hacia el mal de Jehová, y hacia el mal que Jehová nuestro Dios es su Dios es su Dios, y todo lo que no es su Dios.
Y el principio de tu sierva, y he aquí, y he aquí, y he aquí que yo os he venido á ti.
Y he aquí, en el niño de los hijos de los hijos de mis hijos de mi boca, y he aquí, y he aquí, y dijo: He aquí que yo me he aquí que yo me he aquí, y he aquí que yo me he aquí, y yo he aquí, y mi señor mío, y yo yo he aquí que yo me he aquí, y he aquí, y he aquí que yo yo he aquí que yo he aquí que yo he aquí que yo he aquí que yo he aquí que yo he aquí que me he aquí que me he aquí que yo he aquí que yo he aquí que yo he aquí, y
Y al rey, y el rey, y con él, y con él, y sus vestidos.
Y la otra otra otra parte del vino, y no no no segiere, y la otra parte.
Y ellos segieren á Jehová, que segará á los Filisteos, y los hijos de los hijos de los hijos de los hijos.
Así que Jehová envió á Jehová, hijo de Joachâzías hijo de Ba.
Y el presente de la ofrenda de Jehová, y de Jehová de Jehová de Jehová, y los sacerdotes de Jehová, y los sacerdotes, y la casa de Jehová.
Y haré que yo su sangre, no he aquí que no he aquí en Jehová.
Así ha dicho Jehová de Jacob.
En aquel día que hasta la otra otra otra parte del día que estaban en la otra parte del mes, y cuando cada uno de ellos, y cada uno de Jerusalem.
El pueblo, oh pueblo, oh Dios de ti, oh Jehová, y todo lo que está sobre todo lo que está sobre todo el Señor Jehová.
Por tanto yo yo yo yo te he aquí yo te he aquí que yo yo yo yo yo yo te he visto en tus pecados.
¿Quién estó delante de su furor? ¿no es su furor, ¿no es su furor, y su furor?
He aquí yo soy Jehová, dice Jehová de los ejércitos: He aquí yo yo yo yo te daré en tu espada, y tu espada, y mi espada.
Y la otra parte de la espada, y etó, y la espada, y la espada, y la espada, y la espada, y no hay en medio de ellos, y en medio de ellos.
Entonces el ángel que me dijo: ¿Por qué me ha dichos? Y él respondió: ¿Por qué me ha dichos? Y él respondió: No.
Porque yo os he dicho Jehová, oh Jehová, no sois hijos de Jacob, no sois hijos de Jacob.
Por tanto os digo, no os digo, no os digo que tu vida, ó tu alma, ó no te será que no te serás, ó si si si si si si si si si si no te serás.
Y yo os digo que os digo en todas las gracias de todo lo que no no había hecho.
Y he aquí todo lo que había venido á la ciudad.
Mas los Farararificaos del príncipe de los Amorrheos, y el templo de los cuales leones.
Y dirás, y alca, y la otra parte de la mar.
Mas yo os digo que os digo, y no se habéis venido á él, sino que no lo que no lo que no lo que no se habiendo de ellos.
Y aconteció que como como vino, y vinieron á él.
Y después de ellos, cuando había mandado.
Y el hombre es el hombre es tu padre es tu padre es tu padre es el que está en tus cielos.
Y dirás, y dijo: He aquí que los días de los días de nuestros padres, y de nuestros padres.
Y he aquí yo he aquí, yo te he aquí yo he aquí yo te he aquí yo he aquí yo te he aquí yo he aquí,
Y dirás á ellos, diciendo: No os digo: No os digo, porque no os digo, porque no te habéis de mí.
Y Y ellos ellos les dijeron: De cierto os digo que yo os digo que yo te daré.
Y cuando cuando sextos, y le dijeron: ¿Por qué es el Señor?
Y cuando como como como había hecho una otra parte del monte.
Y entrando en la sinagoga, y fué en mano de hombre que estaba con él.
Y volvió á el monte, y dió á él á él á él, y á él, y vinieron á él.
Yo he aquí es la casa de la casa de Sión, para que metó.
Y sus hermanos y sus hermanos y sus hermanos, y sus hermanos, y á él á él.
Y él les dijo: ¿Es?
Y aconteció en el monte de ella estaba en el monte de ella.
Y todo lo que segió contra él, y no le artó á él.
Y vino del término del término del términos, y vinieron á la gente de la gente de la otra parte de la otra parte de la otra parte de ellos.
Y vino á todos los ángeles, cuando se habían hecho en él.
Y Jesús vino Jesús, vino á la multitud, cuando se levantóse, diciendo: El espíritu, diciendo: El espíritu, diciendo: Ve, diciendo: Ve, y no te he aquí, y no te he aquí, y no te he aquí que yo te he aquí, y le he aquí, y le he venido.
Y á los hijos de Jacob, y dijo: He aquí, diciendo: He aquí, diciendo: El que nos habéis de nosotros nos habéis de nosotros.
Y él segó á su vestido, y sus vestidos, y vino á Jesús.
Y él segó en medio de ella, y en medio de ella, y le dió á él á él, y le dió á él.
Y aconteció en el mes mes mes mes primero de la ciudad de la ciudad de Dios.
Y él le preguntó á la mesa, y dijo: No es el nombre.
Y Jesús Jesús, y he aquí que estaba en el Espíritu del desierto, y en el desierto.
Y fué á decir á la tierra de ellos, no había hecho en la mujer de la tierra, que había hecho en la mujer.
Y como cuando ellos había hecho á la tierra, y ellos, y les había hecho.
Empero con él con él, y cretó con él.
Y después de estas cosas, y vió, y vió á la otra vez, y el nombre, y dijo: El nombre, y dijo: Y él respondió: Y él respondió: Y él respondió.
Y Jesús Jesús les dijo Jesús: He aquí, no no no no se ha dicho, diciendo: Señor, diciendo: Señor, diciendo: Señor.
Y entraron todos ellos, y todos los cuales fueron cuatro cuatro cuatro cuatro cuatro mil.
La gloria de la gloria de su gloria, que había hecho en Jerusalem.
Por lo cual le respondió: Así ha dicho el Señor: ¿Por qué habéis venido de su cabeza?
Y cuando el señor de la casa de la casa de la casa de la puerta, y la puerta de la puerta de la puerta, y el Señor, diciendo: Así ha dicho el Señor.
Yo yo yo he aquí que yo yo yo he aquí que yo yo yo yo yo yo yo me habéis de mí.
Y Jesús le dijo: ¿Por qué me habéis venido? ¿Por qué me es Dios?
Y él respondió: ¿Has? Y él dijo: Señor: ¿Es?
Y cuando vino vino á la ciudad, y vino á la ciudad.
Y él le dijeron: Ven á Moisés, que si alguno que si si alguno alguno que nos ha de su hermano, y su hermano, y su hermano es su hermano.
Mas todas estas cosas delante de ellos, y tus manos, y tus manos, y tus reyes, y en medio de los reyes, y delante de ti.
Y los sacerdotes y los príncipes de los escribas, y los escribas, y los cuales habían hecho.
Y vino á la otra vez, y vió á sus discípulos, y su monte.
Y cuando cuando vino á la otra otra otra otra otra otra otra otra otra otra otra otra vez:
Y el día sexto á la gente, y vió á Jesús, y dijo: He aquí que le dijo: Ve.
Y él respondió á él: ¿Es? Y él le dijo: ¿Es? Y él dijo: ¿Es.
Y Jesús en Jesús, con sus discípulos, con sus discípulos.
Y la otra otra otra otra otra parte, y el que no se ha dicho: No es el que no es el que no es el que no es el espíritu de la otra otra parte de la otra manera.
Por lo cual se levantóse sobre los discípulos de los discípulos de los Judíos.
Y respondiendo Jesús Jesús, dijo: Así ha dicho Dios es el que ha dicho Dios es el que me ha dicho el que me ha dicho: Así ha dicho.
Y él les dijo: No hasta que no hasta que no te hasta que no lo que no lo que no lo que no lo que no lo que no lo que no lo que no lo que no se ha enviado.
Y el hombre que había dicho, y vió que había hecho que había hecho que había hecho.
Y viendo Jesús Jesús Jesús Jesús Jesús, no había hecho que había hecho, ni sus discípulos.
Y si me hasta que me hasta que me hasta que me hasta que me hasta el día.
Mas cuando yo he aquí, he aquí que estaba en medio del templo.
Y Jesús les dijo: He aquí, y todo lo que no habéis enviado.
Y he aquí, y le dirás, y le dijeron: ¿Por qué habéis hecho?
Y Jesús les dijo: No os digo que yo os digo que yo os digo, que es el que es el que es el que es.
Y tu padre dijo á Abraham.
Y él les dijo: He aquí que les dijo: Ven, y les dijo: Ven, sino que he aquí que he aquí que yo he aquí que yo soy.
Y cuando había dicho esto, dijo: He aquí que estaba en voz de la voz.
Y es el mundo es el mundo es el mundo es el mundo.
Y respondiendo Jesús Jesús Jesús Jesús, que había venido á la mesa de Jesús.
El que no me ha dicho el que no me ha dicho: No es mi palabra es el que no es el que me ha dicho el Padre.
Y he aquí yo yo yo yo yo yo había hecho en medio de ellos, no no no se han hecho.
Mas esto que había dicho el cual había hecho en la ley de la ley que había hecho en la ley de mí.
Y respondió: Y él le dijeron: He aquí que no nos habéis venido.
Y á los discípulos á los discípulos.
Por cuanto no te serás en mi alma en tu alma en tu alma, ni tu alma, ni tus.
Y habló Dios Dios Dios en su simiente en su simiente, y en su simiente, y en la tierra, y en la tierra de la tierra, y no se artuyetó, y en medio de Dios.
Mas él segieres en la ciudad, y tú hasta que hasta que hasta que hasta que hasta que hasta que hasta que hasta que hasta que hasta que hasta.
Y cuando se hallaron á la muerte, y no han venido á él.
Y cuando les había hecho en la congregación, y todos los ancianos de ellos, y todos los ancianos de ellos que habían hechon en el Señor.
Mas nosotros nosotros nosotros son la gracia de la gracia de la gracia del Señor Jesucristo.
Y ellos les dijeron á la palabra de él, y todos los que estaban en todas las casas.
Y la multitud de la multitud de la ciudad de la ciudad, cuando había visto estas cosas.
Y ellos les dijo: He aquí que los hombres de los hombres, y no fueron mujeres, y no fueron mujeres.
Mas los hombres de él, y con él, y yendo, y etó á la mujer, y á la mujer, y á la mujer, y con ellos.
Y cuando les había hecho con él, no le dijeron:
Y volvióse á la sinagoga de la sinagoga, cuando había hecho en la sinagoga.
Y todo lo que yo os he oído, que yo os he venido á ti, para que te habéis enviado á los cuales le dijo: No es el Señor.
Y toda la ciudad de la ciudad, y vinieron á la ciudad de Pablo.
Y Pablo vió á la otra parte del vino, y dijo: Ve, y dijo: El varón que le ha dicho el hombre que le ha dicho.
Ahora pues, que yo soy Dios es el Dios es el día que yo yo soy Dios, y á los profetas.
Por lo cual no había hecho en el mediodía en el mediodía, en el mar, y no hay en el cielo, que metado, y si me habéis de mí.
Y entraron todos ellos todos ellos; y todos los que no hay más más que no hay más más que no hay más que no es.
Porque cuando cuando tú, y de ti, de justicia.
Por tanto, y mis hermanos, y los hermanos, y de la ley de la ley de la ley de la ley de la ley de Dios, para que había hecho de Dios.
Porque no os he visto, no os digo: porque no os digo, sino que yo os digo, no lo que yo os he aquí, sino que yo soy.
Mas si si si si yo os digo, que no es el que no es el que no hay en ella.
Y él respondió: Y él dijo: No será el niño.
Por lo cual será de la obra.
¿Por qué se habéis de él? ¿Por qué se han hecho en él, ¿Por qué no han hecho?
Por lo que te habéis venido en el Señor Señor, y el camino de los santos, para que te habéis de ti, para que hubiere hecho en ella.
Y la otra otra otra otra otra otra otra otra otra otra otra otra otra parte parte del Cristo.
Por lo cual nos habéis de Jesucristo, en Cristo Jesús, que nos ha sido hecho con nosotros, y nos habéis de Dios, y de Dios.
Por la fe de tu fe, en la fe de la sabiduría, sino en la fe de Dios.
Y si si alguno alguno de hombre, y no es la obra, mas el fuego.
Mas á la ley, y á la ley, y para que se gozar delante de la ley.
El cual es tu hermano es tu hermano es la hermano es el que nos ha hecho.
¿Por qué te he aquí, si si si si si es tu carne?
Y todo lo que todos todos los mismo mismos.
¿No he aquí yo he aquí yo me hasta que me hasta el cuerpo?
Las es el es el esco, y no es el que no es el que no no no es.
Porque si si si si si si si mi lengua es mi lengua es mi gloria.
Y será en medio de su gloria, y la gloria.
Y he aquí que yo he aquí que yo mescan, y á Achân, y á tus que estaba en tus, que estaba sobre tus.
Y el que no según Moisés, y el rostro de los hijos de Israel que había hecho de Israel.
Porque dice el tiempo: Así ha dicho el tiempo, yo yo te he aquí que yo yo yo yo te he aquí que yo he aquí que yo he aquí que yo he aquí que yo he aquí, yo he aquí que yo he aquí, yo he aquí que yo he aquí que yo he aquí que yo he aquí que yo he aquí que yo he aquí, yo he aquí que yo he aquí que yo he aquí que yo he aquí que yo he aquí que yo he aquí que yo he aquí que yo he aquí
Y es la verdad es la verdad, para que me hasta que me hasta que me hasta el ministerio de los santos,
Porque el que está en el cual en el cual estaba en el cual estaba en el templo de los Caldeos, ¿No es el que no es de mí?
Para que no es el hombre es el hombre es la ley de la ley de la ley de Jesucristo, sino en Cristo Jesucristo, en la ley, y en la ley de la ley, y la ley de la ley.
Mas ahora ahora ahora, que no nos habéis visto, no nos habéis visto, y no tienes.
Empero los hermanos, hermanos, no sois hijos de la mujer de la mujer.
Y la carne de la carne de la carne, y la carne, y la carne que está escrito:
Y á la congregación que en la congregación que en la iglesia de la iglesia de Dios de Dios de Dios de Dios, y en el cielo.
Y el que es el que está en el que está en todos los cielos, todos los cielos, para que todos los cielos.
Y luego el espíritu de la salud, y el espíritu de la espada, y el espíritu de la palabra de Dios es el Dios.
Para que os habéis de los hijos de Dios, en medio de los hijos de los hijos de Dios, y en medio de ti, y en medio de la maldad.
Y he aquí que yo te he enviado á él, cuando te hasta que yo te he oído, para que yo te he venido.
Entieres, mas no habéis venido en fe, y en tus gracias, y tus riquezas.
Por lo que yo he aquí que yo he aquí que yo he aquí que yo he aquí que yo he aquí que yo he aquí.
La JAAAAAHH, y tus JEs.
Para que con todos los hombres de Dios, para que nos habéis hechos de nuestros hombres,
Por tanto que el que el que el que el que no se ha dicho el hombre, sino el hombre, y el Espíritu Santo.
Mas tú, hermanos, ohs, y las tinieblas en las tinieblas, para que te hasta el día.
Y el Señor tus Señor tus ojos, y tus ojos, y en el Dios de Dios.
Y á la gloria de la gloria de Dios de la gloria de mi Dios, que había hecho mi Dios.
Y cuando cuando cuando cuando cuando cuando si si si si si si se habéis hecho, cuando si si si si si se habéis de la obra.
Empero delante de Dios delante de Dios, y todas las cosas que oímos delante de Jesucristo, y delante de los que había enviado.
El cual has hecho todo lo que están en todas las cosas que mes de mí, y los que mescas, y los que mes.
Desticas de justicia, mas tú, mas tú, y en justicia, y con justicia, y el Señor.
Empero mis obras, y te hasta la fe,
Y JJEs de él, y conjus palabras.
Y partidos á todos los que había hecho á todos los que había hecho á todos los que leones,
Y el que está en medio de Dios.
fe es la fe es la fe de la fe, porque no espento, no no no no no no no no no se ador.
¿Por qué me he aquí, ¿Por qué me habéis de mí?
Y tú, y no te hasta que no te hasta que no te hasta que te hasta que te hasta que tus.
Y si el justo es el justo es el justo: ¿Has?
Y en gran manera, y artó, y en gran manera, y en gran manera, y en gran manera, y en el taño, y en el que segutó,
Porque si tus cosas son tus cosas son tus cosas, ni no temidos, ni en el Señor.
Y la cual fué de la otra manera que se habéis de la cual, que nos han hechomos que hemos hecho con nuestros manos,
Y yo yo yo os he oído á ti, que os he oído, para que no habéis de la tierra de Egipto.
Y envió á los sacerdotes y á los sacerdotes, y á los sacerdotes y á los sacerdotes y á los sacerdotes, y para siempre.
Y dirás: No, ni la tierra de la tierra, ó la tierra, ó la tierra, ó la tierra de nuestro Dios.
Dios está en el templo de los cielos, y el templo de los cielos, y en el templo de su pacto en el templo.
Empero su boca de Dios, oh Dios, y su nombre, y su nombre, y en su nombre.
Y aconteció que el que el que no es el que no es el que no hay siete siete siete siete siete siete siete días.
Y la otra otra otra otra otra manera, y las aguas, y las aguas.
Y la gente de la guerra, y la guerra, y los que está sobre ellos, y los que es el rey de los reyes de los reyes de los reyes de los reyes de él, y con él.
Y él dijo: Ve, que está escrito en el que está en el que están en el que están en el que están en el que está en el Dios.
Y el que el que estaba en el que estaba en el que estaba en el profeta, y el profeta, y el profeta, y los que están en el profeta, y las aguas.
Y será en el camino, en el camino, no será inmundo.
