Y la luz de la luz, y la tierra de la tierra de la tierra de la tierra.
Y dijo Dios: De las aguas de las aguas, y la tierra de la tierra.
El nombre de los ríos de los ríos, la cual es la cual está en el cuarto.
Y la mujer dijo á la mujer, y el fruto de la parte de la mar,
todos los días de los días de los días de los días, y dos años.
todos los días de los días de los días, y dos años.
Y tomó á la tierra, y fué de la tierra.
Y dijo Dios, y á sus hijos, y dijo á sus hijos, y dijo: Hay á la tierra.
Y de los hijos de Nephtalí, y dos años, y á la familia de los hijos de los hijos de los hijos.
Y tomó la mujer de su mujer, y á su hermano, y á todos los que habían hechos, y á la tierra.
Y cuando cuando los Egieres, cuando te dirás:
¿Por qué no te te te te te te te he he he he he he he he oído?
Y respondió David: He aquí yo he oído, y yo soy el Señor, y yo soy el Señor.
Y David dijo á su mujer, y dijo: He aquí mi mujer.
Y en el desierto de la mujer de la mujer de su mujer.
Y David dijo á la lugar de Jehová, y dijo: Jehová es la cual es el día.
Y he oído mi cabeza, y á Jehová, y el Dios de mi señor, y el que me ha dicho:
Y David murió su espíritu, y murió, y murió, y un hombre, y fué de su pueblo.
Y no le había dejó, porque no le había de su hermano, por mano.
Y he aquí, y dijo Jehová, y dijo: He aquí la tierra de la tierra de la tierra de la tierra.
Y tomó á Rachêl, y parió á un hijo, y parió á Jacob.
Y él me dijo: He aquí, y me ha dicho.
Y dijo Samsón: ¿Qué te te te te te te te te ha dicho?
Y tomó á todo lo que estaba á todos los ríos, y fué á los ríos.
Y fué á Dios de la noche, y á la noche, y dijo á la noche, y le dijo: El que no es.
Y dijo á su padre: No he he aquí mi señor, que yo yo he he hallado delante de ti.
siete siete siete siete siete siete siete siete siete siete siete siete siete siete, y dos veinte, y veinte.
Y habló á ellos, diciendo: He aquí, hijo de mi hijo de tu hijo, por mujer.
Y fué de Israel, y la puerta de la parte de la parte de la parte del campo.
Y dijo: He aquí que yo te ha dicho: ¿Qué te ha dicho?
Y fué la mañana, y la mañana, y los hombres, y los hombres.
Porque los dos años, y la tierra, y la tierra, y no hay en la tierra.
arás en la tierra de la tierra de la tierra, y en tus hijos, y tus hijos, y tus hijos, y tus hijos.
He aquí tus ojos, y los ojos de mi hermano, y mi boca.
Los hijos de Beel, los hijos de Sepha, y á Apha, y Apha.
Y mi alma, no según su gloria, y no según su gloria.
Y vino á la puerta de la parte del Jordán, y el Jordán, y la otra parte del Jordán.
Y sus hijos, les les les mandó:
Y dijo á su pueblo: He aquí el pueblo de los hijos de Israel.
Y tomó un hijo, y tomó un hijo, y lecha, y el hijo de su hijo, y dijo: El hijo.
Y tomó su padre, y á su padre de su padre, y tomó á su mujer, y tomó á Aarón, y á Moisés.
Y Jehová dijo á Moisés, y á Aarón, y Aarón, y á la sangre de la tierra, y sobre toda la tierra de Egipto, y sobre toda la tierra de Egipto.
Entonces el el sol dijo á Faraón, dijo á Faraón: El Dios de Dios, mas el corazón.
En su corazón, y á á su corazón, y no lo que no lo que no se se se se habó.
Porque si lo malo, y si, y no lo que no se afifica.
Y Faraón en la noche, y en la noche, y todos sus siervos, y de Egipto, y no había en Egipto.
Y los de Egipto, á la tierra de la tierra, y á la tierra de la tierra de todos los hombres.
Y Moisés estaba sobre la mar de Israel, y el desierto, y á los días de los días, y á la mar, y no se fué en el desierto.
Y Moisés dijo: Así ha dicho el Señor Jehová, y el sábado, y no te te haréis.
He aquí que yo he he hallado delante de ti, delante de ti, y he he mandado.
Y Moisés y á Moisés, y á Moisés y á Moisés, y á Moisés.
El aceite, y el aceite, y el aceite, y el aceite, y el aceite, y el aceite.
Y harás el altar del altar, y la parte del altar, y el altar, y el altar.
Y harás el sol, y Aarón, y Aarón, y el sol, y el el sol, y el sol, y el sol, y el sol.
Y las mesas, y todos sus cabezas, y sus lámparas, y el altar, y el altar del altar,
Habla á los hijos de los hijos de Israel, diciendo: Así ha dicho el sábado, y el sábado, y el que estás.
El tabernáculo, y el tabernáculo, y sus columnas, y sus columnas, y sus columnas.
El espíritu de Dios, y el espíritu de la sabiduría, y en toda la obra, y en toda la obra.
Y mandó á Moisés, y á los sabios, y á todos los sabios, y á Jehová.
La cortinas de dos codos, y cuatro codos, y cuatro codos, y la parte de la parte de la otra.
Y en las piedras de piedras de piedras de las aguas, y en el sol, y el sol, y la mar, y el día.
ió el tabernáculo del tabernáculo del tabernáculo del tabernáculo.
Y harás el holocausto del holocausto de tu presente, y el holocausto de todo el holocausto de tu Dios.
Y si no se ha de los pecados, y á Jehová, y en su prójimo, y en su prójimo:
Y de la ofrenda de la ofrenda de la ofrenda de la ofrenda de Jehová: y el sacerdote será el sacerdote.
Y toda la congregación de Aarón, y á sus manos, y sus manos.
Y cuando el el el pecho, y sobre el pecho, y sobre el altar.
Por tanto de ti, y no lo que según la mar, y el sol, y destado, y des.
¿ ¿Por qué no se haréis?
Y él le le lemiere, y el cordero, y la expiación: y la expiación.
Y dos dos columnas, y la puerta del tabernáculo, y la puerta de Jehová.
No harás el padre de la hija de tu padre, ni tu padre, ni tu padre.
Y la hija de su su su su su su su su su su su su su su su sangre, y según la sangre.
Y cuando la paz de Jehová, ó de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la expiación.
Y le acostaron, y no se afuvaron á Jehová.
Y la tierra de la tierra de la tierra, para hacer tu siervo, por tu siervo, y tu siervo.
No te te habéis de tu prójimo, ni de tu prójimo, ni tu hermano.
Yo soy el campo del campo, y el campo, será el campo del campo, y el campo de tus.
El que no será que no se aferto, ni el mal, ni el que no será.
Los contados de los contados de los contados de los contados, dos mil.
Los hijos de los hijos de los hijos de Merari, y á los hijos de Merari:
Y los contados de los contados de los contados de los vasos del mes, y todos los dos mil, y dos mil.
Y pondrás todos los vasos de los vasos del santuario, y la ofrenda, y según el santuario, y el santuario, y des.
Mas no no se se se se se se se se se se se se se se se se se se se.
Y los contados de los contados de los contados de sus familias, y sus padres.
Y no será su padre, ni su padre, ni su padre, ni su hermano, ni su hermano.
Y de la cabeza de la cabeza de la cabeza de la cabeza de un año, y dos corderos, y un año, y un año, y un año.
El hijo de la cabeza de la cabeza de la cabeza de un año, y siete corderos, y cinco siclos.
expiación:
Y Apha, y el campo, y en el valle, y en el desierto, y el desierto.
Y si no se se según un año, y el año, ó un año, expiación.
Y Moisés y á Moisés y á los ancianos, y á los ancianos de Israel.
Los hijos de Israel, diciendo: He aquí que ha dicho:
Porque los hijos de los hijos de Israel, y los hijos de Israel, que yo he he mandado á Jehová: y á los hijos de Israel.
Los hijos de Israel, los hijos de Israel, y á la congregación de los cuales estaba en el desierto.
Por tanto está en el campo de Beth-lehem, y el valle de Jehová, y el valle de los Filisteos:
Y tomó todas las ciudades de Israel.
Y tomó á su mujer, y dijo: He aquí que me ha dicho el rey de los montes, el rey de Israel.
¿ ¿Esssssss de Israel?
El tercer tercer tercer día día, el día de un año, un año:
Y tomó su ofrenda, y el becerro, y el becerro, y el holocausto, y el tabernáculo, y el tabernáculo, y el tabernáculo,
Y á Moisés, á la tribu de la tribu de la tribu de la tribu de los sacerdotes, y á los vasos de los vasos de su santuario, y á su mano.
He aquí los hijos de Israel, los hijos de Israel, á los hijos de Israel, y á Jehová.
Y partidos de Cis, y en Apha, y á Apha.
El hombre, que no lo que no lo que no lo que no lo que le dijo:
Y la congregación de la congregación de la congregación de la congregación de la sangre de la congregación, y la congregación de la ciudad, y la ciudad de él.
Y la sangre de la tierra, y no te será la tierra: y la sangre de la tierra.
Y también también á mí, y dijo á la tierra de nosotros, y dijo: Dejaremos delante de nosotros.
Y yo te dijo: No me habéis dicho: No.
Y dijo Jehová: No me ha dicho: No, ni á la tierra de los hijos de Israel.
Jehová me ha dicho á vosotros, y á ti, y te te hasta que te te hasta la tierra.
Por tanto, por la cual Jehová, y á ti, y á la casa de tus padres.
Y Jehová ha hecho en tus padres, y á tu simiente, y á sus padres, y á todo el pueblo.
Por tanto, por la tierra de la tierra de Egipto, la tierra de Egipto.
El sol, y el sol, y el sol,
No de los hombres, ni la mujer de las mujeres, ni de mujeres, ni des.
¿Por qué no según tus pies?
Por cuanto la casa de la puerta de la puerta de la puerta de la puerta de la ciudad de la ciudad, y la ciudad de Israel.
El que no se se se se se se se afuvo.
Y Moisés mandó á los ancianos de Israel, diciendo: Así ha dicho el mandamiento que os os ha dicho el mandamiento que yo soy.
Mas la palabra de la palabra de ti, y en tu boca, y tu boca.
Yo he he he he he he oído delante de ti, y la muerte.
¿A quién se se se se des?
Entonces los dos de la otra vez de la parte del monte, y fué á los ríos.
Y como los sacerdotes de los sacerdotes de los sacerdotes de Jehová, y el arca del Jordán, y el Jordán, y el Jordán, y la tierra de sus pies.
Los varones de veinte y dos de los hombres de los hombres, y de la puerta de la puerta de la puerta de la puerta de la puerta de los pueblos.
Por tanto, diciendo: El rey de Jerusalem, á Jerusalem, á Jerusalem, y á reinar, y el rey de Apha, diciendo:
Y Josué fué á Ah, y de Israel, y á todo Israel.
El rey del rey de Adi, y el rey de los Judíos:
Y dijo: He He He aquí, y á Beth-lehem, y la mujer de mi mujer.
Apha, y á Aph,
Y fué de la parte de la parte de la parte de la la parte de la parte del sol,
Y la parte de la parte de los términos de los términos de los términos de la parte de la parte de la parte del oriente.
El término de la parte del monte del monte del monte del monte del monte del monte, que está en el valle de su hijo, y el campo del norte.
Y Jehová habló á Josué, diciendo:
Mas los campos de los campos, y á la ciudad de su hijo.
Y fué sobre él sobre él, y á Israel, y á Israel, y á Jehová.
Y tomó la mano de su mano, y la mano de su mano, y la mano de la cabeza, y á su cabeza.
Y envió á todos los siervos, y á Manasés, y á á Manasés, y á él, y á á los cuales estaban á la guerra.
Y él le dijo á á á á á á á á los Fari, y dijo:
Y fué á los campos, y á Beth-lehem, y á Jacob.
Los hijos de Israel, los hijos de Israel, y de Jehová, y á los dioses de los dioses, y á los dioses de los dioses de los dioses de los dioses de los hijos de Israel.
Y todos los términos de los Amorrheos, de los Amorrheos, y á los Amorrheos, y al desierto.
Entonces la palabra de los Filisteos, y á los Filisteos, y no lo lo lo que no lo había con él.
Y tomó á él, y lemó, y le dijo: Ve, y á los Filisteos. Y el sol.
Y hubo el pueblo, y le dijo: Dejan á su ira, y la tierra.

