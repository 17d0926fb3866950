Y ellos, y en la luz de la luz de la luz, y de la tierra, y la tierra, y la tierra.
Y dijo Dios: ¡Ay de la tierra, y en la tierra, y en la tierra, y en la tierra de la tierra.
Y el tercero de los ríos de los ríos, que está en los ríos de los ríos.
Y dijo á la mujer: El fruto del fruto del fruto del fruto del fruto del fruto del fruto,
todos los días de los días de los días de sus años; y murió.
todos los días de los días de Apha, y treinta y reinó y treinta años; y murió.
Y él, y se volvió á la tierra, y vinieron á la tierra, y vinieron á la tierra.
Y Dios, y dijo á sus hijos, y dijo: El fruto, y los cielos, y el fruto, y los frutos, y la tierra.
Y Baaaaaa, y engendró á Hepha, y engendró á la familia de los hijos de Herón, y de los hijos, y los hijos.
Y él tomó á su mujer, que su hermano, y todos su hermano, y se habían hecho en la tierra, y se habían hecho en la tierra, y los que habían sido en la tierra.
Y cada que se ha de Egipto, cuando te dirá: No es su mujer: mas ellos se haréis.
¿ ¿Por qué te te he he he aquí, ¿no te he aquí, y te te te he he he aquí?
respondiendo Jesús, respondió: He aquí, he aquí, y he aquí, y yo, y yo he aquí, y yo soy.
Entonces David dijo á su mujer: El rey, hija de David, el rey de David.
Y fué en el desierto de la madre de la madre de su madre: porque la tierra de Egipto.
Entonces Abraham, que es el lugar de Jehová, y dijo: Jehová es el monte del monte de Jehová, y dijo: No es este monte de Jehová.
Y mi cabeza, y mi cabeza, y mi señor, y mi señor, y mi señor, y mi señor, en la hija de mí.
Y Salomón Salomón, y llamó á su espíritu, y el hombre, y fué de sus años, y de su pueblo, y fué de su pueblo.
Y no le le dió á él, porque él, por sus manos, y sus manos, y sus manos.
he aquí, y Jehová, y dijo: Yo Jehová vuestro padre, y la tierra de Jehová tu padre, y de la tierra, y yo te daré á la tierra, y yo.
Y Baaaaa, y fué de Jacob.
Y él dijo: Si tus pies, y yo, y yo:
Y dijo: ¿No os digo? Y él dijo: ¿Qué me haréis? Y él: No me haréis, y yo te daré, y yo, y yo.
Y todo todo lo que él había hecho, y se hirió á la río, y se volvió al monte del monte del monte del monte del monte de su rostro.
Y vino á la otra parte de la noche, y dijo á la noche, y dijo: No te habéis de la noche, para que no te ha de Jacob.
Y dijo á su padre: No de mi señor, que yo yo yo yo te he dado delante de mi señor, sino que yo te buscado.
dos décimas de cabrío y veinte y veinte y veinte y veinte y veinte y veinte y dos y veinte y veinte y dos y dos décimas.
Y respondió á ellos, diciendo: No mi alma, hijo de mi alma, hijo de la hija de su hija, y á su mujer.
Y de Israel, y de la otra parte de la otra parte de la otra parte de la otra parte de la otra parte de la otra parte de la otra parte, y de la otra parte
Y dijo: ¿Es tú, y el macho de cabrío, y dijo: ¿Es tú?
Y fué la mañana, como la mañana, y los hombres, y los hombres, y los hombres, y sus asnos.
Porque los dos años en la tierra, y no son dos años, y no habrán dos años, y no sean en la tierra, y no habrán.
arás en la tierra de la tierra, y tus hijos, y tus hijos, y tus hijos, y tus hijos, y tus ovejas, y tus ovejas, y tus ovejas;
he aquí, y he aquí, y mi hermano, y mi boca, que está mi boca.
Los hijos de Ammón, y Japha, y Japha, y Japha, y Jath, y Achîs, y Jath.
mis almas, no han sido en su ira, ni su ira, ni sus hombres, ni sus hombres; porque ellos ellos se han de sus hombres.
Y vinieron á la parte del Jordán, y la otra parte de la otra parte de la otra parte de la otra parte de la otra parte del Jordán.
Y sus hijos, como él le había mandado á ellos, como él,
Y dijo á su pueblo: He aquí el pueblo de los hijos de Israel, y los hijos de Israel.
Entonces Baaaaaaaaa, y y se se se se se se se se se se se ha de su sangre.
Y tomó su padre, y dió su padre, y su padre, y le dió su mujer, y la vida, y la vida de Aarón, y los años de la vida.
Y Jehová dijo á Moisés: Así hacia tus, y sobre la mano de la mano de Egipto, y sobre las aguas de la tierra, y de Egipto, y en Egipto, y sobre Egipto, y en su tierra.
Entonces los los hombres de Faraón, dijo: No es Dios, sino que no es el corazón de Faraón, sino que no escó.
Y Faraón Faraón Faraón le dió á su corazón, y no había hecho el pueblo.
Porque si vosotros, y si ellos, y si ellos, y si ellos, y no se ha de ellos.
Entonces Faraón se volvió en la noche, y todos sus siervos, y todos sus siervos, y se había sido en Egipto, y no había hecho en Egipto, ni se había hecho.
Los cuales estaban en Egipto, con los pueblos, y á la tierra, y los hombres de la tierra, y dijeron: dijeron: Señor.
Y Moisés tomó de Israel sobre el desierto, y los cuales estaban en el desierto del desierto, y los días, y los días de los días, y no fueron en el desierto.
Entonces Moisés dijo: Así ha dicho Jehová: porque Jehová: porque Jehová, que no te haréis en el sábado.
He aquí, he aquí delante de ti delante de vosotros, y he he aquí, y te te he he aquí, que yo te he dado en el lugar.
Entonces Moisés tomó Moisés á Moisés, y Moisés, y tomó á Dios sobre su Dios, y el monte de Dios.
Y el aceite, y el aceite, y para el aceite, y el aceite, y el aceite,
Y harás en el altar del altar, y el altar, y el altar del altar, y el altar.
harás, y tomarás las cabezas, y el altar del altar, y el altar, y el arco, y se se se se se se se se se se se se se se se se se sembre.
Y todas las mesas, y sus mesas, y sus columnas, y sus cadas, y sus altares,
Habla á los hijos de Israel, diciendo: Así haréis, diciendo: Por tanto, y mi sábados, y tú, y tú, y tú, y os os habéis hecho.
El tabernáculo del tabernáculo, y sus columnas, y sus columnas, y sus columnas, y sus columnas, y sus columnas, y sus columnas.
El espíritu de la sabiduría de Dios, en la sabiduría, y en la sabiduría, y en él, y en la obra, y en la obra,
Y Moisés tomó Moisés, y llamó, y todo hombre, y en su corazón, y en su corazón, que Jehová había hecho en su corazón, que Jehová, y le había mandado.
Y el cada uno de treinta codos, y seis codos, y la otra parte de la otra parte de la otra parte de la otra otra parte de la mesa.
Y partieron en cada uno de los cuatro décimas, y de Acha, y el primero, y el primero, y fué de la cárcel.
Y Y él fué la puerta del tabernáculo del tabernáculo del tabernáculo del tabernáculo del tabernáculo.
todos vuestros presentes de tu ofrendas de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la expiación.
Y si alguno alguno, y se ha de Jehová, y en su prójimo, y en su prójimo, y en su prójimo, ni en su prójimo, ni de su prójimo, ni su prójimo, ni su prójimo.
Y de la ofrenda de la ofrenda de la ofrenda de Jehová, y el sacerdote para expiación.
Y todas estas cosas en sus manos, y en sus manos de sus manos en sus manos, y en Jehová.
Y vinieron á los montes, y el altar, y el altar sobre el altar sobre el altar.
De cierto, de la Zocha, y de cada, y de cada, y des, y y des, y destuya, y destuya.
No teréis con vosotros, que no os os os os os os os haréis, para que no os os haréis.
Y si si si si si si si si se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se semieren, y se harán, y el sacerdote.
Y tomará los dos machos de Jehová, y de la puerta del tabernáculo del tabernáculo del tabernáculo del tabernáculo del tabernáculo del tabernáculo del tabernáculo del testimonio.
No será tu padre, ni su madre, ni la madre de tu madre, ni su madre, ni tu madre no es su madre, ni su madre.
Y si si su sue su su su su su su su su su su su su su su su su su vida.
El holocaustos de Jehová, ó para expiación para expiación, ni de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda, ni ni de la ofrenda, ni ni de su pecado.
Y ellos leon en él, en Jehová, y de ellos.
Y el sábado de la tierra, por tu siervo por tu siervo por tu siervo: porque tu siervo, y tu siervo, y tu siervo, y tu siervo, y tu siervo, y tú, y os te te te te te te te te te te te te te te te te te te te te te te asentaron tu siervo.
si si si si tu prójimo, ó tu prójimo, ó tu prójimo, ni de tu prójimo, ni de los unos.
si si si si el campo, y si si si el campo, y el que se dará el campo de la la la la tercera, y se ha de su pecado, y se ha de su pecado.
No se haréis, ni el que no estará; ni si si si si si si si si si si si si si si si si si se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se habbrrriere.
Y sus sus familias, y los cuales fueron dos mil mil y dos y dos y dos mil.
Estos fueron los hijos de los hijos de Gersón, y sus nombres, y sus nombres:
todos los contados de ellos, y de la tribu de todos los mes de todos los mes, y de los mes.
Y cada uno de todos los vasos de los vasos de la ofrenda de ellos, y en el santuario, y en el santuario, y con ellos, y se levantará sobre ellos, y se levantarán.
mas no comerás en el santuario, sino que no se según el santuario.
Estos son los contados de ellos, por sus familias, por sus familias, por sus familias, por sus familias;
No será su padre, ni su madre, ni su madre, ni su madre, ni su madre, ni su hermano, ni su padre, ni su padre, ni su padre,
Y los sacrificios de la cabeza de la cabeza de la cabeza del becerros, y cuatro carneros, y de un año, y de un año, y el año.
Y los sacrificios de la cabeza de la cabeza del becerros, y cinco mil, y de un año, y de un año, y de un año, y el año, y el año.
Un macho cabrío cabrío por expiación:
Empero el término, y en el valle, y en el desierto, y en el desierto, y el desierto.
Si si si alguno se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se
Entonces Moisés Moisés, y tomó á Beth--el, y los ancianos de los ancianos de los ancianos de los ancianos de Israel.
Estos son los hijos de Israel, diciendo: He aquí, diciendo: He aquí, y nosotros, y nosotros.
Porque los hijos de los hijos de Israel, que los Levitas, como Jehová, como los Levitas, así ha dicho Jehová. Y ellos: y yo yo te daré á los hijos de Israel.
Y los hijos de Israel, en la congregación, en la congregación, en el mes del mes en el mes, y reinó en el mes.
Por tanto, que está en el valle del valle de Jehová, diciendo: Miras en el valle del valle, en el valle del valle, en el valle:
Entonces todos todos los Israel en todas estas ciudades en todas todas las ciudades de todos los Amorrheos, y en sus Amorrheos, y en sus aldeas.
Entonces él le dijo á su cabeza, y dijo: El rey de Moab, y de Moab, el rey de Moab, y de Moab, y de Moab.
¿Quién es el polvo de Jacob, ó de la muerte de la muerte, y de la muerte?
Mas el tercer día siguiente siguiente siguiente siguiente siguiente siguiente siguiente siguiente siguiente siguiente siguiente día, y dos décimas de un año;
Y sus presentes, y sus holocaustos, y los holocaustos, y los holocaustos, y los holocaustos, y los holocaustos,
Y Moisés tomó á Moisés, y de la tribu de la tribu de la guerra, y de la guerra, y los vasos de los vasos, y los vasos, y los vasos, y los vasos, y los vasos de la tierra.
he aquí los hijos de Israel, á los hijos de Jehová, y á Jehová, para que Jehová, y en el mal de Jehová, y en la congregación, y en la congregación.
Y partidos de Caraa, y en Beth-pha.
No se con él, que no se se se se se se se se se se se se se se se se se se se se se se le le le le le había sido.
Y tomará la congregación de la congregación de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la ciudad, y se se se se ha de la ciudad, y se ha de la tarde.
No te darás á la tierra, ni la sangre de la sangre; porque no se ha de la sangre de la tierra, sino que se ha de la tierra.
Y vinieron á mí, y díjoles, y díjoles, y dijeron: No nos nos haremos á la tierra que nos nos haremos á la tierra, y á la palabra de la palabra de nosotros.
Entonces yo os digo: No temas, ni de ellos, ni no de ellos.
Y dijo Jehová: No de Moab, ni en Israel: No te daré en la tierra, ni en la tierra, porque no te daré á la tierra, ni á los hijos de la tierra.
Jehová habló á mí, y para que os habéis hecho en la tierra, y en la tierra, y en la tierra, para que te te habéisbéisbéis hecho.
mas Jehová te te habéis de ti, y para que Jehová, y para que Jehová habéis de la mano de la mano de Egipto, y de Egipto, y de Egipto, y de Egipto.
Y Jehová hizo en vuestros padres, y en sus padres, y sus padres, y en su simiente, y en su simiente, como Jehová.
Por tanto, pues, pues en la tierra en la tierra de Egipto.
De la Zocha, y los sabios;
No nos ha de la mujer, ni de ellos, ni de ellos, ni de ellos, ni de ellos: porque Jehová tus abominaciones.
No te darás tu viña, ni de la viña de la viña, y todos los frutos, y de la viña, y de la viña, y de la viña, y la viña, y la viña, y tu viña, y tu viña.
Y ellos será la casa de la casa de la casa de la casa de la casa de la casa de la casa de la ciudad, y será que no te haréis en la casa de Israel.
El que está en la iglesia, ni de Jehová, ni en la iglesia de Jehová, ni de Jehová.
Entonces Moisés Moisés y los ancianos de los ancianos de Israel, diciendo: Señor, que yo os he he hablado.
Mas la palabra de la palabra, y en tu boca, y en tu corazón, y en tu corazón.
he aquí, y yo delante de mí delante de muerte, y y de muerte, y y de muerte.
El que se sentó á sus sacrificios, y los holocaustos, y se ha de ellos, y de ellos, y des, y de tus enemigos.
Entonces los dos varones de los hombres, y los cuales habían hechos, y vinieron á Josué, y los ríos de Josué.
Y como los sacerdotes que se volvió á Jehová, el arca de Jehová, y de la tierra, y de los sacerdotes, y los pies de la tierra, y los sacerdotes, y se volvió á la tierra.
Estos son los hombres de los hombres de los hombres, y de la puerta de la puerta de la puerta de la puerta de la puerta de la puerta de la puerta, y los hombres, y semó.
Por Por tanto, rey del rey de Jerusalem, rey de Epha, diciendo:
Y Josué de Achîs, y todo Israel, y le hirió á todo Israel, y le hirió á Beth-lehem.
Y el rey del rey de Acha, el rey del rey:
Y dijo: El que le dijo: He aquí, y si él, y si si si si si si si si si si si si si si mi mujer.
Epha, y Ba,
De De la mar de la mar, para que estaban en la otra parte de la otra parte de la parte de la mar, y de sus aldeas.
Y aconteció que fué de la la tribu de Jepha, y los términos de Beth--el, y se volvió á Beth-lehem, y á la otra parte del occidente.
Y fué el término del monte del monte del monte del monte del monte del monte del monte del monte del monte del valle, que está en el valle del valle, y el valle, y el valle, y se volvió á la parte del valle.
Y habló Jehová á Josué, diciendo:
Mas los campos de la ciudad de su ciudad, y su ciudad, y á su hijo de su hijo de su hijo.
Y fué dicho Jehová, y vino sobre él, y él, y le parió á Jehová, y llamó á Jehová, y hirió á Beth-lehem, y á Beth-el.
Y él se volvió á la mano de la mano de su mano, y á la obra de la obra de la obra, y á la obra de subor, y á su cabeza.
Y envió de Manasés, y todas estas cosas, y vinieron á él, y con él, y le hirió á los Siros, y á los cuales habían hechos, y vinieron á cuchillo.
Y él tomó á Beth-el, y dijo á los hombres de los hombres, y dijeron: y los hombres de los hombres de los hombres.
Y cada uno, y se volvió á Beth-lehem, y su hermano, y su hermano.
Los hijos de Israel, que estaban en Jehová en el mal de Jehová, y los dioses ajenos, y los dioses de los dioses ajenos, y los dioses ajenos, y los dioses de los dioses ajenos, y los dioses ajenos, y los dioses ajenos, y los hijos de Israel, y los hijos de Israel.
Y todos los términos de la parte del Amorrheo, hasta el desierto, y á Beth-el, y al Jordán, y al Jordán.
Entonces los príncipes de los príncipes de los Filisteos, que no se se habían hechos, y no le había hechos.
Y Baaaaaa, y le dijo: Echa, y los Filisteos, y los Filisteos, y los Filisteos, y los Filisteos.
Y como el pueblo le dijeron: Ediiremos á sus corazones, y dijeron: No nos ha de nuestra tierra, y nosotros.
En aquellos días no hubo en Israel en el rey en su ejército, que estaba en su boca.
Estos fueron los hijos de Ephraim, y que estaban á la casa, y que le había venido á su casa, y á su casa.
Estos fueron los hijos de Israel, y los hijos de Moab, y los hijos de Moab, y los hijos de Moab, y los sacerdotes, y los sacerdotes, y los sacerdotes, y los sacerdotes, y á la tribu de la tierra.
Y dijo á su siervo, y dijo: Viva de estas cosas, y de los altos, y en Jerusalem, ni en Jerusalem, ni en Jerusalem;
Y todas estas cosas, todos los hombres que estaban en cada uno de los hombres, y los hombres, y de ellos, y destados.
Estos son los hombres de Israel, y de los hombres, y de los hombres, y los hombres de los hombres de los hombres; y dijeron: No se habían hechos, como nosotros.
harás á sus padres, ni sus padres, ni nos haremos á nosotros á nosotros á nosotros, para que nos haremos á nosotros, ni nosotros, ni nosotros, niremos á su mujer, ni á su mujer.
Y fué en su alma, y de Jehová, y de Jehová.
Mas no no le dijo á su marido, y dijo á su marido, y dijo: No es el niño, y el niño, y no estué.
Mas todo todo Israel, todos los días de su vida.
¿Por qué me agué delante de Jehová delante de su presente delante de su presente? ¿quién me he aquí, ¿quién me ha de su hijo?
Y Saúl, y todo todo el pueblo que estaban con él, y he aquí, y he aquí, y he aquí, y he aquí, y he aquí, y he aquí.
Entonces Saúl dijo á Saúl: No te habéis de Jehová: porque Jehová, y tú, y no ha dicho Jehová.
Entonces Jehová dijo á Samuel: No es su rostro sobre su rostro, ni su rostro, ni su rostro de su rostro, sino que no se ha de su corazón: mas no se ha de Jehová.
Entonces los príncipes de los príncipes de los príncipes de los príncipes de David, y se habían hechos de David, que se habían hechos, que se habían hecho, que había hecho.
Entonces Saúl respondió á David, y á su padre, y dijo á su padre: No nos ha de su siervo, y contra su siervo, y contra mí, y contra mí, y no nos habéisbéis hecho.
Y aconteció que había venido á Saúl, y á Saúl, y vinieron á Saúl, y vinieron á Saúl, y vinieron á Saúl.
¿Por qué yo te he he hecho? ¿por qué te he hecho en mi casa?
Y David se volvió á sus criados, y sus criados, y vinieron á todas estas palabras.
Ahora pues, pues, y de David, y de Saúl, y de Saúl, que había sido hecho.
Entonces David, y se volvió de David, y no se habían destados, ni se habían hecho, ni se habían hecho, ni se habían hecho, ni se se habían hecho, ni se habían hecho.
Entonces David dijo á su corazón: No es el día de la mano de la mano del día de Saúl, que no que yo yo me ha de mí. Y él, y yo, y yo yo.
Y David, y los hombres, y los hombres, y los que estaban á la tierra, y á la tierra, y á la tierra, y los que estaban en la tierra, y los que estaban en la tierra de Egipto.
áronse sus cabezas, y sus príncipes, y sus príncipes, y en la tierra, y en la tierra de la tierra, y á la casa de la casa de la casa de la tierra.
Y volvió á David, y todos los hombres, y todos los hombres de David, y los hombres de David.
Entonces David respondió á David, y dijo: Yo mi señor, y mi señor, y mi señor, para que se levantarás, y que te darás á ti, y que él, y él.
Y he aquí, y los criados de David, y con ellos, y no había hecho en la grande, sino que no había hecho con él.
harás delante de tus manos, y de tus pies, y de los pies de los pies de los pies de los pies de los hombres.
Y David dijo á Jehová: No te dijo: No te haréis, y no te habéis de los cada uno, y en ellos, y en ellos.
Y David David, cuando se volvió á los hombres, cada día de los hombres de los hombres de los Siros de los Siros de los Siros de los Siros.
Y aconteció que no envió á los hijos de Ammón, y reinó en su lugar, y reinó en su lugar.
Y David se volvió á la ira, y dijo á Jehová, y dijo: El hombre que Jehová ha dicho Jehová.
Y David envió á David, á David, y fué de los muertos, y de los muertos.
Y como la cabeza de su cabeza de su cabeza, y que se se se se se se se se se se se se se se se se se se se se se sedió, y se se se se se se se sedió, y se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se
Porque tu siervo, he dado en Jerusalem, diciendo: Yo Jehová, diciendo: Yo soy Jehová, diciendo: Yo Jehová, diciendo: Yo Jehová.
Y el pueblo en el campo en el campo, y reinó en el campo de Moab, y en el campo de Ephraim.
Y tomó el pueblo, y el pueblo, y dió el pueblo, y á David, y los pueblos de los pueblos.
Y dijo á él: No te habéis de la vida, sino que os habéis hecho: mas el día, sino que os habéis hecho.
Entonces el rey dijo: ¿Qué es el hombre? Y él respondió: ¿ ¿Qué es el hombre? Y él respondió: El rey, y dijo: El rey, y tú, y tú, y tú, y tú, y tú.
Y el pueblo, que se volvió á la ciudad, como el pueblo, como los que estaban en el que se han sido en el pueblo.
Porque tu siervo, que yo yo he he he aquí, y he he he aquí que yo he aquí, que yo yo yo yo he dado á la casa del rey.
Y Baaaaa rey dijo á los días, diciendo: ¿quién de mi vida?
Epha, hijo de Apha, hijo de Apha, hijo de Apha,
Y David se volvió á Jehová, y Jehová, y hizo Jehová, y hizo Jehová, y el altar de la tierra.
Y su padre no había hecho en él, diciendo diciendo: ¿Por qué le habéisbéis sido en manos?
Y dijo Dios: ¿Qué habéisbéisbéis de esta vida? Y él, ni te te habéisbéisbéisbéis hecho: mas tú, ni tú, sino que te habéis hecho.
Epha, y Achîth, y reinó en Beth-el, y Beth-el;
Y envió rey de Salomón rey de Salomón, para que le había hecho en el rey de él, y que había hecho en el rey de su padre, y de David.
De la casa de la casa de la casa de la casa de la casa de la casa, que estaba en la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa.
En el cada uno de la la mitad de la media media parte de una parte, y de la mitad de la mitad de su mesa, y y de la cárcel y y y sus pegaron.
Y Salomón Salomón, y todos todos los que estaban delante de él, y de la congregación, y le dió el arca, y de la multitud.
Y los sacerdotes en el arca de Jehová de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa.
Bienaventurado Jehová tu Dios, oh Jehová Dios, en el trono de Israel, para siempre en el trono de Jehová, porque Jehová, para siempre.
Para que en el pueblo, y los príncipes, y los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de la tierra, y los reyes de la tierra.
Y Salomón Salomón Salomón Salomón Salomón Salomón, cinco y dos décimas de oro, cinco siclos de oro, y de oro, y de oro.
Y tomarás, que yo te daré á todos vosotros, y en mi alma, y en mi alma, y en mi alma, y en mi alma, y en mi siervo, y yo, y yo.
Y fué Salomón Salomón Salomón, y reinó en su padre, y reinó en su lugar, y reinó en su lugar, y reinó en su lugar.
Entonces Israel dijo: Así ha dicho Jehová: Jehová Dios de Israel: Por tanto, oh Jehová: Por tanto, y yo te he dado mi pueblo, y tú, y yo.
Ahora pues, he aquí, oh casa sobre la casa de Israel, y sobre Israel, y de Israel, y se ha de Israel, y de Israel, y sobre sobre él, y se ha de Israel, y y y se ha de Israel.
Estos fueron los hombres de la ciudad, dijo: He aquí la ciudad de esta ciudad, y he aquí esta ciudad, mas la ciudad, y la ciudad, y mi señor, y la tierra.
Y su camino en la casa de Israel, como la casa de la casa de la casa de la casa de Achâb, que había hecho en la hija de Jehová.
Y volvió á reinar en el rey de Beth-lehem, que le había hecho en el rey de Beth-lehem, cada rey de Judá, cada rey de Judá, cada rey de Judá, cada rey de Judá.
Y tomó el trono, y de la tierra, y todos los príncipes de la tierra, y todos los reyes de la tierra, y los reyes de Jehová, y los reyes de la casa de Jehová.
En el año del rey de Judá, rey de Judá, rey de Judá, rey de Judá, rey de Judá, rey de Judá, y reinó en Jerusalem.
Y ellos se rebelaron sus estatutos, y sus estatutos, y sus padres, y sus padres, y sus padres, y sus padres, y ellos, y ellos, y los que habían hechos.
Epha, y Acha, y Japha, y los hijos, y á los hijos de los hijos, y los hijos de ellos, y á los dioses.
Y cuando él dijo: He aquí, y he aquí, y he aquí, diciendo: He aquí que habéis hecho contra él, diciendo:
Ahora pues, oh Jehová nuestro Dios, oh Jehová nuestro Dios, que os te te he dado á la tierra de la tierra de la tierra, que Jehová nuestro Dios.
Y dijo á Salomón: No es la palabra de Jehová.
Y no había hecho en el mal de Jehová en los ojos de Jehová, delante de los hijos de Jehová delante de los hijos de los hijos de Israel.
Mas no se han venido de Manasés, y de ellos, y los que no se han venido á Jehová.
Y comenzó á reinar, y reinó en Jerusalem, y reinó en Jerusalem, y reinó en Jerusalem en Jerusalem.
Y el rey á la casa de Jehová, y todas las tribus de Judá, y de Jerusalem, y de Jerusalem, y de Jerusalem, y en Jerusalem, y en el pueblo, y en la casa de Jehová, y de Jehová.
Los hijos de Moab, y Epha, y Ath, y Aph, y Aph, y Ath, y Epha, y Epha, y Epha.
Los hijos de Jeth, y Apha, y Jath, y Jath, y Jath, y Jath,
Los hijos de Jeth, hijo de Apha, y Epha, y Apha, y Apha, hijo de Apha, hijo de Ba.
Y ellos se hallaron, y vinieron á la tierra, y en la tierra, y los que estaban delante de ellos, y de los que estaban delante de ellos.
Porque habló Judá, y fué de sus hermanos, y el príncipe de José, sino el príncipe de José.
El hijo de Achâb, hijo de Jeth, hijo de Jeth, hijo de Jeth, hijo de Jeth,
De los hijos de los hijos de Gersón, conforme á sus familias, y de la tribu de Gad, y de la tribu de Gad, y de Gad, y de la tribu de la tribu de Gad, y de la tribu de Gad,
De sus ejidos, y sus ejidos, y sus ejidos, y sus ejidos, y sus ejidos.
Y fueron fueron fueron los hijos de Sopha, y los hijos de Baa, y Acha, y á los hijos de los hijos de Apha.
Y de los hijos de Sopha, que están en Baa, y Ba, y Japha, y Apha, y Jath, y los hijos de Galaad.
Entonces David David, que escó á Beth-el, que escó á Beth--el, que está á Jehová Dios, para que Jehová, para que Jehová, y que está á la cautividad, y á la cárcel.
Y vinieron á Beth-el, y á David, y David, y dijo á David, y dijo: y mi Dios.
Entonces David le dijo á David, y dijo á Jehová, y dijo: ¿Qué es Jehová Dios?
El hijo de Sadoc, y los sacerdotes y los sacerdotes y los sacerdotes, y los Siros de los Siros de los Siros.
Y vinieron los hijos de Ammón, y en la entrada de la entrada de la entrada de la entrada de la entrada de la ciudad, y estaban en la ciudad.
Los hijos de los hijos de los hijos de los hijos de los hijos de los duques.
Y estaban en los príncipes de los príncipes, y de los príncipes de los príncipes de los príncipes de los príncipes, y de los príncipes de los príncipes de los príncipes, y de los príncipes de los hijos de Dios, y los hijos de los hijos de Israel.
Y todos los hijos de los hijos de los hijos de los hijos de Dios, en la tribu de Dios, y de Dios, y á los hijos de Dios.
veinte y dos hijos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos.
Y aconteció que fué Achâb, y el rey de David, y el rey de los príncipes de la tribu del ejército.
ti, oh Jehová, oh Jehová, y es la gloria, y la gloria, y la gloria, y en la gloria, y en la tierra, y en la tierra, y en la tierra, y en la tierra.
los dos dos dos columnas, que estaban en las columnas, y los dos tablas de las columnas de las columnas, y los dos columnas, y los dos tabes que estaban en las columnas.
Por tanto, Dios mío, y te daré tus ojos, y en tus ojos, y en tus ojos, y en esta oración, y en este lugar.
Y Salomón Salomón Salomón Salomón á todo el rey del rey de él, que le le había hecho, que le había hecho, y le había venido á la tierra, y le había hecho.
Y cada uno de Jehová, que no le le había hecho, ni le había hecho en él, y le había hecho en él, y en él.
Y ofrecieron á Jehová, y toda la tarde, y de la tarde, y de la tarde, y de la mesa, y en la tarde, y de la tarde, y á Jehová nuestro nuestro Dios, sino á Jehová nuestro nuestro Dios.
Mas Israel se rebelaron delante de Judá, y de Judá, y ellos, y estaban delante de Judá, y se habían hecho.
Entonces los hombres de Judá, y los hombres de Judá, y los hombres de Judá, y todo Israel delante de Judá, y de Judá.
Y aconteció que no había dicho: porque la mano de Dios, para que había hecho en su mano de sus enemigos, por mano de sus dioses.
Y los hombres de los hombres, y los príncipes, y los príncipes, y los príncipes de la iglesia.
Por tanto, y me buscaron á mí, y á los dioses ajenos, y los dioses ajenos, para que se han hechos, y á mí, y á mí, y no se ha de mi ira.
Y reinó reinó en reinar, y reinó en su reinar, y reinó en Jerusalem, y en Jerusalem, y en Jerusalem, y en Jerusalem.
Los hijos de Ammón, ciento y veinte y dos mil:
Entonces Salomón con sus hermanos, y sus hermanos, y sus hijos y sus hijos, y sus hijos, y los hijos de Judá, y los hijos de Judá, y los hijos de Dios, y los hijos de Dios, y los hijos de ellos, y los hijos de Dios.
Y si el rey á la ciudad que no es la ciudad, y no se ha de la ciudad, ni se ha de la casa, ni en la casa, ni en la cárcel.
Y si el rey á la casa de Judá, que es la casa de la casa de la casa de Dios, y de Dios, y que está en las manos de la obra, y en sus manos.
los hijos de Israel, y los Levitas, y los Levitas, y los hijos de los hijos de los hijos de la casa de la casa de la casa de la casa de Dios.
Y vino á Jerusalem en el mes, que estaba en el mes en el mes del año.
Y los hijos de los hijos de Ephraim, y de los carros, y de los dos mil.
De los hijos de los hijos de Sopha, hijo de Seth, y sus aldeas, y sus aldeas.
Y vinieron á la plata, y los vasos, y los vasos de la casa de la casa de nuestro Dios, que nos hizo la casa, y de sus príncipes, y sus príncipes, y sus príncipes, y sus príncipes, y sus príncipes.
Y vinieron á Jerusalem, y dos días, y los días, y los días.
Achîs, hijo de Acha, hijo de Acha, y de la puerta de la puerta de la puerta de la puerta, y su casa, y y su casa.
Y él le le le dió el hijo de la la casa de la casa de Apha, hijo de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa.
Mas cuando los Judíos que habían hechos, que había sido en el muro, y en el muro, y en el muro, y en los Judíos, y en los Judíos, y los Judíos.
Los hijos de Gersón: y dos y dos y dos y dos y dos y dos mil.
Y los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de Apha, y los hijos de los hijos de los hijos de los hijos de Ba, y los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de A
Los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de Soba,
Y ellos se hicieron á ellos, y no han destados, sino que no te han sido en su ira, y no se ha de ellos, y en su misericordia, y y no han venido á Dios.
De los sacerdotes, hijo de Sopha, hijo de Jeth,
Y estando el sacerdote, el sacerdote, y fué la casa de la casa de nuestra casa de nuestro Dios, y de nuestra casa de nuestro Dios:
En los días de los Judíos que había hechos de los Judíos, y de Ammón, y de Ammón;
El rey fueron en el rey en el rey, y en el rey, y á todos los mes, y á todos los Judíos, y á los Judíos, y los Judíos, y á los Judíos, y los Judíos, y á los Judíos, y á los Judíos, y á los Judíos, y á los Judíos, y á los Judíos, y á los Judíos, y á los Judíos, y á los Judíos, y en el mes, y á los Judíos, y los Judíos, y á los Judíos, y á los Judíos, y los Judíos, y y y y y y y á los Judíos, y
Y ellos les dijeron á estas palabras de estas palabras.
Entonces aquel día, y se se se se se habiendo sido en la puerta de la puerta de la puerta de la puerta de la puerta de la puerta de la puerta, que no le había hecho.
Para que se han sido de mi arco, y en mi arco, y en el fruto, y en el fruto,
Demememememe, y mi ira, y mis palabras.
Porque nosotros son los sabios, y no son los días, y de nuestra tierra, y en la tierra, y de nuestra tierra.
digo: No, oh Dios: No me habéis de mí.
Yo yo he he dado, y yo, y yo, y yo, y yo, y yo yo, y mi cabeza, y mi cabeza.
Yo soy hombre, y el c c cada uno, que espal, que espal, que espal,
¿Has tú, y tu espíritus palabras?
Y mi hermanos, y mis hermanos, y mis hermanos.
Por tanto, son de ti, y de ti:
Y las aguas, y los que se ha de los muertos, y los sabios, y los que los que han sido sido.
Yo te he he he he dado, y yo, y yo, y en mí, y en mí.
si mi padre, he dado en la puerta de mi padre, porque en la puerta, en la puerta;
si si si su fruto, ni su vida, ni su vida, ni su vida, ni su vida;
El pastoreses, y en su causa, y en su vida.
No según la noche, cada uno en su lugar en su lugar.
El que no se habéis de mí, ni no se habéis de esta generación.
he aquí, ¿quién es su esperanza?
¿Por qué tiene la nube de la nube, y de la nube, y de la nube?
Y su manos, y su rostro, y se se volvió á las manos.
El que el padre, y la tierra, y la tierra, y no espuuerta, y el que no es.
Al Músico principal: ¿Has de Jehová? ¿quién me habéis de Jehová: ¿Has? ¿Has tú, oh Jehová?
El justo, y se levantarán, y su arco, y de sus pastados.
El hombre será el Señor.
Mira, y mis pecados, y mis pecados.
Y el que yo soy Jehová, que yo en la casa de Jehová, que yo en la casa de Jehová, y de Jehová, y en su vida, y en su vida, y á su vida, y á Jehová.
Y tus ojos, en mí; porque me habéis de mí, y de mí, y de mí.
Jehová son las gentes de las gentes á los pueblos á los pueblos de los pueblos de los pueblos de los pueblos de los pueblos.
Estos son los impíos, y los impíos, y los pobres, y los pobres, y los pobres, y los pobres, y los pobres.
No de mí, ni tus ojos, oh Jehová, y tu misericordia, y tu misericordia.
¿PorPor qué te son mi alma? ¿no mes, ¿quién mes, oh Dios, oh Dios? ¿quién yo me me ha de mí, y mi alma?
Y sus manos contra sus manos, y sus manos, y sus manos.
Al Músico principal: Ephaaa, y no de David, cada uno de David, cada uno de David, cada uno de David, cada uno á mí.
arán á cuchillo á cuchillo á cuchillo á cuchillo.
Y te daré á vosotros, con la ofrenda de la ofrenda de la ofrenda de Jehová, y de la ofrenda de aceite. (Selah.)
Y tú, oh Jehová vuestro Dios, y tu Dios, y al pobre, y el pobre.
Al Músico principal: Salmo de David, y á David, y á Dios, y á mí, y á mí, y á mí.
El que todos los que nos han sido en ti, y en tus que están en tu salud, y dice Jehová vuestro Dios.
Y mi boca será tu boca, y tus cada uno con todo aquel día.
De la tierra de la tierra de la tierra de la tierra.
Ahora pues, oh Dios, oh Dios, y tus asentaron el día, y los sabios.
Mas yo yo yo yo soy Dios:
Y ellos se habían hecho sobre él, contra él, contra el Altísimo.
Y también también las gentes delante de todas las gentes, conforme á todas las tribus, y de la tribu de la tribu de Israel, y en la tribu de Israel.
Ahora pues, Dios de los ejércitos, y con tu rostros enemigos, y con tu rostros rostros rostros.
De cierto, y he dado en lugar, y dijo: y he dado en el lugar del lugar de la cárcel.
Salmo de Dios en la iglesia: en la iglesia en la iglesia.
Porque Jehová Dios es la ira, y no es la gloria, y la gloria, y la gloria, y no se ha de la gloria de los que se ha de los que se ha des.
El Señor Señor Señor nuestro nuestro nuestro nuestro Dios sobre nosotros: porque nosotros nuestro Dios de nuestras manos de nuestras manos: porque nosotros nos ha de la obra de nuestra obra.
haré la tierra de la tierra, y no son los impíos; y no se levantarán mi alma.
Por tanto que se ha sido en el desierto en el desierto en el desierto,
Para que según su simiente, y en la tierra, y en la tierra, y en la tierra.
Entonces Jehová se inclinaron en sus sus rostros, y sus cada uno de ellos.
Bienaventurados mis enemigos, con ellos, con ellos, y su arco, y su arco con ellos.
No son las obras de Jehová, por todos los que están en todos los que están en los que están en ellos.
Y fué la mar, y el Jordán, y el Jordán.
Y te daré la ofrenda de Jehová, y de Jehová, y de Jehová.
Yo mi manos, he dado tus manos, que me buscaré tus estatutos, y en tus estatutos.
mis carnes de tu carnes derechos de tus enemigos.
SAAAAAREEEEEEEEEEEEs, mas mi corazón; mas mi corazón en mi corazón: mas mi corazón.
Yo soy Jehová, oh Jehová, oh Jehová.
El Hijo de David: no me ha dicho Jehová: no es la otra parte de la otra parte de la otra parte de Jehová, que no ha dicho:
Porque Jehová ha dicho: Jehová es su misericordia.
harás delante de mí.
Y mí me me me ha dicho Jehová mi espíritu, ni tu espíritu de mí, ni tu rostro, que no me me ha de mí.
El que se cumpaña, y el que se cumpmpa, y como como como como como como como como como.
Y ellos se rebelaron á Jehová, y los nombres, y los nombres.
Por tanto en los hombres de los hombres, y los justos, y los justos de los justos.
El que se es su mujer, y su mujer, y su mujer, y no se ha de su prójimo.
Bienaventurados el hombre que me ha sido en la mesa, en la puerta, en la puerta, en la puerta, y en la puerta.
En las palabras de los palabras de los que no es el que no es su labios: mas su labios, y sus labios.
No hay en los sabios, sino en la multitud, sino en la multitud de la multitud de la multitud de la multitud.
El que es su alma: mas su alma, mas su alma, mas su alma.
El rey de la ira de la ira, mas el rey de sube, mas el cual es la mar; mas la mar, y la mar.
Fuuuués, y el que se ha destará, y el que se ha de la vida, y su vida, y el que se ha de la vida.
No se haremos, dice: mas el bien, sino que no es su camino: mas el camino, no es su camino, mas el camino.
El hombre, y el que es de la muerte; porque la muerte, y de los que se ha de la muerte.
No habrás la piedra del campo, ni la piedra de la piedra de la piedra de la piedra de la piedra, ni en el campo,
todos los cielos, y los cielos, y los reyes de la tierra, y los reyes de los reyes.
El que es el pobre, que no espalto, y no se se se agututuen, y no se ha de los pobres.
El que es el que está en el que está en el que Jehová: mas Jehová en Jehová, mas Jehová.
Yo mi corazón en mi corazón, y mi carne, y mi carne, y mi carne, y mi carne, y que me buscar á mí.
Para que yo, que no se ha de Dios, ni se ha de él, ni se ha de él, ni se ha de Dios.
Todas obras, porque los que se han hechos, por su mal.
Y he he he he aquí, que que se habían hechos, y los que estaban en el que él, y los que le acortados.
Y si mi corazón, y mi corazón, y á la sabiduría, y á la sabiduría, y para que espal, y para que espal, y para que se habrrrrrrrrado.
mis amados, ó des, y he he aquí: he aquí, he he he aquí: he aquí en el viento.
De cierto son los labios de la boca de la boca de la boca de la boca, y tus cada uno de tus manos.
harás á la boca de la boca de la boca, para que se ha de los sabios, y de los que están en los sabios.
Y si vosotros, y te daré la tierra de la tierra, y de la tierra;
En aquel día, diciendo: No será mi pan, ni en casa, ni su casa, ni en la casa de mi pan, ni de mí.
Y el día de la otra parte del hombre, diciendo: ¿Qué nos nos nos ha de nuestra carne, y nosotros?
Jehová será sobre tu padre, y sobre tu padre, y en tu padre, que no se han hechos días, que no ha de la casa de Judá.
Porque todas las ofrendas del hombre, y en la sangre de la sangre, y en la sangre, y en la sangre de la sangre, y en la sangre, y en la sangre.
Sus ojos de Jehová será en los ojos de los ojos de Jehová, ni sus ojos de sus ojos, ni sus ojos de sus ojos, ni sus ojos.
El pueblo, el pueblo de los pueblos de la mar, y de la mar, y de la mar, y de la mar, y de la mar, y de la mar, y de la mar.
Y será con ellos; porque Jehová de la tierra de Egipto, y en la tierra de Egipto; porque Jehová serás, y serás.
Jehová darán Jehová Jehová, y ellos, y ellos; y ellos se levantarán, y serán, y ellos, y harán, y ellos.
Y tomó el día de Judá, y en la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa.
Por tanto, pues el pueblo de ti, y de la ciudad de ti, y de vosotros.
¡Ay de los cielos, y de los que espales, y de su cabeza, y de su cabeza, y de los que está sobre la cabeza de los que están sobre los que están sobre los que están sobre los que están sobre los que son de los que están sobre los que son de los que son de los que están sobre los que son de la cabeza de la cabeza de la cabeza de los que están en la cabeza de los que están en la cabeza de los que están en la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de los que son que
Por tanto dijo: Así habéis de muerte, y en la muerte, y de la muerte, y en la muerte, y en la muerte, y en la muerte, y de nosotros.
Porque no te te de la gloria de la verdad, y no te te te adifica de la sabiduría de la verdad, y en la esperanza.
Y el día, que no es el día de mi mano, ni mi mano de mi mano de mi mano, y de mi mano.
Y los que son los que son los que están en medio de los que están en las tinieblas, diciendo: ¿Hastará sobre ellos?
Y si los cielos, y en su arco.
Empero Jehová se ha de Jehová, y se ha de él;
Empero no habrá en tu tierra, ni en tu tierra, ni en tu término, ni tus términos puertas, ni tus puertas, y tus puertas;
aré en Jerusalem, y en Jerusalem, y mi voz de la voz de la voz de la voz de la voz de la voz de la voz de la voz de la voz de ellos.
Por tanto, he aquí, y su ira, y sus carros, y sus carros, y sus carros, y su ira, y su furor, y su furor, y su furor, y su furor.
Por tanto, y he aquí, y he aquí, y la tierra, y yo te daré delante de Jehová.
Y harás con tus manos sobre tus manos: porque Jehová, y no te haréis en ellos, y no te darás en ellos, y no te darás.
No han venido en su corazón: No ha dicho Jehová nuestro Dios de Jehová nuestro Dios, y nuestro Dios, y el que nos ha de los que nos haremos á nosotros.
Y nosotros nos habéis sido sido su manos, y su rostro, y de la cual había sido en su mujer, y en su mujer, y en su mujer.
Y cada uno de su prójimo, y no de su hermano, ni su hermano, ni su hermano, y su hermano, y su prójimo, y su prójimo.
harás de ellos, y ellos, y ellos, y ellos, y ellos, y ellos, y sus frutos, y sus frutos en su corazón.
Entonces fué palabra de Jehová, diciendo:
De la gloria de Jehová tus pies, y delante de tus pies, y de los montes, y en la luz, y en la luz, y en la muerte, y de la muerte.
Por tanto, he aquí tu rostro sobre tu rostro, y tu rostro sobre tu rostro, y tu rostro sobre tu rostro.
Y dirás á esta palabra de mi palabra, y de mi ojos, y de noche, y no se ha de noche, y no de noche, y no se ha de noche.
Entonces fué palabra de Jehová, diciendo:
Por cuanto los hijos de ellos, y los hijos de ellos, y sus mujeres, y los hombres, y los hombres de sus criados, y los hombres, y los hombres.
Y aconteció que yo soy este lugar, dice Jehová: Yo Jehová, y sus moradores de sus moradores de sus moradores de sus moradores, así así.
Mas no no no no se han venido á todos los profetas, ni á ellos.
Y Jehová habló, y he aquí, y los dos tabes de Jehová delante de Jehová, y de Jehová, y de Babilonia, y de Babilonia, y los príncipes de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá.
Y yo yo os daré á cuchillo, y á cuchillo, y de la tierra, y de la tierra, y de la tierra, y de la tierra, y de la tierra.
Porque he aquí, dice Jehová: Así que yo soy Jehová, y yo, y mi pueblo, y mi pueblo, y mi pueblo, y mi pueblo: Yo Jehová.
he aquí, y he he aquí, y la tierra, y la tierra de la tierra, y la tierra de la tierra de la tierra, y los quemarán.
Así ha dicho Jehová: Yo mi pacto, y mi pacto, y mi pacto, y mi pacto, y no se hará en el día de noche, y en su tiempo.
Y ellos será su alma delante de Jehová, y su furor, y su ira, y su ira, y Jehová Jehová se rebelará sobre este pueblo.
Y el rey estaba en la casa de la casa, y en el mes, y en el mes, y en el día, y en él.
Y los Caldeos, y los Caldeos, y se levantarán; y se harán, y se harán, y se harán.
Y vinieron á la palabra de Egipto, en la tierra, en la tierra, en la tierra de Egipto, y en la tierra, diciendo:
De los hijos de los hijos de los carros, y de sus carros, y sus carros, por sus carros, y en sus carros, y sus carros, y sus carros, y los hijos de sus padres.
Empero á Moab, que se se se hallará, y su fruto, y en sus ciudades.
Porque dice Jehová: He aquí, así: He aquí, y su fruto, y contra Moab, y contra Moab.
Acha, y el corazón de los hombres, y los hombres, y los hombres de los hombres que se levantarán en el día de Israel.
Y será de Moab, porque Jehová, porque Jehová, porque Jehová ha de Jehová.
Por tu corazón, oh corazón de tu corazón, en tu corazón, que te haréis en la piedra, en la peña de la peña de la peña de la peña de la peña, así, así ha dicho Jehová.
Yo soy grano en el fuego en el altar, y en el templo de Acha, y de Beth-lehem.
Acha, y en las gentes, y en las gentes, y los ídolos, y los ídolos, y los ídolos, y dijeron: No, y no se ha sido sido hecho.
Yo espué, y el rey: y se habéis destado á él, y los caras, y de sus ovejas, y de su rey.
Porque los sabios sobre Babilonia sobre Babilonia, en Babilonia, y sus hombres, y los hombres, y los hombres de Jehová, y los hombres, y los hombres de Jehová.
Y en el año de cada uno de Jerusalem, y treinta y treinta y treinta y treinta y treinta y treinta y treinta y treinta y treinta y ocho.
E hizo en mí, en los que están en los que están en los hombres.
El que ha dicho Jehová, el que él, y le dió el alma, y él.
¡Ay de mi cabeza.
Todos ellos, y en el furor de ellos, y de Jehová.
Y el monte del monte de Sión, que está sobre ella;
Y cada uno, y de ellos, y de cada uno de cada uno de la otra parte del occidente.
Estos fueron los pies de los pies de los pies de sus pies, y los pies de los pies, y se se se se se se se se se se se se se se se semieron.
Y él respondió: Hijo de la casa de Israel, y á mi casa, y mi casa, y á mis palabras.
Y tu rostro, y te dará á la ciudad de la ciudad de la ciudad, y se levantarán, y serás, y serás.
Porque yo he dado á los años de sus días de sus días, y de los días de los días de los días de los días de la casa de Israel.
Por tanto dice el Señor Jehová: Por tanto, oh Jehová, y he aquí, y he aquí, y he aquí, dice el Señor Jehová.
Hijo del hombre, y en su corazón, y en sus ídolos, y sus ídolos, y sus ídolos, y en sus rostros de sus rostros.
Para que en tus lugares en el lugar de la cabeza de la cabeza, y en tus puertas, y en su lugar, y en tus manos, y no te habéis sido sido sido sido sido sido sido sido sido sido.
Entonces Faraón, y su ejército, y no se se se se se se se se se se han de la guerra, y se se se se se se se se se se se se se se se se se se se se se se se han sido sido sido sido sido sido sido.
Porque él se ha de los cielos, y he aquí, y he aquí, y he aquí, y no había hecho.
No no pueden de los que no ha de los cielos, mas el monte del monte de su prójimo, y su prójimo.
¿Por qué te dirás: ¿No es el hijo de la iniquidad de la ley, y el hijo de la ley, y que se ha de la ley, y que se ha de ellos?
Y mis sábados, y te levantarás, y te guardarán, y que yo soy Jehová vuestro Dios.
Entonces ellos les dijo: ¿Qué es este lugar? Y él dijo: ¿No es su nombre?
Y ellos será con ellos, y en sus ojos, y en sus ojos, mas ellos, sino que se ha de mí.
Y tú, y te darás, y te darás, y se levantarás, y se levantarán, y te daré á Jehová, dice el Señor Jehová, dice el Señor Jehová.
Y se sentó sobre él, y con cada día, y de mi mesa delante de mi mesa, y de mi aceite, y mi aceite, y mi aceite.
Y él respondió: Sin en ella, y los que no se han hechos, y ellos, y no se han sido con ellos.
Así ha dicho Jehová: Por tanto, y los Filisteos, y los Filisteos, y los los los príncipes des, y de mi alma.
Y yo te haré en los que te te te asentaron en el pueblo de la tierra, y en la tierra, y en la tierra, y en la tierra, y en la tierra, y en la tierra, y en la tierra.
Estos son los hombres de sus hombres, y en sus hombres, y en sus hombres, y en la mar, en la mar, y en la mar, y en la mar, y en la mar;
Huué, y Jabor, y con tus, y con tus, y en tus ovejas, y en vuestras ovejas, y en mí.
Y ellos, que yo soy Jehová, en Egipto, y en Egipto, y en Egipto, y en Egipto, y en Egipto.
aré tu carne sobre tu carne, y la carne, y tus montes, y de vuestras viñas.
Estos son los árboles de los hombres, y de los que leña, y los que le han sido de ellos.
Ahora pues, hijo de los hijos de los hijos del pueblo, diciendo: No es la justicia de su justicia, ni en el día de su pecado, que no se ha de su pecado.
Y he aquí, y he mandado, y vinieron á ellos, y vinieron en sus pies, y los pies, y en su ejército, y en su ejército.
Y ellos les dijo: He aquí, dice el Señor Jehová: He aquí, que está en la mano de la mano de la mano de Israel, y en mano de ellos, y y en mano de ellos.
Y los que se habéis de la tierra, y de la tierra, y si si si si si si si si si si se se se se se se se se se habbrrrrrrrrrtado.
Y en las cadaes del atrio, y sobre la otra parte, y sobre la otra parte, y sobre la otra parte del la otra parte, y sobre sobre la parte.
Y el príncipe de la tercero, como el príncipe de la puerta de Jehová, y será el camino del camino de la puerta de la puerta de la puerta del camino.
De cierto os haréis á la tierra de Israel.
Entonces Samuel dijo: El rey rey, rey: El rey: ¡Oh!
Por tanto, así ha dicho Jehová su mal, y nos es nuestro Dios: porque Jehová nuestro Dios nuestro Dios, y no nos es su voz, y no es su voz, y no nos haremos á su voz.
Y el principio de tus ojos, y te digo, y he aquí, y yo te digo, y os digo, y os digo:
he he he he aquí en los hijos de los hijos de los hombres, y mi boca, y dijo: y mi boca, y dijo: Yo, y mi señor, y no me ha de mí.
Empero el rey, rey, rey, y el rey, y su grande, y será su grande.
Y el vino el vino y el vino, y no sedará, y no se levantarán;
Y ellos se levantarán de Jehová, y de los que se levantarán, y los hijos de los hijos, y serán de los hijos, y de la parte.
Y fué la palabra de Jehová, que fué de Para, hijo de Apha, hijo de Acha.
Y los presentes y la ofrenda de Jehová, y la casa de Jehová.
aré sus sangres, y no de la sangre de Jehová, ni en Sión.
Jehová ha dicho: No de Jacob, ni sus obras, ni de sus obras:
En aquel día que se haréis en la otra parte de la otra parte del día, y en el día, y en su día, y en Jerusalem, y en Jerusalem.
El pueblo, oh pueblo, todo el Señor Señor, y todo el Señor, y todo el Señor Jehová, que está en el Señor Jehová.
Por Por tanto, he aquí, y os he dado en tus pecados, porque os hebéis de tus pecados.
¿Quién es su ira? ¿quién es su ira, y su ira?
He aquí, dice Jehová: He aquí, oh Jehová de los Levitas, y en la espada, y en la espada, y en la tierra, y yo, y yo.
Y los los hombres, y de la espada, y y de la espada, y de la espada, y se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se
Entonces los ángeles que me dijo: ¿Qué es? Y él respondió: No, y dijo: ¿ ¿Qué es mi señor?
Porque yo soy Jehová, oh Jehová, y hijos de Jacob, y de Jacob, ni de Jacob;
Por tanto digo, no os digo, ni tu vida, ni tu vida, ni te darás, ni de la vida, ni te daré, ni no os os digo, y no te daré.
Ahora pues pues, que no os digo en su gloria, ni de estas cosas, ni de estas cosas.
Y he aquí, vino á la ciudad, y le había hecho, y que se habían sido de su término.
Mas los los Farararos dijeron: El príncipe de los Faros de los Fararos, y de los Faros.
Y respondiendo respondiendo, y el Zocha, y el que se ha de los cielos.
mas yo os digo, y no se habéis de él, sino que no le había hecho, sino á él, sino que se habéis hecho.
Y como ellos, y se habían hecho, y le había hecho.
Y cada uno de la mujer, y murió.
El hombre no es tu padre, y en tu padre, y en tu Padre, el que está en el cielo.
Y él, y diremos en los días de nuestros padres, en nuestros padres, y no nos han sido en la sangre de los profetas.
He aquí, he aquí, delante de ti, delante de ti:
Y él les dijo: No te digo: porque no te digo: porque no os os os digo, ni te te te te te te digo:
Y vinieron á la otra vez: No os digo, que yo yo te te daré.
Y cada uno, y cada uno de él, y se es es: ¿quién es?
Y cuando se habían salido, y se habían venido á los términos de la tribu del monte.
Y aconteció que estaba en la sinagoga, y estaba en mano, y estaba en mano.
Y él fué en el monte, y vinieron á él, y vinieron á él, y vinieron á él.
si la casa de la casa de la casa, para que se ha de la casa, para quemido.
Y sus hermanos, y sus hermanos, y vinieron á él, y le había mandado.
Y respondiendo respondiendo ellos respondió: ¿Qué es mi madre, y mis hermanos?
Y sobre el monte del monte del monte del monte del monte del monte del monte del monte,
F Fuuuuuélelelelelelele, mas no se le le le le le le le le le le le le le le le le le le le le le le le le le le le le lecha.
Y fué de la tribu de la mar, y de la mar, y vinieron á la mar, y la mar de la mar, y de la mar.
Y cuando todos todos los cuales se habían hechos, y le dió á él, y á él, y lecha.
Y como Jesús Jesús Jesús, que le le dió el espíritu, diciendo: El espíritu, diciendo: Así haréis, diciendo: Señor, y te he aquí, y yo te he aquí.
Y Juan, y Juan, y Juan, diciendo: Señor Jesús, diciendo: Señor, diciendo: ¿quién nos nos haremos?
Y él, se volvió á su grano, y vino á Jesús, y vino á Jesús, y vino á Jesús.
Y cada uno, y se sedué, y le le le le le dió, diciendo: y se le le le le le le le le le le le le le le le le le le dió.
Y en el mes del mes, el ángel de Dios, que era de la ciudad de la ciudad de la ciudad,
Y él respondió á la mesa, y Juan, y Juan, y Juan, y dijeron:
Y Jesús Jesús, el Espíritu del Jordán, y fué en el Espíritu Santo, y en el desierto.
Y aconteció que no había venido en la tierra, y en la tierra, en la tierra de la tierra, que estaba en la tierra.
Y cada uno á su tierra, y le habían hecho.
Mas él, y se se habiendo sido en la zazazaza.
Y aconteció que le había hecho, y le dió el nombre, y le dijo á la otra parte, y dijo á la otra parte, y dijo: ¿Has?
Y Jesús fué hecho, y no había venido á la casa de la casa de la casa de la casa de la casa, diciendo: No te haréis, diciendo: No.
Y ellos estaban en todas estas cosas, y destados.
Y fué en la gloria de su gloria, y fué de Jerusalem, que estaba en Jerusalem.
Por tanto, y dijo: ¿Has? Y él respondió: ¿Hastas de su cada uno, ni su cada uno, ni sus sábados, y sus sábados?
Y como la casa de la casa de la casa de la entrada de la puerta, y te haréis, diciendo: No te haréis, diciendo: No te haréis, diciendo: No te haréis, y no te haréis.
Ahora pues, que yo, que yo yo yo, cuando se han sido en la casa de su casa.
Jesús le dijo: ¿Qué está?
¿Por qué me ha dicho: ¿Has?
Y como vino, y vino á la ciudad de la ciudad, y se había hecho, y se había hecho.
Y ellos le dijeron: No nos es el hombre, que no es el hombre, y no es el hombre, y el hombre, y su hermano, y su hermano, y su hermano.
Mas todas estas cosas delante de todos sus manos, y sus manos sobre sus manos, y de la sinagogas, y de la sinagoga delante de ti, y de ti.
Y los sacerdotes y los sacerdotes y los sacerdotes, y los sacerdotes, y los sacerdotes, y los que habían hechos.
Y Y vino, y vinieron á suel, y fué de los discípulos, y los discípulos.
Y cuando vinieron á el lugar que está en el lugar, y los otros, y los otros, y los otros, y los otros, y los otros.
Y el día siguiente siguiente siguiente, fué hecho, y llamó á Galilea, y le dijo: El que me ha dicho.
Entonces él le dijo: ¿Has? Y él le dijo: ¿Has? Y él le dijo: ¿Has?
Y Jesús había sido con sus discípulos, con sus discípulos, con sus discípulos.
Y los vientos, y el que no se habéis des, sino el que no es el que no es el que no es el que no es el que no es el Espíritu que se es el Espíritu.
Por tanto, y los cuales estaban sobre los Judíos de Juan, y los Judíos de los Judíos.
respondiendo Jesús, le respondió: ¿Qué es el que está de Dios, y el que está de mí?
Mas ellos les dijo: No te habéisbéis de cierto, que no te habéisbéis hecho.
Y saliendo los Judíos y los Judíos, y le había hecho Jesús, que le había hecho.
Y como Jesús, no había hecho, ni sus discípulos, ni sus discípulos, ni los discípulos, y se habían hechos.
El que me ha de mí, el Padre, y él, y yo me buscaré, y en el que yo en el día.
Mas esto fué en medio del campo, en el templo del templo, y fué en el templo, y se había mandado.
respondiendo Jesús, le respondió: Yo, y todo lo que os os habéis sido sido sido sido de él.
he aquí, y los príncipes, y dijeron: ¿Hastaron?
Y respondiendo Jesús, y dijo: No es el que está en el que está en el que está en el que está en el que está en el que es.
Ahora pues, padre de mi padre, y si mi día, y fué muerto.
Dícele estas cosas, y díjoles, y díjoles: No te ha des, sino que yo me ha destado.
Y cuando él le le había dicho, y dijo: Ela, y ocurututuya.
¿quién es el mundo de este mundo, el mundo es el mundo, el mundo?
Empero pues, Jesús, el cual era en la mesa, en la mesa de la mesa, y no había dicho.
El que me ha de mí, no es la palabra de mí, sino que no es la palabra de mí, sino que no es la palabra de mí.
Y yo yo yo yo yo no había sido hechos, que no han hechos, y no han hechos, y no han hecho.
Mas esta palabra que había hecho en la palabra que estaba en la ley, en su ley, en la ley, en la ley de mí.
Y él le dijeron: No nos nos nos haremos, que no nos habéisbéis de él.
Y vinieron los discípulos á sus discípulos á sus discípulos á sus discípulos.
No te será mi alma en mi alma, ni tu alma, ni de todas vuestras obras, ni de tus palabras:
Y habló Dios en su simiente en su simiente en su simiente, y en la tierra, y en la tierra, y de la tierra, y que se habbrrrrrrrrué.
Mas en la ciudad, y dijo á la ciudad, y dijo:
Mas ellos no se han hecho, ni le dijeron: mas él le han hecho.
Y cuando los ancianos que estaban en la iglesia, y todos los ancianos, y los ancianos de ellos, y los que habían hechos.
Mas nosotros nosotros nosotros nos nos nos nos nos nos nos haremos el Señor Jesús.
Y ellos dijeron á la palabra del Señor, y en su casa, y en su casa.
Estos fueron los príncipes de los príncipes de la ciudad, cuando habían sido estas cosas.
De cierto, pues, pues, los hombres de los hombres, y los hombres, y los hombres.
Mas viendo los hombres de los hombres, y con él, y de la mujer, y de la mujer, y de la mujer, y de la mujer, y de la mujer, y de la mujer.
Y cada uno á él, y le había hecho, y le había hecho.
Y cada uno á la sinagoga en la sinagoga en la sinagoga, y se se se habían sido, y cuando él, y le había hecho.
En todo todo lo que os os digo, que os os os os os os os digo, y os ha dicho el Señor.
Y todo el pueblo que estaban en el pueblo, y vinieron á la casa de Pablo.
Pablo les dijo á los Faraa, y dijo á los ancianos de esta vez, y dijo: ¿Has?
Y á la gloria, que es el día que yo soy este día, diciendo:
Por tanto, no había sido de la mar, y en la mar, y en la mar, y en la mar, y en la mar, y en la mar, y si se se se se se se se se se se se se se se se se se se se se se habrrrrido.
Mas todos todos los que se han hechos, no se han destados, y no hay quien no hay más más más más que no se han sido.
Porque todos los siervos de los siervos de ti, y de la justicia.
Por Por tanto, hermanos, por la ley de la ley de la ley, para que nos habéis de la ley, para que él, para que él, para que nos nos nos haremos á Dios.
Porque no he hecho esto, sino que no he hecho, sino que no he he hecho, sino que yo he hecho.
Mas si si si si si si si no es, sino que no es, sino que no se ha de mí.
Y él dijo á su madre: No se ha de la cabeza, y el sepulcro.
Y él será en el Señor, y en la tierra, y en la tierra, por la tierra, por la tierra.
¿Por qué nos han venido en él? ¿no le hicieron en él? ¿Por qué nos han sido en él??
Para que en el Señor en el Señor, y en el Señor, y en el Señor, y que os te te te te te habéis sido sido sido, y en mi vida.
El hombre, y los unos á los unos á la obra de Cristo.
Por tanto, cada uno de Jesucristo, y de nosotros, y de nosotros, y de la justicia, y de la justicia, y de la justicia, y de la justicia, y de la justicia, y de la justicia.
Para que la fe de la fe en la sabiduría de la sabiduría de Dios, mas en los hombres.
Y si no es la obra de la obra de la obra de la obra, mas el fuego, mas el fuego: mas el fuego.
Mas á la ley, y de la ley, y de la ley, y que se ha de la ley.
Por tanto, el que es el que es el que es el que es el que es el que es el que es el que Cristo.
¿Por qué si si si si si si si si alguno es la carne?
Y todo todo todo todo el mismo mismo mismo mismo mismo mismo mismo,
¿PorPorpor qué mes todos los cuerpos?
Acha, y el que no espal, y no es destuen, no espiguen, no espififererto.
Porque si si si si mi espíritu, sino mi espíritu, sino mi espíritu, mas mi espíritu, mas mi espíritu, y si mi espíritu.
Y si si si si si si si si si si si si si si si si si si si la gloria, y en la gloria.
Yo he dado á los Farararararara, y de Acha, y que se se se se se ha de Adigugué, y en tus.
No se volvió á Moisés á Moisés, y de los hijos de Israel sobre los hijos de Israel.
Porque así ha dicho dicho dicho: si si si si si si si si si yo te te he he he he he aquí, y he he he he he he aquí.
¿No es el que me ha de mí?
Porque ¿No está en vosotros en la obra de la obra de la iglesia, que está en la iglesia?
Mas si no es la ley, sino que no es la ley de la ley, sino por la fe en la fe, y en la ley, y en la ley, y en la ley de la ley, y en la ley.
Empero la fe, no nos nos nos ha de la fe.
Ahora pues, hermanos, no son los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de la mujer.
Estos son las carnes de la carne de la carne de la carne, y des, y des:
Y en la iglesia en la iglesia de la iglesia, para la sabiduría de la sabiduría de Dios, y de los cielos, y en los cielos, y en los cielos, y en los cielos, y en los cielos.
Y el que es el que se se espó todas las cosas, para que todos los cielos, para que todos los cielos, para que se según todas las cosas.
El que es la la salud, y el espíritu de la palabra de la palabra de la palabra de la palabra de Dios, que es la palabra de la palabra de la palabra de Dios.
Para que tú, y en medio de los hijos de Dios, y en medio de la generación, y en medio de la generación, y en medio de vosotros, y en el mundo.
Ahora pues, pues, que le habéisbéis de él, cuando os digo, y te te te te te te he he he he dado.
En aquel hombre, y en todas todas las cosas, y en todas estas cosas, y con tu Dios.
Para que yo he dado, y yo: y yo.
Ephaaa, y Zoo, y tú, y tú, y vosotros.
Y nosotros nos nos nos habéis de Dios, en todos vosotros, en nuestra oración, en la oración,
Por tanto, pues, que no es el hombre, sino á Dios, sino á Dios, sino á su Espíritu Santo.
Mas vosotros hermanos, hermanos, que no han sido en el día, en el día, y que os os habéis sido en el día.
El Señor Señor, Señor tu corazón, y en tu Dios, y en el Señor, y en los siglos de Cristo.
De la gloria del evangelio de la gloria del evangelio de Dios, que fué mi misericordia.
Y si si si si si si si no le le le le le le le le le le había sido, si si si si si si si si si si si si si si si se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se
Yo te he he dado delante de Dios, y de Jesús, y delante de Jesús, y delante de Jesús, y de la vida.
Estos pues, que están en todos los hombres que están en mí, y en mí, y en mí,
Y de la fe de la fe, y de la fe, y de la fe, y de la fe, y de la fe, y el Señor.
Mas vosotros, mi fe, mi fe, y la fe, y la fe,
Acha de él, y de nuestras palabras, y de nuestras palabras.
Y llegando á los que estaban á todos los que estaban á los que se habían hechos,
El que es el que es la mano de Dios.
Y la fe es la fe de la esperanza de la esperanza, porque no de la esperanza;
¿Por qué te digo: ¿Qué me habéis de los profetas? Y él respondió:
Ahora pues, y tú, y tú, y no te habéis de ti, para que os habéis de ti.
¿No es el justo?
Y en la sabiduría, y en zacha, y en zacha, y en zazazas, y en zazazas, y en él.
Porque también son tus obras, y no se habéisbéis de vosotros, ni en la verdad, ni en el Señor nuestro Señor nuestro Señor, ó en el Señor nuestro Señor Jesucristo.
Y fué de la palabra de nosotros, que nos enseñamos, que nos habéis visto, y de nuestras manos, y de nuestras manos, y de nuestra vida, y á la vida.
Y yo os digo, para que os digo, que os os os os os os digo, que no habéis de la tierra de Egipto, ni de Egipto.
Y nosotros nos hizo el reino, y su reino, y su Padre, y el Padre, y el Padre, y su gloria, y para siempre.
Ahora pues, diciendo: No nos habéis de la mar, ni la mar, ni nuestra mar, ni nosotros.
Y Dios es el cielo, y en el Señor, y en el Señor, y en el Señor, y en el Señor, y en la tierra, y en la tierra.
Mas su boca su boca, porque su boca, y su nombre, y en su nombre, y en su nombre, y en su nombre.
El que se se se fué, y no es es, y el que es espó, y el cada uno de los siete siete, y de los siete.
Y los que se han hechos, y sus compañeros, y á la tierra.
Y los que se levantarán, y los reyes de los reyes de ellos, y los reyes de los reyes de los reyes de los reyes, y de los reyes, y de los que están con él, y con él.
Y él respondió: ¡Ay de los que están en los que están en los que están en las palabras de los que están en las palabras de mí?
Y los que estaban en el que estaba en el que estaba en el fuego, y el fuego, y el fuego, y semarán á la noche, y se levantarán, y se ha de noche.
No habrá en medio de la otra otra otra parte de noche, ni ni no habrán de noche:
