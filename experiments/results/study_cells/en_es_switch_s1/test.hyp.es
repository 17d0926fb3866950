Y la luz de la luz de la luz de la luz del cielo, y la tierra.
Y dijo Dios: De las aguas, y las aguas, y la tierra de la tierra de la tierra.
El tercer tercer tercer tercer tercero, y el tercero, el tercero de los ríos.
Y dijo á la mujer: El fruto de la carne del fruto de los árboles de los árboles.
Y todos los días de los días de los días de los años, y murió.
Todos los días de los días de los años, y los años, y murió.
Y envió á la tierra.
Y dijo á sus hijos, y dijo á sus hijos, y dijo: El frutos.
Y fué á los años de los años de los años, y engendró á los hijos de Nephtalí, y engendró á los hijos de Nephtalí.
Y tomó á su mujer, mujer, hijo de su hermano, y á su hermano, y á todos los que habían hechos.
Y cuando la cuando los Egarán á Egipto, y dirás:
¿Por qué? ¿No no te te te te te te te te te te te te he mandado á la mano de la mano de ti.
Y él dijo: He aquí yo soy, y yo soy el Señor, y yo soy el Señor.
Y dijo Abraham de su mujer, y dijo: El rey de mi hermana.
Y fué en el desierto de la mujer de Egipto.
Y llamó el nombre de la nombre de Jehová: Jehová ha dicho Jehová.
Y mi cabeza, y mi cabeza, y Jehová ha dicho Jehová, y el Dios de mi hermano.
Y tomó su espíritu, y de su espíritu, y murió.
Y no le había destado, por él, porque no había hecho.
He aquí yo Jehová, y dijo: Yo Jehová tu padre, y la tierra de tu Dios, y la tierra de Jacob.
Y vino á Jacob, y un hijo de Jacob.
Y él dijo: He aquí, y me ha dicho:
Y dijo: ¿Qué te te te he dicho: ¿Qué? Y yo te he aquí yo yo te te he aquí, y yo te te he mandado.
Y fué á todo lo que había hecho.
Y vino á Dios á Dios, y dijo á la noche, y dijo: El que no te ha dicho.
Y ella dijo á su padre: No he aquí que yo he aquí, y yo te he aquí, y no lo que yo soy.
macho cabrío y veinte y veinte y veinte, y veinte, y veinte, y veinte y veinte y veinte y veinte y veinte.
Y fué con ellos, diciendo: Dejado mi alma, hijo de tu hijo de tu mujer.
Y partió su casa, y la torre de Israel.
Y él dijo: ¿Es? Y él dijo: ¿Es qué me dijo: ¿Es?
Y fué la mañana, como la luz, y los hombres.
Porque los dos años, y dos años, y la tierra, y no habrás.
Todas las tierras de la tierra de los hijos de ti, y tus hermanos, y tus hijos, y tus hijos, y tus hijos.
He aquí tus ojos, y los ojos de mi hermano, y mi hermano.
Los hijos de Sepha, y Ad, y Ad,
mi alma, no según su alma.
Y vino á la puerta de la parte de la parte del Jordán, y de la parte de su padre.
Y les mandó á los hijos de él, como le mandó á ellos,
Y dijo á su pueblo: He aquí el pueblo de los hijos de Israel.
Y tomó Secha, y tomó, y tomó, y de su hijo, y dijo: Ve, y no me ha dicho.
Y tomó tomó á Beth-lehem, y á su padre, y le parió á la vida de Moisés.
Y dijo á Moisés: Y Jehová tu mano, y tus aguas, y la tierra de Egipto, y la tierra de Egipto.
Entonces él dijo á Faraón: Esta es la palabra de Faraón, sino el Dios.
Y Faraón envió á Faraón su corazón, y no hizo, y el corazón.
Porque si no te habéis hechos, y no se habéis hecho.
Y Faraón tomó á la noche, y todos sus siervos, y todos los siervos, y de Egipto.
Y los Egaron de Egipto, y á la tierra de la tierra de ellos, les dijo: Y les les les dicen.
Y mandó Moisés á la congregación de Israel, y á los días de Israel, y á los días de los días de los días, y no según el desierto.
Y Moisés dijo á Moisés: El que Jehová es el día, no no lo que no no no no no lo será.
He aquí delante de ti, delante de ti, delante de ti, y el camino que te he mandado.
Y habló á Moisés, y á Moisés, y á Moisés, y á Moisés.
Porque la luz del aceite, y el aceite, y el aceite, y el aceite,
Y harás el altar del altar, y el altar, y el altar, para que la parte del altar.
¿Estarás la parte de Aarón, y la parte de Aarón, y el altar de él, y el altar de él?
Y toda la mesa, y á su carne, y el altar, y el altar de su altar,
Habla á los hijos de los hijos de Israel, diciendo: ¿Por qué me habéis hechos?
Y el tabernáculo del tabernáculo, y sus columnas, y sus columnas, y sus columnas, y sus columnas;
El espíritu de Dios, en el Espíritu de Dios,
Y llamó á Moisés, y á todos los sabios, y á los sabios, que había mandado.
Y la longitud de veinte, y cuatro codos, y cuatro codos de la cortinas.
Y partieron en las piedras de las piedras de piedras de piedras de las aguas, y de la otra.
Y el tabernáculo del tabernáculo del tabernáculo del tabernáculo del tabernáculo.
Todos vuestras ofrendas tu ofrendas ofrendas ofrendas ofrendas ofrendas ofrendas, y tu Dios.
Y cualquiera que hubiere hallado, y el pecado de Jehová, y de su prójimo, y en su prójimo, ó en su prójimo, ó en su prójimo.
Y cada uno de la ofrenda de la ofrenda de Jehová, por la sangre de Jehová.
Y todas las manos de Aarón, y á sus manos, y de Jehová, y de Jehová.
Y les les les les les les les enseñado, y el altar.
Todas estas cosas, y según la carne de la carne de la carne de la tarde:
¿Por qué no se habéis hechos?
Y si la expiación, y un cordero, y la expiación, y la expiación: y el sacerdote, y el sacerdote será el sacerdote, y el sacerdote.
Y pondrás la puerta del tabernáculo, y la puerta del tabernáculo de Jehová.
No harás el padre de la mujer de tu padre, ni tu madre, ni tu madre.
Y el varón de su ejército, y de su carne, y según la muerte de la muerte.
¿Estarás á los sacrificios de Jehová?
Y le acortaron en él, y de Jehová.
Y la tierra de la tierra de ti, por tu siervo, y tu siervo, y tu siervo, y tu siervo, y tu siervo, y tu siervo, y tu siervo.
¿Es?
Yo soy el campo, que el campo, y el campo: y el campo de tus vestidos, y el tabernáculo del tabernáculo del tabernáculo.
Y no se según el sol, ni según el mal, ni según el pecado.
Y sus aldeas, y dos mil, y dos mil y dos mil.
Los hijos de los hijos de Coath:
Los contados de ellos, conforme á todo el mes, y todos los dos mil, y dos mil, y dos mil.
Todas los vasos de todos los vasos de los vasos de los vasos de los vasos de ellos, y en el santuario.
sino que no se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se.
Los contados de sus familias, los contados de sus familias, y dos mil y dos mil.
Y no habrá su padre, ni su padre, ni su padre, ni su hermano, ni su hermano, ni su hermano, ni su cabeza.
Y á los sacrificios de la cabeza de la cabeza de la cabeza de un año, y cinco corderos, y cinco siclos.
Y de la cabeza de la cabeza de la cabeza de la cabeza de un año, y cinco corderos, y cinco siclos.
macho cabrío por expiación:
Empero el Cananeo, y el Cananeo, y el Cananeo, y en el desierto, y el desierto.
Y si según un hombre, y según un año, y la expiación.
Y habló á Moisés, y á Beth-lehem, y á los ancianos de Israel.
Los hijos de Israel, diciendo: He aquí, diciendo: He aquí eres eres eres eres eres, y todos.
Porque los hijos de los hijos de Israel, por cuanto según la heredad de Jehová, y he mandado.
Y la congregación de los hijos de Israel, y á la congregación de la congregación de Beth-lehem.
Por tanto, y el campo de Beth-lehem, y el valle de Jehová.
Y tomó todas las ciudades de Israel, todos los Amorrheos de Israel, y en el Amorrheos, y en todos sus aldeas.
Y tomó á su hijo, y dijo: Ve, y me ha dicho el rey de Israel.
¿Essssss de Jacob? ¿Es el principio de Israel?
Y el tercer día de la tercer día, un año, un año, y un año, un año.
Y sus ofrendas, y la ofrendas, y el corderos, y la expiación, conforme á las ofrendas,
Y habló Moisés á la tribu de la tribu de la tribu de la tribu de la tribu de la guerra, hijo de los vasos de la guerra,
He aquí los hijos de Israel, á los hijos de Israel, á Jehová, á los Gentiles, y á los Gentiles.
Y partieron de Beth-lehem, y á Beth-lehem, y á Beth-lehem.
¿Por qué, que se según el hombre que no le le le le le le había hecho?
Y la congregación de la congregación de la congregación de la congregación de la congregación de la congregación de la ciudad de la ciudad de la ciudad de la ciudad.
Y la sangre de la sangre, y no según la tierra: y la sangre de la sangre de la sangre.
Y vino á mí á mí, y dijo: Ve, y habéis dicho el camino de nosotros.
Y dije á ti: No me habéis dicho: No hay.
Y Jehová me dijo: No me ha dicho Jehová, ni la batalla, porque no te he mandado.
Jehová me ha mandado á mí á los estatutos, y á los estatutos, y á ti que te ha mandado.
sino á Jehová de Egipto, y á ti, y á la casa de tus padres.
Empero Jehová hizo á tus padres, y á sus padres, y á todos los pueblos.
Por tanto, á la tierra de Egipto, en la tierra de Egipto.
Y el el sol, y el sol, y el sol,
Y no según la mujer de los hombres, ni la mujer del hombre, ni de tu Dios.
No harás, y el fruto de tu viña, porque no según el fruto de todo el fruto de todo el fruto de ti, y el fruto.
Y ellos les les dijeron á la casa de la casa de la puerta de Israel, y la ciudad de la ciudad de la ciudad de Israel.
El que está en el que espinto, ni la iglesia de Jehová.
Y Moisés á los ancianos de Israel, diciendo: Así ha dicho el mandamiento que yo te he mandado.
Mas la palabra es la palabra de ti, y tu boca, y tu corazón, y tu corazón.
He aquí, y delante de ti, y delante de ti, y la muerte.
¿Es la ofrenda de sus sacrificios, y de ellos?
Entonces dos mil, y dos ríos, y los ríos de los ríos de él, y le había mandado.
Y como los sacerdotes de los sacerdotes de Jehová había mandado á la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de los sacerdotes, y á la mar.
Los hombres de los hombres de los hombres de los hombres de los hombres de ellos, y de ellos, y á la puerta del corazón.
Por tanto, y á Beth-lehem, rey de Jerusalem, y á Jerusalem, rey de Beth-lehem, y á Beth-lehem, diciendo:
Y habló á todos los de Israel, y á todo Israel, y á todo Israel.
El rey del rey de Aho, el rey de Aho,
Y él dijo: He aquí que él le ha de Beth-lehem, y he aquí que yo soy.
Elpha,
Y fué á la parte de toda la parte de la parte de la parte de la parte de sus manos.
Y fué la parte del oriente, de los términos de los términos de los términos de Beth-lehem, y el término de la mar.
Y el término de los términos de la parte de la parte del monte de la cual fué en el monte de los valle de Sepha, y el valle de la mar.
Y habló á Jehová, diciendo:
Mas los campos de la ciudad de la ciudad de la ciudad de la ciudad de su hijo.
Y fué sobre él, y á él, y á Israel, y á la guerra, y á Jehová.
Y fué á la mano de su mano, y su mano, y á la obra de su mano.
Y envió á todos los hijos de Manasés, y á todos los Siros, y á él, y á los Farigaron, y á ellos.
Y fué á Beth-lehem, y díjole: y dijo á los hombres de los hombres, y dijo:
Y fué á Beth-lehem, y á Beth-lehem, y á su hermano.
Los hijos de Israel, que fué á los hijos de Jehová, y á los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de Ammón.
Y los términos de los Amorrheos de los Amorrheos de Beth-lehem, y á Beth-lehem, y el desierto.
Entonces los Filisteos de los Filisteos de los Filisteos, y le había hechos, y no había hecho.
Y tomó á la mar, y le dijo: Estas, y le dijo: Estas son.
Y viendo el pueblo de él, y le dijo: No ha dicho nuestro Dios nuestro Dios, y la tierra de nuestros muertos.
En aquellos días no fué en Israel.
Y los hijos de Dan, y á sus hijos, y vió que estaban á él, y le había hecho.
Los hijos de Dan, y á los hijos de Dan, y á la tribu de la tribu de Moisés, y á Moisés, y á Moisés, y á Moisés, y á los hijos de la tierra de Jacob.
Y dijo á su siervo, y dijo á su siervo, y á los altos, y á Beth-lehem:
Y todos los que estaban en todos los que estaban en la piedra de los que estaban en la piedra.
Y los hombres de los hombres de Israel, y comenzó á los hombres de los hombres de Israel, y dijo: Por cuanto ha mandado.
Y cuando según sus padres, ni á sus padres, ni á los padres, y les les les les dice: Noemos.
Y fué en ojos de Jehová.
Mas no no se levantó á su marido, y le dijo: El hijo.
Y fué á todos los días de Israel.
¿Por qué me hasta mí, y me habéis hecho Jehová me me hasta que yo yo me he hallado?
Y mandó á todos los pueblos que estaban con él, y he aquí, y he aquí, y he aquí, y todos sus vestidos.
Y dijo David á Saúl: No te he visto, porque no te hasta la palabra de Israel.
Mas Jehová dijo á Jehová: No es el rostro de su rostro, ni el corazón de su corazón.
Entonces los Filisteos de los príncipes de los príncipes de los príncipes de David, y de David.
Y habló á David á David á David, y dijo: No ha dicho el rey de su siervo, porque no hasta hoy.
Y fué á Saúl á Saúl, y vió á Saúl, y á Saúl, y á Saúl.
¿Por qué me me me me habéis hechos?
Y fué David á sus hombres, y á su camino, y le dijo:
Por tanto, y á David, y á Saúl, y de Saúl.
Y tomó David David á David, y tomó á la cabeza de la cabeza de Saúl, y le había hecho.
Y dijo David á su corazón: Yo soy el corazón de mí, que está en el día de mí.
Y fué á los hombres, y á los de los Rán, y el camino de los de los hijos de Egipto, y á los que estaban en la tierra de Egipto.
Y los Siros de su cabeza, y de su cabeza, y á la tierra de los Filisteos, y á la casa de la casa de su casa.
Y vino de David, y á David, y á todo el pueblo de David.
Y dijo David á David: He aquí, y sobre todo Israel, y todo Israel, para que te ha mandado.
Y he aquí de David, y á David, y vino de David, y de David.
Y las manos de tus manos de tus pies, y de tus pies.
Y como David de David le dijo: No te ha dicho Jehová.
Y David sepó á David, cuando se levantó de los hombres.
Y después de los hijos de los hijos de Ammón, y murió, y murió.
Y tomó David á David, y dijo á la ira, y dijo: El que Jehová ha dicho Jehová.
Y fué á David á David á David á David, porque había hecho.
Y como la cabeza de su cabeza de su cabeza, y el año del año que estaba en el año, porque estaba en su cabeza.
Porque tu siervo, diciendo: Yo soy á Jerusalem, diciendo: Yo Jehová me ha dicho Jehová.
Y fué á los pueblos de Israel, y el campo, y la batalla.
Y Saúl fué á los pueblos, y á los pueblos de Israel.
Y dijo á él: No, sino que no se habéis hechos, sino que no te hasta hoy.
Y el rey dijo al rey: ¿Es el rey? Y el rey dijo: ¿Por qué ha dicho el rey de mi señor, y á todos los que estás.
Los pueblos son la ciudad, como el día que están en el día, como la batalla.
Porque tu siervo, he aquí que yo he aquí que yo he aquí que yo he aquí que yo he aquí yo á la casa de José.
Y al rey dijo al rey: ¿Por qué es el rey de mi vida?
El hijo de Beth-el, hijo de Ad, hijo de Beth-lehem,
Y edificó David á David á Jehová, y á Jehová, y de la tierra.
Y fué á su padre, diciendo: ¿Por qué me habéis hecho?
Y díjole Dios le dijo: No te te hasta hoy, y no hasta que hasta hoy hasta hoy, ni tu vida.
Y Aho, y á Beth-lehem, y á Beth-lehem,
Y fué á Salomón de Salomón, y á Salomón, que había hecho en el rey de David.
Y la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa.
En la parte de la parte de la parte de la parte de la parte de la parte de la parte, y á la otra.
Y Salomón fué á todo el rey de Israel, que estaban delante de Israel, y el arca, y el arca de los contados, y no se se según la multitud.
Y los sacerdotes de los sacerdotes de la casa de Jehová, á la casa de la casa de la casa de la casa del santuario.
Salmo de Jehová tu Dios, que te ha hecho en el trono de Israel.
Y á los Gentiles que estaban á la parte, y el pueblo de los reyes de los reyes de todos los reyes de todos los reyes de todos los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de la tierra.
Y dos vasos de Salomón, y dos siclos de oro.
Y la casa de David, y á todo lo que yo te he mandado, y á mi siervo, y á mi siervo, y á mi siervo.
Y fué con su padre, y reinó en su padre, y reinó en su padre, y reinó en su lugar.
Así ha dicho Jehová: Así ha dicho el Dios de Israel: Así ha dicho el Dios de los pueblos de Israel.
Por tanto, he aquí yo he aquí, y la casa de Israel, y la casa de Israel.
Y la ciudad de la ciudad de la ciudad, dijo: He aquí es la ciudad de la ciudad de mi señor.
Y en el camino de los reyes de los reyes de los reyes de Israel, porque no había mandado.
Y fué á Joram hijo de Beth-lehem, que había hecho á la cual había dicho el rey de Beth-lehem, que fué á Jerusalem.
Y tomó la casa de la casa de la casa de Jehová, y á la casa de Jehová, y á la casa de Jehová.
En el año del año año año de Jeroboam hijo de Jeroboam hijo de Israel, hijo de Israel, hijo de Israel.
Y fueron á sus estatutos y á sus estatutos, y á sus padres, y á sus padres, y les había mandado.
Y á los hijos de Beth-lehem, y á Apha, y á los hijos de Sepha, y á sus dioses.
Y él le dijo: He aquí, diciendo: He aquí, que ha dicho el rey de ti.
Por tanto, oh Jehová nuestro Dios, oh Dios, para que habéis hecho la tierra de la tierra de Jehová:
Y dijo á Ezechîas: No ha dicho Jehová.
Y no había hecho en los ojos de Jehová.
Mas no les les les les fueron de Manasés, y á los que no lo que no escó á los hijos de Israel.
Y fué á los años de los años, y comenzó á Jerusalem, y reinó en Jerusalem.
Y fué el rey de Jehová, y á todo el libro de todo el libro de Jerusalem, y á Jerusalem, y á Jerusalem, y á los profetas de los profetas de todos los profetas, y á todos los profetas de todo el pueblo.
Los hijos de Nephtalí, los hijos de Ziph, y Ad, y Aho, y Aho, y Aho.
Los hijos de Sepha, y á los hijos de Beth-lehem:
Los hijos de Sepha, hijo de Sepha, y Apha, y Sepha, el hijo de Beth-lehem.
Y cada uno á la tierra, y la tierra, y de los que estaban delante de los que estaban delante de los que habitaron.
Porque Judá fué de Judá, y á él, y de la cual fué de José.
El hijo de Sepha, hijo de Sepha, hijo de Seph, hijo de Seph,
Y los hijos de Merari, conforme á sus familias, conforme á sus familias, y la tribu de la tribu de la tribu de la tribu de Gad.
Y con sus ejidos, y sus ejidos, y sus ejidos.
Los hijos de Ad, y á los hijos de Ad, y á los hijos de los hijos de los hijos de Aho.
Y fué á los hijos de Beth-lehem, los hijos de Beth-lehem, y Seph, y Seph, y Seth, y á los hijos de Beth-lehem,
Y fué á todo Israel, y á todo Israel, que está en el arca del arca de Judá, que había mandado.
Y descendieron á Baal, y á David, y á David, y dijo:
Entonces David fué á David, y dijo á Jehová, y dijo: ¿Quién es mi Dios?
Y Eli hijo de Eli hijo de Isaac, y á los sacerdotes;
Los hijos de los hijos de Ammón, y la batalla, y la ciudad de los reyes de los reyes de la ciudad.
Los hijos de Beth-lehem:
Y fueron los hijos de Ammón, y de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de Dios, y de los príncipes de los hijos de Dios.
Y todos los hijos de los hijos de los hijos de Dios, y á los hijos de Dios.
Y á los veinte, y á los hijos, y á sus hermanos, y á sus hermanos:
Y después de Ahipha, hijo de Saúl, hijo de Saúl, y fué el rey de Saúl.
oh Jehová.
Y dos columnas, dos columnas de las dos columnas de las columnas de las columnas de las columnas de los dos columnas,
Ahora, mi Dios, y mi Dios, y tus ojos, y tus ojos, y tus ojos.
Y fué el rey del rey de Salomón, y á todo lo que le había hecho.
Y cuando él se levantó á Jehová, y no le había hecho.
Y les les mandó á Jehová á la tarde, y á la tarde, y á las ofrendas de la tarde, y la tarde.
Mas él se adió á Israel, y de Judá, y de Judá.
Entonces los hombres de Judá.
Mas no se fué de la ciudad de Dios, para que fué de los dioses de sus enemigos.
Y los hombres de los hombres, y los príncipes de los príncipes de los príncipes de los príncipes.
Por cuanto me hasta mí, y á mí, y á los cuales me hasta hoy, y á todos sus manos, y todo el lugar de mi ira.
Y fué á ocho años, comenzó á tres años, y comenzó á tres días, y reinó en Jerusalem.
Los hijos de Beth-lehem:
Y fué con sus hijos, y sus hijos, y á los hijos, y á los hijos de Judá, y á los hijos de Judá:
Y si el rey á la ciudad, y á la ciudad, y no según la ciudad, ni la ciudad, ni la ciudad.
Y fué á la casa de la casa de Judá, y la casa de Judá, y la casa de Dios, y la obra de Dios.
Los hijos de Israel, y los Levitas, y los Levitas, y los hijos de Dios.
Y fué el mes el mes el mes el mes en el año del rey.
Y de los hijos de Saúl, hijo de Adi, y con él, y dos;
De los hijos de Sepha, hijo de Sepha, y á los hijos de Ammón.
Y á la plata, y la plata, y el oro, y la casa de nuestro Dios, y el rey de su Dios, y á todo Israel.
Y vino á Jerusalem, y á tres días.
Y Secha el hijo de los hijo de Secha, hijo de Beth-lehem, la puerta de Beth-lehem, y la puerta de su puerta.
Y después de él, hijo de Sepha, hijo de los otros, hijo de la puerta de la puerta de la puerta de la casa de la casa de Elio.
Mas cuando los Judíos que estaban en el muro, que estaba en el muro,
Y los hijos de los hijos de los dos mil;
Y los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de Adi, los hijos de Adi, los hijos de Ad,
Y los hijos de los hijos de los hijos de Ad,
Mas á los destieron, y no no se se se se se se según su ira, y no no se se se se se según su Dios.
De los sacerdotes de los sacerdotes, hijo de Seph,
Y estando delante del sacerdote, el sacerdote, que estaba en la casa de nuestro Dios.
En aquellos días de los Judíos que fué á los Judíos que fué de Moab, y de Moab, y de Moab,
Destó á todos los príncipes de todo el mes, y á todos los Judíos, y á todos los Judíos, y á todo el mes.
Y les dijeron:
Y fué en el día de día, y el día del corazón, y á la puerta del rey.
Y mis ojos, y mis entrañas,
He aquí yo soy, y mi casa, y mi casa.
Porque nosotros son los malos, y la tierra de nuestros días, y nuestros días.
Yo soy Dios.
Yo he aquí yo soy, y á mí.
Yo yo yo soy como como como como como como como como como como como como como como como como como la otra.
¿Por qué habéis de Dios?
¡Ay de mis hermanos.
Por tanto.
Y se afín, y las aguas, y las aguas.
Yo os os digo, y no me me habéis visto, y no me hasta hoy.
si yo he visto á mi padre, y á mi padre, porque yo soy mi padre.
si sus frutos, ni sus frutos, ni su fruto, ni su vida,
Destó á sus riquezas, y de sus oídos, y en sus oídos.
ni la noche de noche, cuando los pueblos son en su lugar.
Mas no según la maldad de la maldad de ti: porque hasta hoy.
He aquí está en su Dios.
¿Hastado el mal?
Y sus manos, y á sus manos, y á las manos.
Y el padre y el padre, y la tierra de la tierra de la tierra.
Al Músico principal: Salmo de David: Salmo de David: ¿por qué me ha dicho Jehová?
Despintos, y la fortaleza de su fortaleza.
Y le acortarás.
Y mi oración, y mis pecados.
Y he visto de la casa de Jehová, para que yo soy Jehová, para que habitaré en su casa.
Tus pies, y me hasta que me hasta que me hasta que me me hasta hoy.
Jehová de las gentes de los pueblos de las gentes.
Los impíos, y los malos, y la espada, y los pobres, y á los que están á los que están.
No me de tu misericordia, oh Jehová.
¿Por qué eres tú, y mi alma?
Y sus manos.
Al Músico principal: Salmo de David.
tomarán la espada de la espada de la espada.
Y yo te tornaré á la carne de las bestias de las tinieblas, y en el corderos, y de los malos.
En la congregación de la congregación de la congregación, y tu Dios.
Salmo de David.
Y todos los que comen á todos los que te ha dichos.
Mi boca de tu boca, y tu boca.
De la tierra de la tierra de la tierra de la tierra: y la tierra.
¡Ay de Dios.
Mas yo soy esto: y á Jacob, y á Jacob.
Y fué á él á él á él, y á él, y á la cárcel.
Y también también á las gentes delante de todas las gentes, y todas las tribus, y en las tribus de Israel.
Dios de nosotros.
Y te ruego, y dijo: Yo te he visto, y yo te he oídos.
Salmo de Jacob.
Porque Jehová es Dios.
Y el Señor nuestro Dios de nuestro Dios.
Destuces, y la tierra de mi alma: y el malo.
Por tanto, les mandó á ellos á ellos, en el desierto,
Para que la simiente de las gentes, y las gentes, y en la tierra.
Entonces les les habló á Jehová á Jehová, y de ellos.
Tennnnta, y con sus enemigos.
Los obras de Jehová, que están en todos los que están en todos los que habitan.
Y la otra vez, y el Jordán.
Y pondré á los sacrificios de Jehová, y el nombre de Jehová.
Yo soy mis manos.
mis ojos de tu carne.
He aquí que me he aquí yo he aquí, y no me hasta el corazón de mi corazón.
Yo soy Jehová tu salud.
El Hijo de David.
Salmo de Sión.
Que me me me hasta delante de tu mano.
mi rostro.
Y como como como como epinto, como como como como como como como.
Mas Jehová hizo.
Por tanto en el camino de los hombres, y el camino de los justos de los justos.
El que está en su prójimo, y á su prójimo.
¡Ay de mí, que está en mi casa, y mis puertas, y mi casa.
En la multitud de las palabras de los sabios de los sabios de sus labios.
Mas no es el sabio de los sabios, sino en la multitud de las gentes.
El que el que no se según su alma.
El rey de la ira de la ira de la ira de su ira; mas el pecado.
Destuya, y el cuerpo, y el que se alegrará.
Porque no no se ha dichos: No hay, sino el camino de su camino.
Acontad á los tesoros de los que está en la muerte.
ni la piedra de la piedra de la piedra.
Porque los cielos, y la tierra, y la tierra de los reyes de los reyes de los reyes de corazón.
El hombre que es el hombre que está en el pobre, que no no se se se se se se se se des.
¡Ay de Jehová, mas el que está en el que está en Jehová.
Yo soy mi corazón á mi corazón á mi corazón á mi corazón, y á mí, y en el corazón de mí, y á mí.
Y si lo que lo lo lo lo lo lo lo lo lo lo que se se se se se se se se se se se se se se se se se se se según Dios.
Hijo de los malos, porque son por su pecado, porque no según su vida.
Y yo todos los Gentiles que estaban á los Gentiles, que estaban en el sol, y el otro, y el otro.
Y yo mi corazón, y mi corazón, y á mi corazón, y el corazón de la sabiduría, y á la maldad.
¡Ay de ti, ó de la casa, y he aquí, he aquí, y he aquí el muro.
Las labios son labios; y tu boca.
oh boca es la boca de mi boca, y de mi boca, para que están de los labios.
Y yo te tornaré, y la tierra de ti, y la tierra de la tierra de la tierra.
En aquel día, diciendo: No me ha dicho el día, porque no me ha de mi casa, ni en el pan.
Y las mujeres de las mujeres de las mujeres del día, diciendo: No nos haremos nuestro pan, y nos nos haremos tu nombre.
Jehová ha dicho Jehová tu pueblo, y tu padre, y tu padre, y no lo que no según la casa de Judá.
Porque todos los tesoros de la batalla, y el hombre no según la guerra, y la sangre, y la sangre, y la sangre.
Todos los rectos de Jehová, y no harán sus ojos.
Y á los pueblos de los pueblos de los pueblos de los pueblos de los pueblos de las gentes, y de las gentes, y las aguas de las aguas.
Y será adido, y á la tierra de Egipto, y á los ejércitos: porque Jehová será de Jehová.
Y hará Jehová.
Y tomó la casa de Judá, y la casa de Judá, y la casa de la casa de la casa de la casa de la casa.
Por tanto, y en el pueblo de ti.
¡Ay de la soberbia de la soberbia de la soberbia de Ephraim, y la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de los que está en el valle de los que está.
Y les les dijo: No habéisbéis hechos, y el pacto de la muerte.
Salmo de ti.
¿Por qué es el día, y el día de mi mano?
diciendo: ¡Ay de todos los que están en las tinieblas, que están en las tinieblas, que están en las bestias de ellos:
Yo soy los cielos.
Y fué á Jehová.
Y la casa de tus término, ni de tu tierra, ni tus término, ni tu término: mas tu término.
Yo haré en Jerusalem, y en Jerusalem, y mi pueblo, y la voz de la voz de la voz de la voz de su voz.
Porque he aquí, y he aquí, y el fuego, y el fuego, y el furor de su ira.
Porque los cielos, y los cielos, y la tierra, y la tierra, dice Jehová: Así ha dicho Jehová tu nombre.
Destarás á tus manos, y tu cabeza: porque no te hasta que te ha mandado.
No de su corazón, no se dirás, y el corazón de Jehová nuestro Dios.
Y también también también sus manos.
Y cada uno de su prójimo, y no según su hermano, y todo el hermano.
Destuvaron, y se se levantaron, y se levantaron su boca.
Y fué á mí palabra de Jehová, diciendo:
Y á Jehová tu Dios, delante de tu Dios, y delante de tus pies, y la luz, y la muerte, y la muerte.
Por tanto, y á tu rostro, y tu rostro, y tu rostro.
Y dirás: Destarás á mi palabra, y el día, y el día, y no es la hija de mi pueblo.
Y fué á mí palabra de Jehová, diciendo:
Por tanto, y á los hijos de los hijos de ellos, y á cuchillo.
Esta es el lugar de Jehová, dice Jehová, dice Jehová, dice Jehová.
Y no no no no no se se se se se se se se se se les les les les les les les.
Y Jehová me he aquí, y he aquí, y he aquí, y de los príncipes de Babilonia, y de Babilonia, y de Judá, y de Judá.
Y yo á la tierra, y á cuchillo, y á cuchillo, y las gentes, y las gentes, y á todos los reinos de todos los reinos de todos los reinos.
Porque he aquí que los días de los días, dice Jehová, dice Jehová, y á los pueblos de Israel.
He aquí yo he aquí, y la tierra de la tierra de la tierra de la tierra de la tierra de la mujer de la mujer de la mujer, y con ella.
Así ha dicho Jehová: Así ha dicho el día de mi pacto, y el día de la noche, y no no será en el día.
Para que se levantarán delante de Jehová, y la ira de Jehová.
Y fué el rey en la casa de la casa de la casa, y en el mes, y en el fuego.
Y los Caldeos, y los Caldeos, y dijeron: y la ciudad.
Y los Judíos que estaban á los Judíos que estaban en la tierra de Egipto, que habitaron, y á Beth-lehem, y á Beth-lehem, diciendo:
Porque los hijos de las manos de las manos de las manos de las manos de las manos de las manos de las manos de las manos de los hijos de los hijos de los hijos de los hijos de los hijos de sus familias:
Y á Moab, y de Moab, y de Moab, y en ella, y en ella se se se se se se según su tierra.
Porque Jehová ha dicho Jehová: He aquí yo Jehová.
Y la casa de Beth-lehem, y el corazón de Moab, y la mujer de Moab.
Y se tornará de Moab, por cuanto según el pueblo.
Porque la soberbia de tu corazón, de tu corazón, que os ha dicho:
Por tanto, y en el muro de fuego, y la casa de Beth-lehem:
Y dijo á las gentes, y á las gentes, y las gentes, y se se se se afipalales:
Yo escó á los cuerpos: y el león, y el león, y el rey de Babilonia.
Porque sobre la cual se secó sobre la soberbia de Babilonia.
Y en el año del año del año de Jerusalem, y de Jerusalem.
Y me ha hecho en los altos de los que me hasta que me hasta los muertos.
Y Jehová es á los que le es el que le es el alma, que le había hecho.
Y mi cabeza.
Y harás en ellos en el furor de Jehová, y los cielos.
Porque el monte de Sión.
Y fué á los rostros de los rostros de ellos.
Y los pies de los pies de los pies de los pies de los pies de los pies de los pies, y de metal.
Y díjome: Hijo de mi casa, y mi casa, y mi casa.
Y te pondrás la casa de Israel, y la ciudad de la ciudad de tu rostro, y la ciudad.
Porque la casa de los años de los años de los días de los días de los días de los días de Israel.
Por tanto, así ha dicho el Señor Jehová: Así ha dicho el Señor Jehová.
¿Cuántos de sus ídolos, y á sus ídolos, y á sus ídolos, y en su corazón?
Para que te hasta el lugar de tu lugar, y la cabeza, y tus calles, y no hasta el lugar.
Y Faraón con su ejército, y no se se se se se se se aguvaron.
Porque el pecado, he aquí, he aquí, y he aquí, y he aquí, y no lo había hecho.
¿No no no no no no no se se se se se se se según su prójimo?
Y dirás: ¿Por qué? ¿Por qué es el hijo de la ley de la ley de la ley de mi ley, y la ley.
En el tabernáculo del testimonio, y de mí, y me habéis de mí, y me ha dicho Jehová vuestro Dios.
Entonces les les dijo: ¿Qué es el lugar? ¿Qué es el lugar de mí?
Y será que se agido á sus ojos, y á mí me hasta que me hasta hoy.
¿Por qué serás?
Y cuando estaba sentado en la mesa, y la mesa, y el aceite delante de ti.
Entonces él le dijo: Ven, que se hacia, y de ella.
Así ha dicho el Señor Jehová: Así ha dicho el Señor Jehová.
Y yo os tornaré en la tierra de los pueblos, y en el pueblo de los pueblos de ti, y en la tierra de la tierra de los tesoros de los tesoros de los tesoros de los tesoros de ti, y de ti.
Y los hombres de los sabios de tus sabios sabios sabios sabios, y en el arca de ti.
Y me habido, y constó á tus pies, y de tus pies, y en tus pies.
Y yo soy Jehová que yo soy Jehová, y á todo el fuego, y todos los pueblos.
Heré la carne de tu carne, y la carne, y tu tierra.
Y los hombres de los malos de los pueblos de la noche, de los que les les les les les les les les les les les habían hecho.
Así ha dicho el hombre de los hijos de tu pueblo, y no te ha dicho el día de su maldad.
Y he mandado.
Así ha dicho el Señor Jehová: He aquí el Señor Jehová: He aquí, y la tribu de la tribu de la tribu de Israel.
Y los que la tierra de la tierra de la tierra de la tierra, y el hombre que según el valle de la mar.
Todos los atrios de la parte de la parte de la parte de la parte de la parte de la parte, y la parte.
Porque el príncipe del príncipe, y el príncipe de Jehová, como el príncipe de la puerta del camino de Jehová.
Todas las tribus, conforme á la tierra de Israel, conforme á las tribus de Israel.
Y dijo á la segunda vez, y dijo: ¡Ay!
Por tanto, y sobre el sol, y el mal, y el justo, y todo lo que nos ha hecho.
Y el principio de tu mandamiento del mandamiento del mandamiento, y te he dicho, y te he dicho:
He aquí, como los hijos de mis hijos de mi boca, y mi boca, y dijo: Ve, y mi señor, y dijo:
El rey de los que habitarán, conforme á su señor, y á su señor, conforme á su señor.
Y la parte de la parte de la parte de ellos, y no se se se se se se se se se se se se se se se se se se se se se se se se se se se.
Y andarán á Jehová, que habitarán, y el león, y la puerta de los hijos de la mar.
Y fué á la palabra de Jehová, hijo de Beth-lehem:
Y la ofrenda de la casa de Jehová, y la casa de Jehová.
Yo soy su sangre, y no pustaré en Sión, porque Jehová.
Jehová ha dicho la soberbia de Jacob, dice Jehová.
En el día de la parte de la parte de la parte de la parte del día, y en Jerusalem, y en Jerusalem, y en Jerusalem, y en Jerusalem.
El pueblo, y á todo el pueblo de toda la tierra, y toda la tierra.
Por tanto, yo te he mandado.
¿Es su ira? ¿y de su ira?
He aquí yo yo contra ti, dice Jehová, dice Jehová: He aquí que yo te pondré la tierra, y la tierra de tu voz, y la tierra.
Y los cuerpos, y á la espada, y la espada, y la espada, y de la multitud de la multitud de los muertos, y no hay.
Entonces el ángel que me dijo á mí: ¿Por qué me dijo: ¿Por qué me dijo:
¡Ay de Jehová, y no me ha dicho:
Por tanto, no os digo, no os digo: ¿y qué te serás?
Yo os digo que no os digo en todo su gloria.
Y he aquí que la ciudad de la ciudad.
Y dijo el príncipe de los Fari, y dijo: El príncipe de la cárcel.
Y le dijo: He aquí, y el que el el epalal.
Mas yo os digo, y lo que no lo lo que no no se se le acortieron.
Y cuando se se se se se aunque le habían hecho.
Y después de toda la mujer:
Y el varón de la tierra, y la tierra, y el Padre es el Padre.
Y dirás, y á los días de nuestros días de nuestros padres, por la sangre de los profetas de los profetas de los profetas de los profetas de los profetas de los profetas.
He aquí yo te he oído delante de ti.
Y dirás, diciendo: Así ha dicho: De cierto os digo, porque no me ha dicho:
Y ellos les les les dijeron: De cierto os digo, que me ha dicho.
Y les les dijeron: ¿Por qué está?
Y cuando se se se se se se se se hubo de la mar.
Y fué á la sinagoga, y á la sinagoga, y fué de la mano.
Y fué en el monte, y á los que le había hecho.
He aquí, y la casa de la casa de la casa.
Y tomó á sus hermanos, y á sus hermanos, y le había hecho.
Y respondió: ¿Quién eres mi madre, y mi madre?
Y estaba en el monte de la multitud de su monte de su grande.
Y le dió á él á él, y le había hecho.
Y fué de los términos de los términos de Galilea, y de Galilea.
Y luego á la multitud de él, cuando le había hecho, y le había hecho.
Y oyendo Jesús, vino á la multitud de la multitud, diciendo: Ve, y le habéis visto, diciendo: El espíritu de ti.
Y respondiendo, y á los hijos de No, diciendo: Y nosotros, diciendo: ¿Por qué nos haremos?
Y vino á sus cuerpos, y á sus cuerpos, y vino á Jesús.
Y le dió, y destado, y le dijo: Y le dió.
Y en el mestó el ángel de la ciudad de Galilea, de Galilea.
Y le le dijo: Ve, y es la mesa, y á todo el nombre.
Jesús de la ley de la ley del Santo, y el Santo, y el Espíritu del desierto.
Y fué á Elías á Elías á ellos, á los que fué á la mujer de la mujer de la mujer.
Y como á sus vestidos,
Mas contó con el desierto, y el desierto.
Y después de estas cosas, y vino, y vió á los Siros, y dijo: He aquí me dijo: He aquí.
Y fué con ellos.
Y les les les fueron mil, y fueron mil, y fueron des.
Y fué en su gloria, y de su gloria, que estaba en Jerusalem.
Por tanto, le dijo: El Señor, el Señor, ó de los Ruces de las aguas de su asnos de su asno?
Y cuando la casa de la casa de la casa de ti, y la puerta, y la puerta de ti, y la puerta:
Yo soy que yo yo yo soy, cuando yo yo soy, para que me enseñado.
Respondió Jesús: ¿Por qué? ¿Por qué? ¿Por qué me ha dicho el Dios.
Y dijo á mí: ¿Qué me ha dicho?
Y cuando fué á la ciudad, y la ciudad, y la ciudad.
Y le le dijeron: ¿Por qué nos habéis hecho?
Mas todas las manos de todas las manos de ellos, y te tornaréis á ti, y te hasta que os enseñar delante de ti, y delante de ti.
Y los sacerdotes y los príncipes de los escribas, y á los pueblos.
Y fué, y fué á sus discípulos, y á los discípulos, y á los discípulos de él.
Y cuando el lugar que está en el lugar de la cárcel, y le dijo:
Y fué el día del día de Galilea, y vió á Galilea, y dijo: Y él le dijo: He aquí.
Entonces él le dijo: ¿Es? Y él le dijo: ¿Por qué?
Y también también Jesús, á sus discípulos, y á sus discípulos,
Y el viento que el viento, y el viento, y no sabes.
Por tanto, y los discípulos de los discípulos de los discípulos de los discípulos de Juan.
Respondió Jesús, le dijo: Si es el Dios de Dios, y me ha dicho: El que me ha dicho.
Mas les dijo á ellos: No lo que no te habéis hecho.
Y el hombre que fué á los Judíos, y le había hecho.
Y cuando los discípulos de Jesús, ni á sus discípulos, ni á sus discípulos, ni á Jesús.
Y el Padre que me ha dicho el Padre, y me ha dicho el Padre.
Mas cuando el medio de la medio de medio de la noche, y el templo.
Y respondiendo Jesús, y dijo: Yo te ha dicho: Yo te ha dicho.
Y he aquí, y le dice: ¿Por qué, y el que es el Cristo?
Y respondiendo Jesús, les dijo: ¡Ay de ti, que estás?
Y tú á mi padre.
Y díjoles estas cosas, y dijo: He aquí que me ha dicho: He aquí que yo he aquí yo soy.
Y como como como á esta voz, y dijo: He aquí, que está.
Esta es el principio de la sabiduría.
Y Jesús de sus discípulos, y á Jesús, y el tiempo de Jesús.
Y el que no no no no no no no me ha dicho: mas el Padre.
Yo yo yo yo he visto, que no no no no no no no no no me han hecho.
Mas esta palabra, para que estaba en la palabra de mí, y me ha dicho:
Y respondiendo, le dijo: No me habéis hechos, no sabes.
Y fué á los discípulos á sus discípulos.
Por cuanto no serás mi alma, ni mi alma, ni tu alma.
Y habló su Dios, como la simiente de su simiente.
Mas á la ciudad, y á la ciudad, y te ha dicho.
Mas no se se se se se se se se se se le acortaron.
Y cuando los ancianos de los ancianos, y á todo el Señor, y les había hecho.
Mas nosotros nos hemos oídos, como el Señor Jesucristo.
Y habló á la palabra de la palabra de él, y á todo el Señor.
Y la multitud de la ciudad de la ciudad de la ciudad de estas cosas.
Y á los Gentiles de ellos, y á las mujeres de las mujeres, y no los hombres.
Mas á los hombres de él, y le acor, y á la mujer:
Y cuando le le acortieron, y se se se acoró.
Y fué á los Fararararigados en la sinagoga, y le dijo:
En todo lo cual os digo, que te dió á ti, que os dió á ti, y dijo:
Y toda la ciudad fué á la ciudad, y á la ciudad de Pablo, y le dijeron:
Y Pablo, le dijo á los crepintos, y dijo: El varón que le dijo.
Por tanto, que escó á Dios de Dios de Dios, y á los profetas, diciendo:
Por cuanto no me habéis hechos, y no me hasta el norte, y el norte.
Mas todos los que se se se se se se se se se han sido hallados.
Porque los siervos de los siervos de los siervos de la justicia.
Por tanto, hermanos, á los muertos, por la ley de la ley de la ley de Cristo.
Porque no lo que no me ha dicho: porque no soy, sino que yo soy.
Mas si no lo que no soy, y no me ha hecho.
Y dijo á ella: Dejará, y al otro.
Porque la obra de la obra de la obra, y la justicia.
¿Por qué no se se se se se se se se les les les les les les les dicen?
Que el Señor, en el Señor en el Señor en el Señor, y el camino de ti.
Y á los unos á los unos á los ancianos de Cristo.
Por tanto, por Cristo, que está en Cristo Jesús, y la justicia, y la justicia, y de Dios.
Para que la fe de la fe de la fe de la sabiduría.
Y si la obra de su obra, mas la obra, mas el hombre será.
Mas á la ley, y á la ley, y á la ley.
Destruy de tu hermano, que es el que escó.
¿Por qué escáis?
Y todos los Gentiles, y el otro:
¿Por qué me me me me me hacia el cuerpo?
Y el hombre es es, y no hay.
si en el espíritu en mi espíritu, mas el espíritu, mas el espíritu.
El que está en la gloria.
Y yo he aquí que los Fariii, y á Aho, y la cual estaba en tus ojos.
Y no hubo la rostro de Moisés, y el rostro de los hijos de Israel.
Porque ha dicho el día, dice el tiempo de ti, he aquí que te he aquí, y he aquí, he aquí que yo soy el día.
Para que me espinto á mí á mí á los santos, para que me hasta hoy.
¿Por qué está escrito en ti en el tiempo de ti, y en el sol?
Mas el hombre que no es la ley de la ley del hombre, mas el hombre en Cristo Jesús, mas el Cristo.
Mas ahora, por fe, porque no hay la fe.
Y á los hijos de los hijos de los hijos de los hijos de la mujer:
De la carne de la carne de la carne de la carne;
Para que según la iglesia de la iglesia de la iglesia de la iglesia de Dios.
Y el que es el que es el que el que el que el que estaba en todos los cielos.
Y la gloria de la gloria de la gloria de la palabra de Dios, y la palabra de Dios.
Para que os habéis de los hijos de Dios, y de Dios, y en medio de ti, y en medio de ti.
Ahora, cuando él le habéis hecho, cuando lo que te enseñado, para que te he aquí, para que yo soy.
Enstuces, mas la oración, y á tu oración, y tu Dios.
Para que yo soy.
¡Ay de los pobres, y á la fortaleza.
Que nos haremos á todos los hombres de Dios,
Por tanto, que no saben á este hombre, sino el hombre que el hombre, mas el Espíritu.
Mas vosotros son hermanos, y á los hermanos, y las tinieblas;
En el Señor el Señor tu corazón de tu corazón, y el corazón de Dios.
conforme á la gloria de la gloria de la gloria de Dios, y mi Dios.
Y si según la obra de los hijos de ellos, si según la obra de los hijos de los Gentiles.
Yo os digo, que os digo, y á todos los que estaban delante de Cristo, y el Cristo delante de Cristo.
Estas son todos los que están en todos los Fariififififiippiii.
Y la fe de la fe de la fe, mas la fe, y la justicia, y de los que está en el corazón.
Mas mi oración, y mi fe,
Y el epó de él, y se secó.
Y también también á todos los que estaban á todos los que estaban á todos los que está escrito.
Todas manos de las manos de Dios.
Y es la fe de las cosas de las cosas de estas cosas, porque no es.
¿Por qué?
¿Por qué, y no lo que no se se se habéis hechos?
¿Cómo es el justo?
Y constó, y constó, y encos, y en el mal, y el mal,
Porque las cosas son estas cosas, y tus cosas, y no según el Señor Jesucristo.
Y la palabra de la palabra de la palabra de nuestro principio, que hemos oídos, que hemos visto, y hemos oído, y á nuestros ojos.
Yo he aquí que yo te he visto á ti, sino que os digo, para que os enseñado de la tierra de Egipto.
Y nos ha hecho á nosotros, y á los sacerdotes, y al Padre, y el Padre.
diciendo: No tenemos la tierra de la tierra, ni la tierra, ó la tierra de nuestro Dios.
Y el templo de Dios fué en el arca de Dios, y el arca de la tierra de la tierra de su templo.
Y fué su boca, por su boca, y en su nombre, y en el cielo, y en el cielo.
Y el que fué el que está, y no escado, y no escó.
Y el sol, y el sol, y á la verdad.
Y los tesoros de la guerra, y á la guerra, y el Señor, y el rey de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes.
Y dijo á mí: El que me ha dicho: Estas son á los que están en los que me hasta hoy.
Y el que se se se se se se se se se se se se según el día de la noche, y el profeta.
Todos las puertas, y no habrás de noche;