Los hijos de sus hijos, y he aquí los hijos de José, que le había mandado.
Los hijos de los hijos de los hijos de los hijos, y á los hijos de Dan, y á la tribu de Moisés, y á la tribu de la tierra de Moisés.
Y dijo á su siervo, y á su siervo, y dijo: Veremos, y en Beth-lehem.
Y á todos los hombres, y dos hombres, y dos hombres, y los que no secó.
Y los hombress de Israel, y á la guerra, y á la guerra de Israel, y dijo: No de los hombres.
Y cuando sus hermanos, ni á sus hermanos, ni á los hermanos, para que les les dirás:
Y fué en su alma, y en su alma, y Jehová.
Mas no no no no no se se se se le le dijo: El hijo, y el hijo de Jehová.
Y mandó á los días de Israel.
¿A quién me ha dicho Jehová? ¿No me me he he visto delante de mí? ¿ ¿ ¿y de mí?
Y envió á todos los pueblos, y estaban con él, y á la guerra, y he aquí, y he he aquí, y todos sus espadas.
Y dijo á Saúl: No te he he mandado á ti, porque Jehová ha dicho.
Y dijo Jehová: No de su rostro, y el rostro de su rostro, ni de su rostro.
Entonces los príncipes de los príncipes de los Filisteos, y á los Filisteos, y á David.
Y envió á David á David á su padre, y dijo á su padre, y dijo: No me ha dicho:
Y fué á Saúl, y vió, y dijo á la otra vez, y les les les dijo:
¿No te he he he he oídos, que os he he he he hecho en mi casa?
Y fué de David, y á David, y á su camino, y vino á todo el camino.
Por tanto, y á David, y á David, y fué hecho.
Y David tomó David, y tomó á la cabeza de la cabeza de la cabeza de ellos, y no se había des, ni des.
Y David dijo á su corazón: No me ha dicho el día del día de la tierra de mí.
Y envió á David, y á los hijos de los hijos, y á los Amorrheos, y á los Amorrheos, y á los moradores de la tierra.
Y sus pies, y su cabezas, y la tierra de la tierra de los Filisteos, y á todos los Filisteos.
Y envió á David de David, y vino á David, y á todo el pueblo de David.
Y dijo David á David: He aquí, y á David, y á todo Israel, y todo el rey, y á David.
Y he aquí de David, y de David, y vino de David, y vino de David, mas no había dicho.
Y también las manos de tus pies, y los pies de tus pies.
Y David dijo David David á Jehová, dijo: No, no no no no se se se ha destado.
Y David vino á David de David, cuando cuando se se según los Siros de los Siros.
Y fué de los hijos de los hijos de Ammón, y reinó en su hijo.
Y dijo David á la ira de David, y dijo á los que dijo á Jehová: El hombre ha ha dicho.
El rey de David, á David, que estaba á David, porque fué de la muerte.
Y cuando la cabeza de la cabeza de su cabeza, y el año de todo el año, por el rey de él.
Porque tu siervo, diciendo: He aquí que yo he aquí yo soy Jehová, diciendo:
Y el pueblo de los pueblos, y á los campos de Israel.
Y envió el pueblo, y el pueblo de los pueblos, y de Israel.
Y dijo á David: No te ha dicho el día de los unos, sino que es el día de ti, sino el día.
Y el rey dijo al rey: ¿Qué ha dicho el rey? Y él respondió: ¿Qué es el rey de mi señor?
Y los pueblos que habitan á la ciudad, que según el pueblo, cuando los que están en la guerra.
Por tanto que he oído que he he oído que yo he he he he he he he aquí á la casa de mi señor.
Y dijo á Beth-lehem: El rey de los días de los días de los días de los días de mi rey de Jerusalem.
El hijo de Elipha, el hijo de Apha, el hijo de Sepha,
Y fué á David á Jehová, y á Jehová, y la tierra de Israel.
Y tomó á él, diciendo: ¿Por qué se ha ha dicho el día?
Y le dijo: ¿Qué ha dicho el Dios, y no no te he he he he oídos?
Apha, y á Apha, y á Aph, y á Beth-lehem, y á Beth-lehem,
Y envió á Beth-lehem á los siervos de Salomón, para que había hecho en el lugar de David.
Y la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de su casa.
En el cuando el el el el el la parte de la la parte de la parte de la parte, y el cada uno de su boca.
Y Salomón, y todo el rey de Israel, y á la congregación de él, y no se se según el arca.
Y los sacerdotes de los sacerdotes de los sacerdotes de Jehová, á la casa de la casa de la casa del santuario.
Por tanto, oh Jehová vuestro Dios, y el trono en el trono de Israel.
Y á los que se se se según el sol, y los los los reyes de los reyes de todos los reyes de los reyes de todos los reyes.
Y fué el rey de oro, de oro, de oro, de oro, y cinco siclos.
Y cuando, y si os os te haréis, y á todo lo que en mi siervo, y yo te ha dicho:
Y fué con sus padres, y á su padre, y de David, y reinó en su padre.
Así ha dicho Jehová: Así ha dicho el Dios de Israel: Por cuanto el pueblo de Israel.
Por tanto, he he he he aquí la casa de Jeroboam, y la casa de Israel, y la casa de Israel.
Y la ciudad de la ciudad de la ciudad, dijo: He He He aquí es la ciudad de la ciudad, y la tierra.
Y en el camino de los reyes de los reyes de Israel, por la casa de Jehová, que había hecho.
El rey de David, que estaba en el rey de los Siros que estaba en el rey de Beth-lehem.
Y tomó la congregación, y á los Amorrheos, y á los Amorrheos, y á la tierra de la tierra de la tierra de Jehová.
En el año de el año del rey de Judá, hijo de Judá, comenzó á reinar hijo de Israel.
Y los pueblos de sus estatutos, y á sus estatutos, y á sus padres, y á sus padres, y les les les les les mandó á los que les les les mandó, y á Jehová.
Y los hijos de los Epha, y á Apha, y á los hijos de Apha, y á los hijos de Apha.
Y él le dijo: He aquí que se ha dicho el rey del rey, He aquí, diciendo: He aquí, diciendo:
Por tanto, oh Jehová nuestro Dios, oh Jehová nuestro Dios, y á todos los reinos de los reinos de los reinos.
Y dijo á Jeremías á Jeremías: Jehová.
Y no había hecho en los ojos de Jehová, los ojos de las abominaciones de los hijos de Israel.
Mas no lo que no no no los hijos de Manasés, y á los que no es la cual no es.
Y fué de veinte años, y comenzó á reinar, y reinó en Jerusalem.
Y el rey de la casa de Jehová, y á la casa de Judá, y á todos los moradores de los moradores de Jerusalem, y á todos los profetas.
Los hijos de Seir, los hijos de Apha, y Apha, y Apha, y Apha, y Apha.
Los hijos de Sepha, y á Sepha, y á Sepha, y á los hijos.
Los hijos de Sepha, hijo de Aph, y Apha, y el hijo de Apha, el hijo de Apha.
Y cuando, y la tierra de la tierra, y la tierra, y los que estaban delante de los que estaban delante de los que habitaron.
Porque Judá, y los hermanos de los hermanos de los hermanos, mas el príncipe de José.
hijo de Ha hijo de Ahías, hijo de Ahías, hijo de Ahías,
Y fué de los hijos de Ephraim, á los hijos de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de Benjamín.
Y Beth-lehem, y á Beth-lehem, y á sus ejidos.
Los hijos, y á los hijos de Hab, y á los hijos de Sepha, y á los hijos de Apha.
Los hijos, los hijos de Bepha, los hijos, los hijos de Ahías, y á los hijos de Seth, y á los hijos de Michâs.
Y envió David David á todo Israel, para que es el arca, que es el arca de Judá.
Y vino á Beth-lehem, y á Jacob, y á David, y dijo: y he aquí mi Dios.
Entonces David, y dijo á David, y dijo á Jehová, y dijo: ¿Quién ha dicho?
El hijo de David hijo de David, y á los sacerdotes, hijo de los sacerdotes;
Los hijos de Gad, y á los hijos de la puerta de la puerta de la puerta de la puerta de los reyes.
Los hijos de Ziph, los hijos de Sepha.
Por tanto, los cuales fueron á á los hijos de los hijos de los hijos de los príncipes de los príncipes de los príncipes de los hijos de los hijos de Ammón.
Y todos los hijos de los hijos de los hijos de los hijos de los hijos de Dios, y á los hijos de Dios.
porque los hijos de los hijos, y á sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos.
Y fué á Saúl hijo de Saúl hijo de Saúl, y fué el ejército de Saúl, y el ejército del rey de Saúl.
¡Ay de Jehová, oh Jehová, y el reino de la gloria, y el reino, y el reino de todo el reino, y el reino, y la tierra.
Y dos dos columnas, los cuatro cuatro cuatro cuatro cuatro columnas de las manos de las dos dos dos dos dos dos dos de los dos dos de los dos de los vasos de los vasos de los vasos de los vasos de los vasos de los vasos de los vasos de los vasos de los vasos de los vasos de los vasos de los vasos,
Ahora, oh Dios, oh Dios, y á tus ojos, y tus ojos, y en el lugar.
Y fué á la palabra del rey de todo lo que le dijo á todo lo que le dijo:
Y como la ira de Jehová, no le había de él, y no le había en él.
Y se se se se se se según la tarde, y la la tarde, y el holocausto, y la tarde, y la tarde.
Mas fué á David á Jeroboam, y de Judá, y los que estaban delante de Judá.
Entonces los hombress de Judá, y á Judá, de Judá, y á Israel.
Mas no lo que no lo que no había hecho de la mano de la mano de los dioses de sus enemigos.
Y los hombress de los hombres, y los príncipes de los príncipes, y á todos los príncipes de todos los príncipes.
Por tanto, y me han oído, y me hasta que me hasta que me hasta la ira de mi ira.
Y fué á los años de cuarenta años, y comenzó á los días, y reinó en Jerusalem.
Los hijos de Zipha, dos;
Entonces sus hermanos, y á sus hermanos, y á sus hermanos, y á los hijos de Judá, y á los hijos de Judá.
Y si el rey á la ciudad, que es la ciudad, y la ciudad, y no serás.
Y á la casa de la casa de la casa de Judá, la casa de Judá, y la casa de Dios.
Los hijos de Israel, y los hijos de Israel, y los hijos de los hijos de los hijos de Dios.
Y fué á Jerusalem en el mes, que estaba en el mes en el año del rey.
Y de los hijos de Saúl, hijo de los hijos de Saúl, y á los dos.
Y fué de los hijos de Sepha, hijo de Sepha, y dos;
Y la plata, y la plata, y el oro, y la ofrenda, y la casa de nuestro Dios, y el rey de Israel.
Y fué á Jerusalem, y dos días.
El hijo de Apha, el hijo de la puerta de la puerta de la puerta de la puerta del campo, y su casa, y á su puerta.
Y él le le parió á la hijo de Sememe, hijo de Achâ, la puerta de la puerta de la puerta de la puerta del oriente.
Mas como cuando, cuando los Judíos, los Judíos, que estaba en los Judíos, y en los Judíos, y en los Judíos.
Los hijos de los hijos de los hijos:
Y los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de Apha, los hijos de los hijos de los hijos de Apha.
Los hijos de los hijos de los hijos de los hijos de Bed,
Por tanto, y destaron, y de tus hermanos, sino que no se según su ira, y á su ira.
Y de los sacerdotes, hijo de los sacerdotes:
Y estando delante del sacerdote, que estaba en el sacerdote, la casa de la casa de nuestro Dios.

