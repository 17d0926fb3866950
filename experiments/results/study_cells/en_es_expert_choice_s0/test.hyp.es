Y ellos, y la luz de la luz de la luz de la luz, y la luz de la luz, y la tierra.
Y ellos dijo dijo: El fruto de las aguas, y en la tierra, y en la tierra, y en la tierra de la tierra de la tierra de la tierra.
Y el tercer tercero de la terceraaa, que está en el río, que está en el río que está en medio del río.
Y el fruto del fruto de la tierra de la fruto de la fruto de la fruto, y el fruto del fruto de los cielos,
Y todos los días de los días de Beth-lehem; y reinó.
Y todos los días de los días de Sepha, y treinta y treinta y treinta años.
Y envió á él, y se volvió á la tierra, y á la tierra, y de la tierra.
Y Dios, y dijo á sus hijos, y díjoles, y díjoles: Toma la tierra, y el fruto de la tierra.
Y Baaaaaaaaaaa, y engendró á los años, y engendró á la padre, y á los hijos de los hijos.
Y tomó su mujer su hermano, su hermano, su hermano de su hermano, que se habían hecho en su hijo, y se habían hecho en la tierra, y se había hecho en la tierra de la tierra, y se había hecho en la tierra de la tierra.
Y será de Egipto, cada uno de Egipto, cada uno de Egipto; mas no es su mujer, sino que se ha de su mujer: mas no te daré.
¿Has todos los altos de la tierra? ¿No te he aquí, que yo te he aquí, si yo te daré á la mano, si yo te daré á la mano.
Y él respondió: He aquí, y si yo, y si yo he hecho, y yo soy.
Entonces David dijo á su mujer: El hija de su hermana, el hija de David, y llamó á la hija de la hija de David, y tomó á David.
Y en el desierto de la madre de la madre de su madre: porque él se le de Egipto.
El nombre de Abraham, que dijo: Jehová es el lugar de este día. Y él dijo: El día es el día de este día.
Y mi cabeza, y mi cabeza, y mi padre, y mi padre, y mi padre, y mi hermano, que me ha de mí, y mi hermano.
Y Abraham, y su espíritu, y era hombre, y reinó en sus años, y reinó en su pueblo, y en su pueblo.
Y no le le había de sus manos, por sus manos, por sus manos, ni sus manos de su hermano, y su rostro.
Y he aquí, y dijo Jehová, y dijo: Yo Jehová vuestro padre, y tu padre, y tu padre, y tu padre, y tu padre, y yo te daré á la tierra.
Y Achîs, y parió á Jacob hijo de Jacob.
Y él dijo: Simemememe, y si tu viña, y yo te daré.
Y él respondió: ¿Has? Y él dijo: ¿Qué me ha de Jacob: No te daré, y yo te daré, y yo te daré, y yo te daré.
Y él le dió á todas las nuevas, y le hirió á su rostro, y tomó á su rostro, y su rostro.
Y vinieron á Dios de noche, y dijo á la noche, y díjoles: No le dijo: No te habéis de la noche, ni á Jacob.
Y él respondió: No te guarda mi padre, ni mi señor, ni yo te he aquí, ni yo te he aquí que yo te he aquí, y yo te he aquí, ni yo te he aquí.
macho cabrío, y seis machos y veinte y veinte y veinte y veinte y veinte y veinte y veinte y veinte y veinte y veinte y veinte y cuatro.
Y ellos, diciendo: El hijo de mi alma, hijo de David, hijo de la hija de él, hijo de su mujer.
Y partidos, y su cabeza de la otra parte de la otra parte de la parte de la parte del campo.
Y él dijo: Si te daré de un macho de un macho, y dijo: ¿quién te habéis de mí?
Y como la mañana, como la luz de la luz, y los hombres de sus asnos.
Porque estas dos años en medio de la tierra, y seis mil años, y veinte años, y no habrá en medio de veinte años, ni ni ni ni ni ni los años.
Y harás en la tierra de la tierra, y te darás, y te darás, y tus hijos, y los hijos de vuestros hijos, y tus ovejas, y tus ovejas.
He aquí tu hermano, y mi hermano, y mi hermano, que es mi boca.
Los hijos de Neth, y Apha, y Apha, y Apha, y Mes.
Mas mis almas, no se en su gloria de su gloria; no se han de ellos, ni sus hombres en sus hombres.
Y vinieron á la otra parte del Jordán, que está en la otra otra otra parte del Jordán, y los días de la otra parte de su padre, y de su padre.
Y sus hijos, como él le mandó, como él le mandó á él,
Y él dijo á su pueblo: He aquí que son los hijos de Israel, y los hijos de Israel.
Entonces Baaaaaaaaaaaa, y se volvió á su hijo, y dijo: No de sus pies. Y él le dijo: No me ha de su sangre.
Y tomó su padre, y su padre de su padre, y su padre, y le hirió á Aarón, y á Aarón, y á Aarón, y sus años.
Y Jehová dijo á Moisés: Así ha dicho Jehová, y tu mano de Egipto, y de Egipto, y de Egipto, y su mano de Egipto, y su mano de Egipto, y su mano de Egipto, y de Egipto.
Entonces ellos les dijo á Faraón: ¿No es el corazón de Faraón? Y él dijo: mas el corazón de Faraón, y no había mandado á Jehová.
Faraón se volvió á su corazón, y á su corazón, y el pueblo, y el pueblo.
Porque si vosotros vosotros, y no te afligáis, y no se afligáis,
Empero en la noche, y todos sus siervos, y todos sus siervos, y todos sus siervos, y todos los que no había hecho en la casa de Egipto.
Y los hombres de Egipto, que estaban en la tierra de Egipto, y de Egipto, y dijeron: Por todas las tierras de Egipto.
Y Moisés hizo sobre Moisés de Israel sobre el desierto, y en el desierto del desierto, y se hallaron en el desierto de los días, y no había hecho en el desierto, y no se había hecho.
Entonces Moisés dijo á Moisés: Yo Jehová, que está en el sábado.
He aquí delante de ti, y de ti, y os he dado á ti, y te he dado á ti, que yo te he hecho.
Entonces Moisés hizo su siervo, y tomó su siervo, y reinó en el monte de Dios.
Y la luz de la luz, y el aceite, y el aceite, y el aceite, y el aceite,
Y tomarás el altar del altar, y el altar del altar, y el altar, para que el altar de la mitad de la mitad.
Y tus vestidos, y los cielos, y los asentaron sobre Aarón, y de la Zoo, y de la adififififigués, y se con él.
Y todas las mesas, y su mesas, y sus tablas, y sus altares, y sus altares,
Habla á los hijos de Israel, diciendo: Por tanto, diciendo: Por tanto, oh Jehová, para que está en mí, para que me habéis de mí.
El tabernáculo, y sus columnas, sus columnas, y sus columnas, y sus columnas, y sus columnas, y sus columnas, y sus columnas, y sus columnas, y sus columnas.
El espíritu de Dios, y en la sabiduría, y en la sabiduría, y en la sabiduría, y en toda obra de la obra, y en toda la obra de todos.
Y Moisés, é hirió á Moisés, y á todos los sabios, y á todos los sabios, que había hecho en la sabiduría.
Y el cada cuatro codos de veinte codos, y cuatro codos de la una una una una una una una una una una una una una una una una una una una una una una una una una cortina.
Y en las piedras de las piedras de las piedras de Achîs, y de Zocha, y el primero, y era de la cárcel.
Y la puerta de la puerta del tabernáculo del tabernáculo del testimonio.
Y toda la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de Jehová vuestro Dios.
Y si si alguno, y de Jehová, y de su prójimo, y de su prójimo, y su prójimo, ó en su prójimo, ni en su prójimo, ni su prójimo, ni su prójimo, ni su prójimo, ni su prójimo, ni su prójimo.
De la ofrenda de la ofrenda de la expiación por la ofrenda de Jehová: y el sacerdote de Jehová será el sacerdote de la sangre de la sangre de la sangre del sacerdote.
Y todas estas manos de Aarón y en sus manos de sus manos, y sus manos, y sus manos delante de Jehová.
Y ellos, y los montes, y el altares, y el altar, y el altar sobre el altar.
De estas cosas, cada uno des, cada des, ni no se afererta, y de la infifififererta, y des, y destufiguferertas, y des, y des, y des, y de la infiferererererererererererta, y de la infiferererta, y
No te haréis de vosotros, ni de ellos; y no os os haréis, que no te afififififififififififififififififififififiréis.
Y si si si un un un un un un un un un un un un un un un un un un un aceite, ó dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos tabs, ni
Y tomarás dos carneros de Jehová, y de la puerta de la puerta de la puerta de la puerta del tabernáculo del testimonio.
No será tu padre, ni su padre, ni tu padre de tu padre, ni tu madre: no es tu madre, ni tu madre; ni tu madre.
Y si el hombre de su su su su su su su su su su su su su su su su su su vida.
Y el sacrificio de Jehová de la ofrenda para expiación, ó holocausto, ni expiación, ni su ofrenda, ni la ofrenda de la ofrenda de la ofrenda de la expiación.
Y ellos se segaron en él, y segarán á Jehová.
Y el sábado de la tierra, porque os habéis de tu siervo, porque tu siervo, y tu siervo, y tu siervo, y tu siervo, y tu siervo, y tu siervo.
Y si vosotros, ó tu prójimo, ni tu prójimo, ni tu prójimo, ni tu prójimo, ni tu prójimo;
El que si si el campo, y el que se adará, y el que se dará el sacerdote, y el sacerdote, y el sábado de su carne.
Y no se agará, ni el bien, ni el bien, ni si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si el que se afligiere, ni se agutará.
Y los que estaban en ellos, y treinta y treinta y treinta y treinta y treinta y cuatro mil mil.
Los hijos de los hijos de sus hijos de sus nombres, y sus nombres, y de los nombres.
Los contados de ellos, todos los que estaban á todos los mes de todos los mes de veinte y mil, y veinte y mil mil mil mil mil, y veinte y seis mil mil mil mil mil mil mil.
Y los vasos de todos los vasos de todos los vasos de la asentaron en la asentaron en el santuario, y en aceite, y en la coguirán, y segará sobre ellos.
Mas no habrán en el santuario, sino el santuario, sino que no pueden: porque no se han de ellos.
Y los que estaban en sus familias de sus familias, sus familias de sus familias, doce mil y veinte y veinte y veinte y veinte y veinte y veinte y veinte y veinte y veinte y veinte y veinte y veinte y veinte y veinte mil mil.
No será su padre, ni su padre, ni su padre, ni su padre, por su padre, por su padre, por su hermana, por su madre, por su padre, por su padre.
Y de la cabeza de la cabeza de la cabeza de cabrío, y cinco carneros, y machos, y machos, y machos de la expiación.
Y de la cabeza de la cabeza de la cabeza de cabrío, y cinco carneros, y machos, y machos, y machos de la expiación.
Un macho cabrío de expiación:
El Cananeo, y en el Cananeo, y en el Cananeo, y en el desierto, y en el desierto, y en el desierto.
Y si si la cada uno de los pecados, cada cabrío, será inmundos, para expiación.
Y Moisés tomó Moisés, y tomó á Apha, y le hirió, y le hirió á los ancianos de los ancianos de Israel.
Y los hijos de Israel, diciendo: He aquí, diciendo: He aquí, y todos los hijos de todos los hijos de todos los hombres.
Porque los hijos de Israel de Israel, que yo les he mandado á los Levitas, como los Levitas, como los Levitas á los Levitas á los Levitas á los hijos de Israel.
Y los hijos de Israel, que estaba en la congregación, en el desierto del desierto: y reinó en el desierto: y reinó en el desierto.
Por tanto dijo al valle de Baaaaaaaaaaaaaaa, que está en el valle de Paaaa, en el valle del valle del valle del valle,
Entonces todas estas ciudades en todas estas ciudades en todas estas ciudades de Israel, y en todas las ciudades, y en todas las tribus en todas las ciudades.
Y tomando su cabeza, y dijo: El rey de Moab, y el rey de Moab, el rey de Moab, el rey de Israel.
¿Quién es el polvo de Jacob, ó la muerte de la muerte de la muerte?
Y el séptimo día siguiente siguiente siguiente siguiente siguiente siguiente siguiente siguiente siguiente siguiente siguiente siguiente siguiente siguiente siguiente siguiente siguiente siguiente siguiente siguiente siguiente siguiente siguiente siguiente siguiente siguiente siguiente siguiente siguiente siguiente siguiente siguiente siguiente siguiente siguiente día,
Y su expiación, y el becerro de sus holocaustos, y sus holocaustos, y de sus holocaustos, conforme á su número, conforme á la expiación.
Entonces Moisés hizo con todas las tribus de la tribu de todas las tribus, y los Farararararara, y el sacerdote, y el sacerdote, y los vasos de la mano del santuario.
He aquí que los hijos de Israel, y los hijos de Israel, que Jehová había mandado á la cautividad de Jehová, y en el rey de Jehová.
Y partidos de Baaaaaaa, y en Beth----el.
Y la piedra que no se habiendo de él, y no le le le le le legió, y le había de su enemigo, y no se había de su enemigo, ni su enemigo.
Y la congregación de la congregación de la congregación de la mano de la mano de la sangre de su mano de su mano, y de su mano de su mano de su mano, y el cual se ha de su mano, y el sacerdote, y el sacerdote, y el cual se ha de su mano de su mano de su mano de su mano de su mano de su mano de su mano de su mano de su mano de su mano de su mano de su mano de su mano de su mano, y el sacerdote, y el cual se ha de su mano de su mano de su mano de su mano de su mano de la cual
Y si os haréis la tierra de la tierra; porque la tierra, y la sangre de la tierra; porque el que no es la tierra, sino que se ha de la tierra, sino que se ha de la sangre de la sangre de la sangre de la sangre de la tierra.
Y él, y díjoles, y díjoles, y díjoles: No nos que nos que nos que nos que nos que nos que nosotros, para que nos que nos que nos que nos que nos que nos que nos habéis hecho, para que nos habéis hecho.
Entonces él respondió: No te he hablado: No de ellos, ni no de ellos.
Entonces Jehová dijo: No te habéis de Israel, ni en su tierra, ni en su tierra; porque no te daré á sus hijos de su tierra.
Señor Jehová, que te ha habéis de mí, y te habéis sido en la tierra.
Mas Jehová, que te habéis de ti, y destuído á Jehová tus padres, que Jehová te habéis des padres, y de Egipto.
Y fué Jehová tus padres, y en sus padres, y en sus padres, y en todas sus padres, como la simiente, como en todas las cosas.
Por tanto, así habéis de la tierra de Egipto.
De la Zo, y los Zo, y los hombres,
Y la mujer de la mujer de los hombres, ni los hombres de las aguas, ni se ha de las mujeres; porque Jehová tu Dios es el que el que el que el que es Dios.
No comerás de tu viñas, ni la viña de la viña, que no se ha de todos los frutos de la viña, y de la viña de la viña de la viña de la viña.
Y tomará la casa de la casa de la casa de la casa de la casa de su padre, y la casa de la casa de su padre, y de la casa de su padre, y de su padre.
El que se afigugutó, ó de Jehová.
Entonces Moisés y los ancianos de Israel, diciendo: El pueblo, que yo he aquí, que yo os he aquí, que yo te he hecho.
Mas la palabra de la palabra, y en tu boca, y en tu corazón, y en tu boca.
He aquí delante de mí delante de vosotros, y de muerte, y de muerte, y de muerte.
¿Hastió el altar de su expiación, y su expiación?
Entonces los hombres de los hombres de la cruz, y dió el monte del monte del monte de Josué hijo de Josué hijo de Josué.
Y el arca del arca del arca del arca de Jehová, y el cual estaba en medio del Jordán, y en medio del Jordán, y los pies de los pies del Jordán, y los pies del Jordán, y se había mandado á la tierra de la tierra.
Y los hombres de los hombres de los hombres de los hombres; y los hombres de la entrada de la puerta de la puerta de la entrada de la entrada de la entrada de él, y de ellos, y se había de ellos.
Por tanto pues pues, rey de Epha, rey de Jerusalem, rey de Jerusalem, rey de Epha, diciendo:
Y envió á Josué, y con él, y á él, y le hirió á él, y le hirió contra él.
Y el rey de El rey de El rey de El rey de El rey de El rey de El rey de El rey de El rey de El rey de El rey de El rey de El rey de El rey de El rey de El rey de El rey de El rey de A
Y él dijo: El que se ha de su hija, y si si él le daré á él, y si él, y yo yo te daré á la mujer.
Y Baaaaaaaaaa, y Ba,
Y de la mar de la mar, que estaban en la otra parte de la otra parte de la otra otra parte de la otra otra parte de ellos.
Y el mediodía de la parte del término de Baaaaaaaa, y Beth--lehem, y Beth-----------lehem-lehem, y Beth-lehem de Beth-----lehem de Beth--------el---------------lehem-----------------------
Y el término del monte del monte del monte del monte del monte del monte del monte del monte del monte del monte, que está en el valle del monte del valle, que está en el valle de la otra parte del norte, y el valle de la parte del valle de la otra parte del valle de la parte del valle de la parte del valle de la parte del monte del monte del valle de la parte del monte del monte del monte del monte del monte del monte del monte del monte del monte del monte del monte del monte de la otra.
Entonces Jehová habló á Josué, diciendo:
Empero los campos de la ciudad de su ciudad, y los Epha hijo de su hijo de su hijo.
Y el espíritu de Jehová, y le hirió á él, y le hirió á Jehová, é hirió á Jehová, é hirió á Epha, y á su mano de Jehová.
Y la mano de su mano, y se volvió á la obra de la obra de la obra de la obra de su mano. Y su mano de su mano, y su mano.
Y vinieron á todas las tribus de Manasés, y vinieron á él, y vinieron á él, y se llegaron á él, y vinieron á él, y á ellos.
Y él se volvió á Achîs, y dijo: y dijo á los hombres de los hombres, y dijo á los hombres de los hombres.
Y aconteció que se volvió á Beth-lehem, y á su hermano, y á su hermano.
Y los hijos de Israel, que había mandado en el mal de Jehová, y los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los Filisteos, y los Siros de los Filisteos, y los Filisteos, y los dioses ajenos de los Siros de los Filisteos, y los dioses ajenos de los dioses ajenos de los dioses ajenos de los dioses ajenos de los dioses ajenos de los dioses de los dioses de los dioses ajenos de los dioses de los dioses de los dioses de los dioses de los Filisteos, y los dioses de los dioses de los
Y todos los términos del términos del términos del término del Amorrheo, y Beth-pha, y Beth-el, y el desierto del desierto, y el desierto.
Entonces los ancianos de los Filisteos de los Filisteos, que no se había hecho, y no se había hecho con él, y no se había hecho.
Y tomando él, y le dió á él, y le dijo: Si él le dijo: Sid, y los Filisteos, y los Filisteos; y los Filisteos, y los Filisteos.
Y cuando él le mandó, y dijeron: No nos habéis de nuestros dioses, y dijeron: Si nos habéis de nuestros corazones, y nuestros, y nos habéis de nosotros, que nos habéis de nosotros.
En aquellos días de Israel, que no había hecho en sus ojos.
Y los hijos de José, y se habían hecho á su casa, y le habían hecho á la casa de su casa, y á su casa.
Y los hijos de Ephraim, y los hijos de José, y los hijos de Moab, y los hijos de su hijo, y los hijos de sus hijos, y los sacerdotes, y los hijos de su tribu de su tribu de sus hijos, y los sacerdotes.
Y él dijo á su siervo, y á sube, y de estas cosas, y de estas cosas, y en las tribus de Israel;
Y todas estas estas estas cosas que estaban en siete mil hombres y cuatro hombres que estaban en cada provincias de ellos; y no se había sido en cada uno.
Y los hombres de Israel, y los hombres de los hombres, y los hombres de los hombres de los hombres de los hombres de los hombres de los hombres de Israel.
Y ellos, ni sus hermanos, ni sus padres, ni nos haremos á nosotros, que nos haremos á nosotros, ni á nosotros, ni á nosotros, ni á su mujer, ni á su mujer.
Y era de mí, y su alma, y de Jehová.
Empero no le dijo: No es su marido, que le dijo: No es su marido, que no es su marido, y no se ha de él, ni no se ha de Jehová, y para siempre.
Y Jehová todos los días de Israel de su vida.
¿Es mí contra mí contra mí contra mí contra mí? ¿Por qué me habéis de subido? ¿quién yo yo te he hecho? ¿quién yo te he hecho.
Y Saúl, que estaban con él estaban á él, y he aquí, y he aquí, y he aquí, y he aquí, y he aquí, y todos sus manos.
Y él dijo á Saúl: No te habéis de Jehová, y de Jehová te habéis de Jehová, y de Jehová, y de Jehová, y de Israel.
Entonces Jehová dijo á su rostro, ó su rostro, ni su rostro, ni su rostro, ni su rostro, porque no he hecho en el hombre de su corazón, ni yo te he hecho.
Entonces los príncipes de los príncipes de los príncipes de los Filisteos, y de David, como los sabios que se había hecho á todos los sabios de su nombre.
Entonces él habló á David, y dijo á su padre, y dijo á su padre de su padre: No se habéis de su siervo, ni á David, ni á David, ni á su padre, ni á su padre.
Y aconteció que estaba en Saúl, y dijeron: y vinieron á Saúl, y vinieron á Saúl, y á Saúl, y dijeron:
¿Por qué te he hecho esto, ¿Por qué te he hecho?
Y David se volvió á sus criados, y le hirió á todas estas palabras, y le hirió á todas estas palabras.
Ahora pues pues pues, y de David, y de Saúl, y de Saúl.
Y tomando David, y se volvió á la cabeza de Saúl, y no se habían hecho, ni se había de él, ni se había hecho en ella, ni se había hecho en todo lo que se había hecho en todo lo que se había de Jehová, ni se había de ellos.
Y él dijo á su corazón: He aquí que es el día de la mano de Saúl; porque no es la tierra de Saúl: porque yo me es la tierra de Saúl, y que yo te daré á mí.
Y los hombres de David, y los hombres de los hombres, y los Siros de la tierra, y los moradores de la tierra, y los que estaban en la tierra de Egipto, que estaban en la tierra de Egipto.
Y sus cabezas de su cabeza, y en su tierra, y en la tierra de la tierra, y todos los Filisteos, y todos los ídolos de la casa de sus ídolos.
Y tomó José de José, y todo el pueblo, y todos los hombres de todos los hombres de los hombres, y los hombres de los hombres de David.
Y él dijo á David, y á David, y á todas estas cosas, y á todo el rey que Jehová, para que te guardarán, que te habéis de Israel.
Y he aquí, y los siervos de David, y fué con él con él, y con él, mas no se había hecho con él, sino que se había hecho con él, y le había hecho.
Y las manos de las manos de tus pies, y los pies de tus pies de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de ellos.
Y como Jehová dijo á David, diciendo: No se haréis, y no segarán en medio de ellos, y en medio de ellos, y en medio de ellos.
Y David, cuando los Siros de los Siros de los Siros de los Siros de los Siros de los Siros de los Siros de los Siros.
Y de los hijos de Salomón, y reinó en su lugar, y reinó en su lugar.
Y la ira de David, y dijo á la ira, y dijo: Señor Jehová, y dijo: El hombre que Jehová, y el hombre que Jehová.
Y el rey de David, que era de los muertos, que era de los muertos, y de los muertos.
Y como la cabeza de su cabeza de su cabeza de su cabeza, que estaba en el año de él, por el año, que estaba en el año de su cabeza, por su cabeza, que estaba en su cabeza,
Porque tu siervo, que yo he aquí, diciendo: Yo Jehová, diciendo: Yo Jehová, diciendo: Yo Jehová, diciendo: Yo Jehová, y me ha de Jerusalem.
Y tomó el pueblo de Israel en la guerra, y reinó en la guerra, y reinó en la guerra.
Y el pueblo, y de la guerra, y de la guerra, y de David, por el pueblo.
Y él le dijo: No te haréis, sino que tú, sino que os habéis de los unos, sino que no os habéis de los muertos, que no te habéis destido, ni á los muertos.
Y el rey dijo: ¿Qué es este hombre? Y él dijo: ¿Qué es el hombre, y dijo: ¿Es todos los enemigos, que te habéis de ti, y te habéis de ti, y te habéis destuído á ti.
Y los pueblos, que están en el día que están en el día que están en aquel día, cada día, cada día en el día.
Porque ahora, que yo he aquí que yo he aquí, he aquí que yo he aquí que yo he aquí que yo he dado á la casa del rey de mi señor.
Y Baaaaaaaaa, diciendo: ¿No son los días de mi vida?
Y Apha, hijo de Apha, hijo de Epha, hijo de Epha,
Y el altar del altar, y ofreció Jehová, y ofreció á Jehová, y ofreció á la tierra de Jehová, y de la tierra, y de la tierra.
Y su padre no le había hecho en él, diciendo: ¿Por qué te habéis sido en él?
Y él le dijo: No te habéis de esta vida, ni os he hechos, ni te habéis visto, ni te habéis visto á ti, ni á vuestros enemigos.
Y Baaaaaaaaaaa, y Beth-el, y Beth-el, y Beth-el, y Beth-el, y Beth-el,
El rey de Salomón, rey de Salomón, que había hecho en su padre, que le había hecho en el rey de su padre, y su padre, y su padre, y su padre.
Y en la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de
En la mitad de la mitad de la mitad de la otra parte de la mitad de la mitad de la mitad de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de subbla, y de la cárcel.
El rey Salomón Salomón, y todos los que estaban á todo Israel, para que le habían hecho delante de él, y que no se habían hechos.
Y el arca del arca de Jehová de su lugar de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de Jehová.
Bienaventurado el que Jehová vuestro Dios, oh Jehová tu Dios en el trono del trono de Israel, oh Jehová te ha dicho Jehová, para siempre.
Y en los príncipes de los príncipes de los príncipes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de la tierra.
Y Salomón Salomón Salomón Salomón Salomón, y treinta y veinte y veinte y veinte y cuatro siclos de oro; y seis siclos de oro.
Y si si si vosotros, que yo te daré á todos los caminos, y yo te guardaré en mis caminos, y en mis ojos, y yo te daré mi pueblo, y yo te daré mi pueblo, y yo te daré á mi casa, y yo te daré á mi pueblo, y yo te daré á mi casa, y yo te daré á mi pueblo, y yo te daré mi pueblo, y yo te daré á mi pueblo, y mi pueblo, y yo te daré á mi pueblo, y yo te daré á mi pueblo, y yo te daré á mi pueblo, y yo te daré mi casa, y yo te
Y reinó su padre, y reinó en su padre, y reinó en su padre, y reinó en su lugar.
Y él respondió: Así ha dicho Jehová Dios de Israel, Dios de Israel: Yo soy Israel, y yo soy Israel, y yo soy Israel.
Ahora pues, pues, he aquí sobre la casa de Israel, y de la casa de Israel, y el que está en el que está en el que está en la casa de Israel, y la casa de Israel.
Y los hombres de la ciudad, dijo: He aquí que es la ciudad de esta ciudad de esta ciudad, como la ciudad de mi señor, como mi señor, y mi señor, y es la tierra, y mi señor, y la tierra.
Empero en la casa de Israel, como los reyes de la casa de la casa de la casa de la hija de la hija de la hija de Israel.
Y el rey de Achîs, que estaba en el rey de él, que estaba en él, cada uno de la cual estaba en la cual estaba en Jerusalem.
Y tomando los de los Siros, y de la tierra, y todo el pueblo, y todos los reyes de la casa de la casa de la casa de la casa de Jehová.
En el año de la tribu de Moab, rey de Moab, rey de Moab, rey de Moab, rey de Moab, rey de Israel.
Y sus estatutos y sus estatutos y sus estatutos y sus estatutos y sus padres, y sus padres, y sus padres, y sus padres que se habían hechos, y los que se habían hechos.
Y los Epha, y los Epha, y Epha, y los hijos, y los hijos de los hijos de los hijos de Apha, y á los dioses ajenos, y á los dioses ajenos, y á los dioses ajenos.
Y él dijo: He aquí que le dijo: He aquí, he aquí, he aquí, he aquí, diciendo: He aquí, diciendo: He aquí, diciendo:
Ahora pues, oh Jehová nuestro Dios, que os he dado á su mano de su mano, para que Jehová nuestro reino, para que te habéis de la tierra de Jehová vuestro Dios.
Y dijo: No de Jehová, hijo de la palabra de Jehová.
Y no había hecho en Jehová, que Jehová, que Jehová, ni los hijos de los hijos de los hijos de los hijos de Israel.
Mas no han sido de la tribu de Manasés, y de ellos, que no es que no es que no que no se han de los hijos de Israel.
Y comenzó á reinado, y reinó en Jerusalem, y reinó en Jerusalem, y reinó en Jerusalem.
Y el rey de la casa de Jehová, y todas las casas de Jerusalem, y todos los moradores de Jerusalem, y todos los moradores de Jerusalem, y todos los profetas, y todos los profetas, y todos los profetas que había mandado á todo el libro de Jehová.
Los hijos de Moab, y Epha, y Epha, y Epha, y Epha, y Epha,
Los hijos de Apha, y Epha, y Epha, y Apha, y Apha,
Los hijos de Apha, hijo de Apha, hijo de Epha, y Epha hijo de Apha hijo de Apha, hijo de Ba.
Y vinieron á nosotros, y á la tierra, y á la tierra, y á los que estaban delante de los que estaban delante de los que estaban delante de ellos.
Porque Judá, y sus hermanos, y le dió á la cual era de José: mas el hijo de José, sino que era de José.
El hijo de Apha, hijo de Pa, hijo de Ach, hijo de Ach, hijo de Apha,
Y de los hijos de los hijos de sus familias de sus familias, y de sus familias, y de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de Gad,
Y sus ejidos, y sus ejidos, y sus ejidos, y sus ejidos, y sus ejidos.
Y fueron los hombres, y los hijos de Baaaa, y los hijos de Apha, y Id, y los hijos de los hijos de Ad, y los hijos de Achîs.
Y aconteció que son los hijos de Baaaaaaaaaaaa, y Apha, y Ba, y Baaaaaaa, y los hijos de Ba, y los hijos.
Y envió David á todo Israel, que está en Jerusalem, que está en Jerusalem, que Jehová, que Jehová, que había mandado á Jerusalem, para que Jehová, que Jehová, para que había mandado.
Y vinieron á Achîs, y dijo á David, y dijo á David, y dijo á David, y dijo á mis enemigos. Y él dijo: y dijo: y dijo á mi mano.
Entonces David, y dijo al rey de Jehová, y dijo á Jehová, y dijo: ¿No es Dios?
Y envió á Sadoc hijo de Sadoc, y los sacerdotes y los sacerdotes, y los sacerdotes,
Y los hijos de Ammón, y en la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la ciudad de los reyes.
Los hijos de Moab, los hijos de Moab, y los duques.
Y los que estaban en los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de Dios, y los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los hijos de Dios, y los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de Dios, y de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de Dios
Y todos los hijos de los hijos de los hijos de los hijos de Dios, y en las palabras de Dios de Dios, y de Dios.
Y de los hermanos de sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos.
Y fué de Apha hijo de Achîth, hijo de Achîrón, y era el rey de la reinado.
Tú, oh Jehová, oh Jehová, y la gloria, y la gloria, y la gloria, y la gloria que está en toda la tierra, y en todos los cielos, y en toda la tierra.
Y las columnas de las columnas, que estaban en las columnas de las columnas de las columnas de las columnas de las columnas de las columnas de las dos dos dos dos dos dos columnas, para que estaban en las dos dos dos dos dos dos dos dos dos dos dos columnas de las columnas.
Y mi Dios, oh Dios, oh Dios, y tus ojos, y tus ojos, y tus ojos, y en tus ojos.
El rey Salomón Salomón Salomón Salomón Salomón, que le había hecho, que le había hecho, que le había hecho que él le había hecho á la tierra, y le había hecho á su tierra.
Y cuando él, el que no le le había hecho, como él no le había hecho en él, que no había hecho en Jerusalem.
Y sacrificaron á Jehová, y la tarde, y la tarde, y los holocaustos, y de la mesas, y de oro, y de oro, y de la tarde, y de la tarde, sino que Jehová nuestro Dios.
Empero los Siros de ellos, que estaban delante de Judá, y los que estaban delante de Judá.
Entonces los hombres de Judá, y todos los hombres de los hombres de Judá, y hirió á Jerusalem, y hirió delante de Israel.
Mas no había sido de Dios, por su mano de ellos, por su mano de sus enemigos, por sus enemigos.
Y los hombres de los hombres, y todos los príncipes de los príncipes de todas las iglesias.
Por tanto, pues, y guardaron á mí y á mí, y á mí, para que se han sido hecho, y á mí, y á mi furor, y no según su furor, y no se ha de mi furor, y no se ha de mi furor.
Y comenzó á Salomón, y reinó en Jerusalem, y reinó en Jerusalem, y reinó en Jerusalem.
Los hijos de Rubén, veinte y veinte y veinte y veinte y veinte y veinte y veinte y veinte.
Entonces sus hermanos, y sus hermanos, y sus hermanos, y sus hijos, y sus hijos, y sus hijos de Judá, y en la casa de Judá, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos.
He aquí que la ciudad que no es la ciudad, y la ciudad de la ciudad, y no se levantarán, ni los reyes, ni en el muros, ni en el muro.
Y el rey de la reinamos en la casa de Judá, que está en la casa de Dios de Dios de Dios, y de Dios, y de la casa de Dios.
Los hijos de Israel, y los Levitas, y los Levitas, y los hijos de los hijos de los hijos de los hijos de los hijos de Israel.
Y vino á Jerusalem, que estaba en el mes en el mes del séptimo séptimo séptimo séptimo séptimo séptimo séptimo séptimo séptimo séptimo séptimo séptimo séptimo día que está en Jerusalem.
Y de los hijos de José, hijo de Achîs, y reinó con él.
De los hijos de Apha, hijo de Apha, y reinó con él, y treinta y treinta y reinó.
Y como la plata, y la ofrenda, y la ofrenda de la casa de la casa de la casa de la casa de la casa de la casa de Israel, y de Israel, y todo su Dios, y se había mandado.
Y vinieron á Jerusalem, y tres días, y tres días.
El hijo de Ach, hijo de Ach, hijo de Baaa, hijo de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la puerta, y de la puerta, y su casa.
Después de él, hijo de Ach, hijo de Apha, hijo de la entrada de la entrada de la entrada de la casa de la casa de la casa de la casa de la casa de Epha.
Mas los Judíos, que estaban en los Judíos que estaban en el muro, y los Judíos que estaba en el muro, y en el muro, y en los Judíos.
Los hijos de Ammón, y veinte y veinte y veinte y veinte y veinte y cuarenta y veinte y veinte y veinte y veinte y veinte y veinte y veinte y veinte y veinte.
Y la puerta de la entrada de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de Ammón, y los hijos de los hijos de Ba, y los hijos de los hijos de Ba, y los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de Baa, y los hijos de Baaa, y los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de Ba, y los hijos de Ba
Y los hijos de los hijos de los hijos de los hijos de Ammón,
Y ellos les habían sido de ellos, y no han sido sido de sus obras, sino que no han de su furor, sino que no han de ellos, y en su misericordia.
Y los sacerdotes, hijo de Apha, hijo de Apha,
Y el sacerdote, el sacerdote era el sacerdote, el sacerdote de la casa de la casa de la casa de nuestro Dios de nuestro Dios de nuestro Dios.
En aquellos días de los Judíos que estaban en los Judíos, y los Judíos, y los Judíos de Moab, y de Moab,
Y entrando el mes, en todo el rey de todos los Judíos, y en el rey de los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á los Judíos, y á los Judíos, y á todos los Judíos, y en el mes de los Judíos.
Y ellos les dijeron:
Entonces el día que se volvió á su corazón, y á su corazón, sino que no había hecho en la entrada de la puerta de la puerta de la puerta de la puerta de él, ni le había hecho.
¿Has mi gusa, y en todos los cielos, y en pientas, y en el fuego.
Mirameme, y mi salud, y mi salud.
Porque nosotros somos de nuestras obras, mas nuestros, y de nuestra tierra, y de nuestra tierra, y de nuestra tierra.
Y él respondió: No me habéis de mí.
Yo soy mí, y mis impíos, y yo soy mi alma, y yo yo soy mi cabeza, y mi cabeza, y mi cabeza.
Y yo soy hombre, como como como como como como como como como como como como como como la caerta.
¿Por qué habéis de Dios, y tu boca?
Y mis hermanos, y mis hermanos, y mis hermanos, que son de mí, y de mí.
Por tanto, y vosotros son tus cuerpos cuerpos en medio de ti, y tú,
Huédió, y los que los que no se han de los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que se han hecho.
ti, y no te ha habéis visto, y me habéis visto, y me habéis de mí.
Y si mi padre mi padre, y mi padre, porque mi padre, y mi padre, y mi padre, y mi padre.
si su fruto, ni sus frutos, ni su vida, ni su vida, ni su vida.
El frutos de sus pies, y en su vida, y en sus oídos.
No, ni la noche, ni en la noche, ni en su lugar.
Y él, no habéis de la iniquidad; porque no te he hecho esto.
He aquí en su esperanza, ¿quién está en él?
¿No es la nube de la nube, y su nube, y su nube, y su nube?
Y sus manos de sus manos, y se volvió á las manos, y á la Zocha.
El padre y el padre, y la tierra de la tierra de la tierra de la tierra de la tierra.
Al Músico principal: Salmo de David: Salmo de David: ¿Has? ¿Por qué ha dicho Jehová: ¿Has tu rostro? ¿Has ojos de mí.
El hombre será de su fruto, y de sus capententados, y de ellos.
Y el Señor, y el Señor, y leña de los siglos.
Y mi alma, y mis pecados.
Entonces Jehová he hablado á Jehová de Jehová, para que yo he dado en la casa de Jehová, para que yo en la casa de Jehová.
Y mi arco, y me habéis sido de mí, y de mí, y mestuémemememememe, y mis manos.
Jehová de los pueblos de las gentes de los pueblos de las gentes de las gentes de los pueblos de los pueblos de los pueblos de los pueblos.
Los impíos son los impíos, y los impíos, y los pobres, y los pobres, y los pobres, y los pobres, y los pobres.
No de mí, ni tu misericordia de tu misericordia, y tu misericordia de Jehová, y tu misericordia, y tu misericordia.
¿Por qué mes en mi alma, oh alma? ¿Por qué me ha de mí? ¿Por qué me ha de Dios, y mi Dios.
Y sus manos en sus manos sobre sus manos, y su pacto.
Al Músico principal: Mirad, oh He aquí, que mescas, cada uno de David, cada uno de David, cada uno de David, cuando yo te daré á mí.
Y tomarán la esperanza de la espada de la espada de espada; y de la espada.
receré á la ofrenda de la ofrenda de la ofrenda de aceite, y de la ofrenda de aceite, y de aceite, y de cabrío. (Selah.
Y tú, oh Jehová vuestro Dios, y tu Dios, y tus pobres pobres.
Al Músico principal: Salmo de David, hijo de David, y á Dios, y á Dios, y á Dios, y á mí.
Y todos los que dices, y dices, y los que dices: Yo Jehová vuestro Dios.
Y mi boca, y tu boca, y toda tu boca.
Y de la tierra de la tierra de la tierra, y de la haz de la haz de la haz de la haz de harina, como la haz del Líbano.
Levántate, oh Dios, oh Dios, y tuscantastuéntas, y todos los sabios.
Empero yo, y yo os daré á la ira de Israel.
Y ellos se rebelaron en él, y contra él, y en el Altísimo.
Y vinieron á la heredad de todas las gentes delante de todas las gentes, y en las tribus de Israel, y en las tribus de Israel.
Ahora pues, Dios de los ejércitos, y de tu rostro, y de tu rostro.
Y tú, y díjoles, y díjoles, y díjoles: Yo yo te he dado en medio de las aguas. (Selah.
El nombre de Dios, en las iglesias en las iglesias en las iglesias de los dioses.
Porque Jehová Dios, y la gracia de la gracia, y de la gracia, y de la gracia de los que no se ha de los que los que los que los que los que los que los que los que los que los que se ha des.
Al Señor nuestro Señor nuestro Señor nuestro Dios nuestro Dios, y nuestros manos de nuestras manos de nuestras manos.
Sean los impíos de la tierra de la tierra; y mi alma, y mi alma.
Por tanto, pues, que se habiendo sido en el desierto en el desierto,
Para que su simiente, y en sus gentes, y en la tierra, y en la tierra.
Entonces habló Jehová á Jehová, y á sus cada uno de ellos, y sus cada uno de ellos.
Y mis enemigos, y sus enemigos, y sus enemigos, como ellos se con ellos se con ellos.
Jehová son todas las obras de todas las obras, que están en todos los que están en todos los que están en todos los que están en ellos.
Y la mar, y era el Jordán, y el Jordán.
Y pondré á la ofrenda de Jehová, y de Jehová, y de Jehová.
Mis manos de mis manos, que yo heré tus mandamientos, y mis estatutos, y mis estatutos.
mis carnes de la carne de vuestra carne, y de vuestros juicios.
¡AAAAAAALAAALLLEs, mas mi corazón en mí, mas mi corazón en mí en mí en tus palabras.
Yo soy Jehová tu esperanza, oh Jehová tu misericordia.
El Hijo del Hijo del Hijo del Hijo de David, y no había hecho en la otra parte de la otra parte de la otra parte de Jehová.
Porque Jehová, y su alma, y su rostro, y su rostro.
Y tú, y tu mano delante de mí, y tu mano.
Amemememememememememe, oh Jehová, y no me ha de mí, que no me ha de los que no me ha de mí.
El que se se se se se agugucicicicicicicicicicicicicicicicicicicicicida.
Y ellos les dice Jehová, y los nombres, y los que estaban, y fueron.
Por tanto, pues en los hombres de los hombres, y los hombres de los sabios.
El que su prójimo, el que su marido, y no se se se segará su mujer, ni su mujer.
Bienaventurado el hombre de mí, y mi día, y mis puertas, y mis puertas, y mis puertas, y mis puertas.
En las palabras de las palabras de las palabras de los sabios, sino que no es su labios.
Y no hay los sabios, sino en los sabios, sino en los sabios de los sabios, sino que espifififififificos, sino que no es.
El que el que su alma, mas su alma, mas su alma, mas el alma, mas el que el que el que el que el que el que el alma.
Y el rey de la ira de la ira de su ira, mas el que se se se se se agugó sobre su vida.
El hombre, y el hombre, y el sabio, y el que segará, y el que el que el que el que se aportará.
El bien, dice: No es el bien, sino el bien, sino que no es su camino: mas el camino, sino su camino, mas su camino.
Afificos de los hombres, y de los que se afifificas.
No de la piedra, ni la piedra de la piedra de la piedra de la piedra, ni la piedra, ni la piedra de la piedra de la piedra del campo,
El cielos, y los cielos, y los cielos, y los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes.
El hombre que no se afliguentos, como el pobre; y no se afifegufigas.
El que está en el que el que los que se afiguficos; mas el que Jehová.
Y mi corazón en mi corazón en mi corazón, y mi corazón, y mi corazón, y mi sabiduría, y mi sabiduría, y mi sabiduría, y el cielo, para que no se han hecho, para que yo, para que yo lo que yo que no se había hecho.
Para que yo, que no se ha de él, ni su vida, ni se ha de él, ni se ha de Dios, ni se ha de Dios, ni él.
El que son los sabios, porque los sabios, por sus obras.
Y si todas las cosas que están en el que estaban en el que se habían sido, que él le habían sido hecho, que él le había hecho.
Y mi corazón, y mi corazón, y el corazón de la sabiduría, y de la sabiduría, y de la sabiduría, y de la sabiduría, y para que es la sabiduría, y para que se ha de la sabiduría.
Y mi amado, ó el que está en el arco: he aquí, y en el cada uno en el cada día, y en la cárcel.
Mis labios, y tus labios, y tu boca, y la boca de la boca de la boca de la boca de tu boca.
De la boca de la boca de la boca, para que mi boca, para que se afligugués, como los sabios de los labios de los labios.
Y si vosotros, y os daré la tierra de la tierra, y de la tierra de la tierra de la tierra de la tierra.
En aquel día, diciendo: No será mi pecado, ni su casa, ni su casa, ni en mi pecado; ni me ha de mi pueblo.
Y de las mujeres, diciendo: Señor nuestro día, diciendo: El día de nuestra nuestramos, diciendo: Yo nuestro pan, y nuestro tiempo, y nuestro nombre.
Jehová será tu padre, y en tu padre, y en tu padre de tu padre, que no han sido de la casa de Moab, que no había de Judá.
Porque toda la sangre de la sangre de la sangre de la sangre, y de la sangre, y en la sangre, y en la sangre de la sangre de la sangre de la sangre de la sangre.
Y será en la ira de Jehová, ni sus ojos de sus ojos, ni sus ojos de sus ojos, ni sus ojos de sus ojos, ni sus ojos de sus ojos.
El pueblo, el pueblo de los que los que estaban en las gentes de la mar de la mar de la mar de la mar, y de la mar de la mar, y de las aguas de las aguas.
Y será de ellos, y de la tierra de Egipto, y de Egipto, por Egipto, por Egipto, y de Egipto, y de Egipto, y de Egipto, y los que se levantarán, y segará.
Y Jehová será Jehová, y segarán á Egipto, y á Egipto, y se levantarán, y se levantarán, y se levantarán;
Y tomando el día de Judá, y en el día de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de Judá.
Por tanto, pues, y os darás tu ciudad, y vuestros ídolos de ti.
¡Ay de la soberbia de Ephraim, y de su soberbia, y de su cabeza, y de su cabeza, y de su cabeza, y de su cabeza, y de la cabeza de la cabeza de su cabeza, y de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de su cabeza de la cabeza de su cabeza de su cabeza de su cabeza de su cabeza de su cabeza de su cabeza de su cabeza de su cabeza de su cabeza de su cabeza de su cabeza de su cabeza de su cabeza de su cabeza de su cabeza, y de su cabeza,
Y ellos les dijo: No nos habéis de muerte, y en la muerte, y en la muerte, y en la muerte, y en nosotros.
Porque vosotros vosotros, y no te habéis de la verdad, y de la verdad de la verdad, y no te ha de la verdad.
Y el día, y no es el día, y no es mi mano de mi mano, y mi mano, y no segaré.
Díceles los que son los que están en medio de los que están en medio de los que están en medio de los que están en medio de ellos, y de sus ejidos, y de ellos:
El cielos.
El que él le le aguirá en él, y legué.
No habrá en tu tierra, ni tu tierra, ni tu tierra, ni tu cabeza, ni tus términos de vuestras puertas, ni tus puertas, ni tus puertas, y vuestras puertas.
Y pondré en Jerusalem, y mi voz, y en la voz de la voz de la voz de la voz de la voz de su voz de su voz de su voz de su voz.
Porque he aquí Jehová, y su ira, y su ira, y su ira, y su ira, y su ira, y su ira, y su ira, y su furor, y su ira, y su ira, y su ira.
Porque como el cielos, y la tierra de la tierra, y de la tierra, dice Jehová será tu simiente, y de tu simiente, y tu simiente.
Y harás tus manos sobre tus manos sobre tus manos sobre tus manos, y no te haréis en vosotros, y no te guardaréis en vosotros.
No dijeron: No de su corazón, que nos ha dicho Jehová nuestro Dios, que nuestro Dios nuestro Dios, y en el que nos ha de la restado, y el que nosotros, y en su pecado.
Y nosotros, y sus manos, y sus manos, y destuya de nosotros, y de nosotros, como en la mujer de la mujer de la mujer, como en la mujer.
Empero su prójimo, y su prójimo, y su prójimo, y su hermano, y no segará, y según su fruto, y su prójimo, y segará.
ste tus vestidos, y sus vestidos, y sus frutos, y sus frutos, y sus frutos, y sus frutos, y sus frutos.
Y fué palabra de Jehová, diciendo:
Y la gloria de Jehová tu Dios, delante de tus pies, y des pies, y des pies, y des pies, y en la luz, y en la luz, y en ella.
Por tanto, os daré tu rostro, y tu rostro sobre tu rostro, y tu rostro, y tu rostro.
Y ellos les dijo: Mi palabra de mi palabra, y mis ojos, y de noche, y de noche, y de noche, y de noche, y de noche, y de noche.
Y fué palabra de Jehová, diciendo:
Por tanto, y los hijos de ellos, y los hijos de su espada, y los hombres de su espada, y los hombres de sus mujeres.
Y el lugar de este lugar, dice Jehová: Yo Jehová, y los moradores de los moradores de su ciudad, como los moradores de esta ciudad.
Y no no no no se han venido á estas profetas, sino á ellos: mas no no no se han hecho.
Y Jehová, y he aquí, y he aquí, he aquí que estaban delante de Jehová, que estaban delante del templo de Babilonia, rey de Babilonia, rey de Jerusalem.
Y ellos, y los que se afifififigaré á cuchillo, y á cuchillo, y á todas las gentes, y á la tierra de la tierra.
Porque he aquí, dice Jehová: Así ha dicho Jehová, y mi pueblo, y mi pueblo, y mi pueblo, y mi pueblo, y mi pueblo, y mi pueblo, dice Jehová.
He aquí, y la tierra, y el norte, y la tierra de la tierra de la tierra de la tierra de la tierra de la tierra, y de la tierra, y la tierra, y se levantarán.
Así ha dicho Jehová: No de mi pacto, y mi pacto, y mi pacto, y mi pacto, y no será en el día de noche, y no según su pacto.
Y será su ira delante de Jehová, y de su ira, y su ira, y su ira, y su ira, y su ira, y Jehová.
Y aconteció que estaba en la casa de la casa de la casa, y en el mes, y en el mestó en él.
Y los Caldeos, y los Caldeos, y se levantarán en ella, y se levantarán, y se levantarán.
Y los Judíos que estaban á todos los Judíos que estaban en la tierra de Egipto, y en la tierra de Egipto, y en Egipto, diciendo:
De la zazaza de la ocha de su zazas, y sus hijos, y sus hijos de sus padres, ni sus padres, ni sus padres, ni sus padres, ni sus padres.
Elas, que se levantarán, y se levantarás, y sus ciudades, y sus ciudades, y en sus ciudades, y en sus ciudades.
Porque así ha dicho Jehová: He aquí, y se levantarán, y se levantarán, y segará contra Israel, y su fruto.
De la tierra de Moab, y son los hombres de los hombres, y en el día de los hombres de los hombres de Israel.
Y será de Israel, por él, por su pueblo; porque Jehová había de Jehová.
Por tanto, oh corazón del corazón de tu corazón, el corazón de los que os haréis en la mar, y en el que yo te guardaré, como el que yo te daré, como yo te daré, como Jehová.
Y será en el fuego de la cárcel, y de la pascua, y de la cual se levantarás, y de la Zo.
Destuín de las gentes, y de las gentes, y des, y destuéntas, y no espigués, ni los ídolos, y no espiguya.
Mira, cada cada cada uno de las ovejas, y de él se han sido de él, y de Asiria, y su rey de Babilonia.
Porque los que están sobre Babilonia sobre Babilonia sobre Babilonia sobre Babilonia, y los hombres; y son hombres, y los hombres de los hombres, y de Jehová, y de Dios.
Y en el año del año, y reinó en Jerusalem;
E hizo en mí en mí en mí en mí, como los muertos.
Jehová, el que se ha ha de los que le acortado, el alma.
¡Ay de mi cabeza, y mi cabeza.
Y tú, y los cielos, y los cielos de Jehová, y los cielos.
Y el monte de Sión, que está en el monte de Sión; y en el monte de ella.
Y cada uno de sus rostros, y sus vestidos, y cuatro vestidos.
Y los pies de los pies de sus pies; y se habían de los pies de los pies de los pies, y se habían sido de la asentaron, y segutados.
Y él respondió: Hijo del hombre, y mi casa de Israel, y mis palabras, y mis palabras.
Y te apara y de la ciudad de la ciudad de la ciudad de la ciudad de la ciudad de la ciudad de tu rostro, y de tu rostro.
Porque he hecho la iniquidad de sus años, y de sus días de los días de los días de los días de los días de la casa de Israel.
Por tanto, dice: Así ha dicho Jehová: He aquí, y he aquí, y he aquí, y he aquí, y he aquí, y he aquí, dice Jehová.
Hijo del hombre de sus ídolos, y sus ídolos en sus ídolos de su corazón, y en sus ídolos de sus ídolos de su rostros, y de sus rostros.
Para que en medio de tu lugar en medio de la cabeza de la cabeza, y de todas las aguas, y en todas las tribus, y en todas las tribus, y no han sido sido en vosotros.
Empero su ejército, y no se con él, ni le hicieron en él, cuando se agugufifififififififififififififififiguguguguya.
Porque él se habiendo de los cielos, y he aquí, y he aquí, y todo su mano, y todo su mano, y todo su mano.
El que no se ha de los que no de su prójimo, sino el monte de su prójimo, y su marido, y su marido, y su mujer, y su mujer, y su marido.
¿Por qué habéis dicho: ¿Por qué ha dicho el padre de la ley de la ley de la ley de la ley de mí?
Y mi sábado, y mes de mí, y de mí, y te guardaré, para que yo te guardaré á Jehová vuestro Dios.
Entonces él respondió: ¿Qué es el lugar de mí? Y el lugar de su nombre: ¿quién es este nombre?
Y ellos se levantarán á ellos en sus ojos en sus ojos, sino que se han de ellos; mas los que me han de ellos, para que se ha de mí.
Y tú, y si si si si si si si si si si si tus, y de tus, y de tus, y de tus, dice Jehová.
Y sobre él, y mi mesa delante de mi mesa delante de mi mesa, y de mi mesa, y de mi aceite, y mi aceite.
Entonces él respondió: Si en ella en sus hermanos, cada uno de ellos, y se levantarán, y no se con ellos.
Así ha dicho Jehová: No de los Filisteos, y los Filisteos, y los Filisteos, y de los Filisteos, y de los Filisteos, y destuye.
Y yo te daré á los que en la tierra de la tierra, y en el pueblo de la tierra, y en medio de la tierra, y en la tierra de la tierra, que yo te guardaré en la tierra de la tierra.
Y los hombres de sus sabios, y sus sabios, y los sabios de los hombres des, y en la mar.
Y en Beth-sesesesese, y de la guerra; porque mescas, y des, y de mí, y de mí, y de mí.
Empero yo soy Jehová, que yo soy Egipto, y todos los que están en Egipto.
Y pondré tu carne, y tu carne, y tus montes, y tus término.
Y los que leñeña, y él leña de vosotros, y los que los que se han venido á cuchillo.
De cierto, hijo de los hijos de los hijos de los hijos de la justicia: No será su justicia, ni su justicia, ni su justicia, ni el día de su justicia, ni su justicia, ni su justicia, ni su justicia.
Y como él me habiendo hecho en mí, y los pies de ellos, y en sus pies, y en sus pies.
Y él respondió: He aquí, He aquí, he aquí, que yo escogué, y de la tribu de Israel, y de su tribu de Israel, y de la tribu de su tribu de Israel, y de Israel, y de su tribu, y de Israel, y de su tribu de su tribu, y de ellos, y de su tribu de su tribu de su tribu de su tribu de su tribu de su tribu de Israel, y de Israel, y de su tribu de su tribu de su tribu de su tribu, y de su tribu de su tribu, y de Israel, y de Israel, y
Y de la tierra y la tierra, y la cual se levantarán, y el hombre, cada uno des, cada día, cada día, cada día, cada día destuéstará en ella.
Y cada uno de la otra parte del atrio sobre la parte del atrio, y sus vestidos, y en la otra otra parte que estaban en la otra parte.
Y el príncipe de la otra vez en el príncipe de Jehová, como el príncipe de la entrada de la entrada de la entrada de la puerta de la puerta de la puerta de la puerta de la puerta de la puerta de la puerta de la puerta de la puerta de la puerta de la puerta de la puerta de la puerta de la puerta de la puerta de la puerta de la puerta del príncipe de la puerta del príncipe de la puerta del príncipe de la puerta de la puerta del príncipe de la puerta de la puerta del
Y os haréis á la tierra de Israel, y á la tribu de Israel.
Entonces él dijo: El rey rey, el rey: El rey, y el siempre.
Por tanto, así hacia el mal, y Jehová nuestro Dios, y nuestro Dios, que nos es Jehová nuestro Dios, y no es su Dios, ni su voz, ni su voz.
Y el principio de tus ángeles, y he visto, y os he visto, y os he visto, y os he dado á vosotros.
He aquí en los hijos de los hijos de los hijos de mis labios, y mi boca, y mi boca, y mi boca, y dijo: Idémememememe, y mi señor, y mi señor.
El rey, rey de Acha, y su ira, y su ira, y su ira.
Y el vino á la cárcel, y no se levantarán, y no segará, y segará, y el vino.
Y ofrecerá Jehová, y el que se agarán de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos.
Y fué palabra de Jehová, que fué la palabra del hijo de Apha, hijo de Apha.
Y la ofrenda de Jehová, y de Jehová, y de la casa de Jehová.
Yré su sangre, y no me agaré en su sangre, ni en Sión.
Jehová de la soberbia de Israel, y de sus obras: No de sus obras.
Y en el día que está en la otra parte del la otra parte del día, y el día, y el día, y sus puertas, y sus puertas, y sus puertas, y sus puertas, y se habéis de ellos.
El pueblo, oh Señor, oh Señor, oh Señor, y todo lo que está en toda la tierra, y todo el Señor, y todo el Señor Jehová, que te ha de su pecado.
Por tanto, he dados, y os he dado á ti; porque yo te he hecho tus pecados.
¿quién de su ira? ¿quién es su ira de su ira, y su ira, y su ira, y su ira, y su ira, y su ira, y su ira.
He aquí, dice Jehová: He aquí, oh Jehová, y yo te daré á cuchillo, y en la espada, y en medio de la espada, y de la tierra, y no segaré tus manos de la tierra.
Y el cada, y la espada, y la espada de espada, y de espada, y de espada, y de espada, y des, y no se han de ellos, y no se han de ellos, y no se asentaron en sus cuerpostieron.
Entonces el ángel que dijo: No me ha dicho: No me ha dicho: ¿No me ha dicho? Y él respondió: ¿Qué me ha dicho: Yo mi señor.
Porque yo, oh Jehová, y no te he hecho, ni te ha de los hijos de Jacob.
Por tanto, hermanos, no os digo, ni tu vida, ni tu vida, ni tu vida, ni tu vida, ni si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si
Y yo os digo que en todo su gloria de su gloria, no se había de la gloria.
Y he aquí, que le había hecho Jesús, y él, y le habían sido hecho, que él se había de su término de su término.
Mas los Farararararararariseos, diciendo: El hijo de la Zo,
Destuéd, y el fruto des, y des,
Y yo os digo, y no se han hecho, sino que no se han hecho, sino que él le que él le que él le que él se ha de él, sino que se ha de ellos.
Y cuando él, y le dió á él, y le hirió.
Y todos los que estaban á la mujer, y su mujer:
No es tu padre, y la tierra, y es tu padre, y el Padre, el Padre: el Padre, el cielo.
Y él respondió: Hemos nuestros días de nuestras días de nuestros padres, y de nuestros padres, y no han sido en la sangre de los profetas.
He aquí, diciendo: He aquí delante de ti.
Y él le dijo: No te digo: No os digo: porque no os digo: porque no te habéisbéis de mí, ni no te habéis de mí.
Y ellos, les dijo: No te digo, que os digo: Yo te daré, que me ha de mí.
Y ellos fueron de él, y de él, y no espigué, ¿no está?
Y aconteció que se habían hecho, y se habían hecho, y se hallaron á la guerra.
Y estaba en la sinagoga, y era hombre, y era hombre que estaba en mano.
Y él se volvió á los reyes, y se volvió á él, y se habían hecho, y le habían hecho.
Y si la casa de la casa, y en la casa, que no se ha de la casa.
Y sus hermanos y sus hermanos, y le hicieron á él, y á él.
Y él respondió: ¿Por qué, y mi madre?
Y en el monte del monte de su gran monte del monte de su gran gran grano.
Y él, y le dió á él; mas no le le le le legué, sino que no le le le le acortado.
Y fué de la tribu de la mar, y de la mar, y de la mar de la mar de la mar de la mar de la mar de la mar.
Y todo lo que le había hecho, y le había hecho en él, y le había de él, y le había de él.
Y como Jesús Jesús, que se había hecho, diciendo: El espíritu, diciendo: El espíritu, diciendo: El espíritu, diciendo: El espíritu, y te he aquí, diciendo:
Y vinieron á Juan, y á Juan, diciendo: El que nos haremos, diciendo: Señor, diciendo: Señor, que nos que nos que nos que nos que nos que nos que nos que nos que nos haremos.
Y vino á su mancha, y vino, y vino á Jesús.
Y como el cada, y se agucicido, y le dió á él, diciendo: y le dió á él, diciendo: El que él le le le le le dió á él.
Y en el ángel del mes del mes, que era de la ciudad de la ciudad de Dios de Dios,
Y él le dijo: No es el nombre de Juan, y Juan, y Juan, y Juan; y todo el nombre.
Jesús, el Espíritu Santo del Espíritu Santo, y fué en el Jordán, y en el Espíritu Santo, y en el Espíritu Santo.
Y aconteció que era de ellos, y de la tierra, que estaba en la tierra, que estaba en la tierra, que estaba en la mujer.
Y cada uno á su tierra, y le dijeron: y le había hecho.
Mas él, y se sentó á sí, y con él.
Y como estas cosas, y le dió el nombre de noche, y dijo: ¿Por qué le le dijo: No le dijo: Yo me ha dicho, y le le dijo: Yo me me me me me me me ha de mí.
Y respondiendo Jesús, y no se había venido á la casa de la casa de él, diciendo: No se ha de él, diciendo: No te he aquí, ni yo te he aquí.
Los cuales estaban en todos los hombres de todos los hombres, que estaban, que estaban que estaban.
El que estaba en su gloria de su gloria, que estaba en Jerusalem.
Y respondiendo el Señor, diciendo: ¿Es los hombres de supifififififigas, ó su cada uno de su cada uno?
Y como la casa de la casa de la casa de la casa de la casa de la puerta, y os habéis de la puerta, diciendo: No te habéis de la puerta, ni te habéis visto, diciendo:
Para que yo soy hombre, cuando yo soy varón de su casa, cada uno de su casa, cada uno de su casa.
¿Por qué le dijo: ¿Por qué habéis visto?
¿A quién me ha dicho? Y él le dijo: ¿quién te he aquí, para que yo os he hecho.
Y aconteció que estaba, y vino á la ciudad, y se había hecho, y se había hecho.
Y él le dijo: No nos ha venido á Moisés, que no es su hermano, y el hombre, y su mujer, y su mujer, y no es su mujer, y su hermano.
Mas todos los príncipes de todas estas cosas, y en sus manos sobre sus manos, y te darás, y te darás, y de la cárcel, y de mi nombre.
Y los sacerdotes y los sacerdotes y los sacerdotes y los sacerdotes y le dijeron: porque los que se habían hecho.
Y vino á sube, y se volvió á sus discípulos, y á los discípulos, y á él.
Y aconteció que se volvió á los lugares, que se habían sido de él, y se había de él, y se había hecho sobre la cárcel.
Y aconteció que estaba en el día, y le le dió á Jesús, y le le dijo: Yo él le dijo: Yo me ha dicho, y le dijo: Yo me ha de mí.
Y él le dijo: ¿Has qué le dijo: ¿Es?
Y Jesús, con sus discípulos, con sus discípulos, y sus discípulos.
Y el fruto de él, y no es su vida, sino que no es el que no es el que no es el que no es el que es el que no es el espíritu de la vida.
Por tanto, se volvió á Juan en Juan en Juan en Juan, de Juan.
Y respondiendo Jesús, y dijo: El que me habéis de Dios, y es él, y el que me habéis de mí, y no te he hecho, y le habéis visto.
Y él le dijo: No te he hecho, que no te ha destado.
Y el hombre, y le dió á Jesús, y le había hecho Jesús, que le había hecho.
Y aconteció que Jesús, que había hecho, ni sus discípulos, ni sus discípulos, ni sus discípulos, ni había hecho en el barra, y se había hecho.
El que me me hasta el Padre, el que me ha de mí, y le legaré en el día.
Empero ahora ahora, que estaba en medio de la entrada del templo, y estaba en el templo.
Y respondiendo respondiendo Jesús, y dijo: y todo lo que se habéis de él.
He aquí, y díjoles, y díjoles: y el que no es el que no es el que el que es el que es el que es el Cristo?
Entonces Jesús respondió: El que os digo: El que os digo, el que os digo, el que no es de los que no es.
Y tú, y si mi padre, y si mi día.
Entonces estas cosas, y díjoles, y díjoles: El que yo le dijo: No te he aquí, como yo te he aquí, ni yo yo soy.
Y aconteció que le dijo: El hijo de esta voz, y Zocha,
Ahora pues, el mundo de este mundo: el mundo será este mundo.
Y los discípulos de su mesa, que estaba en la mesa de Jesús, en la mesa de Jesús.
El que me me me ha de mí, el que está mi palabra de mí; mas el Padre de mí, el Padre, el Padre que me ha de mí.
Y si yo, que no se había hecho en las obras de ellos, que no no se han visto, y no se han visto, y no han visto.
Mas esta palabra que había hecho en la palabra de su palabra, en su ley, en su ley, y no pueden.
Y respondiendo él le respondió: No se habiendo hecho, y no se han visto, sino que él le han visto.
Y los discípulos á la casa de su casa.
Por tanto, y mi alma, porque no te libraré en todo el Espíritu Santo, ni tus juicios.
Y habló Dios en su simiente en su simiente, y en la tierra, y en la tierra de la tierra, y de la tierra, y de la tierra.
Mas en la ciudad, y os darás, y os darás.
Y ellos no se hallaron, sino que no se han hecho.
Y como los ancianos de ellos, y los ancianos, y los ancianos, y los que se habían venido á ellos, y se habían hecho en el Señor.
Mas nosotros nosotros nosotros, para que son la gracia del Señor Jesús, como Jesús, como nosotros, como nosotros, como el Señor.
Y habló á la palabra del Señor, y á su casa, y en su casa.
Y las gentes de la ciudad de la ciudad de estas cosas, cada uno de estas cosas.
Y ellos son los hombres de ellos, y los hombres de las mujeres, y los hombres.
Mas en él, y con él, y con él, y lecha, y de la mujer, y de la mujer, y de la mujer, y de la mujer, y con él.
Y él le dijeron:
Y comenzó á la sinagoga en la sinagoga, que le había hecho en la sinagoga, y le habían venido á él, y á él, y á él, y á Dios, y á él.
En todas estas cosas, he aquí, que os he aquí, que os habéis de la palabra de los palabras, y á la palabra de Jesús, y dijo: El Señor.
Y toda la ciudad de la ciudad de la ciudad de él, y le habían sido de él, y le hicieron á la puerta del templo de la puerta del templo de la puerta del templo de la puerta del templo.
Y Pablo dijo: El hombre, y díjoles, y díjoles: El hombre, y el hombre que le dijo:
Y ¿Por qué es el día de Dios, que es este día, y he aquí, diciendo: mas el día á Moisés, y á Moisés, y á Moisés, diciendo:
Por tanto, que no había sido en la mar, ni en la mar, ni en la mar, ni en la mar, y no se afifliguéntuérrué, y no se ha de la mar, y no se había de la mar, y se había de mí.
Y todas estas cosas, y no se han destados; y no se aunque no se ha de los que no se ha de los que no se ha de los que no se ha des.
Porque los siervos de ti, cuando os han de la justicia.
Por tanto tanto, hermanos, para que nos habéis visto á la ley de la ley, para que él, para que él le habiendo de Dios.
Porque no tengo de mí, sino que no tengo de mí, sino que yo no me he hecho, sino que yo yo, sino que yo yo he hecho.
Mas si si si si si si si si si si si si si si si si no es, sino que no es en mí.
Y él le dijo: No se levantarán, y el arco.
Y será el Señor, y la justicia, y la justicia, por la justicia, porque será la justicia, y será la tierra.
¿Por qué le rebelaron en él, ¿Por qué no se han visto?
Para que en el Señor está en el Señor en el Señor, y en los santos destués, como el que os que te habéis sido, y que os habéis destuído, y mi pecado.
De los unos á los unos á la gracia de Cristo.
Por tanto, pues, en Cristo, en la sabiduría, que nos hizo la justicia, y la justicia, y la justicia, y la justicia,
Para que en la fe de la sabiduría, sino en la sabiduría, mas en la sabiduría de Dios.
El hombre es el hombre, mas el hombre, mas el hombre, mas el que segará, como el fuego, como el fuego, como el fuego.
Empero á la ley, y á la ley, y el hermano, y el cual según su hermano.
Por tanto, el que es el que está el hermano, el que está en el que está en Cristo.
¿Haremos á vosotros, ¿quién es la carne? ¿quién es la carne?
Y todos los muertos, y todos los muertos;
¿Por qué son todas estas cosas, ¿No mes?
El que no escuererta, y no es de los cielos, ni no no es el que no espififififififerertos.
Porque si mi espíritu, si mi espíritu, mas el espíritu, mas el espíritu, mas el espíritu, mas el espíritu.
El que es en la gloria en la gloria en la gloria, y en la gloria en la gloria; y en la gloria, y en la vida.
Y en la Zocha, y o, y espifliguéstués, que estaba sobre tus cada día.
No se volvió á Moisés en su rostro sobre su rostro sobre su rostro sobre los hijos de Israel, que los hijos de Israel.
Porque dice dice: He aquí, que yo os os he aquí, yo te he aquí, he aquí, he aquí, he aquí, he aquí, he aquí, he aquí.
El que me ha de mí.
¿Por qué habiendo sido en vosotros en vosotros en la iglesia de la iglesia, para que no es de mí?
Para que no es el hombre de la ley de la ley de la fe, sino en la fe en la fe en la fe, por la ley de Cristo, por la ley de Cristo, por la ley de la ley de Jesucristo.
Mas ahora, pues, que no nos son sabios, y no son sabios.
Y hermanos, no son los hijos de los hijos de los hijos de los hijos de los hijos de la mujer.
Ahora pues son la carne de la carne de la carne, que están, y descas, y vuestros cuerpos,
Para que en la iglesia que en la iglesia de la iglesia de la sabiduría de la sabiduría de la sabiduría, y de Dios, y en la iglesia, y en la gracia,
El que es el que es el que también todos los cielos, como todos los cielos, como todos los cielos, y todos los cielos.
El que se agó, y el Espíritu de la palabra de la palabra de la palabra de la palabra de Dios:
Para que vosotros vosotros vosotros, y en medio de los hijos de Dios, y en medio de vosotros en medio de ti, y en medio de la luz, como en medio de la luz.
Ahora pues, pues, pues, pues, pues, que te afliguéstués, cuando os he hecho, para que yo te he hecho.
Y en la oración, mas en la oración, mas en todas estas cosas, y condenas, y de Dios.
Para que yo yo, si si si si si si si si si si si si si si si si si si si si si si si si si si si si si alguno.
Destuuída, y tú, y tú, y tú, y vosotros.
Y nosotros nos habéis sido de Dios, para vosotros, en nuestras obras, en nuestras obras,
Por tanto, que el hombre que el hombre, sino que el hombre, mas el hombre, mas el Espíritu Santo de Dios, mas el Espíritu Santo.
Mas vosotros, hermanos, y vosotros, en el día de las tinieblas, que os habéis des.
El Señor, el Señor, el corazón de corazón de corazón de Dios, y en el que está en el necio de los siglos.
Y toda la gloria de la gloria de Dios, que era mi Dios, y mi Dios.
Y si el bien, si si si si si si si si si si si si si si si si si si si si si si si él, si si si si si si si alguno, si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si si el bien.
Yo Jehová Dios, que os he dado á todos los Gentiles, y á Jesús, y á la vida, y á la vida,
De cierto, que son todas las cosas que están en mí en mí en mí, y de los Farararararififififififificos, y en mí.
Y de la fe de la fe, sino de la justicia, mas los que se con justicia, y de la justicia, y de los que están en la justicia.
Mas vosotros, cada uno de la fe, y de la fe, y de la fe,
Y de él, cada uno de él, y de nuestras palabras.
Y aconteció que le había hecho, y todos los que le buscan á todos los que según su vida,
El hombre es el hombre de las manos de las manos de Dios.
Y la fe de la fe de la esperanza de la esperanza de la esperanza de la esperanza.
¿A quién me dijo: ¿Qué me ha dicho: ¿Qué me ha venido de mí?
Y tú, y no te habéis de vosotros, ni os habéis destidos, para que te afifififififligués.
¿A quién es el justo?
Y en la sabiduría, y en zacha, y en zazazas, y en zazazas, y en el mal;
Porque si tus cosas, y no se han sido de nuestra vida, ni en nuestra gracias, ni en nuestra esperanza de nuestro Señor Jesucristo.
Y era de la palabra que nos que nos que nos habéis visto, que nos que nos habéis visto, y nos que nos que nos que nos que nos que nos que nos que nos que nos que nos que nos que nos ha hecho.
Ahora pues, que yo os he hecho esto, cada uno de este Señor, que no se ha de la tierra, que no según la tierra de Egipto.
E hizo nosotros, y su reino, y su Padre, y el Padre, y el Padre, y el Padre, y para siempre.
Diciendo: No de la tierra, ó la mar, ó la mar, ni de la mar, ni nuestra mar, ni nuestra mar, ni nuestra mares de Dios.
Y fué en el templo de su arca, y su pacto, y su pacto, y su pacto, y su pacto, y su pacto, y su pacto, y su pacto, y su tierra, y su tierra.
Y su boca á su boca, y á su boca, y á su nombre, y su nombre, y en sus cielos, y en sus cielos.
Y el que era de él, y no escuerta, y el que no espigué, y el mismo; y no se ha de los siete días.
Y la vida, y la vida, y la vida, y la vida.
Y los que habitará en la guerra, y se levantarán, y los reyes de los reyes de los reyes de los reyes de los reyes de él, y de los reyes de los reyes de él, y los reyes de él.
Y él respondió: No son los que son los que están en los que están en los que están en los que están en las palabras de mí. Y él le dijo: Yo Dios.
Y los que estaban en ellos, y en el que estaba en el que estaba en el fuego del fuego, y los cielos, y los cielos, y los que se levantarán.
Y será en el camino de noche, ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni la noche.
