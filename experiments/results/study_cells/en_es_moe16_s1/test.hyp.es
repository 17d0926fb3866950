Y las tinieblas del cielo, y la luz del cielo, y la tierra de la tierra.
Y dijo Dios: De las aguas de las aguas, y las aguas, y las aves del cielo.
Y el tercero de la tercero es el tercero, y el tercero de los ríos.
Y la mujer le dijo: El fruto de los árboles de los árboles de los árboles,
Todos los días de los días de Beth-lehem, y tres años.
Todos los días de los días de los años, y tres años, reinó.
Y envió á la parte de las aguas.
Y Dios le dijo á sus hijos, y á sus hijos, y díjoles:
Y fué de Beth-lehem, y tres años, y engendró á los hijos de Adón, y á los hijos de Sema.
Y tomó á su mujer, y á su hermano, y á su hermano, y todos los cuales había hechos, y á todos los cuales había hechos.
Y cuando los moradores de Egipto, cuando los Egarán, diciendo: No será.
¿ ¿Por qué me me hasta la tierra?
Y dijo David: He aquí, yo he oído, y me he oído, y yo soy el Señor.
Y David dijo á su mujer: No es mi mujer es mi hermana.
Y en el desierto del desierto.
Y llamó Abraham de Abraham: Jehová es el lugar de Beth-lehem.
Y pondré mi cabeza, y á Jehová, y á Jehová, y á mi señor de mi señor, que estaba en su hermano.
Y Jacob Jacob, y á su espíritu, y murió, y siete años, y siete años, y fué de su pueblo.
Y no le dijo á él, por su mano, por sus manos.
Y he aquí, y Jehová, y dijo: Yo Jehová tu Dios de la tierra de la tierra de la tierra de la tierra.
Y vino á su hijo, y un hijo, y parió á Jacob.
Y él respondió: He aquí, y me ha dicho.
Y dijo á Jacob: ¿Qué te te ha dicho Jehová? Y yo me ha dicho: ¿Por qué me he aquí que yo te he mandado.
Y envió á todo lo que había hecho á todo lo de Beth-lehem, y el monte de Beth-lehem de Galaad.
Y fué á Dios de la noche, y en la noche de la noche, y dijo: No te ha dicho.
Y él le dijo: No me ha dicho mi señor, que yo he aquí que yo me ha dicho.
veinte, y dos dos dos dos dos dos dos dos dos dos dos dos, y veinte.
Y envió á mi alma, diciendo: He aquí mi alma.
Ephraim y su casa, y la torre de su tienda.
Y dijo: He aquí que me ha dicho el cordero de ti, y dijo: ¿Por qué?
Y fué la mañana la mañana, y los los hombres, y los hombres.
Porque los dos años fueron en la tierra, y de la tierra, y de las años, y no según la piedra.
Haréis la tierra de la tierra de los hijos de ti, y tus hijos, y tus hijos, y tus hijos, y tus hijos, y tus hijos.
He aquí, y tus ojos, y mi hermano es mi hermano.
Los hijos de Adi, los hijos de Beth-el, y Ah, y Aho.
mis almas, no según su gloria, y no según su gloria, ni su ira.
Y vinieron á la otra parte del Jordán, que es el Jordán, y á la otra vez, y á su padre.
Y le había á los hijos de él:
Y dijo á su pueblo: He aquí los hijos de Israel, y los hijos de Israel.
Entonces el ecó, y tomó á su hijo, y de su hijo, y de su hijo:
Y tomó tomó á su padre á su padre, y tomó á su padre, y á Moisés.
Y Jehová dijo á Moisés: He aquí, y á Aarón, y tus manos de las aguas de Egipto, y en sus ejidos, y en sus ejidos, y á todos sus ejidos, y en su sangres, y todos sus ejidos.
Entonces el arca de Faraón, dijo á Faraón: Este es Dios de Dios.
Y envió á su corazón, y á su corazón, y no había hecho.
Porque si no lo que se ha de ellos, y á ellos.
Entonces Faraón fué en la noche, y á todos sus siervos, y á todos sus siervos, y todos sus siervos.
Y los Egieron de Egipto, y á los pueblos de los pueblos de la tierra, diciendo: Estas.
Y Moisés fué sobre Israel, y de Israel, y el desierto, y en el desierto del desierto.
Y Moisés dijo dijo Moisés: El que está en el sábado.
He aquí, delante de ti, delante de ti, y os os he mandado.
Y mandó á Moisés, y á Moisés, y Moisés, y á Moisés.
Porque el aceite, y el aceite, y el aceite, y el aceite, y el aceite.
Y harás el altar del altar del altar, y el altar, y el altar de la mitad de la mitad.
Y harás el aceite, y sobre Aarón, y el altar de Aarón, y el ephod, y el ephod, y el ephod, y el altar del ephod.
Y toda la mesa, y sus cabezas, y el holocausto, y el altar del altar, y el altar del altar de la
Habla á los hijos de los hijos de Israel, diciendo: Así ha dicho el sábado, que me ha dicho Jehová.
El tabernáculo del tabernáculo del tabernáculo, y sus columnas, y sus columnas, y sus columnas, y sus columnas, y sus basas.
Y le de él, en el Espíritu de Dios,
Y Moisés dijo á Moisés y á Moisés, y á todos los sabios, y á todos los sabios, que había mandado á Jehová.
veinte codos de cuatro codos, y cuatro codos, y cuatro codos de cuatro codos.
Y partieron en las piedras de las piedras de las aguas.
Y puso el tabernáculo del tabernáculo del tabernáculo del tabernáculo del tabernáculo.
sangre de tu sacrificio de tu ofrenda, y la expiación: y todo el Dios de todo el Dios de tu Dios.
Si, y á sus pecados, y con sus pecados, y con su prójimo, y con su prójimo, y en su prójimo, ó en su prójimo, ó.
Y la expiación de la ofrenda de la ofrenda de la ofrenda de la sangre de Jehová.
Y todas las manos de Aarón, y á sus manos, y sus manos, y delante de Jehová.
Y se adieron los escribas, y el sacerdocio.
¡Ay de estas cosas, ó de ti, ni según la egutuyta, y destuytas.
No te harás con vosotros, para que según que según que no según que no te haréis.
Y si le le le le le le lemó, y la expiación, ó de la expiación:
Un macho cabrío, y el macho, y la puerta del tabernáculo del tabernáculo del tabernáculo de Jehová.
No harás tu madre, ni la madre de tu madre, ni tu madre: no es tu madre.
Y con su hija de su hija, y á su hija de su hija de ellos, y á la muerte.
cualquiera de los sacrificios de Jehová, ó á Jehová, ó de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la soberbia de sus ovejas.
Y le acortó en él, y se aduvo.
Y la tierra de la tierra de tu siervo, por tu siervo, por tu siervo, por tu siervo, y tu siervo, y tu siervo.
Si te habéis de ti, ni tu prójimo, ni tu prójimo, ni tu prójimo.
Y si el que el que el campo de la cual será el campo del campo, y el campo del sol.
No será, ni se aficará, ni el mal, ni el mal, y no será.
Y sus contados, y dos mil y dos mil y dos mil.
Los hijos de los hijos de Coath, y sus hijos:
Y los contados de los contados de ellos, conforme á todo el mes de los mes, y dos mil.
Y harás con los vasos de todos los vasos de todos los vasos de ellos, y en el santuario, y con ellos, y cons, y con ellos.
mas no se comerán.
Los contados de ellos, los contados de sus familias, dos padres, dos mil.
No será su madre, ni su madre, ni su madre, ni su hermano, porque su hermano, y su hermano.
Y la cabeza de la cabeza de la cabeza de la cabeza de un año, y un año, y un año, y un año:
ofrendas de la cabeza de la cabeza de la cabeza de dos corderos, y dos corderos, y un año, y el año del año:
Un macho cabrío de expiación:
Y á Beth-lehem y á Beth-lehem, y á los valles, y al desierto, y el camino.
Simieres, y según la ofrenda, y la expiación.
Entonces Moisés, y á Moisés, y á Beth-lehem, y á los ancianos de Israel.
Y los hijos de Israel dijo á Moisés: He aquí, diciendo: ¡Ay.
Porque los hijos de Israel, los hijos de Israel, cada uno de los Levitas, que yo he he mandado á los hijos de Israel.
Y la congregación de los hijos de Israel, y la congregación de la congregación de la congregación de Aho.
Por tanto está en el Aho, en el valle de Jehová: ¡Ay del valle, que está en el valle del valle,
Y tomó todo Israel.
Y tomó sus montes, y dijo: He aquí que me ha dicho el rey de Beth-lehem, y el rey de Israel.
¿ ¿Quién es el el polvo de Jacob, y el cuarto?
Y el tercer día de la tercero, un año, un año, un año:
Y sus sacrificios, y sus sacrificios, conforme á la expiación, y el número de los vasos, y el número de los vasos,
Y mandó Moisés á Moisés á la tribu de la tribu de la tribu de la tribu de los sacerdotes, y á los vasos de los vasos de los vasos de los vasos del santuario.
He aquí los hijos de Israel, los hijos de Israel, á los hijos de Jehová, y en la congregación de la congregación de Jehová.
Y partieron de Beth-lehem, y á Beth-lehem.
ó la piedra de él, y no según hombre, y le ha de él, y él, y no según su señor.
Y la congregación de la congregación de la congregación de la congregación de la congregación de la congregación de la congregación de su sangre, y el sacerdote.
Y no te serás la tierra de la tierra: por la sangre de la tierra.
Y también á mí palabra de ti, y dijo: Si nos hasta hoy delante de nosotros, para que nos hasta la palabra de nosotros.
Entonces yo te he dicho: No me ha dicho.
Y dijo Jehová: No me ha dicho de Israel, ni de la guerra, porque no te he mandado á su tierra.
Y Jehová me ha mandado á mí, y á ti, y á vosotros, que os ha mandado.
Porque Jehová te ha dicho á Jehová, y á tus padres, y á tus padres, y á tus padres, y de la casa de tus padres.
Y Jehová había mandado á tus padres, y á tus padres, y á sus padres, y todos los pueblos.
Por tanto, y en la tierra de Egipto.