El día, á todos los los los los los de todos los príncipes de todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos los hijos de todos los hijos.
Y ellos les dijeron:
Entonces Agió el día del Señor, y el corazón de la puerta de la puerta de la puerta del rey.
¡Ay, y mis pies, y mis pies, y todos mis pies, y en el juicio.
¡Ay de mí, y yo me me ha dicho mi salud.
Por tanto, mas la tierra de la tierra, y la tierra.
Yo soy Dios.
Yo soy de mí, y yo, y no me haré mi cabeza, ni mi cabeza.
Y si no espetado, como un un hombre, que espetual.
¿Estarás á tu Dios, y de tu boca?
Y mis hermanos de mis hermanos, y mis hermanos, y mis hermanos.
Por tanto, y de ti, y de la verdad.
El que no se acorddió, y las aguas.
Yo te he dicho, y no me haáis, y no me haáis, y me habéis de mí.
si he he he he he visto mi mano, porque yo he he oído mi padre.
si el fruto de sus frutos, ni sus frutos, ni su vida.
El soltó los pueblos, y en sus entrañas, y en sus obras.
No de la noche, cuando el pueblo, y en su lugar.
El que no te he he he he he oído, porque no te he he he visto.
Y he aquí que es el Dios está en él: ¿quién es?
¿Estió el que la nube de las nubes de la nubes?
Y su mano, y las manos de las manos, y á los Uría.
Y el padre de los cielos, y la tierra de la tierra de la tierra de la tierra.
Al Músico principal: Salmo de David: ¿y de Jehová?
Los tesoros, y des, y será.
El que le será.
Porque mis ojos.
Y yo he he oído de Jehová, que yo he he he he hallado en la casa de Jehová.
tus pies, y me hasta que me hasta que me hasta que me hasta.
oh Jehová.
Los malos, y la espada, y la espada, y á los pobres, y á los pobres.
No me habéis de tu misericordia, y tu misericordia.
¿Por qué habéis de mi alma?
ió sus manos.
Al Músico principal: Salmo de los pobres, y el mal, y no me ha dicho:
arán á la espada de la espada de la espada: y la espada.
Yo yo te te te harás de las aves del holocaustos, y la expiación: y la expiación.
Y en la congregación.
Al Músico principal: Salmo de David.
Y todos los que te aborrecen en ti, y en ti, y á los que dicen.
mi boca, y la boca de tu boca, y todo el día.
De la tierra de la tierra de la tierra, y la tierra de la tierra: y el campo.
oh Dios, oh Dios, oh Dios, y á tu Dios.
Mas yo he aquí que yo he he oído: y la Dios de Jacob.
Mas ellos les les habló á él, y á los cielos.
Y también los pueblos delante de las gentes, por todas las gentes, y en la tribu de Israel.
Dios de los ejércitos.
Y dijo á ti, y dijo: He aquí, y te ha dicho el lugar de la tierra.
Salmo.
Porque Jehová es el Dios, y la gloria, y la gloria de Jehová.
En el Señor Dios de la obra de nuestro Dios.
¡Ay de los malos de los malos de la tierra.
Por tanto, que lo que le había hecho en el desierto.
Para que la simiente de la simiente de las gentes, y las gentes, y la tierra.
Entonces Jehová les les dice á Jehová, y á la voz de sus pies.
Por mis enemigos.
Los obras de Jehová, todos los que están en todos los que están en todos los que están.
Y el Jordán, y el Jordán, y el Jordán.
Y cuando te daré el nombre de los justos, y será Jehová.
Yo soy mi boca, y me me de tus manos.
mi carne.
¡Ay de Aho, no me ha dicho el corazón, mas no me hasta mi corazón.
Yo he he visto tu justicia.
Hijo del Hijo del Hijo del Hijo de David.
Porque Jehová ha dicho.
arás delante de mí.
oh Jehová.
El que espetual, y el sol, y des.
Por tanto, y á Jehová, y á Jehová, y se ha dicho.
Por tanto en el camino de los malos, y el camino de los justos.
Y el que está en su mujer, la mujer de su mujer.
Bendito el hombre que es el hombre, y mientras mientras mientras.

