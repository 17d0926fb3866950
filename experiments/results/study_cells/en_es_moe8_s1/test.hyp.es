Y no se se se se se en la tierra de la tierra.
Y dijo Dios: De las aguas, y la tierra, y la tierra de la tierra de la tierra.
Y el tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercero, y el río de los ríos.
Y dijo á la mujer de la mujer:
Y todos los días de los días de dos años, y murió.
Todos los días de los días, y dos años, y murió.
Y tomó á la tierra.
Y dijo Dios á sus hijos, y díjoles: He aquí, y la tierra.
Y fué á los cuarenta años de los años, y engendró á los hijos de los hijos de los hijos de los hijos.
Y tomó á su mujer, y á su hermano, y á toda la tierra de su hijo, y les había mandado.
Y cuando los Egieres de Egipto, y dirás: No es su mujer.
¿No me me ha de la tierra?
Y respondiendo, dijo: He aquí yo he aquí yo soy el Señor.
Y David dijo á su mujer, y dijo á mi mujer.
Y en el desierto del desierto.
Y dijo á los nombres de Jehová: Así ha dicho el monte de la cual es el monte de Jehová.
Y mi cabeza y mi cabeza, y á Jehová, y á mi Dios me ha hecho en mi hermano.
Y tomó á su espíritu, y murió en un hombre, y ocho años, y ocho años de su pueblo.
Y no le le había hecho, porque le había hecho su hermano.
Y he aquí, y he aquí, y dijo á la tierra de la tierra de la tierra de la tierra de la tierra.
Y fué á Jacob, y parió á Jacob.
Y él dijo: He aquí, y me ha dicho.
Y él dijo: ¿Qué te te te te ha dicho: ¿Qué me habéis de ti?
Y tomó con todo el monte de todo el monte de Beth-lehem, y á Beth-lehem, y á Beth-lehem.
Y fué Dios á la noche, y á la noche, y dijo: He aquí que no te ha dicho.
Y dijo á su padre: No soy mi padre, y no me me ha dicho: porque no me me ha dicho.
Y dos machos, y cuatro mil, y veinte y cuatro mil, y veinte.
Y envió con ellos á mi alma, diciendo: He aquí, y á su hijo.
Y fué la parte de la parte de la parte de la parte de la otra.
Y él dijo: ¿Qué serás?
Y fué la mañana de la mañana, y de sus asnos, y se fueron.
Porque dos años, y dos años, y en la tierra, y no será en la tierra.
Y harás en la tierra de tu tierra, y tus hijos, y tus hijos:
He aquí, y he aquí, y mi hermano es mi hermano.
Los hijos de Aho, y á Aho, y á Aho, y á Bar.
Y mi alma, y no se de su gloria.
Y fué á la parte de la parte de la parte de la parte del Jordán.
Y le le le le le le le mandó á ellos,
Y dijo á su pueblo: He aquí los hijos de Israel.
Entonces fué destado, y le dijo: El hijo de su hijo, y el hijo de su hijo.
Y tomó á Beth-lehem á su padre, y á su mujer, y tomó á Moisés.
Y Jehová dijo á Aarón, y á la tierra de tu mano, y tus aguas, y de Egipto.
Entonces dijo á la palabra de Faraón: No es el Dios.
Y mandó á su corazón, y no lo que no había hecho.
Porque si si si si no lo lo que se se adifican.
Y habló á la noche, y á la noche, y todos los siervos de Egipto, y de Egipto.
Y los Edieron de Egipto, y á la tierra de la tierra de la tierra de la tierra.
Y habló Moisés á la parte de Israel, y á la parte del desierto.
Y Moisés dijo á Moisés: No es el reino de Jehová.
He aquí yo he oído delante de vosotros delante de ti, y te he mandado.
Y habló Moisés á su siervo, y tomó á Moisés, y de Dios.
El aceite, y el aceite, y el aceite, y el aceite, y el aceite,
Y harás el altar del altar del altar, y el altar, y el altar.
Y harás á los vestidos, y á Aarón, y á la mar, y el altar, y el altar, y el altar, y el altar, y el altar de la mar.
Y todos sus mesas, y la mesas, y el altar, y el altar del altar, y el altar,
Y á los hijos de los hijos de Israel, diciendo: Por lo que está en ti.
El tabernáculo del tabernáculo, y sus columnas, y sus columnas, y sus columnas;
Y él con él con el Espíritu de Dios, y en toda sabiduría, y en toda obra.
Y habló Moisés á Moisés, y á todos los sabios, y á todos los sabios de Jehová, y á los que había mandado.
Los tres codos, y cuatro codos, y cuatro codos, y cuatro codos.
Y cada uno de piedras de piedras, y cuatro mil, y de la otra, y la otra, y la otra.
Y el tabernáculo del tabernáculo del tabernáculo del tabernáculo.
Todos los sacrificios de tu sacrificios, no será de tu Dios.
Y si si no se se adupista contra Jehová, y con su prójimo, ó con su prójimo, ó de su prójimo, ó de su prójimo.
Y la expiación de la ofrenda de la ofrenda de la expiación.
Y todas las manos de todas las manos de sus manos, y á sus manos.
Y se adieron la parte del altar, y el altar.
Y de estas cosas, cuando secieres, y des des, y destuvo.
No te harás constarás á los que no según lo que no será des.
Y he aquí que el sacerdote, y el cordero de un cordero, y el becerro, y la expiación: y el sacerdote.
Y pondrán los vasos de Jehová, y la puerta de Jehová.
No será tu padre de tu padre de tu padre, ni tu madre.
Y si el hombre con su hija de su hija, será de la muerte.
Y será inmundos á los sacrificios de Jehová, ó el sacrificio de su ofrenda, ó de sus ovejas.
Y se se se se se se se aduvieren á Jehová.
Y la tierra de tu siervo por tu siervo, por tu siervo por tu siervo, por tu siervo, por tu siervo.
Y si no te habéis de tu prójimo, ni de ti, ni de ti.
Y yo he aquí que el campo de la verdad, y el campo del campo, y será de tus vestidos, y de tus vestidos.
Y no será inmundo, ni el mal, ni el mal, ni el que se se se hubiere destado.
Y sus aldeas, y dos mil y dos mil y dos mil y dos mil y dos mil.
Los hijos de los hijos de sus hijos, y los hijos de Benjamín, y de Benjamín.
Y los contados de los contados de los cuales fueron de los dos mil, y de los dos mil, y dos mil.
Y pondrán todos los vasos de los vasos del santuarios, y según el santuario, y será con ellos.
mas no se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se ay.
Los contados de los contados de sus familias, y sus familias, y dos mil y dos mil.
Y no será de su padre, ni su hermano, ni su hermano, ni su hermano, ni su hermano.
Y á los sacrificios de la cabeza de la cabeza de un año, y dos corderos, y siete corderos, y el año de un año.
Y á los sacrificios de la cabeza de la cabeza de un año, y siete corderos, y cinco siclos, y de la expiación.
Un macho cabrío por expiación:
Y á la familia de los Filisteos, y á la mar, y el desierto, y el desierto.
Y cuando se afepinto, y el año de un año.
Y habló Moisés á Moisés, y á los ancianos de los ancianos de Israel.
Y los hijos de los hijos de Israel, diciendo: ¡Ay de todos los que nos haremos.
Porque los hijos de los hijos de los hijos de Israel, como Jehová he mandado á los hijos de los Levitas, y yo he mandado.
Y los hijos de Israel fué á la congregación de la congregación, y fué en el mestado.
Y dijo á los que está en el valle del valle de Jehová: He aquí en el valle de los Amorrheos,
Y fué á todas las ciudades de Israel.
Y tomó á su criado, y dijo: He aquí, y me ha dicho el rey de Israel.
¿Quién es el polvo de Israel?
Y el tercer día de la tercer día, dos corderos, siete corderos:
Y tomó la expiación, y el becerro, y el becerro, y el becerro, y el becerro, y el becerro,
Y habló Moisés á la tribu de la tribu de la tribu de la tribu de la tribu de los vasos de la guerra, y á la mar, y á los vasos de los vasos.
Y he aquí los hijos de Israel, y á los hijos de Jehová, y á la congregación de la congregación de Jehová.
Y partieron de Beth-lehem, y á Aho.
ó con ella, y no le le había hecho, y no le había hecho, y le había hecho.
Y la congregación de la congregación de la mano de la mano de la ciudad de la ciudad, y la ciudad de la ciudad de la ciudad de la ciudad.
Y no te será de la tierra.
Y dijo á mí á mí, y díjoles: Ven á la tierra de nosotros.
Y dije: No te he hallados.
Y dijo á mí: No me ha dicho Jehová: porque no te haré en la tierra.
Jehová me ha dicho á los pueblos, y á vosotros, y á los que os habéis hechos.
Por tanto, porque Jehová habéis hecho á la casa de tu Dios, y á tus padres.
Y Jehová hizo á tus padres, y á sus padres, y á sus padres.
Por tanto, y á la tierra de Egipto.
Y el sol, y el sol, y el sol, y el sol,
Y no le le le le le le le le darán á las mujeres de las mujeres: porque el que está en tu Dios.
Y no te harás tu fruto, ni de toda la tierra, porque no te habéis de ti.
Y harás la casa de la casa de la ciudad de la ciudad, y la ciudad de la ciudad de la ciudad de la ciudad de Israel.
El que se se se se se se se se se se se se se se en la iglesia de Jehová.
Y Moisés les mandó á los ancianos de Israel, diciendo:
Mas á la palabra de tu corazón, y á tu corazón, y á tu corazón.
He aquí yo he oído delante de ti, y la muerte.
¿Por qué según la ofrenda de la tarde?
Entonces fué dos mil de la parte de la parte del monte, y vino á todo el monte de todo el hijo de Jehová.
Y cuando el arca de Jehová fué á la parte del pacto de la tierra de la tierra de la tierra de la mar, y fué de la mar, y á sus pies.
Los varones de los hijos de Antieron, y los cuales fueron de ellos.
Por tanto, diciendo:
Y habló á Beth-lehem, y á todo Israel, y á Jacob, y á Jacob.
Y el rey del rey del rey, y el rey,
Y dijo: He aquí, y le dijo: He aquí, y yo soy mi mujer.
Elel, y á Beth-lehem,
Y á la parte de la parte de la parte de la parte de los que estaban con sus vestidos.
Y fué de la parte de la parte de los términos de los términos de los términos de la mar.
Y el término de la parte del monte de la parte del monte del monte de la cual es el monte de su hijo.
Y Jehová habló á Moisés, diciendo:
Mas el campo de la ciudad de la ciudad, y á la ciudad de su hijo.
Y fué Jehová á él, y á Israel, y fué á la guerra.
Y tomó la mano de la mano de su mano, y la obra de su mano, y el templo.
Y envió á todos los siervos de José, y á él, y á él, y á los que habían venido.
Y fué á él, y dijo: Y él, y dijo:
Y fué á Jerusalem, y á Beth-lehem, y á su hermano.
Y los hijos de Israel fué á los hijos de Jehová, y á los dioses de Jehová, y á los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de Israel.
Y los términos de los términos de los términos de los Amorrheos, y á los desiertos de los desiertos.
Entonces los Filisteos fueron los Filisteos de sus aldeas, y no le había hechos.
Y tomó á Beth-lehem, y le dijo: He aquí, y le dijo: He aquí que está en la mar.
Y cuando le dijeron: Ven á la tierra de la tierra.
En aquellos días no había hechos.
Y fué de los hijos de sus hijos, y les habían venido á él.
Los hijos de los hijos de Nephtalí, y á la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tierra.
Y dijo á su siervo, y dijo: Veremos en Gabaa, y de Beth-lehem, y será en Beth-lehem.
Y todos los hombres que estaban en la piedra, y cuatro mil, y de la piedra de la piedra de la piedra.
Y los hombres de la guerra, y á la guerra, y á la guerra, y les dijeron: Por cuanto fueron de la guerra.
Y tomarán á sus hermanos, ó á sus hermanos, que nos haremos: porque nos haremos.
Y fué en su alma.
Mas él no le dijo: No es su marido, y le ha dicho el niño de su hijo.
Y habló á todos los días de Israel.
¿Es? ¿Estaré delante de Jehová, y yo yo he oído delante de sus ojos?
Y tomó á todos los pueblos, y he aquí, y he aquí, y he aquí, y he aquí, y he aquí á todos sus vestidos.
Y dijo á Saúl: No te habéis de ti, y te habéis hecho Jehová.
Mas Jehová dijo á David: No me ha dicho el rostro de su rostro.
Entonces los príncipes de los príncipes de los príncipes de David, y tomaron David.
Y dijo á David á su padre, y díjole: No lo que no ha dicho, porque no te habéis hecho.
Y habló á Jesús, y le había hecho, y les les había mandado.
¿Por qué te he oídos?
Y fué á David á su camino, y vino, y vino á sus palabras.
Por tanto, y á David, y le había hecho.
Y tomó David, y tomó la cabeza de la cabeza de la cabeza de Saúl, y le había mandado.
Y David dijo á su corazón: No es el día de la mano de mí.
Y fué á los hombres, y á los Cananeos, y á los de los de los moradores de los moradores de los moradores de los moradores de la tierra.
Y sacaron á su cabeza, y á la tierra de la tierra, y á todos los Filisteos, y á todos los Filisteos.
Y fué de David.
Y David dijo á David: Veré mi señor, y á todo Israel, y á todo lo que te serás.
Y he aquí de David, y dijo á los siervos de David.
Y los pies de las manos de tus pies, y de tus pies.
Entonces David dijo á Jehová: No te ha dicho: No te ha dicho el cuando no de ellos.
Y envió David David.
Y fué el rey de los hijos de los hijos de su hijo, y reinó en su lugar.
Y dijo á David á la ira, y dijo á Jehová: He aquí que Jehová ha dicho el hombre.
Entonces David envió á David á David á mí, porque fué hecho.
Y como la cabeza de la cabeza de su cabeza, por el año, y el año de la cabeza de su cabeza.
Porque tu siervo, diciendo: He aquí, diciendo: He aquí, diciendo:
Y fué el pueblo de Israel.
Y fué á la parte del pueblo, y de Israel.
Y dijo á él: No es es el día de ti, sino el día de ti.
Y dijo el rey: ¿Quién es el rey? Y dijo: ¿Qué es el varón de David.
Y los pueblos que se según la ciudad de la ciudad, que están en la guerra.
Porque yo he oído que yo he oído, he aquí que yo he visto á la casa de José.
Y díjole: ¿Qué es el rey?
Y á Achêa, hijo de Aho, hijo de Seme,
Y fué á David á Jehová, y á los sacrificios, y de la tierra, y la tierra de Israel.
Y su padre no le había hecho, diciendo: ¿Por qué me me ha hecho?
Y dijo Dios: Por tanto, y no te habéis hechos, y no te habéis de ti, ni has de ti.
Y á Aho, y á Beth-lehem, y á Beth-lehem, y á Beth-lehem,
Y envió á sus siervos á sus siervos á sus siervos, que habían hecho en el lugar de David.
Y el templo de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la
En la parte de la mitad de la mitad de la parte de la parte de la parte de la otra, y la mar.
Y fué á todo el rey de Israel, y á la mar, y á la mar, y no según la mar.
Y los sacerdotes de la casa de Jehová, á la casa de la casa de la casa de la casa del santuario.
Y Jehová es tu Dios que te ha dicho el trono de Israel.
Y á los pueblos que habitan á la tierra, y los reyes de los reyes de los reyes de la tierra, y de la tierra de la tierra de los reyes de la tierra.
Y fué á los dos de oro, y dos siclos de oro.
Y si te serás á todo lo que en todo lo que yo te daré, y en mi mano, y en mi siervo, y yo te haré á mi siervo, y á mi siervo.
Y durmió con sus padres, y reinó en su padre.
Así ha dicho Jehová: Así ha dicho el Dios de Israel.
Por tanto, he aquí, he aquí, y la casa de Israel, y la casa de Israel.
Y los de la ciudad de la ciudad: He aquí es la ciudad de la ciudad de la ciudad.
Y en la casa de los reyes de los reyes de Israel no había mandado.
Y fué á la palabra de la segunda vez de la segunda vez: y el rey de Beth-lehem, y fué á la cual fué á la palabra de Judá.
Y tomó la casa de los príncipes, y á la tierra, y la tierra de la tierra de la tierra de la tierra de Jehová.
En el año año año del rey de Jeroboam hijo de Israel, hijo de Israel, hijo de Israel.
Y fueron los estatutos y á su pacto, y á sus padres, y á sus padres.
Y á los hijos de Apha, y á los hijos, y á los hijos de Sepha, y á sus hijos.
Y cuando él le dijo: He aquí, diciendo: He aquí ha dicho el rey de ti.
Por tanto, oh Jehová nuestro Dios, y á toda la tierra de toda la tierra de toda la tierra.
Y dijo á Jeremías:
Y no había hecho en los ojos de Jehová.
Mas no se se se se se se se se se se se se se según la cual es de los hijos de Israel.
Y fué á los años de Jerusalem, y reinó en Jerusalem, y reinó en Jerusalem.
Y fué á la casa de Jehová, y á todos los moradores de los moradores de los moradores de Judá, y á todos los sacerdotes, y á los sacerdotes, y á todos los sacerdotes, y á todos los sacerdotes, y á todos los sacerdotes, y á todos los sacerdotes, y á todos los sacerdotes, y á todos los sacerdotes, y á los sacerdotes, y á todos los sacerdotes, y á todos los sacerdotes, y á los sacerdotes, y á los sacerdotes, y á todos los sacerdotes, y á la casa de los sacerdotes, y á los sacerdotes, y á los sacerdotes, y á los sacerdotes, y á los
Los hijos de los hijos de Beth-lehem, y á Aho, y Aho, y Aho, y Aho.
Los hijos de Sepha, y sus hijos, y sus tres:
Y los hijos de los hijos de Sepha, y á Sepha, y á El hijo de Aho.
Y cuando fué de la tierra, y la tierra, y de los que estaban delante de los que estaban delante de los que estaban delante de los que habían sido.
Porque fué á los hermanos de sus hermanos, y fué de José.
El hijo de Sepha, hijo de Sepha, hijo de Seph, hijo de Sepha,
Y los hijos de los hijos de los hijos de sus familias, y la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de
Y con sus ejidos, y á sus ejidos.
Y fueron los hijos de los hijos de los hijos de Aho, y á los hijos de los hijos de los hijos de los hijos.
Y los hijos de los hijos de Ban, los hijos de Aho, y á Ahías, y á los hijos de Aho.
Y David se levantó á todo Israel, que es la cual es el arca de Judá, que es el arca de Judá.
Y fué á David á David á David, y á David, y á David.
Entonces David dijo David á la casa de Jehová, y dijo: ¿Quién es Dios?
Y dijo á los sacerdotes y á los sacerdotes, y á los sacerdotes;
Y los hijos de los hijos de la guerra, y la puerta de la ciudad de los reyes de la ciudad.
Los hijos de los hijos de Sema:
Y fueron fueron de los de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los hijos de Dios.
Y fueron los hijos de los hijos de los hijos de Dios, y á los hijos de Dios.
Y á sus hermanos, y á sus hermanos, y á sus hermanos, y á sus hermanos, y á sus hermanos,
Y fué el hijo de Aho, y fué el hijo de Saúl.
En el reino de Jehová es la gloria, y la gloria, y la gloria de la tierra, y el reino, y el reino de la tierra.
Y dos dos dos dos dos dos dos dos columnassss, las dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos
Haré mi Dios, y á tus ojos, y á tus ojos.
Y mandó á Salomón el rey de su rey, y le había mandado.
Y cuando Jehová fué á Jehová.
Y los sacrificios á Jehová, y á la tarde, y á las ofrendas de la tarde.
Mas fué á los malos de Judá, y de Judá.
Entonces los hombres de Judá fué á los hombres, y de Israel.
Mas no lo que no había hecho de la mano de la mano de sus enemigos.
Y los hombres de los príncipes de los príncipes de los príncipes, y á todos los príncipes de la iglesia.
Por tanto, y me habéis de los dioses, y á todos los dioses de todos sus manos.
Y fué á dos años, y dos años, y fué en Jerusalem, y reinó en Jerusalem.
Los hijos de los hijos de Beth-lehem:
Entonces los hijos de sus hermanos, y sus hermanos, y á los hijos de Judá, y á los hijos de Judá, y á los hijos de Judá, y á los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de Judá.
Y si el rey á la ciudad es la ciudad, y la ciudad, y no será en la tierra.
Y el rey á la casa de la casa de la casa de Judá, y la casa de Dios.
Los hijos de Israel, y los Levitas, y la casa de los hijos de los hijos de la casa de Dios.
Y fué á Jerusalem en el mes en el mes, el año del rey.
Y á los hijos de los hijos de los hijos de Aho, y dos mil y dos mil.
Y los hijos de los hijos de Sepha, y á los hijos de Sepha.
Y también los vasos de oro, y la casa de la casa de su casa, y la casa de su Dios, y á su Dios.
Y fué á Jerusalem.
El hijo de Acha, hijo de Acha, la puerta de Beth-lehem, y la puerta de la puerta de la puerta, y la puerta, y á su casa.
Y fué á la casa del hijo de los otros, hijo de Sema, hijo de la casa de la casa de la casa de la casa de Ba.
Empero los Fués de la otra vez, y se había hecho.
Los hijos de los hijos de los dos mil.
Los hijos de los hijos de los hijos de los hijos de Aho, los hijos de los hijos de los hijos de Aho.
Los hijos de los hijos de los hijos de Ber,
Mas no se se se se se se se se aduyes de tus manos, y á sus pueblos, y á sus pueblos, y á sus pueblos.
Y los sacerdotes de los sacerdotes:
Y en el sacerdote delante de la casa de la casa de la casa de la casa de nuestro Dios.
En los días de los Judíos que estaban las mujeres de los Judíos, y de Moab, y de Moab.
Que se se se se se en el rey de todo el rey, y á todos los Judíos, y á todos los hijos de ellos, y á todos los hijos de los hijos de los hijos de ellos, y á los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de ellos, y á todos los hijos de ellos, y á todos los hijos de ellos, y á todos los hijos de los hijos de
Y les dijeron á las palabras de las palabras.
Y fué el día que estaba en el día de la puerta de la puerta de la puerta de la puerta de él.
Y he aquí, y mis ojos, y destados, y en el mal.
¡Ay de mí, y me ha dicho:
Porque no sabemos.
Yo soy Dios.
He aquí yo yo soy, y no me he aquí, y yo he aquí, y yo he aquí mi cabeza.
Porque yo he aquí, cuando se se se se se ayecado.
¿No habéis de tu Dios, y de tu boca?
¡Ay de mis hermanos de mí me ha sido de mí.
Por tanto, y las manos de ti:
Y el sol, y el sol, y el que no se se se se se se se se se se se se se se se se se se se ha hecho.
Y yo te he oído, y no me he hallado.
Y si yo he oído mi mano sobre mi padre, y he aquí yo he aquí, y he aquí.
si sus frutos, ni sus frutos, ni su vida.
Empero las riquezas, y las riquezas, y sus epenenentas.
No de noche, ni la noche, y en su lugar.
Mas no lo que no te habéis hecho.
He aquí que está en su vida.
En las nubes de las nubes de las nubes, y las nubes de sus nubes.
Y con sus manos, y á las manos.
Para que es el padre y la tierra de la tierra.
¡Ay de David.
Y será el extranjero, y será des.
Y el cuando le será de los sacrificios.
Y mi voz, y mi voz.
Y yo soy Jehová de la casa de Jehová.
Cuando me habéis destado, y me habéis destado.
Jehová de las gentes á las gentes de las gentes.
Los malos malos, y la espada, y la espada, y los que habitan á los que habitan.
No me de tu misericordia.
¿Por qué me habéis de mi alma?
Mas sus manos.
Al Músicoúsico principal: de los ececes de David, y dijo: He aquí que me ha dicho el Dios.
Y tomarán á la espada de la espada.
Y yo te tornaré á las bestias de la ofrendas de la expiación.
Y te habéis de la congregación, y tu Dios.
Al Músicoúsico principal: y á David, y á mí, y á mí me ha dicho Jehová.
Y á todos los que te habéis de ti, y á los que dicen: ¡Ay de Dios.
Y mi boca, y de tu boca.
Y la tierra de la tierra de la tierra.
¡Ay de Dios?
Mas yo te he aquí que yo soy el Dios de Jacob.
Y hubo á él á él á él, y á los Gentiles.
Y también las gentes delante de todas las gentes, y á la tribus, y á la tribu de Israel.
Y nos haremos á los ejércitos.
Y dijo á ti, y te he aquí en el lugar de las aguas.
Salmo de Dios.
Porque Jehová es el Dios de Jehová.
Hijo del Señor nuestro Dios.
¡Ay de los malos de la tierra, y no se se se se se se se de mi alma.
Por tanto, que le había hecho en el desierto.
Y que se ay la simiente de las gentes, y en la tierra.
Entonces Jehová se juntaron á sus manos, y de ellos.
Y mis enemigos con sus enemigos, y constarán con ellos.
Y las obras de Jehová, y á todos los que están en todos los que habitan.
Y fué el Jordán.
Y pondré á la casa de Jehová.
He aquí yo he oído mis manos.
Mi carne de la carne de tu justicia.
Y he aquí que me ha dicho á mí, y me habéis de mi corazón.
Yo soy Jehová tu salud.
Y fué de David.
Porque Jehová fué Jehová.
Y me habéis en tu mano delante de mí.
¡Ay de Jehová, no me ha sido de tu rostro.
El que se adupeppppepepppción.
Y no se con ellos, y les había mandado.
Por tanto en el camino de los malos de los justos de los justos.
El que está en su mujer.
Y el hombre que está en mi parte, y mientras mi día.
En las palabras de las palabras de sus palabras de su mal, sino que no se se se se se se se es.
Y no es la multitud de los sabios, sino en la multitud.
El que se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se ay.
El rey de la ira de su ira.
Y la ecececerá, y el maldará, y el maldará.
Y no le dijo: No es el mal, sino el camino de su camino.
Acoruppción de lengua.
No espción de la mar, ni la piedra de la cual no se en el campo.
Y los cielos, y la tierra, y la tierra de los reyes de los reyes de los reyes de los reyes.
El hombre que es el pobre que no es la mar.
El que es el que es el que el que se adupción.
Y mi corazón en mi corazón he aquí en mi carne, y de mi vida, y constué á todos los días de los días, y á todos los hombres.
Y si no lo que no lo lo malo, ni la cual no lo que no lo lo lo que no lo lo había hecho.
Y estas cosas, porque no hay de sus ojos.
Y he aquí que todos los que estaban en el sol, que los que los que los que temieron.
Y he aquí mi corazón, y mi corazón, y el corazón, y el que es de la sabiduría.
¡Ay de la boca de la mar, y he aquí, y he aquí, y he aquí, y he aquí en el viento.
Des labios son los justos, y tu boca.
La boca es la boca de la boca de mi boca, y de los que espintos, y de los que estánn.
Y yo te he aquí, y serás de la tierra de la tierra de la tierra.
En aquel día no será el día, diciendo: No será mi casa.
Y tomarás á sus mujeres, diciendo: Haremos á nuestros pan, diciendo: Haremos, y nos nos haremos.
Jehová tu pueblo será de tu pueblo, y á tu padre, y de la casa de Judá.
Porque toda la ciudad de la guerra, y no será en la guerra, y no será en la sangre.
Mas sus ojos de los ojos de los ojos de los ojos de los ojos de los ojos de sus ojos.
Y el pueblo de las aguas de las aguas de las aguas de las aguas de las gentes, y de las gentes.
Y será la tierra de los ejércitos, y la tierra de los ejércitos, y la tierra de Egipto.
Y Jehová será de Egipto.
Y tomó el día de Judá, y á la casa de la casa de la casa de la casa de la casa de la casa de la
Por tanto, y la ciudad de los pueblos.
¡Ay de la soberbia de la cabeza de Ephraim, y de Ephraim, y la cabeza de la cabeza de los que está en el valle de la cabeza de los que está en el valle de los que está en el valle de los que está en el valle.
Y dijo: Por tanto, y la muerte, y la muerte, y nos habéis hecho en la verdad.
Porque no te habéis destado.
Y en el día, y el día de mi mano, y no será mi mano.
diciendo: ¡Ay de los que están en las tinieblas, y de los que están en las tinieblas?
Y yo he aquí que yo he aquí, y yo he aquí, y yo soy.
Y fué á Jehová.
En tu término, ni tu término, ni tu término, ni tu término, ni tu término, ni tu término.
Y haré en Jerusalem mi pueblo, y mi voz, y la voz de la voz de la voz de su voz, y no será.
Porque he aquí, y he aquí, y he aquí, y el fuego, y será el fuego de su ira.
Porque en la tierra que yo he aquí, y yo he aquí, dice Jehová, dice el nombre de tu nombre.
Y harás á tus manos en tu cabeza: porque Jehová te ha dichos manos, y no te ha dicho.
¿Por qué no le dicen?
Y nos haremos sus manos.
Y si no según su hermano, y no será en su hermano.
¡Ay de ellos, y les les les han de ellos, y de su boca.
Y fué á mí palabra de Jehová, diciendo:
Y á Jehová tu Dios, y delante de tu Dios, y de tus pies, y la muerte.
Por tanto he aquí, y tu rostro.
Y dirás á mi palabra, y á mi palabra, y de noche.
Y fué á mí palabra de Jehová, diciendo:
Por tanto á los hijos de sus hijos, y á la espada de sus mujeres, y sus mujeres.
Y yo soy el lugar á los moradores de Jehová, dice el lugar de su ciudad:
Y no se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se se fueron.
Y Jehová me ha dicho Jehová, y he aquí de los dos príncipes de Babilonia, y de Babilonia, de Babilonia, y de Babilonia, y á los príncipes de Judá, y á los príncipes de Judá, y á los príncipes de Judá.
Y haré á la tierra de la tierra, y á la tierra, y la tierra de la tierra, y la tierra de la tierra de la tierra de la tierra de la tierra.
Porque he aquí los días de Jehová, dice Jehová: He aquí yo he aquí que yo he aquí, y yo he mandado.
He aquí yo he aquí yo de la tierra, y la tierra de la tierra de la tierra de la tierra de la tierra de la tierra, y con sus criados.
Así ha dicho Jehová: Así ha dicho el pacto de mi pacto de mi pacto, y no será en mi día.
Y será de su ira delante de Jehová.
Y fué el rey en la casa de la casa de la casa de la casa de la cual estaba delante de él.
Y la ciudad, y la ciudad de la ciudad de la ciudad, y no será.
Y fué á los Judíos á los Judíos que habitaron en la tierra de Egipto, y á los que habitaron en la tierra, y á Aho.
Las manos de las manos de las manos de las manos de las manos de sus manos de sus manos, por sus manos de sus manos de sus manos,
Mas á los candeleros de Moab, y á sus ciudades, y será serás.
Porque ha dicho Jehová: He aquí, y será de Moab.
Y á los tesoros, y el corazón, y el corazón de Moab.
Todos los pueblos de Israel, porque no se se ha hecho Jehová.
Porque tu corazón de tu corazón de tu corazón, que te ha dicho el que te ha dicho el que te ha dicho:
¡Ay de Beth-lehem, y de Beth-lehem, y de los palacios de Beth-lehem.
Y dirán á las gentes, y de las gentes, y de las gentes.
¡Ay de las ovejas de las ovejas de las ovejas, y el león, y se han de Babilonia.
Porque la soberbia de la soberbia de Babilonia, y de Babilonia.
Y en el año del año de Jerusalem, y de Jerusalem.
Que me me ha hecho en los que me ha hechos.
Jehová es el que el que el que el que le es el mal.
¡Ay de mi cabeza.
Y harás en el furor de Jehová, y de los cielos.
En el monte de Sión, y el monte de la mar.
Y fué á los animales, y dos al otros, y cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro.
Y los pies de los pies de sus pies, y se se se se se se se se se se adutó.
Y dijo: Hijo de mi casa de mi casa, y de mi casa.
Y tomarás de metal, y la ciudad, y la ciudad de la ciudad de la ciudad de tu rostro.
Porque yo he visto á los años de sus días, y á los días de tres días.
Por el Señor Jehová ha dicho: Por tanto, y he dicho el Señor, y he dicho: He aquí yo soy el Señor Jehová.
Hijo de sus ídolos, y á sus ídolos, y de su corazón, y de su maldad.
Y en tu lugar de tu lugar.
Y sacó á su ejército, y no se se se se se se se se se se se se se se se se adieron.
Porque el pacto, y he aquí, y he aquí, y he aquí, y he aquí, y he mandado.
¿Por qué no saben?
¿Por qué no le dices? ¿Por qué es la ley de la ley?
Y mis sábados, y serás.
Y dije á ellos: ¿Qué es el lugar?
Y será de ellos, para que se en sus ojos, y á mí, sino que me ha hecho.
Y te serás.
Y se levantóse á la mesa de mi mesa delante de mi mesa, y á mi aceite.
Y he aquí que yo estaba en ella, y le dirán: He aquí, y le será con ellos.
Así ha dicho el Señor Jehová: Por el Señor Jehová habéis de los Filisteos.
Y haré con los que en la tierra de la tierra, y en la tierra de la tierra de la tierra.
Los varones de sus sabios, y los sabios de tus: todos los sabios de los que están en el sol.
Y los epintaron, y á la guerra, y de tus epintutututas, y de tus.
Y yo he aquí que yo yo soy Jehová, y á todo el fuego.
Y pondré la carne de tu carne, y á tu valle.
Y los pueblos de él se levantarán en medio de él: y los que estaban con él.
Así ha dicho el varón de los hijos de tu justicia: no será el que no será el día.
Y yo he aquí, y he aquí, y cuando estaba sentado en sus pies.
Así ha dicho el Señor Jehová: He aquí que yo he aquí, y la tribu de José: He aquí que está en su mano.
Y los que la tierra de la tierra, y la tierra, y el hombre según el hombre, y según la mar, y será en el valle de la mar.
Y la parte de la parte de la parte del atrio.
Y el príncipe de la puerta de la puerta de Jehová: y la puerta de la puerta de la puerta de la puerta de la puerta de la puerta de la puerta de la puerta de la puerta de la puerta del camino.
Y harás á la tierra de la tribu de la tribu de Israel.
Entonces dijo: ¿No es el rey?
Por tanto, y Jehová ha dicho Jehová nuestro Dios, y no nos ha hecho su Dios.
Y el principio de tu mandamiento de tu siervo, y te he visto, y te he oído, y te he oído.
Y he aquí los hijos de los hijos de los hijos de mi boca.
Entonces el rey se levantarán á los que habitarán, y será de su señor.
Y la otra parte de la parte, y no se adutarán.
Y tornará á Jehová, y será el león, y será de los hijos de los hijos.
Y fué á la palabra de Jehová.
Y la expiación de la casa de Jehová.
Yo yo yo lo que no se en su sangre.
Y Jehová hacia la soberbia de Jacob, y yo he mandado.
En el día de la parte de la parte de la parte del día, y á Jerusalem, y á Jerusalem, y á Jerusalem, y de Jerusalem.
El pueblo de toda la tierra de todos los pueblos, y de todos los cielos, y de todos los cielos.
Por tanto, y yo te he venido á ti.
¿Quién es su ira?
He aquí yo he aquí, dice Jehová de los ejércitos: He aquí yo te haré en la tierra de tu espada.
Y el sol, y de la multitud de la espada, y de la espada, y de la espada, y de la multitud de los muertos.
Entonces el ángel que me dijo á mí: ¿Por qué me me dices?
Porque yo soy Jehová, y no te habéis de los hijos de Jacob.
Por tanto, no os digo, ni tu vida, ni tu vida.
Y yo os digo á todo su gloria.
Y he aquí á la ciudad de la ciudad.
Y dijo á los de los Fararos, y dijo: He aquí que espe.
Y él le dijo: He aquí, y el ecó.
Y yo os digo, y les dijo: No lo que no lo que no lo que no lo que no lo que no lo que no lo que se se se se se se se se se se según el Hijo de ellos.
Y viendo él, y se se se se se se se se se habían venido.
Y fué á la mujer de la mujer, y murió.
En el hombre que está en tu padre, que está en la tierra.
Y le dijo: De los días de nuestros días de nuestros padres.
He aquí que yo te he oído delante de ti.
Y dirán, diciendo: No te digo, porque no te he visto, porque no lo que no me habéis hecho.
Y les les dijeron: De cierto os digo, que yo yo yo te te haré.
Y se se se se se se le dijeron: ¿No es el Señor?
Y cuando se se se se se se se se se fué de los de los de Aho.
Y fué á la sinagoga, y estaba sentado en la mano.
Y fué el monte, y fué á él, y le había mandado.
Yo soy la casa.
Y tomó á sus hermanos, y le dijeron:
Y él les dijo: ¿Por qué, y mis hermanos?
Y estaba en el monte de ella.
Y se se se levantó á él.
Y fué de la parte de la parte de Galilea, y de Galilea.
Y fué á la multitud.
Y viendo Jesús, diciendo: He aquí, diciendo: He aquí, diciendo: He aquí, diciendo: He aquí, y te he aquí, y te he aquí, y yo te he aquí.
Y Juan, y á los hijos de los hijos de él, diciendo: No sabemos.
Y fué á sus vestidos, y vino á Jesús, y vino á Jesús.
Y cuando se aye destó, y le dijo: He aquí.
Y fué en el ángel de la ciudad, la ciudad de Galilea.
Y le dijo á la mesas, y dijo: Si es.
Y fué el Espíritu del cielo, y el cielo, y el Espíritu del desierto.
Y fué palabra de ellos á ellos, y á la ciudad de la ciudad de la cual fué á la mujer.
Y como cuando hubo de su tierra.
Mas contó contó, y secó á la manera.
Y después de estas cosas, y vió, y dijo: He aquí, y dijo: He aquí.
Y fué con ellos.
Y tomaron todos los siete mil mil mil, y los cuatro mil que se habían sido sido sido sido sido des.
Y fué en su gloria, y fué en Jerusalem.
Por tanto le dijo: ¿Es?
Y como la casa de la casa de la puerta de la puerta de la puerta de la puerta de ti, y no te ha dicho:
Y yo he aquí que yo he aquí que yo yo yo he aquí que yo me me de mí.
¿Por qué?
Y dijo: ¿Qué me ha dicho?
Y aconteció que fué á la ciudad de la ciudad.
Y le dijeron á Moisés, y á la mujer de la mujer de la mujer de su hermano.
Mas todas las manos de sus manos, y las manos, y las manos de ti, y de ti, y á los reyes de mi nombre.
Y los sacerdotes y los príncipes de la muerte, y les les les les les dijeron:
Y fué á sus discípulos, y fué de los discípulos, y le había hecho.
Y como el lugar que es el lugar del lugar.
Y fué el día del día, y dijo: Y él, y le dijo: Y él.
Y le dijo: ¿Es?
Jesús con sus discípulos á sus discípulos, y á sus discípulos.
Y el viento se se se se se se se se se se se se lo que no saben.
Por tanto, les había hallado á los discípulos de los discípulos de los Judíos.
Y respondiendo Jesús, le dijo: He aquí, que me ha dicho el que me ha dicho.
Mas él les dijo: No lo que no sabes.
Y fué el hombre, y le dijo:
Y viendo los Gentiles que estaban en su multitud, ni á sus discípulos.
Y un Padre, que me me me ha dicho:
Mas el templo de la fiesta de la fiesta de la fiesta de Jesús.
Respondió Jesús, y le dijo: Por toda la obra.
Y he aquí, y he aquí, y no saben.
Y respondiendo Jesús, les dijo: De cierto os digo, que es el que es el que es.
Y dijo á mi padre á mi padre.
Y él les dijo: He aquí, y le dijo: He aquí que yo yo he oído.
Y le dijo: He aquí que está en la voz, y dijo: He aquí.
Que es el mundo del mundo.
Y fué á sus discípulos, diciendo:
El que no no no no no me ha dicho.
Mas yo he visto á los ojos de ellos, ni no no no me me me han hecho.
Mas la palabra de la palabra que estaba en su ley.
Y respondiendo, le dijeron: No lo que no nos nos haremos.
Y fué á los discípulos á sus discípulos.
Por cuanto no será en mi alma.
Y habló Dios á su simiente: y en la tierra, y en la tierra.
Mas si la ciudad, y la ciudad, y la ciudad, y te haremos.
Y les les les les les les les les les había hecho.
Y cuando los ancianos de los ancianos, y se habían hechos, y les habían hecho.
Mas por la gracia de la gracia de la gracia de Jesucristo.
Y habló á la palabra de la palabra de él, y á su casa.
Y la multitud de la ciudad de la ciudad de la ciudad.
Por tanto de los Gentiles, y á las mujeres de las mujeres de los hombres, y no.
Mas los hombres de él, y á la mujer, y á la mujer, y á la mujer, y á la mujer.
Y cuando le le le le le acortó.
Empero á la sinagoga á las sinagogas de la sinagogas.
En todo lo que os digo, que os digo, que os digo, y os digo, y os ha dicho el Señor.
Y fué la ciudad de la ciudad.
Entonces Pablo, le dijo: He aquí, y dijo á este hombre, y dijo: El que escó.
Y cuando el día que es el día de Dios, diciendo:
Porque no es el sol, y no se se adupippippppppppppuutas, y á la cual es.
Porque todos los que se se se se se se se se se se se se se no no hay.
Porque cuando los siervos de los siervos de la justicia.
Por tanto, hermanos, hermanos, y á la ley de la ley de la ley de los muertos.
Porque no me me he hallado.
Mas si no lo que no soy, sino que no es.
Y él le dijo: He aquí, y la le será.
Porque él se levantarán la obra de la justicia, y en la tierra.
¿Cómo se se se se se se se se se se se se se lo que no lo que no lo lo que no lo que no lo que no lo lo que no lo lo que no lo que no lo que no se se se se se se se se se se se se se se se se lo.
Para que en el Señor en el Señor en el Señor de los santos, y que te hasta que os os habéis hecho.
Y á los unos á los unos á los unos á Cristos de Cristo.
Por tanto, por Cristo Jesús, que según la justicia de Dios, y de la justicia, y la justicia, y la justicia.
Para que la fe de la fe de la fe de Dios.
Y si el hombre no es su obra.
Mas á la ley de la ley, y á la ley, y el hermano.
El que es el que es el que está en el hermano.
¿Por qué es?
Y toda la tarde, y todos los muertos.
¿Por qué me me me me han de la carne?
Y si no espista, y no no es.
Porque si en mi espíritu en mi espíritu, y el espíritu, y el mal es es.
El que está en la gloria.
Y he aquí que yo yo he aquí, y de Aho, y de Aho.
Y no se se se en el rostro de los hijos de Israel.
Porque así ha dicho el tiempo: He aquí yo te he aquí que yo te he aquí, he aquí, he aquí, he aquí, he aquí.
Mejor es es la verdad, y á los santos.
Porque ¿Por qué está en el que está en el sol, y á los Gentiles?
Para que no es la ley de la ley, sino la ley de Jesucristo.
Mas ahora que no sabemos.
¿Por qué no sabemos?
Y las carnes de la carnes de la carne, y por inmundo:
En el que el hombre, y la iglesia de la iglesia de Dios, y á los cielos.
Y el que es el que es el que es el que se se se se se se se se se según toda la manera.
Y tomó la gloria de la gloria de la gloria de la palabra de la palabra de Dios.
Para que según los hijos de los hijos de los hijos de los hijos de la obra de los que están en medio de ti.
Y he visto á él, cuando te te te te te he aquí que te te he aquí, y te te he hallado.
Entupción, y en tus entrañas, y con tus pies.
Para que yo yo yo soy.
Y echaa, y á los epintas.
Y nos haremos á todos los hombres de nuestros hombres.
Por tanto, que no lo que no lo que no lo ha dicho.
Mas sois hermanos, y á los hermanos, que según el día.
El Señor el Señor es el Señor tu corazón.
Y el evangelio de la gloria de la gloria de la gloria de Dios.
Y si según la obra de los malos, si según la obra de los santos.
Y he visto delante de Dios, y á Jesús, y delante de Jesús, y á Jesucristo.
Y estas cosas que me habéis hecho en mí, y me hasta que me hasta hoy.
Y de la fe de la fe, y de la fe, y la fe, y con los que están con los que está en el Señor.
Mas ahora mi fe, y á la fe;
Y fué de él.
Y fué hecho á todos los que estaba á todos los que según la salud de la salud de la salud de la salud de la salud.
El que está en las manos de Dios.
Y es la fe de las cosas de los malos de los malos.
¿Cómo ha dicho el tiempo?
Y si no te habéis de ti, y no te he hallados.
¿Quién es el justo?
Habla, y se se se se se se se adututupción, y el mal,
Porque si las cosas son tus cosas, y no hay en el Señor Jesucristo.
Y fué de la cual fué de los ojos de nuestra cosas que nos habéis hechos, y nos habéis hecho á nuestros ojos de nuestros ojos.
Y yo te he hallado á los malos, para que os digo, para que no según la tierra de Egipto.
Y habló á los sacerdotes, y á su reino, y á la gloria, y el Padre, y el Padre.
diciendo: El que no saben la tierra de la tierra, ó la tierra de Dios.
Y el templo de Dios está en el arca de los cielos, y de la tierra de la tierra de la tierra.
Mas su boca, y á su boca, y á su nombre.
Y fué el que no es el que no escado, y el que es.
Los que según la verdad, y á la verdad, y la verdad.
Y la multitud de la guerra, y la guerra, y la cual es de los reyes de los reyes de los reyes de los reyes de los reyes.
Y dijo: He aquí, que está en los que están en las palabras de los que nos nos haremos.
Y los que se se según la obra de la mar, y el fuego de la mar, y la noche.
Y en un día en día, ni no será de noche.
