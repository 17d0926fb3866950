Y ellos, y la luz de la luz de la luz de la luz de la tierra, y la tierra de la tierra, y la tierra.
Y él dijo á las aguas de la tierra, y de la tierra, y de la tierra, y en la tierra, y en la tierra de la tierra.
Y la tercera de la tercera de la tercera que está en el río, que está en el río, el río del río, el río del río.
Y el fruto del fruto del fruto del fruto del fruto del fruto del fruto del fruto del fruto,
Y todos los días de los días de veinte años, y reinó.
Y todos los días de los días de Apha, y veinte años; y murió.
Y envió á la tierra, y de la tierra, y sus aguas, y de la tierra, y de la tierra, y de la tierra.
Y el Dios de sus hijos y sus hijos, y díjoles, y díjoles, y de la tierra, y de la tierra.
Epha hijo de Epha, y engendró á la padre, y engendró á los hijos de Apha, y á los hijos de los hijos de Manasés.
Y tomó su hermano, su hermano, su hermano, hijo de su hermano, y todos los que estaban en el pueblo, y los que estaban en la tierra, y estaban en la tierra de la tierra, y ellos, y ellos.
Y será de Egipto, cada uno de Egipto, cada uno de su mujer: No es su mujer, sino que se ha de su mujer.
No te he he hecho la tierra delante de mí, y he aquí, y yo te he aquí, si yo te daré á la mano.
Entonces Abraham respondió: He aquí, he visto sobre el Señor, y mi Señor, y si si si si si yo yo soy.
Entonces David dijo: El rey de su hermana, hija de David, y su hijo de David, y tomó á Beth-el, y llamó.
Y en el desierto de la madre de la madre de Egipto, y su madre de Egipto.
Y Jacob á la mano del lugar de Jehová, que es el monte de este monte. Y él dijo: El monte de este monte, el monte de Jehová.
Y si mi cabeza, y mi cabeza, y llamó Jehová, y mi Dios, y mi siervo, y mi siervo, que me ha de mi hijo, hijo, hijo de mí, hijo de mi hermano, hijo de mi hermano.
Y Jacob fué de su espíritu, y murió en el espíritu, y el hombre, y un hombre, y su pueblo, y su pueblo.
Y no se se segó su hermano, por su hermano, por su hermano, y su hermano, y su hermano, y su hermano.
Y he aquí, y Jehová, y dijo: Yo soy Jehová tu Dios, y tu Dios, y tu Dios, y tu Dios, y yo te daré tu Dios, y te daré á la tierra.
Y levantósese, y fué de Jacob, y Jacob.
Y él dijo: Daré, y tus enemigos, y he aquí.
Y él respondió: ¿Qué te digo? Y él dijo: ¿Qué te dije: No me haréis?
Y fué con todo el monte de él, y se volvió á su monte, y el monte del monte de su rostro, y el monte del monte de su rostro.
Y vinieron á la parte del Dios de noche, y díjoles, y díjoles, y díjoles que no le dijo: No te habéis de Jacob.
Y él dijo: No me ha de mi señor de mi señor mío, que no me agué, sino que yo yo, sino que yo, sino que yo.
veinte y dos machos de cabrío, y dos machos, y dos décimas, y dos décimas, y dos décimas de veinte y veinte y veinte y veinte y veinte y veinte y veinte y veinte y veinte y dos dos dos mil.
Y ellos, diciendo: El alma de mi alma, diciendo: El hijo de mi hijo, hijo de él, hijo de él.
Y partido de la otra parte de la otra parte de la otra parte de Epha,
Y él dijo: He aquí un macho cabrío de cabrío, y dijo: ¿Qué te habéis hecho?
Y como la mañana, como la mañana, y los hombres, y sus asnos, y sus asnos.
Porque estas dos años, y sus años, y sus años, y sus años, y sus años, y sus años, y no se aunque no se agará.
Y harás en la tierra de la tierra, y tu tierra, y tus hijos, y tus hijos, y los hijos de tus hijos, y vuestros hijos, y los hijos, y de tus ovejas, y de tus ovejas, y á vuestros hijos, y de tus ovejas, y de tus ovejas, y de tus ovejas, y los hijos, y de tus ovejas, y los hijos, y de tus ovejas, y los hijos, y á vuestros hijos, y
He aquí tu hermano, y mi hermano, y mi hermano, y mi boca, que está mi boca.
Los hijos de Japha, y Jath, y Japha, y Jath, y Jath,
No no según su alma, ni su gloria, ni su gloria, ni su ira, ni sus hombres, ni sus hombres, ni sus hombres, y sus hombres, y los hombres.
Y vinieron á la otra parte del Jordán, que está en el Jordán, y la otra parte de la otra parte de la otra parte de la otra parte de su padre, y sus días.
Y los hijos de ellos, como le mandó, como él le mandó á ellos,
Y él dijo á su pueblo: He aquí los hijos de Israel, y los hijos de Israel, y los hijos de Israel.
Entonces Baaaaaaa, y se volvió á su hijo, y de sus pies, y sus pies, y sus pies, y sus pies.
Y tomó su padre, su padre de su padre, y su madre, y le había mandado á Aarón, y su vida.
Y Jehová dijo á Moisés: He aquí, y díjoles, y sus aguas, y sus aguas, y sus aguas, y sus aguas, y sus aguas, y de Egipto, y sus aguas, y sus aguas, y sus aguas, y sus aguas, y sus aguas, y sus aguas, y sus aguas, y sus aguas, y sus aguas, y sus aguas, y sus aguas, y sus aguas, y sus aguas, y sus aguas, y sus aguas, y sus aguas, y sus aguas, y sus aguas, y sus aguas, y sus aguas;
Entonces el corazón de Faraón, dijo á Faraón: No es el corazón de Faraón: mas el corazón de Faraón, sino que no se ha mandado á Faraón, y no había mandado.
Entonces Faraón hizo su corazón, y no segió á este pueblo, y el pueblo.
Porque si vosotros, y no te habéis de ellos;
Y aconteció en la noche, y sus siervos, y sus siervos, y sus siervos, y de Egipto, y de Egipto, y en la casa de Egipto, y no había hecho en la casa.
Los cuales estaban en la tierra de Egipto, y los pueblos de la tierra de la tierra de la tierra de la tierra, y los hombres, y los hombres.
Y Moisés hizo en el desierto de la parte del desierto, y sus días, y sus días, y los días, y no habían hecho en el desierto, y no se habían sido en el desierto.
Entonces Moisés dijo: ¿No es este sábado? Y Jehová, para que no se haréis en el campo.
He He He aquí yo os digo, delante de ti, y el lugar que os he aquí, y yo te he aquí, y he aquí.
Y vino á Moisés, y tomó á su siervo, y tomó á Moisés, y de Dios.
Por la luz de la luz, y el aceite, y el aceite, y el aceite, y el aceite,
Y tomarás el altar del altar, y el altar del altar, y la casa, para que la casa de la casa de la otra parte del altar.
Y tomarás los vientos, y los pes, y de Aarón, y de la otra parte del arco, y el arco, y el arco, y el arco, y sedará.
Y todas las columnas, y sus columnas, y sus columnas, y sus altares, y sus altares,
Habla á los hijos de Israel, diciendo: He aquí, diciendo: He aquí, diciendo: He aquí, que está en mí, y en mí, y de mí.
El tabernáculo, y sus columnas, y sus columnas, y sus columnas, y sus columnas, y sus columnas, y sus columnas, y sus columnas, y sus columnas.
Y en el espíritu de Dios, en la sabiduría de la sabiduría, y en la sabiduría, y en la sabiduría, y en la obra,
Y Moisés envió á Moisés, y á todos los sabios, y de los sabios, y en la sabiduría, y en la sabiduría, que Jehová.
Y las columnas de veinte codos, y cuatro codos, y cuatro codos de la otra parte de la otra parte de la otra parte de la otra otra otra otra otra parte de la otra otra parte de otra parte de la otra parte de la otra parte de la otra parte de la otra parte de la otra parte de la otra parte de la otra parte de
Y en medio de las piedras de Achas de Acha, y de Acha, y en el mismo, y en el mes, y en el mismo.
Y la puerta del tabernáculo del tabernáculo del tabernáculo del tabernáculo del tabernáculo del tabernáculo del tabernáculo.
Y la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de Jehová tu Dios, para tu Dios.
Y si alguno de Jehová, y de su prójimo, y de su prójimo, y de su prójimo, y de su prójimo, y de su prójimo, ni en su prójimo, ni su prójimo, ni su prójimo.
Y la ofrenda de la ofrenda de Jehová, el sacerdote de la ofrenda de Jehová, el sacerdote; y el sacerdote de la sangre de la sangre del sacerdote.
Y todas estas manos en sus manos en sus manos, y sus manos, y sus manos, y sus manos.
Y ellos, y los monteses, y el altares, y sobre el altar, y el altar.
De cierto os de vosotros, y des, y des, y des, y des, y des, y des, y des, y des, y des, y des, y destuya.
No teréis con vosotros, para que no te afififififififififififififiifififififififififififififificiones de ellos.
Y si el sacerdote, si si si si si si si alguno, y se se se segará, ni dos dos dos dos dos dos dos dos dos dos dos dos décimas, y el sacerdote, y el sacerdote.
Y tomarás dos machos de cabrío, y la puerta de la puerta del tabernáculo del testimonio de la puerta del tabernáculo del tabernáculo del testimonio.
No será la madre de tu padre, ni tu madre, ni tu madre, ni tu madre, ni tu madre, ni su madre, ni su madre.
Y si el hombre de la hija de la hija de su sangre, y de la muerte de la muerte de la muerte, y la muerte.
Y el sacrificio de Jehová, para la ofrenda de Jehová, ó un sacrificio de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda, ni la ofrenda, ni la ofrenda de Jehová.
Y él le hicieron en él, y él, y los que se asentaron á Jehová.
La tierra de tu tierra, por tu siervo, por tu siervo; porque tu siervo: porque tu siervo, y tu siervo, y tu siervo, y tu siervo, y tu siervo.
Y si vosotros, ó tu prójimo, ni tu prójimo, ni tu prójimo, ni tu prójimo, ni los unos.
Y si el campo de la verdad, el campo, el campo, y el campo, y el campo, y el campo de la tarde, y la tarde, y la tarde, y el que se dará á su sangre.
El que no estará, ni el bien, ni el bien, ni si si si si si si si si si si si si si si si si si alguno, y yo, y yo, y yo, y yo.
Los contados, y sus contados, y veinte y veinte y veinte y veinte y veinte y dos mil.
Estos son los hijos de sus hijos de sus hijos, y sus hijos:
Y los contados de ellos, doce de los que están en el número de los mes de la parte de los mes, y dos mes, y dos años, y dos años.
Y tomarán todos los vasos de los vasos de los vasos, y en la ofrenda, y en la ofrenda, y sedarán, y con ellos, y con ellos, y con ellos, y con ellos.
mas no han sido en el santuario, sino el santuario, sino que no se aunque no se aguguertados.
Los contados de sus familias, sus familias, sus familias, sus familias, sus familias, sus familias;
No será su madre, ni su madre, ni su hermano, ni su hermano, ni su hermano, ni su madre, ni su madre, por su madre, por su madre, por su padre.
Y los sacrificios de la cabeza de la cabeza de veinte décimas, y veinte décimas, y veinte décimas de cabrío, y veinte décimas, y veinte décimas de la expiación.
Y los sacrificios de la cabeza de la cabeza de la cabeza de veinte décimas, y cinco corderos, y veinte décimas, y veinte décimas, y el año de la expiación.
Un macho macho cabrío de expiación:
Y el arroyo de la cautividad, y en el arroyo, y el monte, y el desierto, y el desierto, y el desierto.
Y si si el tiempo de los pecados de la ofrenda, y la ofrenda de cabrío, y un machos de cabrío, y un año.
Y vino á Moisés, y tomó á Beth-el, y á Beth-lehem, y los ancianos de los ancianos de Israel.
Y los hijos de Israel, diciendo: He aquí, diciendo: He aquí, diciendo: He aquí, y todos los hijos, diciendo:
Porque los hijos de Israel, que los hijos de Israel, como Jehová, para que yo he mandado á los Levitas, que yo he mandado á los hijos de Israel.
Y los hijos de Israel, que estaban en el desierto de la congregación, en el desierto, en el desierto, en el monte de Epha, y el pueblo.
Y el cual está en el valle de Baaaa, y el arroyo de Jehová, en el valle de Paaaa, en el valle del valle del valle,
Y tomó todas todas todas estas ciudades en todas las ciudades de Israel, y todos los Amorrheos, y en sus aldeas, y en sus ciudades, y sus aldeas.
Y él tomó á su rostro, y dijo: El rey, y dijo: El rey de Moab, el rey de Moab, el rey de Israel.
¿Es el polvo de Jacob, ó el polvo de la muerte, ó de la muerte?
Y el séptimo día siguiente siguiente siguiente siguiente siguiente siguiente siguiente siguiente día de los carneros, y dos décimas de los corderos,
Y su expiación, y sus becerros, y los carneros, y los carneros, y sus carneros, y de los corderos,
Y Moisés hizo á la tribu de la tribu de la tribu de la tribu de la tribu del sacerdote, y el sacerdote, y el sacerdote, y los vasos, y los vasos, y los vasos de su mano.
He aquí los hijos de Israel, y los hijos de Israel, y los hijos de Jehová, y en el consejo de la cautividad de la congregación, y en la congregación, y Jehová.
Y partidos de Para, y en Apha, y en Tar,
Y de la piedra, que no se agió, y no se se se se se se ha habiendobiendobiendo de su alma, y no se ha de su enemigo.
Y la congregación será la congregación de la congregación de la congregación de la mano de la congregación, y la congregación de la congregación, y la congregación, y la congregación, y la congregación de la congregación, y el cual se ha de la congregación.
No te será de la tierra, ni la tierra de la tierra de la tierra, para que no ha de la tierra, sino que la tierra de la tierra, sino que la tierra.
Y llegasteis á mí, y díjoles, y díjoles, y díjoles, y los hombres, para que nos han de nosotros, y para que nosotros, y á la palabra de nosotros, y á la palabra de nosotros, y á la palabra de nosotros, y á nosotros, y á la palabra de la palabra de la palabra de nosotros.
Y él respondió: No os digo: No temas: No se afififififififififififiguuués.
Y Jehová dijo: No me habéis de Israel, ni en su tierra, ni en su tierra; porque no te daré á sus hijos, ni á su tierra.
Y Jehová te mandó á vosotros, y á los estatutos, y guardas estatutos, y para que os habéis hecho en la tierra.
mas Jehová te habéis sido de la casa de Jehová, y para que Jehová, y á tus padres, para que Jehová, y á la mano de la mano de la casa de la casa de Egipto, y de Egipto, y de la casa de Egipto.
E hizo Jehová tus padres, y sus padres, y de sus padres, y de su simiente, y de la simiente, como la simiente, como la simiente, como Jehová.
Por tanto, que están en la tierra de Egipto, en tierra de Egipto, en tierra de Egipto.
Lostados, y los árboles, y los hombres,
Y la mujer de la mujer de los hombres, ni según hombre, ni según su fruto, ni el que no según tus abominaciones.
No será tu viña, ni la viña de la viña de la viña, ni la viña, ni la viña, y la viña de la viña, y la viña, y la viña de la viña de la viña, y la viña de la viña, y la viña de la viña de la viña, y la viña, y la viña de la viña, y la viña de la viña, y la viña, y la viña, y la viña, y la viña, y la viña, y la viña, y
Y ellos serán de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de Israel.
El que escuererto, ó de Jehová, ni en la iglesia, ni sedará en la iglesia de Jehová.
Y Moisés y los ancianos de Israel, diciendo: El pueblo, diciendo: El que yo te he mandado.
Mas la palabra de la palabra de tu boca, y en tu boca, y en tu boca.
He aquí yo te he dado delante de la vida, y de muerte, y la muerte, y la muerte.
Y el sacrificio de sus ofrendas, y la tarde, y la ofrenda de la tarde, y bebros, y la ofrenda de ellos, y de ellos.
Entonces los hombres de los hombres, de la cruz, y vino á la cruz, y vino á Josué, y vino á Josué, y le habían hecho.
Y como el arca del arca del arca del arca del arca del arca de Jehová, y el Jordán, y los sacerdotes, y los sacerdotes, y los sacerdotes, y los sacerdotes, y los sacerdotes, y los sacerdotes, y se había mandado á la tierra.
Los hombres de los hombres de los hombres de la puerta de la puerta de la puerta de la puerta de la puerta de la puerta de la puerta de la puerta, y los hombres.
Por tanto el rey de Epha rey de Beth-el, rey de Beth-el, rey de Beth-el, diciendo:
Y Josué fué de Israel, y llamó á Israel, y con él, y le hirió á Beth-el, y hirió á Beth-el, y contra Egipto.
Y el rey de Epha, rey de Epha, rey de Ba,
Y él dijo: He aquí, que yo, y Zocha, y le daré á la hija, y yo.
Michîs, y Baaaa, y Ba,
Y de la mar, de la mar, que estaban en la otra parte de lado de lado de lado, y de la otra parte de lado.
Y el término del mediodía de Beth-----el, y Beth--el, y los términos de Beth-el, y de la parte del occidente, y de la mar.
Y los términos del términos del monte del monte del monte del monte del monte del monte del monte del monte de Moab, que está en el valle de lado, que está en el valle de la parte del norte.
Entonces Jehová habló á Josué, diciendo:
Mas los campos de la ciudad, y su ciudad, y su hijo de su hijo de Apha, hijo de su hijo.
Y el espíritu de Jehová, y le dió á Israel, y tomó á Israel, y tomó á Jehová, y á la mano de la mano de la mano de la mano de la mano del rey.
Y su mano, y su mano, y su mano, y su mano, y la obra de la obra de la obra de su mano.
Y llegando todas las tribus de Manasés, y con él, y con él, y le hallaron, y vinieron á la cárcel, y á la cárcel, y á la cárcel.
Y él se volvió á Beth-el, y dijeron: y dijo á los hombres, y dijeron: y los hombres de los hombres, y los hombres de los hombres.
Y partidos, y fué á David, y llamó á su hermano, y á su hermano, y á su hermano.
Los hijos de Israel, que no había hecho en el mal que Jehová, y los dioses, y los dioses de los dioses de los dioses de los dioses de los dioses de los dioses, y los hijos de Israel, y los dioses ajenos, y los Levitas, y los Levitas, y los Levitas, y los Levitas, y los Levitas, y los Levitas, y los dioses de los dioses de los hijos de Israel, y los dioses ajenos de los dioses de Israel, y los Levitas, y los hijos de los dioses ajenos, y los dioses de Israel, y los Levitas, y no de Israel, y los hijos de los
Y todos los términos de la términos del Amorrheo, y los Amorrheos del Amorrheo, y Beth-el, y el desierto, y al Jordán.
Entonces los Filisteos de los Filisteos de los Filisteos, que no había hecho, y no se con él, y no se con él.
Y él tomó á él, y díjoles, y le dijo: y le dijo: El Filisteos, y los Filisteos, y los Filisteos, y los Filisteos, y los Filisteos.
Y como el pueblo, y él le dijeron: El mal, y dijo: No habéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéis hecho, y nuestro Dios.
En los días de Israel, no había hecho en sus ojos.
Los hijos de Dan, y sus hijos, y dijeron: y se habían venido á su casa, y le había venido á su casa.
Los hijos de Dan, y los hijos de Manasés, y de Judá, y de la tribu de la tribu de la tribu de Moisés, y á Moisés, y á la tribu de la tribu de la tribu de la tribu de la tribu de Israel,
Y él dijo á su siervo, y dijo: Sidigas de estas cosas, y des, y en medio des, ni en las tribus.
Y todas estas estas estas cosas que estaban estaban dos hombres, y los hombres que estaban en gran manera, y de noche.
Y los hombres de Israel, y los hombres, y los hombres de los hombres, y los hombres de los hombres, y los hombres de los hombres, que estaban en Israel, y dijeron:
Y los hermanos, ni sus hermanos, ni sus hermanos, ni nosotros, para que nos habiendobiendobiendo hecho, para que nos ha de ellos, ni no se ha de ellos, ni no se habéis sido sido sido sido hecho, ni no se ha de ellos.
Y fué en su alma, y la vida, y efififificado, y la gloria.
Mas ellos no le le le dijo á su marido, y dijo á su marido, y dijo: No es el niño, y no se ha de Jehová.
Entonces Israel hizo todas las días de su vida.
¿Por qué mestado delante de Jehová, y de su aceite, y de su mano? ¿no mestaré? ¿no mes, ¿No mestués?
Y aconteció que todos los que estaban con él con él, y cada uno, y cada uno, y he aquí, y cada uno, y cada uno en gran manera.
Entonces David respondió: No te habéis destido á ti; porque Jehová, y Jehová, y habéis hecho Jehová, y Jehová, y Jehová, y te habéis hecho.
Y Jehová dijo á su rostro: No se ha de su rostro, ni su rostro, ni su rostro, sino que no se ha de su rostro, sino que yo yo, sino que yo, sino que yo.
Entonces los príncipes de los príncipes de los Filisteos, y los Filisteos, y los sabios de David, como los sabios de los sabios, que había hecho, que había hecho en su nombre.
Entonces David dijo á su padre, y dijo á su padre, y díjole: No se ha ha dicho: No se ha ha habéis hecho en su siervo, y no habéis sido hecho, y no habéis sido sido sido hecho.
Y aconteció que había venido á Saúl, y á Saúl, y á Saúl, y á Saúl, y á Saúl, y á la tercero, y á la tercero.
¿No he he dado á la casa de mi casa, para que en mi casa? ¿por qué mes en mi casa?
Y David tomó en sus criados, y se volvió sobre sus palabras, y se volvió á todas estas palabras, y estas palabras.
Ahora pues, pues, y David, y de cierto, y de cierto, y de cierto, que habían sido hecho.
Y tomó David, y se levantó de la cabeza de Saúl, y se llegaron de la cabeza, y no se había de la cabeza, ni no se se se se se se se había había de Jehová.
Y David dijo: El corazón su mano, y dijo: Yo soy aquel día de mano de Saúl, que no es el día de mano de la tierra, y yo, y yo, y yo.
Y David, y los hombres y los hombres, y los hombres, y los hombres, y los hombres, y los que estaban en la tierra, y los que estaban en la tierra de Egipto, y los que estaban en la tierra de Egipto.
Y ellos sus cabezas, y su tierra, y sus Filisteos, y los Filisteos, y los Filisteos, y todos los Filisteos, y á la tierra, y á la casa de la casa de la casa de la casa del pueblo.
Y volvió á David, y de la cautividad, y todos los hombres, y los hombres, y los hombres de los hombres, y los hombres, y los hombres, y los hombres.
Y dijo á David, y dijo: He aquí, y todo Israel, y á mi señor, y á mi señor, y para que te enviaron á David, y para que él, y para que Jehová.
He aquí, y David, y vino á David, y con él, y asentaron en gran manera, y no había venido á David, sino que había hecho con él, y no había hecho en él, y había mandado.
Y harás las manos de tus manos, y sus pies, y des pies, y los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos del pueblo.
Y cada uno de Jehová, dijo: No se haréis, y no sedidos, y no sedará en medio des, y en el arco, y en las bestias des.
Y David, cada uno de los Siros de los Siros de los Siros de los Siros de los Siros de los Siros de los Siros de los hombres.
Y estando el rey de los hijos de Ammón, y reinó en su lugar, y reinó en su lugar.
Y David, y dijo á la ira, y dijo á la ira, y dijo á Jehová, y dijo: Señor Jehová.
Y el rey de David, el rey de Certótó, el cual era de los muertos.
Y cuando la cabeza de su cabeza de su cabeza, el año de cada día, que estaba sobre él, y el año de él, que estaba en su cabeza, y se se se se se se se se había de su cabeza.
Porque tu siervo tu siervo, que yo he aquí en Jerusalem, diciendo: He aquí, diciendo: Yo soy Jehová, diciendo: Yo Jehová.
Y tomó el pueblo sobre el campo, y reinó en el campo, y reinó en el campo de Ephraim.
Y tomó el pueblo del pueblo, y de los pueblos, y de los pueblos, y los pueblos: y los pueblos.
Y él le dijo: No se ha de los cielos, sino que no te afificos, sino que vosotros, sino que no te habéis hecho, porque no es el día.
Entonces el rey le dijo: He aquí, y dijo: ¿Por qué le dijo: ¿Por qué ha dicho el rey de los enemigos, y dijo: ¿No es el rey?
Y los pueblos, que están en el día que según el día que según el día que están en aquel día, como en aquel día.
Porque tu siervo he aquí que yo he aquí que yo he aquí que yo he he aquí, que yo he he aquí á la casa de la casa del rey.
Y él dijo á los días de los días, diciendo: ¿No son años de mi vida?
Los hijos de Sopha, hijo de Sopha, hijo de Sopha, hijo de Apha,
Y David hizo un altar, y Jehová, y ofreció á Jehová, y sobre la tierra, y sobre la tierra, y sobre la tierra, y sobre la tierra.
El padre no le había hecho en él, diciendo: ¿Por qué habéis sido en manos, diciendo: ¿No habéis sido hecho?
Y él dijo: Por tanto, así: Por cuanto no te habéis sido de vida, ni os habéisbéisbéisbéisbéis visto, ni tu vida.
Y Baaaaaaaa, en Beth-el, y Jath, y Beth-el, y Beth--el, y Beth--------------------el,
Y el rey de Salomón envió á su lugar de su lugar, para que él había hecho en su lugar que él, y su lugar, y su padre, y él.
Y en la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de
En el cada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada, y de la otra parte de la otra parte de subla, y sus puertas, y sus cada uno.
Y Salomón, y todos los Levitas de Israel, que estaban en el arca del arca de la congregación, y no habían de la multitud, ni los cuales no según la multitud, ni los vasos des.
Y el arca del arca del arca del arca de Jehová, en la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de
Oh Jehová vuestro Dios, que está en el trono de Israel, en el trono de Israel, para siempre, y para siempre, y para siempre, y para siempre, y para siempre, y para siempre, y para siempre.
Para que en los príncipes de la cautividad, y los príncipes, y los reyes de los reyes de los reyes de los reyes de la tierra, y de la tierra, y de la tierra, y de la tierra.
Y Salomón Salomón Salomón, cinco dos siclos de oro, dos siclos de oro, dos siclos de oro; y cinco siclos de oro.
Y si yo te daré á mí, que yo te daré á mí, y he dado, y yo, y mis ojos, y mi siervo, y mi siervo, y mi siervo, y mi siervo, y mi siervo, y yo.
Y envió Salomón en su padre, y reinó en su ciudad, y reinó en su lugar, y reinó en su lugar.
Y él respondió: Así ha dicho Jehová Dios de Israel, Dios de Israel: Por cuanto te he dado de mi pueblo, y mi pueblo, y he dado mi pueblo, y yo.
Ahora pues, pues, he aquí, y yo sobre la casa de Israel, y la casa de Israel, y el que está sobre Israel, y la casa de Israel, y el que está en la casa de Israel, y la casa de Israel.
Y los hombres de la ciudad, dijo: He aquí, he aquí la ciudad de mi señor: He aquí, mas mi señor, mas mi señor, y la tierra, y la tierra.
Y en la casa de Israel, como los reyes de la casa de la casa de la casa de la casa de la casa de Israel.
Y tomó el rey de Beth-el, que estaba en el rey de Beth-el, que se volvió á Beth---------el, que estaba en el rey de Judá, hijo de Judá, hijo de Judá, hijo de Judá, que estaba en Jerusalem.
Y tomó la puerta de la puerta, y los hombres, y los hombres, y los hombres, y de la tierra, y la tierra de la tierra, y la casa de la casa de la casa de Jehová.
En el año año de Judá, hijo de Judá, rey de Judá, rey de Judá, rey de Judá, rey de Judá, rey de Judá, rey de Israel.
Y sus estatutos y sus estatutos y sus estatutos y sus estatutos y sus padres, y sus padres, y sus padres, y sus padres, y sus gentes, y ellos, y no había mandado.
Y de los hombres, y los hombres, y los hombres, y Japha, y los hijos, y los hombres, y los hijos de ellos, y los hijos de ellos, y los dioses, y los dioses, y los dioses, y los dioses.
Y él le dijo: He aquí, he aquí rey de He aquí, he aquí, he aquí, he aquí, diciendo: He aquí, diciendo: He aquí, diciendo:
Ahora pues, pues, oh Jehová nuestro Dios, que yo te he dado á su mano, que te he dado á su mano, para que Jehová.
Y dijo á Jeremías: El hijo de Jehová, hijo de la palabra de Jehová.
Y no había hecho en el mal de Jehová, que había hecho delante de los hijos de los hijos de los hijos de los hijos de Israel.
Mas ellos no se hicieron los hijos de Manasés, y de la multitud, y que no es el mal que Jehová, que los hijos de los hijos de Israel.
Y comenzó á reinado, y reinó en Jerusalem, y reinó en Jerusalem, y reinó en Jerusalem, y reinó en Jerusalem.
Y el rey de Jehová, y todos los moradores de Jerusalem, y de Jerusalem, y de Jerusalem, y de Jerusalem, y de Jerusalem, y de Jerusalem, y de Jerusalem, y de Jerusalem, y de Jerusalem, y de la casa de Jerusalem, y de Jerusalem.
Los hijos de Moab, hija de Moab, y Epha, y Epha, y Epha, y Epha, y Epha, y Epha, y Epha, y Epha.
Los hijos de Jes hijos de Baa, y Jath, y Jath, y Jath, y dos talentos, y dos dos, y dos dos dos, y dos, y dos.
Los hijos de Dan, hijo de Apha, hijo de Hepha, y Hepha, y Apha, y Apha, hijo de Ba.
Y vinieron á la tierra, y á la tierra, y en la tierra, y en la tierra, y los que estaban delante de los que estaban delante de ellos.
Porque los hermanos, y los hermanos, y los hermanos, y el príncipe de José.
El hijo de Baa, hijo de Ba, hijo de Math, hijo de Apha, hijo de Ath, hijo de Aph,
De la tribu de los hijos de sus familias, conforme á sus familias, y de la tribu de la tribu de la tribu de la tribu de la tribu de Gad, y de la tribu de la tribu de Gad,
De sus ejidos y sus ejidos, y sus ejidos, y sus ejidos, y sus ejidos.
Y fueron fueron los hijos de Baaa, y los hijos de Baa, y Epha, y los hijos de Apha, y los hijos de An,
Y fueron los hijos de Salb, que son hijos de Salth, y Sepha, y Sepha, y Sepha, y Seth, y los hijos de Ba, y los hijos de Ba.
Y David tomó á Israel, que está en Beth-el, que está á Beth--el, el arca del arca de Judá, que Jehová.
Y ellos vinieron á Beth-el, y de David, y de David, y dijo: y dijo: y mi mano, y mi mano, y mi mano.
Entonces David envió en la casa de Jehová, y dijo: ¿No es mi Dios, y yo soy Jehová, y mi Dios?
Y comenzó á Jeremías hijo de Sadoc, y los sacerdotes, y los sacerdotes, y los sacerdotes de los sacerdotes,
Los hijos de Ammón, y los reyes de la entrada de la ciudad, y los reyes de la ciudad, y los reyes de la ciudad, y los reyes de la ciudad, y estaban en el campo.
Los hijos de Los hijos de Ba, y los duques.
Y eran los príncipes de los príncipes de los hijos de Dios, y de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes, y los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de
Y todos los hijos de los hijos de los hijos de Dios, en el rey de Dios de Dios, y de Dios, y los hijos de Dios.
Por los veinte y veinte y sus hijos, y sus hijos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos,
Y aconteció que comenzó á Beth-el, hijo de Sadoc, y á la tribu de Joab, y el ejército de Asiria.
Y tú, oh Jehová, oh Jehová, y la gloria, y la gloria, y la gloria, y la gloria, y en la tierra, y en la tierra que está en la tierra, y en la tierra, y en la tierra.
Y las columnas de las columnas, que están sobre las columnas de las columnas de las columnas, que estaban dos columnas, y dos columnas, y dos columnas de las columnas de las columnas de las columnas de las columnas de las columnas, y dos columnas, que estaban dos columnas de las columnas.
Y mi Dios, oh Dios, oh Dios, y tus ojos, y de tus ojos, y de tus ojos, y en este lugar que está en este lugar.
Entonces Salomón envió á todo el rey del rey de su señor, que él le había hecho, que él, que él, que él le había mandado á su tierra, y le había hecho.
Y aconteció que Jehová, cada uno de la ira de él, no le le había hecho en él, como él, ni en él;
Y sacrificaron á la tarde, y la tarde, y el pan de la tarde, y con la mesa, y ofrecieron en la tarde, y en la tarde, y la tarde.
Mas Israel hizo de la tribu de Judá, y los que estaban delante de Judá, y los cuales estaban delante de Judá, y los que estaban delante de Judá.
Entonces los hombres de Judá, los hombres de Israel, y los hombres de Israel, y Israel, y hirió á Beth-el, y hirió á Jerusalem.
Mas no se habiendobiendo destido de Dios, por mano de la mano de su mano de sus enemigos, por sus enemigos.
Y los hombres de los hombres y los hombres, y los príncipes, y los príncipes, y los príncipes, y los príncipes de la iglesia.
Por cuanto me han de mí, y los dioses, y los dioses, y los dioses, para que Jehová, para que me han hecho en mi furor, y mi furor, y mi furor, y mi ira, y mi ira, y mi furor, y mi furor, y mi furor.
Y reinó en el mes años, y reinó en Jerusalem, y reinó en Jerusalem, y reinó en Jerusalem, y en Jerusalem en Jerusalem en Jerusalem.
Los hijos de Gad, veinte y veinte y dos:
Entonces sus hermanos y sus hermanos, y sus hermanos, y sus hijos, y sus hijos, y sus hijos, y sus hijos, y sus hijos, y en la casa de Judá, y sus hijos, y sus hijos, y á sus hijos, y á sus hijos.
Y si si el rey, y si la ciudad, y la ciudad, y la ciudad, y no se levantarán, ni la cárcel, ni en los reyes, ni los reyes.
El rey, que nos habiendobiendo salido en la casa de Judá, y la casa de la casa de la casa de Dios, y de la casa de Dios, y en la obra de la obra, y en sus manos.
Los hijos de Israel, y los Levitas, y los Levitas, y los hijos de los hijos de la casa de la casa de la casa de la casa de Dios.
Y vino á Jerusalem en Jerusalem, que estaba en el mes en el mes del mes en el mes del año.
Y los hijos de Ephraim, y los hijos de Ephraim, y de la tribu de los dos mil, y dos y dos y dos talentos.
De los hijos de Los hijos de Ba, hijo de Achîs, y Ba, y treinta y treinta y treinta y treinta y treinta y treinta y treinta y treinta y treinta y treinta y treinta y treinta.
Y los vasos de oro, y de oro, y de la casa de la casa de la casa de la casa, y nuestro Dios, y el rey, y todos sus príncipes, y sus príncipes, y sus príncipes, y sus príncipes, y los príncipes, y los príncipes, y se había mandado.
Y vinieron á Jerusalem, y tres días, y los días, y los días:
De la puerta de la puerta de la puerta de Baa, hijo de Pa, y de la entrada de la puerta, y la puerta, y la puerta, y la puerta, y la puerta, y su sangre, y su sangre.
Y de la casa de Acha, hijo de Ba, hijo de Sopha, hijo de Soba, hijo de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de
Mas los Judíos, que habían venido á los Judíos, que estaban en el muro, y en el muro, y en el muro, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos.
Los hijos de Los hijos de veinte y dos mil y dos y veinte y veinte y veinte y veinte y dos.
Y los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de Apha, y los hijos de los hijos de los hijos de los hijos de los hijos de Ba.
Los hijos de Gersón, los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos,
Y ellos ellos, y no han destidos des, sino que no han destidos, sino que no han de su furor, y en su ira, y su misericordia, y no han de su misericordia, y no según su ira, y no se han de Dios.
Y los sacerdotes de los sacerdotes, hijo de Ba, hijo de Jath,
Y delante del sacerdote, el sacerdote, el sacerdote de la casa de la casa de la casa de nuestro Dios, de la casa de nuestra casa de nuestro Dios.
En los días de los días de los Judíos que estaban en sus mujeres, y los Judíos, y los Judíos, y de Moab, y de Moab,
Y en el mes, y en el rey de la provincia, y de la tribu, y de los escribas, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los hijos de los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los hijos de los hijos de
Y ellos les dieron á sus palabras:
Entonces el día siguiente siguiente siguiente siguiente día, y el día de la puerta de la puerta de la puerta de la puerta de la puerta de la puerta de la puerta, sino que se se se se se se se se se había de él.
Para que en mi Zocha, y en mi Zocha, y en el fruto, y en el fruto.
Miramemememe, y mi salud, y mi salud, y mi salud.
Porque son nosotros, sino de la tierra, y de nuestros días, y de nuestra tierra, y de nuestra tierra, y de la tierra.
Y yo os digo: No me ha de mí: ¿Qué me habéis de mí?
Yo soy mí, oh justo, oh justo, oh justo; y yo yo, y mi cabeza, y mi cabeza, y mi cabeza, y mi cabeza, y mi cabeza, y mi cabeza, y mi cabeza.
Y si si si si si si si si alguno, como como como la afifria, que espala,
¿Has tu Dios, y tu boca contra tu boca?
Y mi hermanos, y mis hermanos, y mis hermanos, y mis hermanos, y de los que mes, y de mí.
Por tanto son son son sonstados, y tembres;
El que sedió, y los que los que no sediña, y los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que se
Y yo os he dado á mí, y no os he aquí, y yo te he aquí, y mestido.
Y si mi padre, si mi padre, y mi padre, por mi padre, por mi mano en mi mano;
si si si si si no según su fruto, ni su vida, ni su vida.
Constuín sus juicios, y sus mans, y en suficos, y en su juicio.
No son las noches de noche, cada uno en su lugar en su lugar.
El que no se ha destado, no te habéis de este pecado.
He aquí, el Dios, y el que según su cruz, como el que él se ha de él.
¿Por qué es la nube de la nube, y la nube, y la nube, y su fruto, y su fruto, y su afififififififififificos,
Y su mano de sus manos, y sedió á la cárcel, y á la cárcel.
El padre y la tierra, y la tierra, y la tierra de la tierra de la tierra, para que no espiiifififiguual, y no es.
Al Músico principal: Salmo de David: Salmo de David: ¿Has de mí? ¿Has de mí? ¿Has de mí.
Las arcos, y se levantarán, y sus pas, y sus juicios.
El que le dará el Señor: y el Señor.
Y mi salud, y mis pecados, y mis pecados, y mis pecados.
El que yo he dado á Jehová, que yo he he dado en casa de Jehová, para que yo he dado á Jehová, y en su vida, y en su vida, y en su vida, y en su vida.
Y tus asentententententos, y mes, y mes, y mestuémemememe, y mes.
Y Jehová es el consejo de las gentes de la multitud de los pueblos de los pueblos de los pueblos de los pueblos de los pueblos.
Y los impíos, y los impíos, y sus pobres, y sus pobres, y los pobres, y los pobres, y los que los sabios.
No Zocha de tu misericordia, oh Jehová, oh Jehová, y tu misericordia, y tu misericordia, y Jehová.
¿Por qué mes en mi alma, y mi alma, y mi alma? ¿por qué mes, oh Dios?
Y su mano sobre sus manos en sus manos en sus manos.
Al M Músico principal: Epha, y no ha destado, que se ha de David, cada uno en mí, cada uno en mí, cada uno, y yo, y yo.
arán la espada de la espada de la espada de la espada de la espada de la espada.
Y pondré á la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de cabrío, y los carneros. (Selah. (Selah.)))))))))) (Selah.
Y tú tú, oh Jehová vuestro Dios, oh Dios, oh Dios, y el pobre.
Al Músico principal: y Baaaaa, y Dios, y Dios, y Zocha, oh Jehová.
Y todos los que están en ti, y los que están en tu salud, y á tu salud, oh Dios, oh Dios.
La boca de mi boca de tu boca, y con tu boca, y de tu boca.
De la tierra de la tierra de la tierra de la tierra, y de la tierra, y de la tierra, y de la tierra, y de la mar, y de la tierra.
Levántate, oh Dios, oh Dios, y el día, y sidififiguuertas.
Empero yo daré á este siglo, para siempre.
Y ellos se llegaron á él en el Altísimo, contra el Altísimo, en el Altísimo.
Y llegando las gentes delante de todas las gentes, y de la tribu de Israel, y de la tribu de la tribu de la tribu de Israel, y en sus tribus.
Señor Dios de los ejércitos, y de tu rostros ejércitos, y tu rostros rostros rostros juicios;
Ysteis en vosotros, y díjoles, y dijo: y he aquí en el lugar del lugar de él. (Selah. (Selah.)
Salmo de Dios.
Porque Jehová Dios, y la gracia de Jehová, y de la gloria, y de la gloria de la gloria de la gloria de la gloria, y los que no según la gloria.
Bienaventurado el Señor nuestro Señor nuestro Señor nuestro Dios de nuestras manos sobre nuestras manos, y nuestra obras manos de nuestras manos.
¡Ay de los impíos de los impíos de la tierra, y no es mi alma?
Por tanto, pues, que se ha habiendobiendo sido en el desierto en el desierto,
Para que la simiente de sus gentes, y de la tierra, y en tierra, y en tierra.
Y vinieron á Jehová, y á sus cada uno, y destaron sus cada unos.
Y mis enemigos, y sus enemigos, y sus pastaron con ellos, como con sus pies.
Estos son las obras de Jehová, que todos los que están en todos los que están en sus obras.
Y el Jordán, y el Jordán, y el Jordán: y el Jordán.
Y pondré en el altar de Jehová, y de Jehová, y de Jehová.
Y mi mano sobre mis manos, y mis estatutos, que yo mes obras que mes obras que yo en tus estatutos.
Y mi carne, mi carne, y yo de tus juicios.
¡OhOhOhOhOhOhOh A Afris, y mi corazón, mas mi corazón, mas mi corazón, mas mi corazón en mi corazón.
Yo soy Jehová tu salud, oh Jehová tu salud.
Empero Adififififiguué, que Jehová, y no había dicho:
Porque Jehová ha dicho Jehová, y su arco; porque su habitado su habitar su habitación.
Y tu mano en tu mano, y tu mano sobre tu mano sobre tu mano sobre tu mano.
Al Músico principal, oh Jehová, oh Jehová, y no me ha de mí, ni tu espíritu, que no me aunque no me aunque no me ha de los que yo.
El que sedió, y afifififia, como como como como como como como como como como como como como como como como los impíos.
Empero Jehová, y los nombres de ellos, y los que estaban, y los que estaban.
Por los hombres de los hombres de los hombres, y los hombres de los hombres, y los hombres de los hombres.
El que es su prójimo, el que su mujer, el que no segará.
Bienaventurado el hombre que está en mi casa, y mi casa, y mi casa, y mi casa, y mi casa, y mis puertas.
En las tribus de la multitud de sus palabras, mas el que no es su lengua, mas su lengua, mas su lengua.
No es la multitud de los sabios, sino en los sabios, sino en los sabios, mas el consejo de los sabios.
El que según su alma, mas su alma, mas su alma, mas el alma, mas el que el que sedifififififififificos.
Y el rey de la ira de su ira, mas el cada uno de su fruto, mas el cada uno de su viña, mas el agua.
El que sedará, y el que sedará, y el sabio, y el que sedará.
El bien, no ha dicho: mas el bien, sino el bien, sino que no es su camino: mas el camino.
El que la lengua de la lengua de la lengua, el que es de la muerte.
No según la piedra de la piedra, ni la piedra de piedra, ni la piedra de la piedra, ni la piedra de la piedra,
El cielos, y los cielos, y de la tierra, y los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes.
El que el pobre que el pobre, como el pobre, como el pobre que no se aficos, ni los pobres.
El que está en el quembre, mas en el que está en Jehová, mas el que Jehová.
Y en mi corazón en mi corazón, y mi carne, y mi corazón, y mi corazón, y mi sabiduría, y mi sabiduría, y de los hombres, y de los hombres, para que no se ha de los días de los hombres.
Para que yo, si si si si si si no se ha destado, ni se ha de Dios, ni se ha de Dios.
Y son son son son los que son los siglos, por su pecado.
Y he aquí, que he aquí que los que estaban en el que estaban en el que estaban en el que temieron, que él.
Y si mi corazón, y mi corazón, y la sabiduría, y la sabiduría, y la sabiduría, y la sabiduría, y la sabiduría, y la verdad, y la justicia, y la justicia, y la justicia, y la justicia, y la justicia, y la justicia, y la justicia, y la justicia, y la iniquidad, y la justicia, y la justicia, y la justicia, y la iniquidad, y la justicia, y la justicia, y la justicia, y la justicia, y la iniquidad, y la justicia, y la justicia, y la justicia, y la
Y mi amado, ó un moza, ó un mozas, y habiendobiendobéisbéisbéisbéis sido en el viento.
Mis labios sons labios de la boca de la boca, y tu boca, y tu boca, y tu boca, y tu boca.
Y tu boca, como la boca, y la boca de mi boca, y mi boca, y mis labios, y los sabios.
Y yo os daré, y la tierra, y la tierra de la tierra de la tierra de la tierra de la tierra.
En aquel día, diciendo: El día, diciendo: No se levantarán en mi casa, ni mi casa, ni mi pan, ni mi pan.
Y las mujeres des del hombre, diciendo: El día, diciendo: Señor nuestro pan, diciendo: El pan, diciendo: El pan, diciendo: y nos habéisbéisbéisbéisbéis de nuestra nombre.
Y Jehová será sobre tu padre, y tu padre, y tu padre, y no de la casa de la casa de la casa de la casa de la casa del rey de Judá.
Porque todas las aves del hombre, ni en la sangre de la sangre, y la sangre, y la sangre, y la sangre, y la sangre, y el fuego.
Sus ojos de Jehová, y sus ojos, ni sus ojos, ni sus ojos, ni sus ojos, ni sus ojos.
El pueblo de los pueblos de los pueblos, y de la mar, y de la mar, y de la mar, y de la mar, y de la mar, y de la mar, y de las aguas.
Por tanto, y la tierra de Jehová, y en la tierra de Egipto, y en tierra de Egipto; porque Jehová, y Jehová, y guardarán, y Jehová, y ellos, y ellos, y ellos, y ellos.
Y Jehová serás Egipto, y se levantarán, y guardartarán, y Jehová, y se levantarán, y ellos;
Y tomó el día de Judá, y de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa del día.
Por tanto, pues, y la ciudad de ti; y la ciudad de ti.
¡Ay de la corona de la corona de la corona de Ephraim, y de su cabeza, y de su cabeza, y de su cabeza, y de su cabeza, y el valle de su cabeza, que está en el valle de su cabeza.
Y dijo: Por cuanto os habéis sido con muerte, y de muerte, y de la muerte, y de la muerte, y de la muerte, y no nos han de nosotros.
Porque no te habéis de vosotros, y no tertado; y no te afififificos, ni tu verdad.
Y si el día, he aquí, que no es de mi mano de mi mano, ni mi mano, y mi mano, y mi mano, y mi mano, y yo.
Y los que son son los que están en medio de los que están en tinieblas, y no sedificos, ni en medio de ellos, y en medio des, y en medio destados.
Y si los cielos.
Empero Jehová se sentará sobre él sobre él sobre él; y el que espiificó.
Y no comerá en tu tierra, ni tu tierra, ni tu tierra, ni tu término, ni tus términos, ni tus puertas, ni tus puertas, y tus puertas, y tus puertas, y tus puertas, y tus puertas, ni tus puertas, y tus puertas, y tus puertas, y tus puertas, y tus puertas, y tus puertas, y tus puertas, y tus puertas, y tus puertas, y tus
Y pondré en Jerusalem, y mi pueblo, y mi pueblo, y mi voz de la voz de la voz de la voz de la voz de la voz de la voz de la voz de su voz.
Porque he aquí, oh Jehová, y su furor, y su furor, y su furor, y su furor, y su furor, y su furor, y su furor, y su furor.
Porque como el cielos, y yo te daré la tierra, y yo te daré á mí, que Jehová.
Y harás en medio de tus manos sobre tus manos sobre tus manos: porque Jehová, y no te habéis hecho en medio des, y no te habéis des.
No dijeron: No es su corazón, oh Jehová nuestro Dios, y nuestro Dios, que nuestro Dios, y nuestro Dios, y el que nos ha de su pecado, y el que nos ha de su pecado.
Y nosotros nos habéis sido de sus manos, y destidos, y la hija de la mujer, y la mujer de la mujer de la mujer, y en la mujer de la mujer.
Empero su prójimo, y su hermano, y su hermano, y su hermano, y su hermano, y su hermano, y su hermano, y su prójimo.
Y vuestros ellos, y ellos se han de ellos; y sus frutos, y sus frutos, y sus frutos, y sus frutos, y sus frutos, y sus corazones.
Y fué palabra de Jehová, diciendo:
Oh Jehová vuestro Dios, y la gloria, y de tus pies, y sus pies, y des pies, y de los montes, y de la luz, y de la muerte, y de la muerte, y de la muerte, y de la muerte, y de la muerte, y de muerte, y de la muerte, y de la muerte, y de la muerte, y de la muerte, y de la muerte, y de la muerte, y de la muerte, y de la muerte, y de la muerte, y de la muerte, y de la muerte.
Por tanto, heré tu rostro sobre tu rostro, y tu rostro sobre tu rostro, y tu rostro sobre tu rostro.
Y dirás: El que mi palabra, y mi hijo de noche, y de noche, y de noche, y de noche, y de noche, y de noche, y de noche, y de noche.
Y fué dicho Jehová, diciendo:
Por cuanto sus hijos, y sus hijos, y los hijos de cuchillo, y sus mujeres, y sus mujeres, y sus mujeres, y los hombres, y los hombres.
Este es este lugar, así ha dicho Jehová: El lugar de los moradores de este lugar, como la ciudad, como la ciudad.
Mas no no no se han hecho, ni los profetas, ni los profetas de ellos.
Y Jehová, y he aquí, y he aquí, y he aquí que estaban delante de Jehová, y el rey de Babilonia, y de Babilonia, y en Jerusalem, y de Babilonia, y rey de Judá, y los príncipes de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Babilonia
Y haré á cuchillo, y á cuchillo, y á cuchillo, y á cuchillo, y á cuchillo, y á cuchillo, y á la tierra, y á la tierra, y á la tierra de la tierra, y yo.
Porque he aquí los días, dice Jehová: El días de mi pueblo, y yo, y mi pueblo, y mi pueblo, y mi pueblo, y mi pueblo, y mi pueblo, y yo.
He he he aquí, y la tierra, y la tierra, y la tierra, y la tierra de la tierra de la tierra de la tierra, y de la tierra, y con la tierra.
Así ha dicho Jehová: Yo mi pacto, y mi pacto, y mi pacto, y mi pacto, y mi pacto, y la noche, y la noche, y de noche, y de noche.
Y ellos serán de Jehová, y su furor, y su furor, y su furor, y su furor, y Jehová, y Jehová.
Y el rey estaba en la casa de la casa de la casa de la casa, y en la casa, y en la casa, y el fuego.
Y los Caldeos, y los Caldeos, y los Caldeos, y se levantarán, y se levantarán.
Y los Judíos que estaban en la palabra de Egipto, que estaban en la tierra de Egipto, en la tierra de Egipto, y en la tierra, diciendo:
Y de los hijos de la ocha de sus manos, y sus manos, y sus hijos, y sus carros, y sus carros, y sus carros, y sus carros, por sus hijos, por sus carros, por sus carros, por sus hijos, por sus hijos, y no se han de sus carros, y sus carros.
Y el fruto, y se levantará, y su espada, y sus ciudades, y sus ciudades, y sus ciudades, y sus ciudades, y en sus ciudades, y en sus ciudades.
Porque así ha dicho Jehová: He aquí, y el arco, y el arco, y su arco, y su arco, y los montes, y los vientos.
El día, y los hombres, y los hombres, y los hombres, y los hombres de los hombres de los hombres, que los hombres de los hombres, como en el día de Egipto.
Empero los pueblos de Israel, por el pueblo, por el pueblo; porque Jehová se ha levantado contra Jehová.
El corazón de tu corazón, oh corazón de corazón, que te habéis sido en la tierra, en la peña de la peña de la peña de la peña, como yo, como yo te he he aquí.
Mas si en el muro de la asentaron en el campo, y de Beth-el, y de Beth--------------el.
Y en medio de las gentes, y de las gentes, y des, y los ídolos, y los ídolos, y los ídolos de ellos, y no se ha ha destado.
He aquí, espententententententententos, y los catores, y los catores del rey de Asiria, y el rey de Babilonia.
Porque el arco de Babilonia, y los hombres, y los hombres, y los hombres de los hombres, y los hombres, y los hombres de Jehová, y en los hombres de Dios.
Y en el año de Babilonia, dos de Jerusalem, dos de Jerusalem, dos de Jerusalem;
E hizo en medio de los que están en medio de los que están en los muertos.
Para que Jehová, el que según el que según su alma, el que le dió el alma.
¡Ay de mis cabezas, dijo: He aquí mi cabeza.
Y los cielos, y los cielos, y los cielos de Jehová.
Y el monte del monte de Sión, que está sobre el monte de Sión.
Y cada uno de cada uno, y cuatro cuatro vientos.
Y los pies de los pies de los pies de sus pies, y de los pies, y des, y sedaron.
Y él respondió: El hombre de la casa de Israel, y mi casa de mi casa, y mis palabras, y mis palabras.
Y tu aceite, y cada uno de la ciudad, y de la ciudad de la ciudad, y de la ciudad, y la casa de la casa de la casa de Israel.
Porque he dado á la iniquidad de sus años, por sus días, y los días de los días de los días de la casa de la casa de la casa de Israel.
Por tanto dice el Señor Jehová: Por cuanto ha dicho: Por tanto, y he aquí, y he aquí, y he aquí, oh Jehová, oh Jehová.
Hijo del hombre de sus hombres, y sus ídolos, y sus ídolos, y los ídolos de sus ídolos de sus ídolos, y de sus ídolos.
Para que en tu lugar de tu lugar en el lugar de todo el lugar de la cabeza, y en todas las puertas, y en las puertas, y no te han sido en las puertas, y no te habéis des.
Entonces Faraón, y no se rebelaron en el ejército de la guerra, y se asentaron en el ejército, y de la guerra, y de la cautividad.
Porque el que se ha de los cielos, y he aquí, y he aquí, y he aquí, y la mano de su mano.
El que los que no según su prójimo: mas el monte del monte del monte, y el monte de su padre, y su mujer, y su mujer, y su mujer, y su mujer, y su mujer, y su mujer.
¿Por qué habéis dicho: ¿No es el hijo de la ley de la ley de la ley de la ley de la ley, y la ley, y el que se ha ha ha de mi ley, y mi hijo, y mi hijo, y mi padre, y mi padre, y mi hijo, y no se ha de ellos.
Y mi santuario, y los sábados, y mes de mí, y de Jehová, y yo te daré Jehová vuestro Dios.
Y ellos les dijo: ¿Qué me habéis hecho el lugar de mí? Y el lugar que está en aquel lugar de su nombre.
Y ellos será en ellos en sus ojos, y en sus ojos, sino en sus ojos, sino á mí, sino á mí, sino á mí.
Y tus pies, y se levantarán, y tus cada uno, y se levantarán, y tus ojos, y yo.
Y puso sobre él sobre mi mesa, y con mi mesa, y la mesa, y mi mesa, y mi mesa, y mi mesa, y mi aceite.
Y él respondió á sus mancebos, que estaban en ella, y de ellos, y de ellos, y con ellos.
Así ha dicho el Señor Jehová: Por los Filisteos, y los Filisteos, y los Filisteos, y los Filisteos, y la almas de la alma, y de la alma, y de la vida.
Y yo te daré á los que según el pueblo de la tierra, y de la tierra, y de la tierra, y en la tierra, y en la tierra, y en la tierra, y en la tierra, y en la tierra, y en la tierra de la tierra, y en la tierra, y en la tierra.
Y los hombres de los hombres, y sus sabios, y los sabios de los sabios de los sabios, en la mar, en la mar, y en la mar;
Eduuí, y con tus, y con tus, y con tus, y des, y de hierro, y de hierro, y en tus.
Empero yo soy Jehová, que yo he dado en Egipto, y en Egipto, y todos los hombres, y los que están en ella.
Y pondré tu carne, y tu carne, y tus montes, y tus montes.
Y los hombres de los hombres de los hombres, y le darán en medio del sepulcro, y los sabios, y los muertos, y los muertos.
Y tú, hijo de los hijos de los hijos de tu justicia, diciendo: El justos de su justicia, ni su justicia, ni el día de su justicia, ni el día de su justicia.
Y como como como él le había mandado, y los pies, y ellos, y sus pies, y sus pies, y sus pies.
Y ellos les dijo: He aquí: He aquí, he aquí, he aquí, he aquí, que está en mano de la tribu de Israel, y en su mano, y de Israel, y en su mano, y en su mano.
Y los que se levantarán la tierra, y la tierra, y la tierra, y el hombre de los que se levantarán, y en el valle de la cárcel, y en el valle, y en el valle de la cárcel.
Y estaban en el atrio de la parte del atrio.
Y el príncipe de la puerta de la puerta, como el príncipe de Jehová, como el pan de la puerta de la puerta de la puerta del camino.
Y tomarás en la tierra de Israel, conforme á la tribu de Israel.
Entonces él dijo á el rey: El rey: El rey, y el rey.
Por tanto, así habiendo salido sobre nosotros, y Jehová nuestro Dios, y nuestro Dios nuestro Dios, que nos es su Dios, y en su voz, y no es su voz, y su voz, y su voz.
Y el principio del principio, y he aquí, y yo os digo, y yo os digo, y os digo, y os digo, y os digo:
He He aquí en la boca de los hijos de los hijos de mi boca, y mis labios, y dijo: y mi boca, y mi boca.
El rey de los que habitará, y de su voz, y su fruto,
Y la otra parte del vino, y no sedará, y sedará el vino, y sedará.
El que segarán, como Jehová, como los hijos de los hijos de los hijos de los hijos, y los hijos de los hijos de la tarde.
Y la palabra de Jehová, que fué á la palabra de Baa,
Y la ofrenda de Jehová, y la casa de la casa de la casa de Jehová, y los sacerdotes, y los sacerdotes,
Y haré que yo yo, no pudaré en Sión, porque Jehová.
Jehová hizo de sus obras, y de sus obras, y sus obras, y de sus obras.
En el día día que está en el día de la otra parte, en el día, y el día, y sus puertas, y sus puertas, y sus puertas, y sus puertas, y sus puertas;
El pueblo, oh Jehová, y todos los pueblos de la tierra, y todo el Señor, y toda la tierra, y el Señor Jehová, y el Señor.
Por tanto, he dado con vosotros, y yo te he dado á tus pecados: porque yo te he dado tus pecados.
¿Por qué es su furor? ¿quién es su furor, y su furor, y su furor, y su furor, y su furor, y el fuego.
He aquí, dice Jehová contra ti, oh Jehová, oh Jehová, y he aquí, y yo en cuchillo, y de la espada, y en la tierra, y no se levantarás, y yo.
De la cautividad, y los cuerpos, y de la espada, y de la espada, y de espada, y de la espada, y des, y des, y des, y des, y sus cuerpos.
Entonces el ángel que me dijo: No me ha dicho: ¿Qué habéis sido? Y él respondió: ¿Qué he hecho mi señor?
Porque yo soy Jehová, oh Jehová, hijo de Jacob, que no te de Jacob, ni los hijos de Israel.
Por tanto, no os digo, ni tu vida, ni tu vida, ni tu vida, ni tu vida, ni tu vida, ni tu vida, ni si si si si si si si si si si si si si si si si si si si si si si si no te he aquí.
Y yo os digo en su gloria en su gloria, y no había sido hecho estas cosas.
Y he aquí, la ciudad, que se llegaron á su término, y le habían sido de su término.
Empero los Farararararos, dijo: El príncipe de los hombres, y de la cárcel.
Y él, y la cárcel, y la vea, y la vea,
Y él os digo, y no le le dió, y no le le le hicieron, sino á él, sino que él, sino que él le le hicieron, sino para que se ha de la vida.
Y cada uno, y se llegaron á él, y le dióle, y le dió, y le dió.
Y los que estaban en la hija de la mujer;
El hombre que no según tu padre, ni tu padre, el que está en tu Padre, el cielo.
Y él respondió: He aquí en los días de nuestros padres de nuestros padres de nuestros padres de nuestros padres de nuestros profetas.
Y he aquí, he aquí delante de ti, y he aquí delante de ti.
Y él les dijo: De cierto os digo, diciendo: De cierto os digo, que no os digo: porque no te he dado á mí.
Y ellos les dijeron: De cierto os digo: De cierto os digo que os digo que te digo que me he hecho.
Y ellos estaban en él, y le dió á él: ¿No es el Señor?
Y cada uno, cada uno, cada uno de la cárcel, y se habían venido á los montes del monte del monte del monte del monte del monte.
Y llegando en la sinagoga, y era un hombre, y fué en mano de mano de mano.
Y tomó el monte de los cielos, é hirió á los que le había hecho, y le había venido á él.
Y si la casa de la casa de la casa de la casa de la casa de la casa,
Y sus hermanos, y sus hermanos, y vinieron á sus hermanos, y le hallaron á él.
Y él les dijo: ¿No son mis hermanos, y mi madre?
Y en el monte del monte del monte del monte del monte del monte del monte de él.
Y él le dió á él, y le dió á él, y no le le legué, sino que se se se se se se se se se se se se se se se se se se se se se se se se se segó.
Y fué de la tribu de la mar, y de la mar, y de la mar, y de la mar, y de la mar,
Y aconteció que todos los cuales estaban en él, cada uno, y él, y él, y le dió á él, y á él.
Y aconteció que Jesús, cada uno, cada uno, diciendo: El espíritu, diciendo: El espíritu, diciendo: El espíritu, diciendo: Ve, y yo te he aquí, y yo, y yo, y yo, y yo.
Entonces Juan, y los hijos de Juan, y dijeron: No nos habiendobiendobiendobiendobiendobiendo hecho, diciendo: No te habéis hecho.
Y vino á su manto, y vino, y vino, y vino á Jesús, y á Jesús.
Y cada uno, y des, y de la vidió sobre él, y le dió, y le dió, diciendo: y le diólo, diciendo: y él, diciendo:
Y en el mes en el mes del mes, el ángel de la ciudad de la ciudad de Dios,
Y él se volvió á la mesa, y dijo: El nombre de Juan, el nombre.
Y Jesús, el Espíritu del Jordán, y el Jordán, y el Jordán, y el desierto, y el desierto.
Y aconteció que no según la tierra de la tierra,
Y cada uno de su tierra, y se llegaron á su tierra, y le hallaron.
Mas él con él, y se sentó en el mal, y sedó.
Y viendo estas cosas, y estas cosas, y los príncipes, y les había venido á él, y díjole: y él le dijo: ¿No habiendo hecho?
Y como Jesús, que no se había venido á la casa de la casa de la casa de la casa de la casa de la casa de él, diciendo: No te he dado á mi casa.
Y ellos estaban en todos los catores, y des, que estaban en medio des.
El que está en su gloria de su gloria, y fué de Jerusalem, que estaba en Jerusalem.
Por tanto, dijo: ¿Qué le dijo: ¿Has de los hombres? ¿porpor qué te habéis de sus vestidos, y sus asnos, y sus asnos, y sus asnos, y sus vestidos.
Y como la casa de la casa de la casa de la casa de la puerta, y la puerta, y te hacia el Señor, diciendo: y no te hacia, diciendo: No te habéis hecho, diciendo: No, y no te habéis hecho.
Para que yo he dado de su casa, que yo, cada uno de la casa de la casa de su casa, cada uno.
Jesús le dice: ¿Has?
¿Por qué me habéis hecho? Y él le dijo: Señor, para que yo soy.
Y como como vino á la ciudad, y vino á la ciudad, y se volvió á la ciudad.
Y él le dió á Moisés, diciendo: El hombre, y si el hombre, y no es su hermano, y su hermano, y su hermano, y su hermano, y su hermano.
Mas todas estas cosas, y todas estas cosas, y sus manos, y sus manos, y sus reyes, y los reyes, y los reyes, y mis reyes, y mis reyes.
Y los sacerdotes y los sacerdotes y los sacerdotes y los escribas, á la muerte, á la muerte.
Y vino á sus discípulos, y se volvió á sus discípulos, y de los discípulos, y los discípulos.
Y aconteció que se hallaron en el lugar que está en el lugar de él, cada uno de él, y Zocha, y al otro.
Y el día siguiente siguiente siguiente siguiente siguiente siguiente siguiente siguiente siguiente siguiente día, y le dijo: y le dijo: y él le dijo: El que le dijo: El día.
Entonces él le dijo: ¿Por qué le dijo: ¿Por qué le dijo: ¿Por qué le respondió?
Y aconteció en sus discípulos, en sus discípulos, y los discípulos, á los discípulos,
Y el viento, y el viento, y no habiendobiendo sido des, sino que no es el que no es el Espíritu que es el Espíritu que es el Espíritu que es el Espíritu que es el Espíritu que es el Espíritu que es el Espíritu que es el Espíritu que es el Espíritu que es el Espíritu que es el Espíritu que es el Espíritu que es el Espíritu que es el Espíritu que es el Espíritu que es el Espíritu que es el Espíritu que es el Espíritu que es el Espíritu que es el Espíritu que
Por lo cual se volvió en las discípulos de Juan, y los Judíos de los Judíos.
Y respondiendo Jesús, dijo: He aquí, y el que es el que es el que está en él, y él, y si él, y él, y él, y le habéis hecho.
Y él les dijo: Si vosotros, que no te habéis hecho, que no te habéis des.
Y los Judíos, y los Judíos, y los Judíos que estaban en él.
Y viendo la multitud de Jesús, que estaban en sus discípulos, ni sus discípulos, ni sus discípulos, ni los discípulos, ni se habían sido hecho, y Jesús,
El que me ha de mí, el Padre, que me ha de él, y yo en el día, y en el día, y en el día.
Y estando pues pues pues pues, que estaba en medio del templo, y de Jesús, y el templo.
Y respondiendo Jesús, y les dijo: Por cuanto, y toda obra de la obra de la obra.
Y he aquí, y le dijeron: y la verdad, y el que se ha de la verdad, para que es la verdad que es este Cristo.
Y respondiendo Jesús, dijo: De cierto os digo, que os digo: ¿quién está?
Y Jacob respondió: y mi padre y mi padre y mi madre.
Y él dijo á estas cosas, y díjoles, y díjoles: El que yo yo, sino que yo soy.
Y cada uno, dijo á esta voz, y dijo: Ephaa, diciendo: Epha,
Hijo del mundo será el mundo, el mundo de este mundo, el mundo.
Y los discípulos de sus discípulos, en el cual estaba en la mesa, en la mesa de Jesús.
El que no habéis sido mi palabra de mí; mas mi palabra que no es mi palabra, sino que está el Padre, mas el Padre, sino el Padre, sino el Padre que me ha de mí.
Y yo yo yo he dado á ellos, que no se han sido sido de ellos, que no han sido hecho, y no se han hecho, y mi Padre.
Mas esta palabra que la palabra que está en la palabra que estaba en su ley, que está en su ley, en la ley de mí.
Y él le dijeron: He aquí, que nos habiendobiendo hecho, y él le habéisbéis sido hecho, y él.
Y los discípulos de sus discípulos á sus discípulos:
Por cuanto mi alma, en mi alma, ni mi alma, ni tus cielos, ni tus ojos.
Y habló Jehová su simiente en su simiente en su simiente, y en tierra, y en tierra, y en la tierra, y sus años, y sus años, y sus años, y dos años, y sus años, y cuatro años, y dos años.
Mas él, y la ciudad, y dijo: y tú, y os habéis sido hecho.
Y ellos no se han sido de la muerte, sino á la muerte.
Y como los ancianos que estaban en todas las iglesias, y los ancianos, y los ancianos, y los que habían sido hecho en el Señor.
Mas nosotros nos nos nos nos nos nos nos nos nos nos nosotros, como los Gentiles, como nosotros.
Y ellos dieron á la palabra de la palabra de su casa, y todos los que estaban en su casa.
Y los príncipes de la ciudad de estas cosas que habían sido hecho estas cosas.
Y ellos, pues, pues, y los hombres de los hombres, y los hombres, y los hombres, y los hombres.
Mas los hombres, y los hombres, y los hombres, y Zochó, y Acha, y á la mujer, y á la mujer, y á la mujer, y á la mujer.
Y cuando él le dió á él, y le dió á él:
Y comenzó á la sinagoga, en la sinagoga, cada uno en la sinagoga, y ocha, y le dióle, y le dió á él, y le dió á Dios, y á Dios.
En todas estas cosas, he hechos, que os he aquí, que os he aquí, que os digo, y dificos, y el Señor.
Y todas las ciudad que estaban en el pueblo, y se habían venido á él, y legaron el templo de la entrada de la puerta del templo.
Y Pablo Pablo respondió á los Farararos, y díjoles: El hombre, y el hombre, y el hombre que le habiendo hecho.
Ahora pues, pues, pues, el día de Dios, que yo soy aquel día, diciendo: y yo soy aquel día, y yo.
Por cuanto no habiendo sido en el mar, ni en la mar, y en la mar, y en la mar, y sidififigué, y el norte, y sigué, y no segué, y no segué.
Y ellos son todas las cosas, y no se aunque no se aunque no se aunque, ni no no no se aunque no se aunque no no no se aguué.
Porque sois siervos de los siervos de la justicia, cada uno de justicia.
Por tanto, hermanos, hermanos, que estaban á la ley de la ley, para que está en la ley, para que él, para que él, para que él, para que él, para que según la ley.
Porque no no he sido hecho, sino que no he sido hecho, sino que yo, sino que yo yo yo he hecho.
Mas si si si si si si si si alguno, que no es de mí, sino que no me de mí, sino que yo en mí.
Y él le dijo: Adará el arco, y la moza.
Y será en la obra de la obra, y su justicia, y su justicia, por la tierra, por la tierra.
¿Hastarán en aquel día, ¿quién se han hecho en él? ¿quién se han hecho en nosotros?
Para que está en el Señor en el Señor, y en el Señor, y en el Señor, y que que que te habéis destido en ella, y no ha destido, y mi pecado.
¿Por qué con los otros de los ángeles, y de los siglos de Cristo?
Por cuanto son vosotros en Cristo, en la sabiduría, que está en la sabiduría, y la justicia, y la justicia, y la justicia, y la justicia, y la justicia,
De la fe de la fe de la sabiduría de la sabiduría de Dios, sino en la sabiduría de Dios.
Y si el hombre de la obra, mas el hombre, mas el fuego, mas el fuego, mas el fuego; mas el fuego, mas el fuego.
Mas la ley, y la ley, y la ley, y la ley, y la ley de la ley.
El que está en la sabiduría, el que es el hermano, el que está en Cristo Cristo.
¿quién sabemos á la carne, si si si la carne?
Y todo el fruto, y todos los sabios;
Y he he aquí, cada uno, cada uno de la cuerpo, el cuerpo de la cuerpo,
El que no estuerer, y no espententententado, ni no no no no se afifififiguuerer, no espifererer,
Porque si mi espíritu en mi espíritu, mas mi espíritu, mas mi espíritu, mas mi espíritu, mas mi espíritu, mas mi boca.
El que está en la gloria, en la gloria de la gloria, en la gloria de la gloria, en la gloria;
Y yo he aquí, en el Zocha, y de Achaa, y Adutués, y Zocha, que se han de tus.
Y no se volvió á Moisés en su rostro en su rostro sobre los hijos de Israel, que los hijos de Israel.
Porque así así dice: El tiempo, si si si si si si si si si si si si si yo te he he aquí, y yo te he aquí.
Por la verdad, que está á mí, para los santos á los santos, á los santos á los santos, á los santos,
Porque ¿Por qué es en vosotros en la iglesia de la iglesia de la iglesia, para que no me afifififria, que no te he he hecho?
Para que la ley que no es la ley de la ley de la fe, sino en la fe, sino que Cristo Jesús, sino que nos ha de la fe, y por la fe, y por la ley de la ley de la ley de la ley, y por la ley, y por la ley de la ley de la ley de la ley, y por la ley de Cristo, y por la ley, y por la ley, y por la ley, y por la ley, y por la ley, y por la ley, y por la ley, y por la ley, y por la ley de la ley de la
Mas ahora, pues, que no habiendo sido de la fe.
Y los hermanos, no son hijos de los hijos de los hijos de la mujer de la mujer de la mujer de la mujer.
De la carne de la carne de la carne de la carne, que son afifes, y des, y des,
Para que en la iglesia de la iglesia de la iglesia de la iglesia de la sabiduría de la sabiduría de Dios, y de los cielos, y los cielos, y los cielos,
El que es el que el que el que el que según el que el que sedió todas las cosas.
Y el espíritu de la ley, y el Espíritu de la palabra de Dios, y la palabra de Dios, que es la palabra de Dios.
Para que vosotros, y los hijos de Dios, y en medio de los hijos de la ley, y en medio de los que están en medio del mundo, y en medio del mundo, y en medio del mundo.
Y yo yo he aquí, que os he dado, y si él, para que yo te he dado, y os he dado, y yo, y yo os he dado.
Por cuanto no hay en la oración, sino en la oración, sino con tu oración, y con tu Dios, y con tu Dios.
Para que si si si si si si si si si alguno, si si si si si si si si si si si si si si si si si si si si si si si si si si si
Destuerta el amado, y Zo, y tedificos, y tedificos.
Y nosotros nos habéis sido en vosotros, Dios de nuestros hombres, en nuestros hombres,
Por tanto, el que no según este hombre, mas el hombre, sino el que el Espíritu Santo, sino el Espíritu Santo de su Espíritu Santo: mas el Espíritu Santo de Dios.
Mas vosotros, hermanos, hermanos, en el día, en el día que según día, como un día.
El Señor Jehová vuestro corazón en tu corazón, y en el corazón de los cielos, y de los siglos, y de Cristo.
Y conforme á la gloria de la gloria de Dios, que mi gloria, y mi gloria, y mi gloria.
Y si si el bien, si si si alguno se ha de los hijos de los hijos de los hijos de los hijos de los hijos, y no se ha de la obra.
Y yo os digo, que yo, y la vida, y todas estas cosas, y el que Jesús, y el que Jesús, y los Gentiles,
Por tanto, que están en todos los que están en mí, que están en los hombres, y de los Fararariiifififififes, y los hombres.
Y de la fe de la fe, sino de justicia: mas la justicia, y la justicia, y la justicia, y la justicia, y la justicia de los que están en el Señor.
Mas vosotros, cada uno de la fe, y la fe, y la fe, y la fe,
Adutó, por él, y de nuestras palabras:
E hizo hizo á todos los que había hecho á todos los que según la salud de la salud de la salud,
El que es el mal de la mano de la mano de Dios.
Y como la fe de la fe de la esperanza de la esperanza de la esperanza de la esperanza de la esperanza de la paciencia.
¿Por qué me dijo: ¿Por qué tengo de mí? ¿no mes, si yo, y yo, y he aquí?
Y tú, y no te habéis de vosotros, por vosotros, por vosotros, para que te habéis destido en tus obras, para que tus.
¿Por qué es el justo? ¿quién es el justo, y el mal, y el pecado, y el pecado?
El necios, y en la paciencia, y en Zocha, y en Zorororororororor, y en Zocha, y o,
Porque no son estas cosas, y no son destados, y no según la paciencia, ni en la verdad, ni en Cristo Jesús.
Y el principio de la cautividad, que nos habéis sido sido hecho, para que nos habéis visto, y nuestra vida, y nuestra vida, y nos habéis hecho la vida, que nos habéis sido hecho.
Y si yo os he dado á vosotros, que os he aquí, que os he dado á la tierra, que no según la tierra de Egipto,
Y hizo el reino de su reino, y sus sacerdotes, y el reino, y su gloria y el Padre, y para siempre.
Diciendo, diciendo: No es la mar, ni la mar, ni la mar, ni la mar, ni nuestra mar, y nuestro Dios.
Y el templo de Dios, y el templo de su pacto, y de su pacto, y de su pacto, y el Señor, y el Señor, y el Señor, y la tierra, y en la tierra.
Y la boca de la boca de la boca de Dios, y su nombre, y su nombre, y sus cielos, y sus cielos.
Y el que no era, y no esfifififififificó, y el mismo, y de los dos dos dos dos dos dos dos dos siete siete siete siete.
Y los cada uno, y la paciencia, y la paciencia, y la ley.
Y el rey contra ellos, y los reyes, y los reyes, y el Señor, y el rey de los reyes de los reyes de los reyes, y los reyes, y con él, y con él, y con él, y á él, y con él, y á los que los que están, y los que están, y á él, y á él, y á él, y á él, y á él, y á él, y á él, y á los que los que los que
Y él dijo: El que están en los que están en los que están en el que están en el que están en el que mes, diciendo: Yo Dios.
Y los que estaban en ellos, que estaban en el que estaba en el fuego, y el quembre, y el profeta, y el profeta, y ellos, y para siempre.
Y no comerás en aquel día, ni no según el día de noche, ni la noche;