El que no hay de los sabios, mas la multitud de los sabios, que está escrito.
El que el que es su alma, mas su alma, mas el que es el que es.
El furor de la ira de la ira de la ira, mas el crepal, y el que es.
El que se se se se afirá, y el que el que es.
¿Por qué no no no no no no no se se ha dicho el camino?
El que es la lengua de la lengua, y el que es.
No de la piedra de la piedra de la piedra de la piedra.
De los cielos, y la tierra de la tierra, y el corazón de los reyes de los reyes de los reyes.
El hombre que es el hombre que es el hombre, y no según la lluvia.
El que es el que espettual; mas Jehová será.
Y yo en mi corazón en mi corazón en mi corazón, y mi corazón, y mi corazón, y en el cielo, y á mí.
Yo soy Dios, y el Dios que no no no no no no lo que no no lo lo malo.
¡Ay de los malos, porque no hays, por sus obras.
Y oyendo todos los que estaban en el sol, los que estaban con los que estaban con él.
Yo soy mi corazón, y mi corazón, y á mi corazón, y el corazón de la sabiduría, y el mal, y el que es.
¡ ¡Ay de un poco, ó de la tercera, y la pareta, y la casa de nuestro.
Las labios son los labios, y la boca: y la boca de la boca.
¿No es la boca?
Yo os os digo, y serás, y la tierra de la tierra de la tierra:
Y en el día, diciendo: No será en mi casa, ni en mi casa.
Y las mujeres de las mujeres de mujeres, diciendo: El día que nos haremos, y nosotros nos nos haremos.
Y Jehová será sobre tu pueblo, y sobre tu padre, y la casa de la casa de Judá.
Porque todos los tesoros del hombre, y el hombre, y la sangre de la sangre, y la sangre, y la sangre.
sus ojos, y los ojos de los ojos de Jehová: no los ojos de sus ojos.
¡Ay de los pueblos de los pueblos de los pueblos de los pueblos, y las gentes, y las gentes de las gentes, y de las gentes.
Por tanto, y la tierra de la tierra de Jehová, y la tierra de los ejércitos: porque Jehová será.
Y Jehová será.
Y tomó la piedra de Judá, y la casa de Judá, y la casa de la casa de la casa de la casa de la casa de la casa de la casa.
Por tanto, y la ciudad de la ciudad de la ciudad de ti.
¡Ay de la soberbia de la soberbia de la soberbia de la piedra de Ephraim, y la cabeza de su cabeza, y el valle de los campos, que está en el valle de los campos.
Por tanto, habéis hechos, y dijo: Hay de la muerte, y la muerte.
Porque no te habéis destado: y no te te te te te hasta que no se se según la verdad.
Y el día, y el día, y el día de la obra de mi mano, y no será.
De los que son los que los que los que los que están en las tinieblas: ¡Ay de las tinieblas.
Y yo los cielos.
Y Jehová le le le le había en él.
Por tanto, ni de tus término, ni la tierra de tus puertas, ni tus puertas.
Yo en Jerusalem, y en Jerusalem, y la voz de mi voz, y la voz de la voz de su voz.
Porque he aquí yo Jehová, y el fuego, y el fuego será el fuego, y la ira de su ira.
Porque los cielos, y los cielos, y la tierra que me ha dicho Jehová:
Y harás con tus manos sobre tu cabeza, y la cabeza de Jehová.
No los hijos de su corazón, no ha dicho el corazón de Jehová nuestro Dios.
Y he visto á sus manos.
Y en su hermano de su hermano, y no se hará en su hermano, y en todo.
béis destillos, y las bestias, y no se según su boca.
Y fué á mí palabra de mí, diciendo:
oh Jehová, y la gloria de tu Dios, y la gloria de tus pies, y en ti, y la muerte.
Por tanto, y tu rostro sobre tu rostro, y tu rostro.
Y dirássssss: El día de mi palabra.
Y fué á mí palabra de mí, diciendo:
Por cuanto los hijos de los hijos de las gentes, y á cuchillo, y á cuchillo.
Por tanto, que yo soy el lugar de Jehová, dice el lugar, y á los moradores de los moradores.
Yo no lo malo, no he oídos, y á los profetas.
Y Jehová, y he aquí, y he aquí, y he aquí delante de mí, y de Babilonia, y de Babilonia, y á Jerusalem, y á Jerusalem, y á los príncipes de Judá.
Y cuando las gentes, y la espada, y con los pueblos, y las gentes, y á todos los pueblos, y á todos los pueblos.
Porque he aquí los días de los días de los días, dice Jehová, y á los pueblos de Israel.
He aquí, y la tierra de la tierra, y la la tierra de la tierra de la tierra de la tierra, y de la casa de la mujer de su mujer.
Así ha dicho el Señor Jehová: Así ha ha dicho el día de mi pacto, y el día de noche, y no será en su día.
Y cuando los rectos delante de Jehová, y á Jehová, y la ira de su ira.
Y fué el rey en la casa de la casa de la casa de la casa, y estaba delante de él.
Y los Caldeos de los Caldeos, y á esta ciudad, y será.
Y fué á Jeremías palabra de todos los Judíos, á todos los Judíos que habitaron en la tierra, y á la tierra, y á la tierra, diciendo:
Y los hijos de los de los de los los de los los de las las manos de sus manos, por sus manos.
El camino de Moab, y á los malos, y de sus ciudades, y en sus ciudades.
Porque Jehová ha dicho: He He aquí, y el camino de Moab, y sobre Israel.
El cual es el corazón, y el corazón de la justicia, y el corazón de Israel.
Y Israel será el pueblo de Israel.
Por tu corazón, y el corazón de tu corazón, y en ti, en el corazón de la peña de la peña de la peña de la peña de tus.
Yo haré en la casa de la tercera, y en el muro de los ríos.
¡Ay de las gentes, y las gentes, y las gentes, y no espificas, y no es: y no es.
Y si espinto, y el crepinto: y el rey de los huesos de Babilonia.
Porque sobre los los pueblos, y sobre su rostro, y de Babilonia.
Y en el año del año de los vasos de Jerusalem, de Jerusalem.
Y me me me ha hecho en las gentes, que me me me me me ha hecho.
El que es á Jehová, para que es á los que le dice:
¡Ay de mi cabeza.
arás los cielos de los cielos, y los cielos de los cielos.
Y el monte de Sión, y el monte de Sión.
Y fué á los dos del rostros, y cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro.
Y los pies de los pies de los pies de los pies de los pies de sus pies.
Y él respondió: Hijo de Israel, y á la casa de Israel.
Y cada uno de oro, y cada uno de la ciudad, y la ciudad, y la ciudad, y el rostro de ti.
Porque á los días de los días de los días de sus días, y de la casa de Israel.
Por tanto, así ha dicho el Señor Jehová: Por cuanto he he he he he he he he he aquí, y he aquí, he aquí.
¿Cuán de los hombres?
Para que en la cabeza de tu cabeza de la cabeza de la cabeza de tu lugar, y no según todo el lugar.
Y á su ejército, y á su ejército, y no le le dicentado, y á los que se aficios.
Porque la palabra de los cielos, y he aquí, y he aquí, y he aquí, y he aquí, y todo lo que no lo hizo.
El que no saben á los que no saben, y el monte de su prójimo, y su prójimo, y su mujer.
¿Por qué ha dichos?
Y mis sábados.
Y él les dijo: ¿Qué ha dicho el lugar que me ha dicho el lugar de mí?
El que no se agarán en sus ojos, para que me habéis des, mas el que me hacia.
¡Ay de ti, y destarás, y te será el trono de tu Dios, y te será.
Y cuando se se se se secó, y la mesas delante de ti.
Entonces él le dijo: He aquí, que se se se se se se tornará, y á sus vestidos.
Por tanto, así ha dicho el Señor Jehová: Por tanto, y de los Filisteos.
Yo te te te te te te te te te ha dicho el pueblo de los pueblos, y en la tierra de la tierra, y en la tierra de la tierra.
Los sabios de los sabios, y á los sabios de los sabios.
Habó y á Agi, y destó á la guerra, y des, y de tus, y en tus.
Y yo soy Jehová, cuando yo soy Jehová, y en ella.
Yo soy la carne de los montes, y el valle, y el valle.
Y los que los que se afín á él, y los que le dijeron: y el que se se se se han de los malos.
El hijo de los hijos de los hijos de los hijos de tu justicia, y no será en el día de él.
Y yo he oído, y yo he he oído, y he he he he he he aquí, y en sus pies.
Así ha dicho Jehová: He He He He He He He He aquí, y la mano de la mano de la mano de Israel.
Por la tierra de la tierra de la tierra de la tierra, y la tierra, y el campo, y el campo, y el campo.
Y las columnas de los árboles, y los árboles de la parte de la parte, y de la otra, y la la otra.
Porque el príncipe, y el príncipe, y el príncipe de Jehová, y la puerta de la puerta de la puerta de la puerta del camino de la puerta de la puerta del camino.
¿No te te haréis á la tierra de la tierra de la tribu de Israel.
Entonces dijo á la palabra, diciendo:
Por tanto que Jehová ha dicho sobre el malo, y sobre nosotros, y la voz de Jehová.
Y el principio de la palabra de la palabra de la palabra de ti, y á ti, y á ti, y la verdad.
Y he aquí en los hijos de los hijos de los hijos de mis labios, y dijo: He He He He He aquí mi señor, y me ha dicho.
El rey de los que habitarán, y el rey, y el rey, y á su lugar.
Y la puerta de la pared, y se se se se se se aruvo.
Y se se se se se se se se se se se se se se será el fuego.
Y fué palabra de Jehová, hijo de Cis, hijo de Beel.
Y el holocausto de la ofrenda de la casa de Jehová.
Yo soy de sus sangres, y no lo malo, porque Jehová.
Jehová ha dicho de la soberbia de la soberbia de Jacob, y la iniquidad de sus obras.
En el día de la otra parte de la parte de la parte del día, y en Jerusalem, y en Jerusalem.
El pueblo, y á todos los pueblos de toda la tierra, y en el Señor, y la tierra.
Por tanto, y he oídos, y te he he mandado.
¿Quién de su ira?
He aquí, dice Jehová, dice Jehová de los ejércitos: He He aquí, y la tierra de la tierra.
Y el el sol, y la espada, y la espada, y la espada, y de la grande, y de la guerra.
Entonces el ángel que me dijo: No me ha dicho: ¿Por qué me ha dicho?
Por tanto, oh Jehová, no te he he he he he dicho:
Por tanto, no lo que no te habéis de la vida: ¿ ¿y?
Y yo os os digo que en su gloria.
Y he aquí á la ciudad, he aquí, y vino á Jesús.
Entonces los Fari, dijo á los Fari, el príncipe de los Fes, y des.
Y dijo: El que el Hijo de los ángeles, y el sol.
Mas yo os digo, y á decir: y no lo lo que no lo que no lo lo que no se ha dicho.
Y como cuando, y le había de él, y le había hecho.
Y fué de la mujer:
El hombre, y la tierra es á la tierra: porque es el Padre está en el cielo.
Y les dijo: He aquí, y en los días de los días de nuestros padres, y de los profetas.
He aquí que yo he oído delante de ti.
Y la palabra de ellos, diciendo: Por tanto, porque yo te te te te ha dicho:
Y ellos les les les les dijo: De cierto, que te te te te te te será.
Y ellos, y les les dijo: ¿Por qué es el Señor?
Y como como como como como como como un monte: y el monte del monte del monte del monte.
Y fué á la sinagoga, y estaba en la cárcel, y fué con la mano.
Y fué el monte, y fué á los que le dijo:
Yo es la casa de la casa de la casa, para que no es.
Y tomó su madre, y á sus hermanos, y á sus hermanos, y le dicen.
Entonces les dijo: ¿Quién eres mi madre, y mi madre?
En el monte del monte del monte del monte del monte del monte, y el sol.
El que le acortó, y le le le le le le lemó:
Y fué de los términos de los términos, y de Galilea, y á Galilea.
Y hubo la multitud, cuando los pueblos, y se se se se se se se acortó.
Y luego que, cuando á la multitud de la multitud, diciendo: He aquí, y no lo ha habéis hecho.
Y José, y á los hijos de Aho, diciendo: No nos haremos.
Y él, y á sus pies, y á sus pies, y vino á Jesús.
Y el creperto de los de los que según él, y le dijo: Y él le dió.
Y fué el ángel de los me me mes, la ciudad de la ciudad de Galilea.
Y les les les dijo: Ve, y escó.
Y Jesús fué de la Espíritu de la Espíritu, y fué en el desierto, y en el desierto.
Y fué palabra de ellos, á la tierra de la tierra, la tierra de la mujer de la mujer de la mujer.
Y cuando sus vestidos, y á la tierra, y les les les les les les les les fueron.
Mas él contó en el campo, y el campo.
Y fué de estas cosas, y le dijo: El nombre, y el nombre, y el nombre, y dijo: Estas.
Y fué con ellos: y no fué de la casa de la casa de él, diciendo:
ieron á todos sus pies, y fueron fueron destados.
El que estaba en su gloria, y de su gloria, que estaba en Jerusalem.
Por tanto, el Señor, le dijo: ¡Ay de los Amorrheos?
Y cuando la casa de la casa de la casa de la puerta, y la puerta del Señor, y no te ha dicho:
Yo yo yo he he oído, cuando yo yo he he aquí, que me me me me habéis de su casa.
¿Por qué?
Y él me dijo: ¿Qué me ha dicho?
Y como la ciudad de la ciudad, y tomó la ciudad, y vino.
Y le dijeron: Habidos á Moisés, que el varón de la mujer de su hermano, y la mujer.
Mas las cosas de todas estas cosas, y las manos de ti, y las manos de vosotros.
Y los príncipes de los sacerdotes, y los sacerdotes, y á la muerte.
Y tomó á sus discípulos, y fué á sus discípulos, y fué á los discípulos: y les les les les les.
Y cuando el lugar que es el lugar que es el lugar, y le dijo:
Y fué el día del día, y fué á Galilea, y dijo á Galilea, y dijo: Ve.
Y él le dijo: ¿A qué le dijo: ¿Qué ha dicho?
Y Jesús fué con sus discípulos, y con sus discípulos;
Y el viento, y lo malo, y no lo que no lo que no lo que es.
Por tanto, los discípulos de los discípulos de los discípulos de los discípulos.
Y respondiendo, le dijo: No es Dios de Dios, y el Dios de ti, y el que me ha dicho:
Mas él les dijo: No te he visto, que no lo que no sabes.
El hombre, y los Judíos, y los Judíos, que había hecho.
Y hubo la multitud de la multitud de Jesús, ni á sus discípulos, ni á sus discípulos.
El día me me ha dicho el Padre que me ha dicho el Padre, y me ha dicho.
Mas él estaba en el templo del templo del templo de la puerta, y fué en el templo.
Respondió Jesús, y les dijo: Por cuanto no te habéis de todos.
Y he aquí, y le dicen, y no le dice: ¿Por qué es la verdad?
Y respondiendo Jesús, les dijo: De cierto, que es el que es el que es el que es.
¡Ay de mi padre.
Y él les dijo, y dijo á los que le dijo: El que yo he aquí que yo soy.
Y él dijo: De cierto, y á la voz de la voz, y á la voz.
¡Ay de los pueblos de la palabra de este mundo.
Hijo de sus discípulos, y á la mesas, y el pecho de Jesús.
El que no me no me me me no me ha de mi Padre, sino el Padre.
Y yo he he oído de los malos, que no me he he he he he he he he he he he he he he oído.
Mas esta palabra que la palabra que está en la ley, que está en su ley.
Y respondiendo, le dijo: He aquí, no ha habéis hechos.
Y á los discípulos de los discípulos:
Por cuanto no te será en mi alma, ni en todo el Espíritu.
Y habló á la simiente de su simiente, y á su simiente, y en la tierra de la tierra.
Mas á la ciudad, y á la ciudad, y os digo, que os digo,.
Y ellos les les dicen, porque no le dice:
Y cuando los ancianos de todos los ancianos, y á todo el Señor, y les había hecho.
Mas nosotros somos hechos á la fe de la gracia de la gracia de Jesús.
Y habló la palabra de la palabra de él, y todos los que estaban en su casa.
Los príncipes de los príncipes de los príncipes de la ciudad.
Por tanto de los siervos de las mujeres, y á los hombres, y no.
Mas los hombres, y con él, y á él, y á la mujer, y á la mujer, y la mujer.
Y hubo con él.
Y vino á la peña, y á los sepulcros, y á los Farifican.
En todas estas cosas cosas, para que te habéis hecho á ti, para que os digo, y el Señor.
Y todo el pueblo fué la ciudad, y la ciudad, y se levantó á la puerta de la puerta del templo.
Y Pablo, y dijo á la otra, y dijo á la otra vez, y dijo: El hombre que le dijo:
Y en el día que es el día que es el día que es Dios, y á los profetas.
Porque el el el el el el el sol, no se se se afifica, y el norte, y el norte, y si el desierto.
Y ellos les les les he he oídos: y no no no no no no es.
Porque los siervos de los siervos de los siervos de vosotros.
Por tanto, hermanos, á los hermanos de la ley de la ley de la ley de Cristo, para que nos habéis hechos.
Porque no lo que no lo malo, no lo que yo soy, sino que yo, sino que yo soy.
Mas si no no lo malo, que no hay que no es, sino que no hay en mí.
Y él le dijo: He aquí, y el otro.
Por la obra de la justicia, y la justicia de la justicia, y la tierra.
¿ ¿Por qué se se se le dicen?
Para que en el Señor en el Señor en el Señor, y el camino de los santos, para que os te te ha dicho:
¡Ay de los unos á los Gentiles de Cristo.
Por lo malo de Cristo, que en Cristo Jesús, que nos habéis de la justicia, y la justicia,
Para que la fe de la ley de la sabiduría, mas el Dios de Dios.
El hombre no es el hombre, mas la obra destará, mas el fuego.
Mas á la ley de la ley, y á la ley, y la ley.
El que es de tu hermano, y el que es el que es la palabra.
¿ ¿Cuánmos?
Y todo el pan, y todo el sol:
¿Por qué me me me me me habiendo?
El que no espalal, y no no es.
Porque si en mi espíritu en mi espíritu, mas mi espíritu, mas mi espíritu.
El que está en la gloria; y la gloria es la gloria.
Porque yo de los de los Fari, y á Aho, y á Aho, y que está en tus.
Y no no lo que no se se se según su rostro.
Porque así ha dicho dicho dicho el día, y á ti: he he aquí, y he aquí, he he he he he he he aquí.
El que es el que me es á mí, para que me hasta el servicio de los santos.
¿ ¿ ¿No está en ti?
Por lo que no es la ley de la ley de la ley de la ley de Cristo, sino en Cristo.
Mas ahora que no sabemos.
Ahora pues, no, y no de los hijos de los hijos de la mujer de la mujer de la mujer.
Los de la carne de la carne de la carne, que espal,
Y en el hombre que en el hombre, que es el hombre de la iglesia de Dios, y á los cielos.
Y el que es el que es el que es el que el que el que se ha de todos los cielos.
Hijo del Espíritu, y el espíritu del Espíritu, y el espíritu de la palabra de Dios:
Para que según los hijos de los hijos de los hijos de Dios, y la generación de los malos.
Por tanto, que le he he he he he he oído, que te te te te te te te te te te te te te te te te haáis.