mujer, ni la mujer de los hombres, ni la mujer de las mujeres de las mujeres de las mujeres de tus abominaciones.
No tendrán la viña de tu viña, y la viña de la viña de los frutos, y el fruto de la viña de la viña de la viña de la viña de las viñas.
Por tanto, y la puerta de la puerta de la puerta de la puerta de su padre, y la ciudad de la ciudad de la piedra de su casa, y de Israel.
El que está en el que espal, ó en la iglesia de Jehová.
Y Moisés los ancianos de los ancianos de Israel, diciendo:
Mas la palabra de la palabra de tu corazón, y en tu corazón, y en tu corazón.
He aquí he aquí, delante de ti, y la vida.
¿Por qué según la ofrenda de sus sacrificios, y á sus vestidos?
Entonces los dos varones de los dos mil de los ríos, y á él, y á él le había mandado.
Y como el arca de los sacerdotes de Jehová de la tierra de la tierra de la tierra de los sacerdotes, y á los sacerdotes, y á la tierra de los sacerdotes, y á la tierra de los cielos, y á la tierra de la tierra.
Los de los de los treinta y de los de los de los de los hombres.
Por Por Por tanto, y á Jerusalem á Jerusalem, rey de Jerusalem, rey de Beth-lehem, rey de Beth-lehem, rey de Beth-lehem, y á Ahías, y á Apha, y á Aho, y á Aho, y á Aho, y á Aho.
Y habló á Beth--lehem, y á Israel, y á Israel.
Y el rey del rey del rey, el rey del rey:
Y dijo á los que le le le dijo: Aho, y á él.
Haba, y á Beth-lehem, y á Amalec,
Y fué de la parte de la parte de la parte de los de los de los de los de los de los de sus aldeas.
Y el mediodía del mediodía del mediodía de los términos de los términos de Beth-lehem: y el término de las aguas de las aguas.
Y el término de los términos de la parte de los valles de los valles de los valles de los valles de los valles de los valles.
Y habló á Jehová, diciendo:
Mas los campos de la ciudad de la ciudad, y á su hijo de su hijo.
Y fué el Espíritu de él, y sobre Israel, y á Israel, y á la guerra, y á Jehová.
Su mano de su mano, y su mano, y su mano, y la obra de su mano.
Y envió á todos los mensajeros, y á todos los cuales estaban á él, y á él, y á Beth-lehem, y á Beth-lehem.
Y salió á los Fari, y les dijo:
Y fué de Beth-lehem, y á Beth-lehem, y á su hermano.
Y los hijos de Israel había hechos de Israel, que Jehová, y los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses
Y todos los términos de los términos de los Amorrheos del Amorrheos de Beth-lehem, y el desierto.
Entonces el señor de los Filisteos fueron á los príncipes de sus cabezas, y no le había hecho.
Y le tomó á él, y le dijo, y le dijo: He aquí, le dijo: ¡Ay de los Filisteos.
Y cuando los pueblos, le dijeron: Destuy de nuestros enemigos, y á nuestros enemigos, y á nuestros enemigos de nuestros pueblos.
En aquellos días no había en Israel.
Y los hijos de sus hijos de Ephraim, y á él, y á él, y les les había mandado.
Los hijos de los hijos de Gad, y á los hijos de Sema, y á los hijos de Aarón, y á la tribu de los sacerdotes, y á la tribu de los sacerdotes.
Y dijo á su siervo, y dijo á su siervo, y á Jerusalem, y á Jerusalem, y en Jerusalem.
Y todos los siete hombres que estaban en todos los hombres que estaban dos hombres.
Y los hombres de Israel, y de la guerra, y de la guerra, y de los hombres de Israel.
Y harás á sus padres, ni á sus padres, ni á sus hermanos, para que les dicen: Noemos, porque no seremos.
Y fué en su alma, y de Jehová, y á Jehová.
Mas no se levantóse á su marido, ni su marido, y dijo: No es el hijo.
Samuel de Israel.
¿Esmemememememememe, y yo me me hasta que yo me hasta que yo me hasta mi mano?
Y envió á todos los pueblos que estaban con él estaban con él, y á la guerra, y á todos sus espadas.
Y dijo á Saúl: No te he dicho: No te habéis hecho Jehová.
Mas Jehová dijo á su rostro: No de su rostro, ni su rostro.
Entonces los príncipes de los príncipes de los príncipes de los príncipes de David, y á David, y á David: y todo el nombre de David.
Entonces dijo David á David á Saúl á Saúl, y dijo á su padre, y díjole: Noé contra su siervo.
Y fué á Saúl, diciendo:
¿ ¿Por qué te he visto, que te he visto á la casa de mi casa?
Y fué David David David de los hombres, y vino á él, y á él.
Por tanto, y á David, y dijo:
Y tomó David David á la cabeza de la cabeza de la cabeza de Saúl, y le había hecho, y no había hecho; y no había hecho.
Y David dijo á su corazón: He aquí que me ha dicho el día de los Filisteos.
Y fué á los hombres, y á los de Beth-lehem, y á los de los Edi, y á los moradores de los moradores de la tierra.
Vuén su cabeza, y de su cabeza, y á la tierra de los Filisteos, y á los Filisteos, y á todos los Filisteos.
Y envió á Isaac de David, y vino de David, y todo el pueblo de David, y á David.
Y dijo David á David: He aquí, y á toda mi señor, y todo Israel, y á todo lo que te ha dicho.
Y fué David David de David, y á Isaac, y de la cual fué con él, y fué con él.
Las manos de las manos de tus manos de tus pies, y en el hombre de los hijos de los hijos de los hijos de los hijos de ti.
Y vió Jehová David David David de Jehová, diciendo: No, no según las manos de ellos.
Y David fué David á David, cuando cuando cuando hubo de los hombres.
Y después de los hijos de los hijos de Ammón, y reinó en su hijo.
Y fué David David de David, y á la ira de Jehová, y dijo: ¡Ay de los que ha dicho el hombre?
Y David fué á David á David, porque fué á David.
Y como la cabeza de la cabeza de su cabeza, en el año de todo el año, por el año: y el año de su cabeza.
Porque á tu siervo, diciendo: Yo he aquí, diciendo: Yo soy Jehová, diciendo:
Y fué el pueblo de Israel, y los pueblos, y la batalla.
Isaac, y el pueblo de los pueblos, y á la cual fué de Israel.
Y dijo á él: ¿Qué es el que no es el día de ti?
Y el rey dijo al rey: ¿Es? Y el rey, ¿Quién es el rey de mi señor?
Y el pueblo según la ciudad, como el día que está en el día.
Porque tu siervo, he oído que yo he mandado á la casa de la casa de la casa de Egipto.
Y el rey dijo á los días de los días de los días de los días de los días de los días de los días de Jerusalem:
El hijo de Beth-lehem, hijo de Sema, hijo de Ah, hijo de Ah,
Y edificó David á Jehová á Jehová á Jehová, y el altar de Israel, y la tierra.
Y su padre no le había hecho, diciendo: ¿ ¿Por qué me ha hecho?
Y le dijo: Por Dios ha dicho: Por tanto, y no te he he visto, ni tu vida, ni tu vida, ni tu vida.
Aho, y á Aho, y Ah, y á Beth-lehem, y á Beth-lehem:
Y envió á su padre á su siervos á su padre, para que había hecho en el rey de David.
Y el templo de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa.
En el la mitad de la mitad de la mitad de la mitad de la mitad del sol, y el sol.
Y todo el rey de Israel, y todos los que estaban delante de Israel, y y no según el arca, y no según las ovejas.
Y los sacerdotes del arca de Jehová de la casa de la casa de la casa de la casa de la casa del santuario.
Bendito es tu Dios, que Jehová tu Dios, á ti, y á Israel.
Las que según el sol, y el sol, y los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de la tierra.
Y el rey de Salomón fué de oro de oro de oro de oro:
Y te serás á ti, y á ti, y á todos mis caminos, y á ti, y á mi siervo, y á mi siervo, y á mi siervo, y á mi siervo.
Y durmió con sus padres, y fué con sus padres, y reinó en su hijo.
Así ha dicho Jehová:
Por tanto, he aquí yo he aquí, y la casa de Israel, y la casa de Israel.
Y los hombres de la ciudad, dijo: He aquí que es la ciudad de la ciudad de la ciudad de mi señor.
Y en el camino de los reyes de los reyes de los reyes de los reyes de Israel, y fué hechos.
Y fué á Jerusalem en Jerusalem, que estaba en el rey de Ephraim, cuando él había dicho de Beth-lehem rey de Joacim rey de Judá.
Y tomó el rey, y á los Amorrheos, y á los Amorrheos, y á todos los reyes de la puerta de Jehová.
En el año año del año de Judá, hijo de Judá, rey de Judá, hijo de Israel, hijo de Israel.
Y fueron á sus estatutos y á sus estatutos, y con sus padres, y á sus padres, y á sus padres, y les había mandado.
Y á los Epha, y á Beth-el, y á Beth-el, y á los hijos de Apha.
Y como vino á Beth-lehem de Beth-lehem, diciendo: He aquí que te ha dicho.
Así ha dicho Jehová nuestro Dios, que nos ha dicho Jehová nuestro Dios de su reino, para que está en el reino de la tierra de Jehová.
Y dijo á Jehová: No de Jehová.
Y no había hecho en Jehová de los ojos de los ojos de los ojos de Jehová, de los hijos de Israel.
Mas no de los malos, y á los malos, y á los que es de las gentes.
Y comenzó á reinar á reinar, y reinó en Jerusalem, y reinó en Jerusalem.
Y la casa de Jehová, y á todos los hombres de Judá, y á todos los moradores de Judá, y á todos los sacerdotes, y todos los sacerdotes, y á todos los sacerdotes, y á todos los sacerdotes.
Los hijos de Beth-lehem, y á Beth-lehem, y Aho, y Aho, y Aho, y Ah, y Aho.
Los hijos de Sema, Seph, y Sepha, y Sepha, y Japh, y tres.
Los hijos de Ziph, hijo de Sema, hijo de Ah, y Ah, y Ah, hijo de Aho.
Y partieron á la tierra, y á la tierra, y de los que estaban delante de los que estaban delante de guerra.
Porque á los hermanos de sus hermanos, y de sus hermanos, y fué de José.
El hijo de Sema, hijo de Sema, hijo de Seph, hijo de Seph, hijo de Seph,
Y de los hijos de Merari, conforme á sus familias, conforme á las familias de la tribu de Ephraim, y de la tribu de Israel.
ejidos con sus ejidos, y sus ejidos, y sus ejidos.
Pas, y de los hijos, y á los hijos de los hijos de Aho, y á los hijos de Aho.
Los hijos de los hijos, los hijos de Adi, los nombres, los hijos de Seph, y Ahías, y á los hijos de Ahías.
Y envió David David á todo Israel á Israel, que es el arca de Judá, que está en el arca de Judá.
Y partieron á David á David á David, y á David, y dijo: Y dijo David mi Dios.
Entonces David el rey de David, y dijo á Jehová, y dijo: ¿Qué es mi casa?
Y el hijo de Ahima, y á los sacerdotes, hijo de los escribas:
Y los hijos de los hijos de los hijos de Benjamín, y en la puerta de los reyes de los reyes de los reyes de los reyes de los reyes.
Los hijos de Zichês:
Y fueron los de los des, y de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los hijos de Israel.
Y todos los hijos de los hijos de los hijos de Sentas, y á los hijos de Dios.
Porque á los dos hijos de sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos.
Y fué el hijo de Saúl, el hijo de Saúl, y Saúl, y el rey de Saúl.
¡Ay de Jehová, oh Jehová, y la gloria de la gloria, y el reino, y el reino, y en el reino de la tierra.
Y dos dos dos dos dos columnas, los dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos columnas.
Y mi Dios, y mi Dios, y á ti, y tus ojos.
Y fué á todo el rey de su hijo de su hijo, que le había hecho, que había mandado.
Y cuando Jehová le había mandado á Jehová, y le había hecho de él: y no había hecho.
Y les les les les dijo á Jehová, y la tarde, y el pan, y el pan, y el pan, y á la ofrenda de la tarde, y á la tarde.
Mas Jeroboam Jeroboam á Jeroboam, y de Judá, se habían hecho delante de Judá, y fueron delante de Judá.
Entonces los hombres de Judá, y de Judá, y de Judá, y á todo Israel, y á todo Israel.
Mas no había hechos: porque el Dios de la mano de los dioses de los dioses de sus enemigos.
Y los hombres de los hombres, y los príncipes de los príncipes de los príncipes.
Por cuanto me hasta de mí, y á mí, y á los dioses de los dioses de todas las manos de todas las manos de todas las manos de mi furor.
Y fué de veinte años, comenzó á reinar cuarenta años, y reinó en Jerusalem.
Los hijos de Beth-lehem:
Entonces sus hijos, y sus hijos, y sus hermanos, y á los hijos de Judá, y á los hijos de Judá, y á los hijos de los hijos de los hijos de los hijos de Judá, y á los hijos de los hijos de los hijos de Judá, y á los hijos de los hijos de los hijos de Judá, y á los hijos de los hijos de los hijos de los hijos de los hijos de Judá.
si es el rey de la ciudad, y la ciudad, y la ciudad, y no se affican.
Y fué á la casa de la casa de Judá, á la casa de Judá, que está en el Dios de Dios, y en el muro, y en el muro.
Los hijos de Israel, y los Levitas, y los hijos de los hijos de los hijos de la casa de Dios.
Y fué á el mes en el mes, y el año del año.
Y de los hijos de Saúl, hijo de Ahías, y á los dos;
Hay de los hijos de Sema, hijo de Ahías, y á él:
Y á la plata, y de oro, y la sangre de la casa de la casa de Israel, y á todo el rey de Israel.
Y vino á Jerusalem, y á Jerusalem.
El hijo de Adi, hijo de Adi, y el hijo de Beth-lehem de Beth-lehem, y la puerta de la puerta.
Y después de él, hijo de Sema, hijo de Sema, hijo de la puerta de la puerta de la casa de Aho.
Mas cuando cuando el muro de la pared, que estaba en el muro, y en la cárcel, y en los Judíos, y en los Judíos.
Los hijos de los hijos de Sus, dos mil.
Y los hijos de los hijos de los hijos de los hijos de Adi, los hijos de Adi, los hijos de Adi, los hijos de Adi, los hijos de Aho, los hijos de Aho.
Los hijos de los hijos de los hijos de Adi, y á los hijos de los hijos de Adi,
Y ellos, y destieron á tus hermanos, que no se se acostaron, y de ellos.
Y los sacerdotes de los sacerdotes, hijo de Ahías hijo de Sepha,
Ahora pues, el sacerdote, el sacerdote, que estaba en el sacerdote de la casa de nuestro Dios.
En aquellos días de los Judíos que estaban á los Judíos que habían habían hechos de Moab, y de Moab.
Pas á todos los que estaban en el rey de todos los príncipes, y á todos los los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos los los Judíos, y á todos los Judíos, y á todos los los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á
Y les les les dijo:
Entonces fué el día de aquel día, y el día de corazón, y le dijo:
¡Ay de mis ojos, y mis ojos, y en todos mis ojos.
¡Ay de mí, y á mí, y á mí.
Por tanto son los malos de los malos, y de nuestros días.
Yo soy Dios.
Simemememe, y á mí, y yo me ha de mi cabeza, y mi cabeza.
He aquí yo, como como como como como como un hombre, y la mujer.
¿ ¿Por qué te has de tus palabras?
¡Ay de mí mis hermanos, y de mí.
Por tanto, sons.
Y el sol, y el sol, y las aguas.
Yo te he visto, y no me hasta, y no me ha dicho.
si mi mano mi mano sobre mi mano, y á la puerta de mi padre.
si sus frutos, ni sus frutos, ni sus frutos, y sus vestidos, y su vida.
Y á la verdad, y de sus oídos, y en sus oídos.
No de noche, cuando los pueblos, cuando los pueblos.
Mas no es la justicia de ti, y no te ha hecho.
He aquí es su Dios.
En el tiempo de los malos de las nubes de las nubes de las nubes, y de su resan.
Y con sus manos, y con sus manos, y á las manos.
Y el padre y el padre, y el padre de la tierra de la tierra.
Al Músico principal: Salmo de David, oh Jehová: ¿y tú?
Los ríos, y será des, y des.
Y le será.
Y mi boca, y mis ojos.
Y yo soy Jehová de Jehová, que yo soy Jehová, para que yo en todos los días de Jehová, y todos los días de todos los días de Jehová.
Que me has hasta mientras, y me hasta de mí.
Jehová.
Los impíos, y los malos, y á los pobres, y á los pobres, y á los pobres:
No me ha de tu misericordia, y de tu misericordia, y de tu misericordia.
¿Por qué me has de mi alma?
Y sus manos de sus manos.
Al Músico principal: He aquí, y á la ley de David, y á David, y de David, que me ha dicho:
Y les les darán á la espada de la espada.
He aquí yo te haréis de los sacrificios de la ofrenda de la ofrenda de la (Selah.
Por la congregación de la congregación, y tu Dios, y tu Dios.
Al Músico principal: Salmo de David.
Y todos los que con todos los que hablan á ti, y á los que dicen.
mis bocas de tu boca, y con tu boca.
Y el fruto de la tierra de la tierra, y la tierra, y el fruto del Líbano.
¡Ay de Dios, oh Dios.
Mas yo he aquí que yo soy, y á los cielos.
Mas ellos, les les había mandado á él, y á los cielos.
Y también las gentes delante de todas las gentes, todos los pueblos, y en la tribu de Israel.
Y nos ha dicho Dios de los ejércitos.
Y te he dicho, y te he dicho, y te ha dicho el lugar de ti.
Salmo de Dios.
Porque Jehová es Dios.
nosotros del Señor nuestro nuestro Señor nuestro Señor nuestro Dios.
¡Ay de los malos de la tierra.
Por tanto, que les les había hecho en el desierto, en el desierto,
Para que según la simiente de las gentes, y en la tierra.
Entonces les les enseñaron á Jehová, y de ellos.
mis enemigos.
Los son las obras de Jehová, todos los que todos los que habitan.
Y el Jordán, y el Jordán.
Y yo te daré á los sacrificios de Jehová, y de Jehová.
Yo he aquí mi mano, y tus enemigos, y me me me he aquí, tus estatutos.
mis carne de tu carne, y tu justicia.
Yo soy el corazón de Aho, y á mí, mas me hasta mi corazón.
Yo soy Jehová.
El Hijo de David.
Porque Jehová.

¡Ay de mí, oh Jehová, oh Jehová: no me me me me ha de mí.
Y cualquiera.
He aquí, y á Jehová, y á Jehová, y les había mandado.
Por tanto, en los hombres de los hombres, y el camino de los justos.
El que está en su prójimo.
Bendito es el hombre, que me es el hombre, y me ha de mis puertas.
En la multitud de las palabras de las palabras de la multitud de los sabios:
No es la multitud de los sabios, sino en la multitud de la multitud de la multitud de los sabios.
El que según su alma.
El rey es el rey de la ira de la ira del león, mas el león.
Haña, y el eces, y el mal, y el que el que será.
No es el mal, sino que no no hay.
El que es de la lengua de la lengua de la lengua de los que es.
ni la piedra de la piedra de la piedra.
Y los cielos, y los cielos, y la tierra de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes.
¡Ay de los pobres de los pobres de los pobres.
El que es el que es el que está en el que está en el que Jehová.
Yo soy mi corazón á mi corazón á mi corazón á mi corazón, y á mí, y á mí, y de los cielos, y á todos los cielos.
Yo soy Dios, y el Dios, y el que no lo malo, ni lo malo, ni lo malo, ni lo malo, y el Dios.
¡Ay de los malos de los malos, porque el mal.
He aquí que todos los que todos los que estaban en el sol, los que estaban en el otro:
Y yo soy mi corazón, y á mi corazón, y al corazón, y el corazón de las cosas de las cosas de las cosas de las cosas de las cosas que es.
mi amado, y la boca, ó de la parer, y en el viento: he aquí.
¡Ay de los pobres de los labios, y tu boca.
La boca es la boca de la boca de la boca de mi boca, para que está en mi boca, y de los que están de los que están.
Yo te serás.
En el día de aquel día, diciendo: No me ha dicho el día, ni en mi casa.
Y cada uno de las mujeres del hombre, diciendo: Noemos, y nosremos, y nos nos ha hechos.
Jehová de Judá, y sobre tu pueblo, y sobre tu padre, y no hasta la casa de Judá, y de Judá.
Porque todos los tesoros de la guerra, y en la guerra, y la sangre de la sangre, y la sangre, y el fuego.
No será en el temor de Jehová.
¡Ay de los pueblos de los pueblos de los pueblos, y de las aguas de las aguas de las gentes.
Por tanto, y de la tierra de los ejércitos, y á los ejércitos: porque Jehová ha de los ejércitos.
Jehová, y á Egipto, y á Egipto, y á Jehová, y á Jehová.
Y tomó el día de Judá, y la casa de Judá, y en el día de la casa de la casa de la casa de la casa de la casa de la casa.
Por tanto, y la ciudad de los pueblos.
¡Ay de la soberbia de la soberbia de la soberbia de Ephraim, y de la cabeza de su cabeza, y de los que está en el valle de los que está en el valle de los que está en el valle de la cabezas.
Por tanto, les dijo: Por tanto, y de la muerte, y de la muerte, y de la cárcel.
Porque no te ha de ti: y te te te te te hasta la verdad.
Y como el día del día, y el día, no es mi mano de mi mano, y yo.
¡Ay de los que dicen: ¡Ay de los que están en las tinieblas: ¡ ¡ ¡Ay.
Y con los cielos con los cielos.
Mas Jehová le había mandado.
No serás de la tierra, ni la tierra de tus término de tus término: mas tus puertas.
he aquí yo en Jerusalem, y en Jerusalem, y en el pueblo de la voz de la voz de la voz de la voz de la voz de su voz.
Por tanto, he aquí Jehová, y con sus ejidos, y de su ira, y de su ira, y á su furor, y su ira.
Por tanto, y los cielos, y á los cielos, dice Jehová, dice el nombre de tu nombre.
Y harás con tus manos de tus manos de tu cabeza: porque Jehová te será.
No se dice el corazón de su corazón, y á Jehová nuestro Dios:
Y tenemos su mano.
Y su prójimo, y su prójimo, y su hermano, y no según toda la hermano.
¡Ay de ellos, y de ellos, y las bestias, y las tinieblas.
Entonces fué á mí palabra de Jehová, diciendo:
Hay á Jehová tu Dios, y delante de tu Dios, y delante de tus pies, y las tinieblas, y la muerte, y la muerte.
Por tanto, y á tu rostro será tu rostro.
Y dirás á la palabra de mi palabra de mi palabra, y de mi hijo, y no según mi pueblo, y el día de mi pueblo.
Y fué á mí palabra de Jehová, diciendo:
Por tanto, y los hijos de los hijos de los hijos de los hijos de sus mujeres, y sus mujeres, y sus mujeres.
Este es á este lugar, dice Jehová, dice Jehová, dice el lugar de los moradores de los moradores de Beth-lehem.
He aquí yo he aquí, y á los profetas.
Y Jehová me ha dicho de los dos, y de los vasos de los dos príncipes de Babilonia, y de Babilonia, rey de Babilonia, y de Judá, y á los príncipes de Judá.
He aquí con los que con las gentes, y á los pueblos, y á la tierra de las gentes, y á todo el reino de las gentes, y á todos sus gentes,
Por Por tanto, he aquí los días de los días, dice Jehová, y á los pueblos de Israel, y á la tierra de Judá.
He aquí he aquí, y de la tierra de la tierra, y de la tierra de la tierra de la tierra, y el niño, y á la mujer, y con su mujer.
Así ha dicho Jehová: Así ha dicho el pacto de mi pacto, y el día de la noche, y el día de su día, y el día.
Que se tornará delante de Jehová, y á Jehová, y de su ira, y de Jehová.
Y el rey estaba en la casa de la casa de los mes, y en el mes, y en fuego.
Y la ciudad de los Caldeos, y á la ciudad de la ciudad, y será.
Y el palabra de los Judíos, á los Judíos que habitaron en Egipto, que habitaron en Egipto, y á Beth-lehem, y á Beth-lehem, y á Beth-lehem, y á Beth-lehem.
Y los de los de los de los de los de los de los de sus padres, y de sus padres, por sus padres, por sus padres, por sus padres:
Hay á Moab, y á sus ciudades, y se se según sus ciudades.
Porque así ha dicho Jehová: He aquí Jehová, y sobre su boca.
Y es el corazón, y es la fortaleza de los hombres.
Y será el pueblo de Moab, porque Jehová, porque Jehová.
Porque tu corazón, oh corazón de tu corazón de tu corazón, que te ha dicho el corazón de la peña de la peña de la peña de la peña de Jehová.
He aquí en el fuego de la puerta de la puerta de Beth-lehem, y de Beth-lehem.
¡Ay de las gentes, y las gentes, y de las gentes, y de las gentes, y des, y no espal.
Y si es el afecó, y el león: y las ovejas de los huesos de Babilonia.
Porque el sol, y sobre su mano, y de Babilonia, y de los hombres.
Y en el año del año de la reina de Jerusalem, y de Jerusalem.
Y me me me ha hecho en mí, como los que me hasta los muertos.
Porque Jehová es á los que le había hechos á los que le había hecho.
¡Ay de mi cabeza.
Y harás en el furor, y los cielos de los cielos.
Porque el monte de Sión.
Y fué de cuatro rostros, y cuatro cuatro mil.
Y los pies de los pies de los pies de sus pies, y de sus pies, y des.
Y díjome: Hijo de mi casa, y á la casa de Israel, y á Israel.
ececes, y la puerta de metal, y la ciudad de la ciudad de la ciudad, y hastata la casa de Israel.
Porque á los años de los años de los años de sus días, y siete días, y siete días.
Por tanto, así ha dicho el Señor Jehová: Así ha dicho el Señor, y he aquí, y he aquí yo soy Jehová.
Hijo de los hombres de los hombres, y sus ídolos, y sus ídolos, y á sus ídolos, y en su rostros.
Para que tu lugar, en el lugar de tu cabeza, y en el camino de tus mujeres, y en el lugar de todas las mujeres.
Y con su ejército, y á su ejército, y no se levantaron.
Porque el pecado de la ira, y el pacto, y he aquí su mano, y no había hecho.
no no no no según el monte del monte, sino el monte de su mujer, y su prójimo, y su mujer.
¿Por qué os dirás: ¿Por qué es la ley de la ley de la ley?
Y mis sábados.
Y yo les dijo: ¿Qué es el lugar de mí?
Y serás á ellos, y á los que según sus ojos.
He aquí, y será des, y destarán, y el trono de tu Padre, y te ha dicho Jehová.
Y puso en la mesa, y en la mesa, y con mi mesa delante de mi boca, y mi aceite.
Y yo le dijo: He aquí en ella, y he aquí, y de ellos.
Así ha dicho el Señor Jehová: Por cuanto ha dicho el Señor Jehová, y de los Filisteos.
Por tanto, yo te con los que los que los que habitan en la tierra de los pueblos, y en la tierra de la tierra de la tierra de los que está en la tierra.
Los hombres de los valientes, y á los sabios, y á los sabios de los sabios de los sabios de los que mes.
Y meró á Beth-ces, y á la guerra, y de la guerra, y destutuvo.
Yo soy Jehová, que yo soy Jehová, cuando Jehová, y en ella, y todos los pueblos.
Heré á los montes de los montes, y de tus valle.
Los de los de los profetas, y á los que estaban con él, y los que se han des.
Así ha dicho el hijo de los hijos de los hijos de tu pueblo: No será el día de su justicia.
Y yo me ha mandado, y me ha dicho, y á los pies, y á sus pies, y en su ejército, y en su ejército.
Así ha dicho dicho el Señor Jehová: He aquí, y el Señor Jehová es la mano de Israel, y la mano de su mano.
Y los que según la tierra de la tierra, y la tierra, y según el hombre destuvo.
Y los atrios de los atrios de los atrios.
Porque el príncipe del príncipe, y el príncipe, y el príncipe de Jehová.
¡Ay de ti, y á la tribu de la tribu de Israel.
Entonces dijo el rey á el rey: ¡Ay.
Por Por tanto, Jehová ha dicho sobre nosotros, y nos ha dicho Jehová nuestro Dios:
Y el mandamiento de tu mandamiento de tu mandamiento, y os he dicho, y os digo, y os digo: Por tanto.
Y he aquí en los hijos de los hijos de los hijos de los hijos de mi boca, y he he aquí, y me ha dicho:
El rey será sobre Beth-lehem, y á su grande, y á su grande.
Y la otra parte del vino, y el vino, y el vino, y el vino.
Y ellos se tornarán á Jehová, y el león, como el león de los hijos de los hijos.
fué palabra de Jehová á Jehová, hijo de Sema, hijo de Achâ.
Y la expiación de los vasos de los sacerdotes, y la casa de Jehová.
Heré sus sangres, y sus sangres, ni en Sión, y en Sión.
Jehová de Jacob.
En el día de la parte de la parte del día, y el día, y en el día, y en Jerusalem.
¡Ay de ti, oh pueblo de todos los pueblos, y á todo lo que está en el Señor Jehová.
Por tanto, he venido á ti, á ti: porque te he mandado.
¿ ¿Quién es su ira? ¿cómo el furor de su ira?
He aquí yo soy Jehová de los ejércitos, dice Jehová, y á los ejércitos, y á la tierra de los ejércitos, y la tierra de tu espada.
Y el ecó á la mar, y la guerra, y la multitud de la guerra, y de la guerra, y de las gentes.
Entonces el ángel de mí, y me dijo: ¿No me ha dicho mi señor?
Por tanto, oh Jehová, oh Jehová, oh Jehová, y hijos de Jacob.
Por tanto, no os digo, ni la vida de tu vida: porque te ha dicho el cuerpo de ti, ni la vida.
Y os digo que no había hecho en su gloria.
Y he aquí á la ciudad de la ciudad, le había mandado.
Mas los Farari, dijo: Estas de los príncipes de los príncipes de los de los de la cárcel.
Y dijo: He aquí, y el al al al al al al al al alta.
Mas yo os digo, y digo, y dijo: No lo que lo que le había hecho.
Y hubo, y se volvieron á él, y le había hecho.
Y después de la mujer le dijo:
Y el varón de tu padre, y la tierra es el Padre.
Y les dijo: De los días de nuestros días de nuestros padres, de nuestros padres, por la sangre de los profetas de los profetas de los profetas de los profetas de los profetas.
He aquí, te he dicho delante de ti.
Y les les dijo: No te digo, diciendo: De cierto os digo, porque no me ha dicho.
Y le le dijeron: He aquí, que me ha dicho.
Y se juntaron á él, y á él, y le dijo: ¿Qué es el Señor?
Y cuando fué de la ecó á el monte del monte de Beth-lehem.
Y fué á la mujer, y fué de la mujer, y fué con él.
Y salió al monte, y el monte, y á los que le había mandado.
Si es la casa.
Y tomó su madre, y á sus hermanos, y á él, y le dijo:
Y les dijo: ¿Qué es mi madre?
Y fué en el monte de la piedra de la grande.
Y le dijo á él, y le le le le le le había hecho.
Y fué de la parte del término de la parte de Galilea, y de Galilea, y de Galilea.
Y salió á todos los pueblos, cuando él, y con él, y le había hecho.
Y viendo Jesús, cuando Jesús, cuando el espíritu de él, diciendo: He aquí.
Y envió á los hijos hijos de Sema, diciendo: ¿Por qué nos haremos?
Y fué de su parido, y á su ecó á Jesús, y á Jesús.
Y cada uno, y de él, y de él, y le dijo: He aquí.
Y en el ángel de los mes, el mes fué de Galilea.
Y le dijo dijo: He aquí, y es la mesa.
Jesús del Espíritu del cielo, y el Espíritu del Jordán, y el desierto.
Y fué á los de los de ellos, diciendo:
Y cuando se juntaron á la tierra, y les había mandado.
Mas convió con el sol, y el desierto.
Y después de estas cosas, y á los Judíos, y le dijo: He aquí que me dijo: He aquí, y me ha dicho.
Y Jesús, les fué con ellos.
tomaron todos.
Y fué en su gloria, y á su gloria, y en Jerusalem.
Por tanto, le dijo: ¡Ay del Señor: ¡Ay de los Fuces?
Y como la casa de la casa de la casa de la casa de la puerta de la puerta, y á la puerta del Señor, y la puerta del Señor, diciendo:
Yo soy que yo, cuando yo soy, cuando yo, que yo soy de la casa de mí.
¿ ¿Por qué?
Y le dijo: ¿Qué?
Y viendo la ciudad, y vino á la ciudad de la ciudad.
Y le dijo: ¿Por qué nos ha dicho el hombre que es el varón de nosotros, y su hermano?
Mas todas las cosas de todas las manos de las manos de ti, y á ti, y á ti, y á los reyes de los reyes de los reyes de los reyes de los reyes de mis reyes.
Y los príncipes de los príncipes de los escribas de los escribas:
Y fué de sus discípulos, y á sus discípulos, diciendo:
Y cuando el lugar que es el lugar que es el lugar de él, y le había en el otro.
Y fué el día de Galilea, y vino á Galilea, y Galilea, y dijo: Y él dijo: Y él me dijo:
Y él le dijo: ¿Es? Y él dijo: ¿Por qué le dijo: ¿Por qué?
Jesús, con sus discípulos, con sus discípulos, y á los discípulos, y á los discípulos.
Y el viento, y el viento, y á su voz, y no es la cual es el Espíritu: y el Espíritu que está en el Espíritu.
Por Por tanto, y á los discípulos de los discípulos de los Judíos.
Y Jesús le dijo: ¿ ¿Qué es el Dios de Dios?
Mas ellos les dijo: No te ha dicho: No te ha hecho.
Y el hombre, y á los Judíos, y le había hecho.
Y cuando el día de Jesús, y á sus discípulos, ni sus discípulos, y á sus discípulos.
No me me me me ha dicho el Padre, que me ha dicho el Padre.
Mas el medio de la puerta de la puerta del templo.
Respondió Jesús, y les dijo: ¿Por qué no te ha hecho.
Y he aquí, y le dicen, y le dice: ¿Por qué es el que es el Cristo?
Y Jesús, les dijo: De cierto os digo, que es el que está escrito.
Y tu padre fué á mi padre.
Y dijo á estas cosas, y les dijo: He aquí que que que yo he aquí que yo soy.
Y cuando él le había oído, y dijo: He aquí.
Y es el juicio del juicio.
Y fué de sus discípulos, diciendo:
El que me ha de mí, no me ha de mí.
Y yo yo he visto de ellos, y no no se les les les les les les les les he visto.
Mas esta palabra de la palabra de la ley que me había hecho en mí.
Y le dijo: He aquí, no se ha hechos, y le ha hecho.
Y fué á los discípulos de sus discípulos.
Por cuanto no te harás mi alma, ni mi alma, ni tu alma.
Y habló Dios en su simiente: y á su simiente, y según la tierra de la tierra.
Mas á la ciudad, y á la ciudad, y te ha dicho.
Y no se adieron á muerte, les dijo:
Y viendo los ancianos de ellos, y á la iglesia, y á la iglesia, y á los que estaban en el Señor.
Mas nosotros somos hechos de la gracia de la gracia de los Gentiles, y son.
Y les dijo á todos los de él, y todos los que estaban en su casa.
Y los príncipes de la ciudad de la ciudad de la ciudad.
Ahora pues de las mujeres de las mujeres de las mujeres de las mujeres de los hombres, y no.
Mas con los hombres, y con él, y con él, y con él, y á la mujer.
Y cuando les les les les les les les les le había hecho.
Y le dijo á los Farari, cuando en la sinagoga, y á él, y le de él.
En todo lo que yo te habéis hechos á ti, que os habéis hecho á los Gentiles, y al Señor:
Todos los pueblos, y la ciudad, y le dijo: y le había mandado.
Y Pablo, le dijo á la pareta, y dijo: Estas á la cual le dijo á la pascua á la cual le dijo:
Por tanto, que es el Dios es el Dios de la cual es el día de los profetas, diciendo:
Por tanto, no según el sol, ni el sol, y en el mediodía, y en el mediodía, y de mí, y á mí.
Vuén todos los malos.
Por tanto, cuando los siervos de los siervos de ti.
Por tanto, hermanos, hermanos, y los muertos de la ley de la ley de la ley de los muertos, para que según el fruto de Dios.
Porque no lo que yo soy, sino que yo soy, sino que yo, sino que yo soy.
Mas si no lo que yo soy, sino que yo, sino que yo soy, sino que yo soy.
Y él le dijo: He aquí, y el sol será.
Porque la obra de la obra de la justicia, y en la justicia.
¿ ¿Por qué les les les dice: ¿y qué no se han hecho?
Para que en el Señor en el Señor en el Señor, y el camino de su camino, y en su camino, y de ti.
Hijo de Cristo.
Por tanto de Dios de nosotros, que nos ha hecho en Cristo Jesús, y de Dios, y de Dios.
fe de tu fe, sino en la fe de los hombres.
Y si es el hombre del hombre, y el hombre, y el hombre, mas el fuego.
Mas á la ley, y á la ley, y á la ley.
El que es tu hermano, que es el que es el que el que es el que es la hermano.
¿ ¿Por qué escáis?
Y también todos los hombres, y todos los muertos.
¿ ¿Por qué me me me ha de mí?
Las es espal, y no es.
Porque si el espíritu en mi espíritu, mas mi espíritu es mi espíritu.
El es la gloria de la gloria.
Y he aquí que en los de los de los de Aho, y á Aho, y la cual estaba en tus vestidos.
No según Moisés, y á su rostro sobre su rostro.
Porque ha dicho dicho dicho: He aquí, y os os he aquí que yo te ha dicho el día de ti.
Y es mí palabra de mí, á mí, para que me hasta el servicio de los santos.
¿ ¿Por qué estáisisisisisis en las iglesias?
Para que no es la ley es la ley de la ley de la ley de Cristo Jesús, sino en Cristo Jesús, y en Cristo, y en Cristo.
Mas ahora, que no sabemos, y no hay.
Ahora pues, hermanos, hijos de los hijos de los hijos de los hijos de la mujer de la mujer.
Y la carne de la carne de la carne de la carne, que son.
Y en la iglesia de la iglesia de la iglesia de la iglesia de Dios, y el Dios de los cielos.
El que es el que es el que el que el que el que había hecho.
La palabra de los tesoros de los cielos, y la palabra de la palabra de Dios.
Para que según los hijos de los hijos de Dios, y en medio de los hijos de ti, y en el mundo:
Por tanto, que le le le le ha dicho el mal, cuando lo que os habéis hecho, y que yo.
En todo lo malo, sino en todos, y á la oración, y de tu salud.
Que yo soy que yo, como á él.
Hay á los sabios, y á la boca, y á ti.
Que nos haremos á todos los hombres de todos los hombres, en ti,
Por Por tanto, que no es el que es el hombre, sino á Dios.
Mas vosotros sois hermanos, hermanos, que está en el día de las tinieblas.
En el Señor el Señor tu corazón de tu corazón.
conforme á la gloria de la gloria de la gloria de la gloria de Dios.
Y si se afecó á los malos, si, si según los hijos de la obra.
Y os digo que os os digo, y á todo el Dios, y delante de Jesús, y delante de Jesús.
Y os os os digo que me ha hechos en mí, de mí, y de los cuales son.
Y de ti, sino de ti, mas la justicia, y á los que está en la justicia.
Mas vosotros, he oídos, y mi fe, y la fe,
Y él de él, y destó á nuestros palabras.
Y fué á todos.
Mejor es el temor de las manos de Dios.
Por la fe es la fe de las cosas de las cosas de las cosas.
Porque ¿Por qué me ha de mí?
Mas no os digo, y no os digo, porque hasta que te habéis oído.
Y si es el justo es el justo, y el justo, y el justo.
Y en el juicio, y el juicio, y el adifificas, y en la verdad.
Porque si es tus cosas, y tus cosas, y no según la verdad.
Y fué de la gracia de la fe, que la cual nos nos hemos oído, que nos ha visto á nuestros ojos.
Ahora pues, os digo, que os digo, para que te conocen la tierra de la tierra de la tierra de la tierra de la tierra.
Y mandó á los sacerdotes, y á los sacerdotes, y á Dios, y el Padre.
Y les dijo: No la tierra de la tierra, ni la tierra de la mar, y el Dios de nuestro Dios.
Hijo de Dios es el templo de Dios, y el cielo, y el arca de su pacto, y en su templo.
Y fué su boca, y á su boca, y su nombre, y á los cielos, y á los cielos.
Y el sol, y el sol, y es el que es, y siete veces.
Y los afican, y á la verdad.
Y los moradores de la guerra, y á la guerra, y á los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes.
Y dijo: De mí me ha dicho á los que están en los que están en el que están en el Dios.
Y el que se fué destado, y el fuego del fuego, y el fuego de los malos.
No será en el día de noche, y no según el día de noche.