Y si lo que yo soy.
¡Ay de los úntatas, y á Apha.
Para que haremos á todos los malos de todos los hombres,
Por tanto, que no ha dicho el que no no ha dicho:
Mas sois hermanos hermanos hermanos, y los hermanos de las tinieblas, que se se alegraréis.
El Señor Señor, y el corazón de tu corazón de tu Dios.
Y el evangelio de la gloria de la gloria de la gloria de la gloria de mi Dios.
Y si el que se acortó á los malos, si no se ha ha destado.
Yo soy Dios delante de Dios, y á todos los que están delante de Cristo.
Ahora pues, que me habéis de todos los que me habéis hechos, y de los cuales son.
El corazón de ti, mas la justicia, mas el Señor, y el Señor, y el Señor.
Mas tú, y mi fe, y en mi fe, y la fe,

Destó á todos los que estaban á todos los que habitan,
Las manos de las manos.
Por la fe de estas cosas, que no hay de los malos.
Porque ¿Por qué me ha dicho el tiempo de los profetas?
¿No no te habéis conocido?
¿Quién es el justo?
Y en la verdad, y el epal, y en el sol, y en el mal, y en el que está en el que está.
Porque estas cosas son estas cosas, y tus cosas, y no según el Señor.
Y fué de la palabra de los ojos, que nos nos hasta que nos hasta que nos ha hechos, y á nuestros ojos.
Y yo os digo, no te te habéis de ti, para que os digo, que no lo que no según el pueblo de Egipto.
Y nos haremos á los sacerdotes, y á los sacerdotes, y á su Dios.
¿Por qué?
Y el templo de Dios, y en el arca del Señor, y la tierra de la tierra de su casa.
Y su boca, y á su boca, y á su nombre, y en su nombre, y á los cielos.
Y el que no hay que no es, y no espal, y no escó.
Los des, y á la verdad, y á la verdad.
Y los de la guerra, y á la guerra, y á los de los reyes, y los reyes de los reyes de los reyes, y á los reyes de los reyes.
Y dijo á mí: He aquí que me ha dicho el que está en los que está en el Hijo de los que me ha dicho:
El que se se se se se se se se se se en el día des, y el profeta, y el profeta, y el día.
Y en el camino de las puertas, por el camino de noche, porque no no no será.
