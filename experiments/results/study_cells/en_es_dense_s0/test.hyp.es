Y ellos y los cielos en la luz de la luz, y el cielo, y el cielo, y el cielo, y la tierra.
Y dijo Dios: He aquí, y la tierra, y los cielos, y en la tierra, y en la tierra de la tierra.
El ríos de la tercero de la tercero, que está en la tercera que está en la tercera, que está en la tercera, el río.
Y el fruto del fruto del fruto del fruto del fruto del fruto del fruto del fruto del fruto del fruto del fruto del fruto,
Y todos los días de veinte años, y veinte años, y veinte años, y veinte años, y veinte años.
Y todos los días de Apha, y veinte años, y veinte años, y treinta años, y treinta años.
Y volvió á la tierra, y de la tierra, y de la tierra, y de la tierra, y de la tierra.
Y él dijo á sus hijos, y díjole: Levántate, y díjole: Levántate, y en la tierra, y en la tierra.
Y cinco años, y veinte años, y veinte años, y veinte años, y veinte años, y de los hijos, y los hijos de los hijos de Ba.
Y tomó la mujer de su hermano, y su hermano de su hermano, y todos los que estaban en la tierra, y todos los que estaban en la tierra, y en la tierra de la tierra.
Y será que los que se habéis de Egipto: He aquí, sino que es su mujer, sino que es su mujer: mas ellos, sino á su mujer.
¿Por qué te he dado delante de toda la tierra? Yo te te te te te he aquí, si yo te daré la mano, y si yo te daré la mano?
Entonces respondió: He aquí, he aquí que yo yo, y he visto, y he hecho, y yo yo, y yo mes.
Y dijo Jacob á su mujer, diciendo: Mi hija de Jacob, y su hermana, y su hermana.
Y en el desierto de su madre de su madre, y su madre de la tierra de Egipto.
Y respondió á Abraham: No es el lugar del lugar de Jehová, diciendo: el monte de este monte de este monte: No es este día.
Y mi cabeza, y mi cabeza, y Jehová Dios, y mi Dios, y mi Dios, y mi señor, y mi hijo, y mi hijo, y mi hijo, y mi hijo, y su hermano.
Y llamó su espíritu, y su espíritu, y de su espíritu, y un hombre, y un hombre, y su pueblo, y su pueblo.
Y no le había hechos, ni su hermano, por su hermano, y sus manos, y su hermano, y su hermano.
He aquí, y dijo Jehová Dios, y dijo: Yo Jehová tu Dios de tu Dios, y tu Dios, y la tierra, y la tierra, y yo te daré á la tierra.
Y Jacob, y parió á Jacob, y parió á Jacob.
Y él dijo: Michîs, y tus enemigos, y he aquí.
Y él dijo: ¿Qué os digo: ¿Qué te daré á Jacob? No te daré, y no te daré tus ovejas, y no te daré tus ovejas.
Y aconteció que había hecho con todo el monte, y se levantó sobre su rostro, y su rostro, y el monte del monte del monte de Galaad.
Y vino á Dios de la noche, y en la noche, y dijo: No le dijo: No le dijo á Jacob, y no le dijo á Jacob.
Y él dijo á mi padre: No he dado mi señor: No he aquí, porque no te he aquí, porque no te he aquí, sino que no te he aquí.
Y dos machos de cabrío, y veinte codos, y dos columnas, y dos columnas, y dos columnas, y dos columnas;
Y él les dijo: No de mi alma, diciendo: El hijo de mi alma, hijo de su hijo, hijo, hijo de su hija.
Y Israel, y de la parte de la parte de la parte del río.
Entonces él dijo: ¿Has de un macho cabrío, y dijo: ¿no te dijo: ¿no te dijo: ¿no te habéis hecho?
Y aconteció que estaba en la mañana, y los hombres, y los hombres, y sus asnos, y sus asnos.
Porque dos años en la tierra, y en la tierra, y en la tierra, y en la tierra, y nuncancancanca más que no se ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni no se se se según la tierra.
Y tomarás en la tierra de la tierra, y tu tierra, y los hijos de tus hijos de tus hijos de tus hijos, y tus ovejas, y tus ovejas, y tus ovejas, y tus ovejas, y tus ovejas, y tus ovejas, y tus ovejas, y tus ovejas, y tus ovejas, y tus ovejas, y tus ovejas, y tus ovejas, y todos los hijos de tus ovejas, y sus ovejas, y
He aquí, y mi hermano, y mi hermano, y mi boca, y mi boca, que es mi boca.
Los hijos de Japha, y Japha, y Apha, y Apha, y Mepha, y Mepha, y Jaa.
Y mi alma, ni sus juicios, ni su gloria, ni su gloria, ni sus hombres.
Y vinieron á la otra parte del Jordán, que es el Jordán, y de la parte del Jordán, y de la otra parte, y los días.
Y los hijos de él, que le había mandado á ellos, como él les mandó.
Y dijo á su pueblo: He aquí, y los hijos de Israel, y los hijos de Israel, y los hijos de Israel.
Y tomó un hijo, y su hijo, y su hijo, y su hijo, y su hijo de su hijo, y su hijo, y su hijo, y su espara.
Y tomó el padre de su padre, y su padre, y su mujer, y su mujer, y su mujer, y su vida.
Y Jehová dijo á Moisés: He aquí, diciendo: Toma tu mano de tus aguas, y tus aguas, y tu mano de Egipto, y de Egipto, y en la tierra de Egipto, y en la tierra, y de Egipto.
Entonces él dijo á Faraón: Este es Dios: Este es Dios, sino á Faraón, sino que escía; mas no se había mandado.
Entonces Faraón, y su corazón, y su pueblo, y el pueblo, y el pueblo, y el pueblo, y el pueblo.
Porque si tú, y no te aunque ellos, y no se aunque ellos, y no conocido;
Y Faraón se levantó en la noche, y toda la noche, y todos los siervos, y toda la casa de Egipto, y todo Egipto, y en Egipto, ni en Egipto.
Y los cuales estaban en la tierra de Egipto, y á la tierra de la tierra de la tierra, y dijeron á la tierra.
Y envió Moisés de Israel, y de la mar, y de los días, y los días, y en el desierto, y en el desierto, y en el desierto.
Y Moisés dijo á Moisés: Señor, porque Jehová, porque Jehová es el sábado; porque Jehová, ni en el campo.
He aquí yo os digo: He aquí delante de ti, y tú, y te he dado á ti, y te he dado en el lugar.
Entonces Moisés hirió á Moisés, y llamó á Moisés, y de Dios, y de Dios.
Y el aceite de la luz, y el aceite, y el aceite, y el aceite, y el aceite, y el aceite, y el aceite,
Y harás el altar del altar de la otra parte del altar, y la mitad del altar, y la mitad del altar.
Y tomarás de Aarón, y Aarón, y Aarón, y de la Zoo, y el cada día, y el arco, y el aceite, y el arco, y el arco, y el arco, y en él.
Y todas las mesas, y todo el altar, y todo el altar del altar, y sus altar, y sus altares, y sus altares,
Habla á los hijos de Israel, diciendo: He aquí, diciendo: He aquí, que está mi sábado, y mi sábados, y mi sábados, y para que mes, y para que Jehová.
El tabernáculo del tabernáculo del tabernáculo, y sus cabezas, y sus cabezas, y sus columnas, y sus columnas, y sus columnas;
El espíritu de Dios, en el Espíritu de Dios, en la sabiduría, y en la sabiduría, y en toda la obra, y en la obra, y en la obra,
Y envió Moisés, y llamó á la verdad, y á la sabiduría, y en la sabiduría, y en el hombre que Jehová, y en la obra de Jehová, y á la obra.
Y la puerta de veinte codos, y cuatro codos, y cuatro codos, y de la anchura de la anchura de la anchura de la anchura, y dos codos.
Y ellos fueron los cuatro piedras de piedras de piedras, y de piedras, y de Acha, y de la Zooo, y en el primero, y de la Zooo.
Y puso el tabernáculo del tabernáculo del tabernáculo del tabernáculo del tabernáculo del tabernáculo del tabernáculo.
Y la ofrenda de Jehová tu Dios, y de la ofrenda de tu Dios, ni tus holocaustos holocaustos sacrificios de tu Dios.
Y si alguno, y de Jehová, y de Jehová, y de Jehová, y de su prójimo, y en su prójimo, ni su prójimo, ni su prójimo, ni su prójimo, ni su prójimo, ni su prójimo, ni su prójimo, ni su prójimo, ni su prójimo, ni su prójimo, ni su prójimo, ni su prójimo, ni su prójimo, ni su prójimo, ni su prójimo, ni su prójimo.
De la ofrenda de Jehová, el sacerdote de expiación, el sacerdote de Jehová, para expiación; y el sacerdote de la sangre de Jehová.
Y todas estas manos de Aarón, y sus manos de sus manos, y sus manos, y los hijos de Jehová.
Y sacrificaron el altar del altar, y el altar, y el altar, y el altar sobre el altar.
Y de estas cosas, para que no se de la Zoo, y des, y destuín, y de la mar, y de la mar.
No comerás con vosotros, ni no te afifififififiréis, que no te te adififififes, y ellos.
Y el sacerdote, como un cordero, y un cordero, y un cordero, ó un cordero, ó un becerro, y dos corderos, y dos corderos, y dos décimas, y dos carneros, y la expiación.
Y los dos machos del tabernáculo del tabernáculo del tabernáculo del tabernáculo del tabernáculo del tabernáculo del tabernáculo del testimonio.
No será tu padre de tu madre, ni tu madre, ni tu madre de tu madre, ni tu madre.
Empero el hombre hombre hombre hombre, y su estuuuuuuuguuuuuuuuuuuuuuuuuuuuuuuuuguuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuguuuuuuuuuuuuuuuuuuuu
El sacrificios de Jehová, y de Jehová, ni de Jehová, ni de su ofrenda, ni el holocausto, ni su ofrenda, ni la expiación.
Y ellos le le hicieron en él, y de Jehová.
Y la tierra de la tierra, por tu siervo, porque tu siervo, porque tu siervo, porque tu siervo, para tu siervo, y tu siervo, y tu siervo, y tu siervo, y tu siervo.
Y si tu prójimo, ni tu prójimo, ni tu prójimo, ni tu prójimo, ni tu prójimo, ni tu prójimo.
Empero el campo de la verdad, el campo, y el campo del campo, y el campo, y el dinero, y el dinero, y el dinero, y el dinero, y el dinero, y su dinero.
No será el bien, ni no espuula, ni no espuuído, ni en todo lo que no se adulala, y no se ojará, y la oja, y no se aguuuuuuuuerererererto.
Y sus contados, y los que estaban de ellos, y dos mil, y dos mil, y dos mil y dos mil y dos mil y dos mil.
Los hijos de Gad, los hijos de Gersón, y sus nombres, y sus nombres;
Y los contados de ellos, que estaban á todos los mes, y todos los hombres de los hombres, y de los dos mes, y veinte y dos mil, y dos mil, y dos mil.
Y los vasos de todos los vasos de todo el santuario, y los vasos, y en el santuario, y en medio del santuario, y en medio de ellos, y en medio del santuario, y en ellos.
Y no no se han de la sangre, sino el santuario, ni no se han de ellos; porque no se han sido.
Y los contados de sus familias, y sus familias, y sus familias, y sus familias, y sus familias, y sus familias, y dos familias, y dos mil mil mil mil y dos mil.
No será su madre, ni su madre, ni su madre, ni su madre, ni su hermano, ni su hermano, ni su hermano, ni su hermano, ni su hermano, ni su cabeza.
Y los dos sacrificios de los dos carneros, dos carneros, y machos de cabrío, y corderos, y un becerro, y el año del año, y el año de la expiación.
Y los dos sacrificios de los dos carneros, y cinco carneros, y machos de cabrío, y corderos, y un becerro, y el año del año, y el año de la ofrenda.
Un macho cabrío cabrío cabrío cabrío para expiación por expiación: por expiación: por expiación.
Y á la tribu, y á la tribu, y el desierto, y en el desierto, y en el desierto, y al desierto.
Y los pecados de los pecados de los pecados, y un macho cabrío, y un macho cabrío; porque el becerro de expiación.
Y habló Moisés y llamó Moisés, y llamó á Sepha, y los ancianos de Israel.
Y los hijos de Israel: He aquí, diciendo: He aquí, diciendo: He aquí: He aquí, y todos los que son todos los hombres.
Porque los hijos de Israel, los hijos de Israel, que se han hecho á Jehová, que yo he dado á Jehová; porque no he dado á la heredad.
Y los hijos de Israel, cada uno de la congregación, que estaba en el desierto, en el desierto, y en el desierto, y reinó en el desierto, y reinó en el desierto, y reinó en el desierto.
Por tanto, que está en el sepulcro de Jehová, en el valle de Jehová, en el valle de Jehová, y en el valle de Apha, y en el valle del valle,
Y tomó todas estas ciudades de todas estas ciudades en todas las ciudades de todas las ciudades de Israel, y en sus aldeas, y sus aldeas, y sus aldeas, y sus aldeas.
Y él le dijo: Micha, y dijo: Levántate, y dijo: Miras, y de Moab, y los montes, y los montes.
¿Quién es el polvo de Jacob, ó el polvo de Israel? ¿quién me es el justo?
Y el tercer día, dos corderos, dos corderos, dos corderos, dos corderos, dos corderos:
Y sus ofrendas y sus holocaustos, y sus holocaustos, y los corderos, y los corderos, y los corderos, y los holocaustos,
Y Moisés, y de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la guerra, y á los vasos, y los vasos, y los vasos, y los vasos de los vasos, y los vasos, y los vasos, y los vasos, y los vasos, y los vasos, y los vasos, y los vasos, y los vasos, y los vasos, y los vasos, y los vasos de la tribus.
Y he aquí los hijos de Israel, por los hijos de Israel, y de Jehová, y á la congregación, y en la congregación de Jehová, y en la congregación, y en la congregación.
Y partidos de Sopha, y en Beth-phaa, y en Beth-pha, y en Pa.
El hombre, ni según hombre, y no lediere en él, y él, y él, y no le le había de su hombre, y no se se se se se se se se se según su pecado, y no se se se se se se se se se se se se se se se se según su pecado.
Y la congregación de la congregación de la congregación de la congregación de la congregación, y la congregación, y la congregación, y la congregación, y la congregación de la congregación, y se había hecho, que se había hecho.
Y no te dará la tierra; mas no te dará la tierra; porque no es la tierra; porque no es la tierra; mas no es la tierra; mas el que es la tierra.
Y llegasteis á mí, y díjoles, y díjoles: Y nosotros, y los hombres de la tierra, y nosotros, y los hombres, y de la tierra, y de la tierra.
Entonces él respondió: No os digo: No temas: No temas, ni no no no no no no no se se han de ellos.
Y Jehová dijo á Jehová: No de Moab, ni en medio de Moab, ni en la tierra; porque no te daré á la tierra de su tierra.
Y Jehová ha mandado á Jehová á ti, y á vosotros, y los estatutos, y los estatutos, y en la tierra.
Por cuanto Jehová, porque Jehová, y por cuanto te habéis de tus padres, y á tus padres, y de tus padres, y de la casa de Egipto, y de Egipto.
Y Jehová había de tus padres, y de ellos, y sus padres, y de su simiente, y todo el pueblo, y todo el pueblo.
Por la tierra de Egipto, por la tierra de Egipto.
Y el campo, y la Zoo, y el Zo,
No nos ha de la mujer, ni de los hombres, ni según hombre, ni según hombre, ni de tus vestidos; porque Jehová vuestro Dios.
No comerás tu viñas de tu viña, ni la viña, ni la viña, ni la viña, y no te aunque no te adifiguuuuído.
Y tomarán de la entrada de la entrada de la entrada de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de Israel.
El que es el que la iglesia, ni en la iglesia, ni en la iglesia, ni en la iglesia de Jehová.
Y Moisés y mandó á Israel, diciendo: Así ha dicho Jehová, diciendo: He aquí que yo te he aquí que yo te he mandado.
Mas la palabra de la palabra de tu boca, y tu boca, y tu boca, y en tu boca, y tu boca.
He aquí yo te he visto delante de mí, y mi vida, y mi vida, y mi vida, y mi vida.
¿Por qué es la ofrenda de ellos, y de su holocausto? y no le le le de beberás?
Entonces los dos hombres de la ciudad de la ciudad, y de la ciudad, y dió el monte de Josué, y vinieron á todo el monte de Jehová.
Y como el arca del arca del pacto de Jehová, que estaba en medio del Jordán, y el Jordán, y el Jordán, y el Jordán, y la tierra de la tierra, y sus pies, y sus pies.
Y los hombres de Apha, y los hombres de la puerta de la puerta de la puerta de la puerta de la puerta de la puerta de la puerta, y los hombres.
Por cuanto fué de Jerusalem, rey de Jerusalem, rey de Jerusalem, rey de Jerusalem, rey de Beth-el, rey de Japh, diciendo:
Y habló á Beth-el, y todo Israel, y todo Israel, y le hirió á Jabbbbbbbor, y él.
El rey del rey del rey de Acha, el rey del rey;
Y dijo: El que le dijo: El que yo, y he aquí, y le daré mi hijo, y mi hija.
Mipha, y Apha, y Apha, y Ath,
Y de la mar, de la mar, y todas las partes de la otra partes, y con sus aldeas, y sus aldeas.
Y el mediodía del occidente, de Beth-phaa, y los términos de Beth-lehem, y los términos de la mar, y de la mar.
Y el término del monte del monte del monte del monte de el monte del monte del monte, que está en el monte de la Zooo, y el monte de la otra parte del monte de la otra parte del monte de la otra parte del monte, y á la otra parte del monte, y el monte de la otra parte del monte, y el monte de la otra parte del monte, y el monte de la otra parte del monte, y el monte de la otra parte del monte, y el monte de la otra parte del monte de la otra parte del monte de la otra parte del monte de la parte del monte
Y Jehová habló á Jehová, diciendo:
Empero los campos de la ciudad, y su ciudad, y su ciudad, y su hijo de Sepha, hijo de su hijo.
Y fué de Jehová, y él, y él, y él, y de Israel, y á Jehová, y á Jehová, y á Jehová, y sobre su mano, y sobre su mano.
Y su mano, y su mano, y la obra de la obra de la obra, y la obra de la obra de su mano, y su cabeza, y su cabeza, y su cabeza.
Y vinieron á Manasés, y todos los príncipes, y todos los que estaban á la guerra, y vinieron á la guerra, y vinieron á los hombres, y vinieron á ellos.
Y él le habló á ellos, y dijo á los hombres, y dijo á los hombres, y dijo á los hombres, y dijo á los hombres.
Y fué de Siria, y de Jerusalem, y de su hermano, y de su hermano, y su hermano de su hermano, y su hermano.
Y los hijos de Israel, que había hechos en el mal de Jehová, y á Baal, y á Baal, y los dioses, y los dioses ajenos, y los dioses, y los hijos de Israel, y los dioses, y los dioses, y los hijos de Jehová, y los hijos de Israel, y los hijos de Israel, y los hijos de Israel, y los hijos de Israel, y los hijos de Israel, y los hijos de Israel, y los hijos de Israel, y los hijos de Israel, y los hijos de Israel, y los hijos de Ammón, y los hijos de Israel, y los dioses, y
Y todos los Amorrheos de todo el término del Amorrheo, y el Amorrheo, y al Jordán, y al Jordán, y al Jordán, y al Jordán, y al Jordán, y al desierto.
Entonces los príncipes de los Filisteos, que se había hechos de sus Filisteos, y no se había hecho con él, y no se había hecho.
Y él le tomó, y él, y él le dijo: Había á los Filisteos, y díjoles, y los Filisteos.
Y viendo el pueblo, y ellos le dijeron: Por cuanto nuestro Dios, y dijeron: porque nuestro camino, y nuestro camino, y nuestra tierra, y nuestro Dios, y nosotros, y nosotros.
En aquellos días de Israel, que estaba en su rey, que estaba en sus ojos.
Y los hijos de Ephraim, y sus hijos de Esaú, y ellos, y ellos, y le había de su casa, y su casa.
Y los hijos de Moab, y los hijos de su hijo, y los hijos de la tierra, y los hijos de la tribu, y los sacerdotes, y los sacerdotes, y los sacerdotes, y los hijos de la tierra.
Y él dijo á su siervo, y díjole: No de estas cosas, y de estas cosas, y de estas cosas, y de estas cosas.
Y todos los Siros que estaban de ellos, y veinte hombres que estaban en ellos, y los hombres, y los hombres de ellos.
Y los hombres de Israel, y los hombres, y los hombres de los hombres, y de los hombres, y los hombres, y dijeron: Non los hombres, y los hombres.
Y los hermanos, ni sus hermanos, ni sus hermanos, ni nos haremos á nosotros, ni nosotros, ni nosotros, ni nosotros, ni nosotros, ni nosotros, ni nos habéis hechos.
Y aconteció que estaba en mi alma, y mi alma, y de Jehová.
Mas él no le le había hecho, ni su marido, y dijo á su marido: No es su marido, y su marido.
Entonces Israel todos los días de sus días de su vida.
¿Por qué me he hechos contra mí? ¿quién me habéis de Jehová? ¿quién me habéis hecho? ¿quién me me me me he hecho? ¿quién me he hecho?
Y vinieron á Saúl, y todos los que estaban con él, y he aquí, y he aquí, y he aquí, y he aquí, y he aquí, y con ellos.
Y Samuel dijo á Saúl: No temas: No temas, porque Jehová, porque Jehová, porque Jehová, y Jehová, y de Israel.
Y dijo Jehová: No le dijo á su rostro: No de su rostro, ni en su rostro, ni en su rostro, ni su corazón, sino que yo yo yo, sino á la noche.
Entonces los príncipes de los príncipes de los príncipes de David, y de David, y los sabios de David, que se había hecho, que se había hecho, que había hecho, que había hecho.
Y David respondió á Saúl, y dijo á su padre, y díjole: No le dijo á su siervo: No, y su siervo, y su siervo, y su siervo:
Y aconteció que había venido á Saúl, y vinieron á Saúl, y vinieron á Saúl, y vinieron á la tercero, y vinieron á la tercer día, y los Judíos.
¿Por qué te he hecho esto, ¿Por qué me habéis hecho?
Y David se volvió á David, y sus hombres, y dió á él, y todos los hombres, y todas estas palabras.
Ahora pues, y de David, y de Saúl, y de Saúl.
Y después de David, y de la cabeza de Saúl, y de la cabeza, y no se habían de él, ni se había hechos, ni se había hechos, ni se había mandado.
Y David dijo á su corazón: No es el día de Saúl, que no es el día de la tierra: porque no me es la tierra, y en la tierra de Israel.
Y David, y sus hombres, y los hombres, y los hombres, y de la tierra, y de la tierra, y los que estaban á la tierra, y los que estaban á la tierra de Egipto.
Y ellos se encendieron su cabeza, y sus vestidos, y los Filisteos, y en la tierra de la tierra, y todos los Filisteos, y todos los ídolos de la tierra.
Y partieron de David, y todo el pueblo, y todos los hombres, y todos los hombres, y todos los hombres de David.
Y David respondió á David, y dijo: Yo te daré mi señor, y mi señor, y todo Israel, y todo Israel.
Y he aquí David, y de David, y de David, y de gran gran manera, y de David, y no había de David.
Y tú, y de tus manos, y de tus pies, y en tus pies, y los hijos de los hijos de los hijos, y los hijos de ellos.
Y después de Jehová, dijo á Jehová: No te dijo: No temas, y no se han de ellos.
Y David, cuando David, cuando David, cuando se adugió de los Siros de los Siros de los hombres.
Y aconteció que fué de los hijos de Ammón, y reinó en su lugar, y reinó en su lugar, y reinó en su lugar.
Y David dijo David á la ira de la ira, y dijo á Jehová, y dijo á Jehová, y dijo á este hombre, diciendo:
Y David á David, rey de David, que había venido á la cual era de Acha, y de los muertos.
Y después de la cabeza de su cabeza de su cabeza, que estaba en el año, que estaba en el año, que estaba sobre ella, y su cabeza, y su cabeza.
Porque tu siervo de tu siervo, diciendo: Yo soy Jehová, diciendo: Yo soy Jehová, diciendo: Yo Jehová.
Y fué el pueblo de Israel, y en el campo, y en el campo, y en el campo de la guerra.
Y David, y los pueblos de Israel, y de Israel, y de Israel, y de Israel, y de Israel.
Y él respondió: No le dijo: No de los otros, sino que no te darás, sino que no te habéis de día.
Y el rey dijo á He aquí, diciendo: ¿Has, y dijo: ¿No es el hombre, y dijo: El rey de mi señor?
Y el pueblo que están en aquel día que se hacia el pueblo, y los que están en la ciudad, cuando los que estaban en la guerra.
Porque tu siervo á tu siervo: he aquí, he aquí, he aquí, he aquí, he aquí que yo á la casa del rey.
Y díjoles: ¿Por qué son los días de los días de los días de mi vida?
Epha, hijo de Apha, hijo de Aph, hijo de Apha, hijo de Apha,
Y David dió David á Jehová, y de Jehová, y de la tierra, y el altar de Jehová, y el altar de la tierra, y la tierra.
Y su padre, diciendo: ¿Por qué le dió á él, diciendo: ¿Por qué te habéis hecho?
Y él dijo á Dios: Por tanto, y no ha dicho: Por cuanto no te habéis hechos, ni te habéis hecho tus enemigos:
Achîs, y Apha, en Beth-pha, y Beth-el, y Beth-el, y Beth-el, y Beth-el,
El rey de Salomón, rey de Salomón, rey de su lugar, que había hecho en el lugar de su lugar de su lugar, y su lugar, y su padre, y David.
Y la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa.
En el campo de la otra parte de la otra parte de la otra parte de la otra parte, y de la otra parte de la otra parte de la otra parte, y sus taba.
Y Salomón Salomón, y todos los que estaban en la congregación, y él, y él, y los ovejas, y los ovejas, ni los ovejas, y no se han sidontado.
Y los sacerdotes de Jehová de la casa de Jehová, en su santuario, para la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa.
Bienaventurado Jehová tu Dios, oh Jehová tu Dios, que está en Israel, para siempre, porque Jehová, porque Jehová, y para siempre, y para siempre, y para siempre.
Y en el campo, y de los reyes, y los reyes, y los reyes de los reyes, y todos los reyes de la tierra, y todos los reyes de la tierra.
El rey Salomón Salomón Salomón Salomón de oro, y de oro, y de oro, y de oro, y de oro, y de oro.
Y si si si si os digo, y mi siervo, y te daré mi siervo, y mis caminos, y mi siervo, y mi siervo, y mi siervo, y mi siervo, y mi siervo, y mi siervo, y mi siervo, y mi siervo, y mi siervo, y mi siervo.
Y Salomón Salomón Salomón Salomón, y reinó en su padre, y reinó en su hijo, y reinó en su lugar, y reinó en su lugar, y reinó en su lugar.
Así ha dicho Jehová Dios: Así ha dicho Jehová Dios de Israel: Por cuanto te he aquí, y he aquí, y yo te he aquí, y mi pueblo, y mi pueblo.
Por tanto, he aquí, he aquí, y la casa de Jeroboam, y la casa de Jeroboam, y la casa de Jeroboam, y la casa, y la casa, y la casa de Israel, y en la casa, y en la casa, y la casa, y la casa, y en la casa de Israel, y la casa de Israel, y en la casa, y en la casa, y en la casa, y la casa, y la casa, y la casa, y la casa, y la casa, y la casa, y la casa de Israel, y la casa, y la casa de Israel, y
Y los hombres de la ciudad, dijo: He aquí que es la ciudad: He aquí, mas mi señor, mas mi señor, y mi señor, y mi señor, y la tierra.
Y en la casa de Israel, que no había hecho, no había de la casa de la casa de la casa de la hija de Jehová, que había mandado.
Y ellos se volvió á Joab, y de los Siros, que había hecho, que había hecho, que había venido á Joab, cuando comenzó á Siria, que había hecho, que estaba en Jerusalem.
Y tomó los príncipes de los príncipes, y los Levitas, y los reyes de la tierra, y todos los reyes de la tierra, y todos los reyes de la tierra, y los reyes de la casa de Jehová.
En el año de Judá, hijo de Judá, hijo de Judá, hijo de Judá, hijo de reinar rey de Jeroboam hijo de Israel, y reinó en Jerusalem.
Y ellos fueron sus estatutos y sus estatutos y sus estatutos, y sus padres, y sus padres, y sus padres, y sus padres, y sus padres, y sus padres, y sus padres, y sus padres.
Y los Epha, y Apha, y Apha, y los hijos, y los hijos, y los hijos de Sepha, y los hijos de Sepha, y los dioses.
Y aconteció que había venido á Acha, diciendo: He aquí, he aquí, he aquí, diciendo: He aquí, diciendo: He aquí, diciendo:
Ahora pues, oh Jehová nuestro Dios, oh Jehová nuestro Dios, y de su reino de su reino de la tierra, que Jehová Dios, que están en el reino de la tierra.
Y dijo á Jeremías: No dijo á Jehová: No de la palabra de Jehová.
Por tanto que había hecho que Jehová de Jehová, por las abominaciones de las abominaciones de los hijos de Jehová, y los hijos de Israel.
Mas ellos no se han hechos, y de Manasés, y á la manera que estuuuuuuuuuuuíntuuuuuuuuíntuuuuuuuuuuuuuuuuuuuuuuuuéntaron los hijos de Israel, y los hijos de Israel.
Y aconteció que estaba en Jerusalem, y reinó en Jerusalem, y reinó en Jerusalem, y reinó en Jerusalem, y reinó en Jerusalem.
Y el rey de Jehová, y todos los hombres, y todos los hombres, y todos los hombres de Jerusalem, y todos los sacerdotes, y todos los sacerdotes, y todos los sacerdotes, y en Jerusalem, y todos los profetas, y todo el pueblo, y todos los profetas, y todos los profetas, y todo el libro de la casa de Judá, y todo el libro de Jehová.
Los hijos de Ephraim, y Japha, y Seth, y Aph, y Ath, y Aph, y Aph, y Jaa, y Jaa, y Mes,
Los hijos de Sepha, y Ath, y Ath, y Ath, y Aph, y Abis, y veinte.
Los hijos de Sepha, hijo de Aph, y Apha, y Apha, y Apha, y Apha, y Apha, hijo de Apha, hijo de Ba.
Y en la tierra, y de la tierra, y de la tierra, y los que estaban en la tierra, y los que estaban delante de ellos.
Porque los hermanos de sus hermanos, y dió el príncipe de él, y el príncipe de la noche; mas el príncipe de José.
El hijo de Apha, hijo de Apha, hijo de Apha, hijo de Apha, hijo de Apha, hijo de Ath,
Y de los hijos de Rubén, y sus familias, y sus familias, y de la tribu de la tribu de la tribu de la tribu de la tribu de Gad, y de la tribu de la tribu de Gad, y de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu, y
Y sus ejidos, y sus ejidos, y sus ejidos, y sus ejidos.
Y fueron los hijos de Sopha, y los hijos de Apha, y los hijos de Ath, y los hijos de Apha, y los hijos de Apha.
Y los hijos de Acha, y los hijos, y los hijos, y Japha, y Seph, y Aph, y Aph, y los hijos de Seth, y los hijos de Sopha, y los hijos de Sopha, y los hijos de Soba, y los hijos, y los hijos.
Y David con todo Israel, todo Israel, que está á Beth-el, que está en Jerusalem, que está á Judá, que está á la cual había hecho que Jehová Dios, que había mandado.
Y vinieron á Beth-pha, y á David, y David, y David, y de David, y dijo á David, y mi nombre, y mi nombre.
Entonces David dijo á Jehová, y dijo á Jehová, y dijo: ¿Quién es Dios?
El hijo de Apha, y los sacerdotes, y los sacerdotes, y los sacerdotes, y los escribas de los sacerdotes.
Y los hijos de Ammón, y de la entrada de la entrada de la puerta del campo, y en la entrada del campo, y los reyes que estaban en la puerta del campo.
Los hijos de Amán; y los hijos de Sepha, y los duques.
Y los cuales estaban en el santuario, y los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de Dios, y los príncipes de los príncipes, y los príncipes de Dios, y los hijos de Dios.
Y todos los hijos de los hijos de Dios de Dios, rey de Dios, en el rey de Dios, y los hijos de Dios.
Por las tribus de sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos,
Y aconteció que era el hijo de Joiada hijo de Joiada, y el ejército de Joab, y el ejército de Joab.
Tú, oh Jehová, oh Jehová es la gloria, y la gloria, y la gloria, y la gloria, y la tierra, y en la tierra, y la tierra, y la tierra, y la tierra, y la tierra.
Y dos dos columnas, y dos dos dos dos dos dos columnas de las columnas de las columnas, y dos columnas de las dos columnas de las columnas, y dos dos columnas, y dos columnas de las columnas.
Y mi Dios, y mi Dios, y yo te he dado tus ojos, y tus ojos, y tus ojos, y tus ojos.
Y envió Salomón Salomón Salomón á la tierra de la tierra, que había hecho, que había hecho, y que había hecho, y que él había hecho, y le había muerto.
Y cuando Jehová, como Jehová de Jehová, no le había sido de él, ni le había hecho en él, y no había sido sido sido sido sido sido sido sido sido sido en Jerusalem.
Y ofrecieron á Jehová, y de la tarde, y todos los holocaustos, y los holocaustos, y los holocaustos, y de la tarde, y de la tarde, y la tarde, y Jehová nuestro Dios.
Mas Salomón Salomón, de Judá, que habían de Judá, y los que estaban delante de Judá, y los que estaban delante de ellos.
Entonces los hombres de Judá, de Judá, y de Judá, y todos los hombres, y todos los hombres, y todos los hombres.
Mas él no había de Dios, que había hecho, que había hecho, que había hecho, por mano de su mano de su mano, y sus enemigos.
Y los hombres de los hombres, y todos los príncipes y todos los príncipes y todos los príncipes de la iglesia.
Por cuanto me han sido sido sido sido sido sido, y á los dioses, y los dioses, y todos los dioses, y todos sus manos, y no se han hechos.
Y aconteció que estaba en Jerusalem, cuando comenzó á Jerusalem, y reinó en Jerusalem, y reinó en Jerusalem, y reinó en Jerusalem, y en Jerusalem.
Y los hijos de Baa, y veinte y cinco: y veinte y veinte y veinte y veinte y veinte y veinte.
Entonces sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hijos, y sus hijos de Judá, y los hijos de la casa de Dios, y los Levitas, y los Levitas, y sus hijos de Dios.
Y si ahora ahora ahora ahora ahora ahora, y la ciudad, y no es la ciudad, y no seguuuín, y no seguuuuuuuuuén á los reyes.
El rey de la casa de Judá, que está en la casa de la casa de Dios, que está en la casa de Dios, y en la casa de Dios, y en la obra, y en la obra, y en la obra de la obra.
Y los hijos de Israel, y los Levitas, y los Levitas, y los Levitas, y los hijos de la casa de Dios, y los hijos de Dios.
Y aconteció que estaba en Jerusalem en Jerusalem, que estaba en el mes en el año del mes en el año, en el año, en el mes.
Y de los hijos de David, hijo de Achîs, y los dos años, y treinta y dos dos décimas.
Y de los hijos de Ba, hijo de Apha, hijo de Sepha, y treinta y treinta y treinta y treinta y treinta años.
Y los vasos de oro, y de oro, y de oro, y la casa de Dios, y la casa de nuestro Dios, y su casa, y su casa, y su casa, y todo Israel.
Y vinieron á Jerusalem, y de Jerusalem.
El hijo de Apha, hijo de Acha, hijo de la puerta de la puerta de la puerta de la puerta de la puerta, y su puerta, y su puerta, y su puerta, y su puerta, y su puerta, y su puerta, y su puerta.
Y él ledió, hijo de Apha, hijo de Apha, hijo de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa.
Mas cuando habían hechos, que habían hechos, que habían hechos, y en el muro, y en el muro, y en el muro, y los Judíos, y los Judíos.
Los hijos de veinte y dos mil, y dos mil y dos dos mil y dos dos mil y dos mil y dos dos dos mil.
Y los hijos de la puerta de los hijos de los hijos de Apha, los hijos de Apha, y los hijos de Apha, y los hijos de Ba, y los hijos de Apha, y los hijos de Apha, y los hijos de Acha, y los hijos de Amán, y los hijos de Apha, y los hijos de Apha, y los hijos de Apha, y los hijos de Apha, y los hijos de Apha, y los hijos de Apha, y los hijos de Apha, y los
Y los hijos de los hijos de Acha, los hijos de Acha, los hijos de Aph,
Y ellos se han de ellos, y no han de tus vestidos, sino que no han de tus rostro, y no se han de ellos.
Y los sacerdotes, los sacerdotes, hijo de Apha, hijo de Ath, hijo de Jath, y Jath,
Y el sacerdote, el sacerdote, el sacerdote de la casa de Dios, que habían de la casa de Dios,
En aquellos días de los días de los Judíos, que habían de Gad, y de Moab, y de Moab,
Y los Fuuuuuuuuuín en todo el rey, y todo el mes, y á los hijos, y á los hijos, y á los hijos de día, y á los hijos, y á los hijos, y los hijos, y á los hijos, y en el mes, y los hijos, y en el mes, y en el mes, y en el mes, y en el mes, y á los hijos, y á los hijos de día, y á los hijos, y en el mes.
Y vinieron á estas palabras de estas palabras.
Y vino á aquel día de día, y mi corazón, sino en la puerta de la puerta de la puerta de la puerta de la puerta de la puerta de la puerta de la puerta, ni en él.
Por tanto, y mibor, y todos los necios, y todos los necios, y en medio de los necios, y en el fuego.
Miramememe, y mi salud, y mi salud.
Porque nosotros, sino de muerte, y de la tierra, y nuestros días, y nuestra tierra, y nuestras tierra.
Y dije: No de Dios: No me dijo: No me habéis de mí.
Yo yo he aquí, oh justo; y yo yo yo, y yo yo yo yo, y mi cabeza, y mi cabeza, y mi cabeza, y mi cabeza, y mi cabeza, y mi cabeza.
Y si si si si si si alguno, como un hombre, como un hombre, que espala, que espala, que espala, que espala.
¿Por qué te habéis de Dios?
Mis hermanos de mis hermanos, y mis hermanos, y mis hermanos, y mis hermanos.
Por tanto, y de ti, y de ti, y de ti, y de ti, y de ti, y en medio de ti.
El que no se aguerta, y los que no se aunque no se aggguín, y los que no seguuuuín.
Y yo os digo, y no te digo, y no te he aquí, y yo te he aquí, y en mí.
Y si mi padre, y mi padre contra mi padre, y mi padre, y mi padre, y mi mano en la puerta;
Y si si si su fruto, ni su fruto, ni su fruto, ni sus juicios, ni su vida;
El juicios, y sus juicios, y sus juicios, y sus juicios.
No son la noche, y los pueblos, y en su lugar; y en su lugar.
Por tanto, pues, pues, no habéis hecho esto; porque este pecado.
He aquí, Dios es su salud: ¿quién es el necio?
¿Por qué es la nube de la nube, y la nube, y la nube, y su justicia?
Y sus manos, y sus manos, y sus manos, y el arco, y el arco.
Y el hombre, y el hombre, y el hombre de la tierra, que no espena, que no no no no no no no no no no no no no no hay.
Al Músico principal: Salmo de David, oh Jehová, oh Jehová: ¿Has? porque Jehová? ¿quién me me me me me me es tu rostro?
Y el cada uno de ellos, y de sus cabezas, y sus cabezas, y sus cabezas.
Y el Señor le dará el Señor.
Mira mis pecados y mis pecados y mis pecados, y mis pecados.
Y si yo yo yo yo yo, que yo soy Jehová, que yo soy Jehová, y en la vida de Jehová, y mi vida, y mi vida, y mi vida.
Y tú, y mi carne, y mi arco, y mi arco, y mi arco, y mi arco, y mi arco, y mi arco, y mi arco, y mi arco, y mi arco.
Jehová de las gentes de los pueblos, y los pueblos.
Y los impíos, y los impíos, y sus pobres, y sus pobres, y los pobres, y los pobres, y los pobres, y los pobres.
No Zooo de tus, oh Jehová, y mi misericordia, y mi misericordia, y mi misericordia, y mi misericordia.
¿Por qué es mi alma, y mi alma? ¿por qué mes, y mi alma? porque mi alma? porque mi Dios, y mi Dios?
Y sus manos sobre sus manos sobre sus manos sobre sus manos: y su pacto.
Al Músico principal: Salmo de la Zoocha, y no mes, y de David, y de David, y de David.
Y tomarán de la mar de la mar, y se levantarán de cuchillo.
Y pondré á la ofrenda de Jehová, y los holocaustos de la ofrenda del becerro, y de expiación.
De la congregación, oh Dios, oh Dios, oh Dios, oh Dios, y tus pobres pobres son el pobre.
Al Músico principal: Salmo de David: Salmo de Dios, y á Dios, y á Dios, y á Dios, y á mí, y mes.
Y todos los que están en ti, y los que te buscan en tu Dios, y dirán tu Dios.
Y mi boca será tu boca, y tu boca de tu boca, y toda tu boca.
Y de la tierra de la tierra; y el fruto de la tierra.
¡Oh Dios, oh Dios?
Empero yo soy Dios, para siempre: y Dios de Dios.
Y ellos se volvió á él, y él, y en el Altísimo.
Y de las gentes, y todas las gentes, y todas las tribus de la tribus, y de la tribus, y en la tribus de Israel.
El Dios de nosotros, oh Dios.
Y díjoles, y díjoles: y he aquí en medio de ti, y he aquí en medio del lugar.
Salmo de Dios: Salmo de Dios, y en la iglesia.
Porque Jehová Dios es Dios, y Dios, y de Jehová, y los que no se aduguen de la gloria, y los que no hay de los que los que no hay de la gloria.
El Señor nuestro Señor nuestro nuestro Señor nuestro nuestro nuestro nuestro nuestro Dios, y nuestro obra obra obra de nuestras manos, y nuestras manos.
Miras son los impíos de la tierra; y no hay los impíos; ni no hay mi alma.
Por tanto, pues, que se ha sido en el desierto;
Y de la tierra, y la tierra, y sus gentes, y en la tierra.
Entonces Jehová se rebelaron á Jehová, y sus enemigos, y sus ojos, y sus ojos, y sus ojos de ellos.
Y mis enemigos con ellos; y sus enemigos.
El que Jehová son todas las obras de todos los que están en todas las obras.
Y el Jordán, y los Siros, y los Siros, y se había sido.
Y pondré á la ofrenda de Jehová, y de Jehová, y en el nombre de Jehová, y el nombre de Jehová.
Y pondré mi manos de tus manos, y mis manos sobre tus mandamientos, y mis estatutos, y mis estatutos.
Porque mis carnes de ti, oh juicios.
¡AARAAAAAAAAAAAAAAAAAAAs, mas mi corazón, mas mi corazón, y en mi corazón.
Por tanto, oh Jehová tu Dios, oh Jehová.
El Hijo del Hijo de David, que no había de Jehová: no había hecho, no había dicho: no había hecho Israel, que había hecho Israel.
Porque Jehová, oh Sión.
Y tú delante de ti delante de ti, y tu mano sobre tu mano sobre tu mano sobre mí.
Al Mémeme, oh Jehová, y mi espíritu, ni de tu rostro, ni de tu rostro, ni de tu rostro.
Miras, y de la oja, y se aficos, y se afififificos.
Y Jehová, y de ellos, y de Jehová, y los que habían hechos.
Por tanto en el camino de los hombres, y los hombres, y los hombres, y los justos.
El que no es su prójimo: no es su mujer, ni su mujer.
Bienaventurado el hombre que es mibor, y mis puertas, y mis puertas, y mis puertas, y mis puertas, y mi cuerpos.
En la multitud de los palabras de la multitud, sino que no es su vida: mas no es su labios.
El que no hay en los sabios, mas en la multitud de los sabios, mas en la multitud de la multitud, mas no es la multitud.
El que es su alma: mas su alma, mas su alma, mas su alma, mas el que se adifificorortuerto.
Y el rey de la ira de la ira, mas el sepulcro, mas el león, mas el león, mas el sepulcro, mas el viento.
El hombre, y el hombre, y el hombre, y el hombre, y el hombre, y el que espenen, y el mal, y el que segará.
El bien, dice: No, dice: No, sino que no es su camino; mas no es su camino: mas no es su camino: mas su camino.
El que espentas, y los sabios, y los que es el que es el que es la muerte.
No de la mar, ni en el campo, ni la piedra de la piedra, ni en el campo, ni en el campo, ni en el campo;
Y los cielos, y los cielos, y los reyes, y los reyes de la tierra, y los reyes de los reyes de la tierra.
El justo, que es el pobre que no hay el pobre que no hay el pobre, que no se adifen.
El que es el que el que el que estuerer, mas el que Jehová, sino en el que Jehová.
Y si mi corazón en mi corazón, y mi corazón, y mi corazón, y mi corazón, y mi corazón, y mi corazón, y mi corazón, y no se han hechos, que se han hecho.
Empero yo, que no es Dios, y no le darás, ni de él, ni de él, ni de Dios, ni de Dios.
Y los son son son son por causa, por causa de su mal; porque no se han de su pecado.
Y he aquí que los que los que estaban en el que estaban en el que los que estaban en el que estaban en el que los otros, y los que él, y él.
Y yo, y mi corazón, y mi corazón, y á la sabiduría, y á la sabiduría, y á la sabiduría, y á la vida, y á causa, y para que espuuuuuuutado.
Mira mi amado, ó el hombre, ó de nuestras, y de nuestras: he aquí.
Y tus labios son des labios; y la boca, y tu boca de la boca.
Y tu boca es la boca de la boca, y los que están en mi amado, y mi amado, y mi amado, y mis labios, y mis labios.
Y yo te daré á la tierra, y de la tierra, y la tierra de la tierra;
En aquel día día, diciendo: No será el día, ni mi casa, ni mi casa, ni mi casa, ni mi casa.
Y el hombre de un hombre del hombre, diciendo: El día, diciendo: El día, diciendo: El día, diciendo: y nuestro nombre.
Y Jehová sobre tu pueblo, y tu padre, y tu padre, y tu padre de tu padre, que no han de la casa de Judá.
Porque todo el hombre del hombre, y en el hombre, y en el hombre, y en la sangre, y en la sangre, y en la sangre, y en la sangre, y la sangre.
Y sus ojos de Jehová, ni los ojos de Jehová.
El pueblo de los pueblos, el pueblo de los pueblos, y el pueblo de la mar, y de la mar, y de la mar, y de la mar, y de la mar.
Y será el pueblo de Jehová, y los ejércitos, y los ejércitos, y de Egipto, porque Jehová, y en la tierra de Egipto, y en la tierra, y los que Jehová.
Y Jehová será de Egipto, y de Egipto, y de Egipto, y ellos, y ellos, y ellos serás.
Y tomó el día de Judá, y la casa de Judá, y en la casa de la casa de la casa de la casa de la casa de la casa de la casa.
Por tanto, pues, y la ciudad de la ciudad de la ciudad de la ciudad de la ciudad.
¡Ay de la cabeza de Ephraim, y de Ephraim, y de Ephraim, y de la cabeza de la cabeza de su cabeza, y de su cabeza, y la cabeza de la cabeza de su cabeza, y los que está en la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza, y
Por cuanto os digo: Por tanto, y de muerte, y de muerte, y en la muerte, y en la muerte, y en la muerte, y de la muerte, y no nos han sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido, y de la muerte, y con nosotros.
Porque no te Zojas, y no te aficas; y los que no te adificas en la verdad.
El día, que no es aquel día, ni no es el día de la obra de mi mano, y mi mano, y mi mano, y mi mano.
Entonces los que son los que dicen: ¿No son los que están en medio de los que están en medio de ellos?
El cielos, y de sus cielos.
Empero Jehová le le le le le le dará sobre él.
Empero no hay en tu tierra, ni tu tierra, ni tu tierra, ni tu tierra, ni tu tierra, ni tus puertas, ni tus puertas, y tus puertas, y tus puertas, y tus puertas, y tus puertas.
Y pondré en Jerusalem, y mi pueblo, y mi voz, y mi voz de la voz de la voz de la voz de la voz de la voz de la voz de su voz, y no hay en ella.
Porque he aquí, he aquí que Jehová, y de su arco, y de sus carros, y de su furor, y su furor, y su furor, y su furor, y su furor, y su furor, y su furor.
Porque los cielos, y la tierra, y he aquí, y he aquí, y he aquí, dice Jehová, y mi nombre, y tu simiente, y tu simiente.
Y tus manos sobre tus manos, y tus manos; porque Jehová tus manos, y en vosotros, y no te guardarás.
Y ellos dijeron: No nos ha dicho Jehová Dios: No nuestro Dios nuestro Dios nuestro Dios, y nuestro Dios, y nuestro Dios, y á la mar, y á la mar, y á la tierra.
Y nosotros nos nos nos nos nos nos nos ha sido sido sido sido sido de la mujer, y de nosotros.
El hombre, y su prójimo, y su hermano, y su hermano, y no se adará en él, y cada uno, y cada uno, y cada uno.
Y tú, y ellos ellos ellos ellos se han sidon; y ellos ellos ellos se han de su boca, y sus su boca.
Entonces Jehová, diciendo:
Y Jehová tu Dios, oh Jehová tu Dios, y tu Dios, y tus pies, y tus pies, y tus pies, y los montes, y los montes, y la luz.
Por tanto yo te daré tu rostro sobre tu rostro, y tu rostro sobre tu rostro, y tu rostro, y tu rostro.
Y dirás á esta palabra, y mi palabra á mi palabra, y mis ojos, y mis ojos, y de noche, y no se adifiguuén, y mi pueblo.
Entonces Jehová, diciendo:
Por cuanto sus hijos, y sus hijos, y los hijos de ellos, y á cuchillo, y sus mujeres, y sus mujeres, y sus mancebos.
Este es este lugar: Así ha dicho Jehová: Así ha dicho el lugar de esta ciudad, y los moradores de esta ciudad.
Y no les les les les les han sidon, y no les les les les les les les les había sidon: ni ellos.
Y he aquí, y he aquí, y he aquí, y de Jehová, y en el templo de Jehová, y de Babilonia, y de Babilonia, y reinó en Jerusalem, y reinó en Jerusalem, y en Jerusalem, y en Jerusalem, y de Judá, y de Jerusalem, y de Jerusalem, y de Jerusalem, y de Jerusalem, y de Jerusalem, y de Jerusalem, y en Jerusalem, y reinó en Jerusalem.
Y yo os digo, y de la espada, y á cuchillo, y de la tierra, y los que se adirán á la tierra;
Porque he aquí los días de Jehová, dice Jehová, dice Jehová: No daré mi pueblo, y mi pueblo, y mi pueblo, y mi pueblo, y mi pueblo:
He aquí de la tierra, y de la tierra, y de la tierra, y de la tierra, y la tierra, y la tierra de la tierra, y la tierra, y la tierra.
Así ha dicho Jehová: Así ha dicho: Así ha dicho de mi pacto, y mi pacto, y mi pacto, y mi pacto, y mi pacto, y no habrá en Jerusalem.
Y haránn sus juicios delante de Jehová, y su pecado, y su furor, y su furor, y su furor, y su furor, y su furor, y su furor.
Y aconteció que estaba en la casa de la casa, y en la casa, y en la casa, y en la casa, y en la casa, y en el fuego.
Y los Caldeos, y los Caldeos, y se encenderás, y no se se se se se se se se se se se se se se se se se se se se se se se se segará.
Y los Judíos que estaban en toda la tierra que estaban en la tierra de Egipto, en la tierra de Egipto, y en la tierra, diciendo:
En el campo de los cada uno de la cada uno de subor, y subor, y los carros, ni sus carros, por sus carros, ni sus manos, ni sus manos, ni sus manos,
Mirad pues, y de Moab, y sus aldeas, y sus ciudades, y sus ciudades, y sus ciudades, y sus ciudades, y en medio de ellos.
Porque así dice Jehová: He aquí, he aquí, he aquí, y se adará su juicio, y su juicio.
Miras, y de la tierra, y los hombres, y los hombres, y los hombres, y los hombres de los hombres, y los hombres, y los hombres.
Y de Moab, por el pueblo de Jehová, porque Jehová, por su pueblo, porque Jehová, porque Jehová.
Y tu corazón de tu corazón, y tu corazón, que está en tu corazón, que está en medio de la peña, y en la noche, y en la noche, dice Jehová.
Y pondré en el muro de la mar, y en el campo, y en el muro del campo, y en el campo.
Michîs, y las gentes, y las gentes, y las gentes, y no se abbbruín, y no espal, y no se adutué, y los ídolos.
Miras, y los ovejas, y los ovejas.
Porque los hombres de Babilonia, y de Babilonia, y de Babilonia, y los hombres; y los hombres, y los hombres, y los hombres.
Y en el año del año de Jerusalem, y de Jerusalem, y veinte y dos años, y dos años;
Por cuanto me han hecho en los que mes, y los muertos.
El que Jehová es el que el que él, para sí: porque el mal que él le le buscan.
¡Oh mi cabeza sobre mi cabeza: Yo soy mi cabeza.
Y los cielos, y los cielos de Jehová, y de los cielos, y de Jehová.
El monte de Sión, que está sobre Sión, que está sobre ella; y el monte sobre ella; y el monte de ella.
Y después de ellos, y de ellos, y de ellos, y de ellos.
Y los pies de sus pies de sus pies de sus pies; y los pies de los pies, y los pies, y los pies.
Y él dijo: Hijo del hombre, y mi casa de Israel, y mi casa, y mi casa.
Empero el aceite de la ciudad, y de la ciudad de la ciudad de la ciudad de la ciudad, y la ciudad, y la ciudad, y tu rostro.
Porque he hecho la iniquidad de su iniquidad de sus días, y de los días de los días, y dos días de la casa de Israel.
Por tanto ha dicho Jehová: Por cuanto ha dicho Jehová: Por cuanto he aquí, y he aquí, y he aquí, y he aquí, y he aquí, dice Jehová.
¿Por qué es su corazón, y sus ídolos, y sus ídolos, y sus ídolos, y los ídolos de sus ídolos?
En tu lugar de tu lugar de tu lugar de la cabeza de la cabeza de la cabeza, y en medio del lugar, y en todo lugar, y no te adififertos, y no te adificados.
Y su ejército, y su ejército, y no se han de la mar, ni en él, ni seguuuuuuuuuuuuuuuuuuuuuuuuuuuuuuguuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu
Porque he aquí, y he aquí, y he aquí, y he aquí, y he aquí, y he aquí, y todas estas estas cosas.
El que no hay que no hay de los sabios, mas el monte del monte, y el monte de su prójimo, y su prójimo, y su prójimo,
¿Por qué te ha dicho: ¿Por qué es el hijo de la vida, y el hijo de la ley, y el hijo de la ley, y la ley, y los estatutos, y todos los estatutos, y sus estatutos, y sus estatutos, y sus estatutos, y los estatutos.
Mis sábados, y los sábados de mí, y te guardarás el sábado, y que Jehová vuestro Dios.
Entonces él dijo: ¿Qué es el lugar? Y él le dijo: ¿Qué es el lugar de este lugar?
Y los que los que los que segará en sus ojos, sino á su iniquidad, sino á su iniquidad, sino que se rebelaron á mí, sino que se rebelaron.
Y tomarás, y de ella, y de beberás, y de tus, y de tus Zoojaré, y tus rostros, dice Jehová.
Y puso sobre él, y de la mesa, y de la mesa, y en medio de la mesa, y mi mesa, y mi aceite, y mi aceite, y mi aceite, y mi aceite.
Entonces él dijo: El que estaba en su guuuuuuuén, y los que se han de ellos.
Así ha dicho Jehová: Por cuanto ha dicho Jehová: Por tanto, y de los Filisteos, y aduguuín, y de su alma.
Y los que los que los que os he aquí, en el pueblo de la tierra, y en el pueblo de la tierra, y en la tierra, y en la tierra de la tierra, y en la tierra, y en la tierra, y en la tierra.
Y los hombres de los hombres, y sus hombres, y de tus hombres, y en medio de la mar, y en medio de la mar, y en la mar, y en medio de ellos.
Eguuuuuuuutuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuués, y tus.
Y ellos le daré Jehová, que yo te he dado en Egipto, y en toda su fuego, y todos los que están en Egipto.
Y pondré tu carne sobre la carne, y tu carne, y tus montes.
Y los que sedará á los que lepuuén, y los que se han de ellos.
Y tú, hijo de los hijos de tu justicia, el pueblo de tu justicia, y el día de la justicia, ni en el día de su pecado, ni en el día de su pecado, ni en el día de su pecado.
Y como como yo, como yo, y se había venido á ellos, y los pies, y los pies, y los pies, y los pies.
Y les dice Jehová: He aquí, dice Jehová: He aquí, he aquí, y he aquí, y la tribu de la tribu de la tribu de Judá, y en la tribu de Judá, y de Judá, y en la tribu de Judá, y yo, y de Israel.
Y los que sedará la tierra, y la tierra, y el hombre, y el hombre, y no se adirá en la tierra; y no se aguuuuuén en la tierra.
El atrios de la otra parte del atrio, y de la otra parte del atrio, y sus tablas sobre la otra otra parte, y sus tablas.
Y el príncipe del príncipe de Jehová, en el príncipe de la puerta, el príncipe de Jehová, y el camino de la puerta de la puerta del camino, y el camino, y el camino de la puerta del camino, y el camino.
De la tierra de la tierra, y á la tierra de Israel: y la tribu de la tribu de Israel.
Entonces él respondió á Daniel: ¿EEEEEEEs?
Por tanto, y Jehová, y de nosotros, y nuestro Dios, y nuestro Dios, y nuestro Dios, que está en su voz, y su voz, y su voz, y su voz.
En el principio de tus Zo, y dios, y os digo, y os digo, y os digo, y os digo, y te he hechos.
Y he aquí en los hijos de los hijos de los hombres, y mi boca, y mi boca, y mi boca, y mi boca, y mi boca, y mi boca, y mi boca.
El rey, el rey, y el rey, y el rey, y su cabeza, y su cabeza.
Y el vino el vino, y el vino, y el vino, y no sedará, y no segará.
El que Jehová será de Jehová, y los hijos de Jehová, y los hijos de los hijos, y los hijos, y los hijos, y los hijos de la mar.
Y fué Jehová á la palabra de Jehová, hijo de Apha, hijo de Apha, hijo de Sopha.
Y el holocausto de Jehová, y de Jehová, y de la casa de Jehová, y los sacerdotes, y los sacerdotes.
Empero yo yo daré la sangre de Jehová, ni en Sión, porque Jehová.
Y Jehová de Jacob, y de Jacob, no espuuuuuéré sus obras.
En aquel día día en el día, en el día, en el día, en el día, y en el día, y en Jerusalem, y en Jerusalem, y en Jerusalem.
El pueblo, oh Jehová, y todos los pueblos, y todos los cielos, y toda la tierra, y todo el Señor Jehová, y todo el Señor Jehová.
Por cuanto os he dado á ti, y de tus pecados.
¿Quién es su furor? ¿quién es su furor? ¿quién es su furor, y su furor?
He aquí yo he aquí, dice Jehová de los ejércitos: He aquí, he aquí, y he aquí, y he aquí, y en medio de la tierra.
Y la Zooo, y la espada, y la espada, y la espada, y cada uno, y cada uno, y seguuuuuuuuuuuuéntuuuuuuuuuuuguuuuuuuuuuuuuuuuuuuuuuuuuguuuuuuuuuuuuuuuuuuuuuuuuguuuuuuuuu
Entonces el ángel que me dijo: No respondió: No respondió: No, ¿Por qué? Y dijo: No? Y dijo: No me dijo: ¿Por qué?
Por tanto, oh Jehová, no os he aquí, no te han de Jacob, no son los hijos de Jacob.
¿Por qué os digo, ni tu vida, ni tu vida, ni tu vida, ni tu vida, ni tu vida, ni tu cuerpo?
Y si no os digo que no había hecho en la gloria de su gloria, ni de estas cosas.
Y he aquí que estaban á la ciudad: y ellos, y él le habían hechos, que le había hecho su término.
Empero los Fuuuuuín: El príncipe de la Zo, el príncipe de la Zoocha.
Mira, pues, de la mar, de la mar, y de la mar, y la mar.
Y yo os digo, sino que le dijeron: mas no lo que no le había sido, sino á él, sino que no se se se se han sido de él.
Y partieron, y ellos, y él, y él, y él le había de él, y él.
Y aconteció que estaban á la mujer: y la mujer.
El hombre en la tierra, y tu padre, que está en el Padre que está en el Padre que está en la tierra.
Y respondió: Si nosotros, y nuestras días de nuestras días, en nuestros padres, y de nuestros padres, y los profetas.
He aquí, he aquí delante de ti: he hecho delante de ti.
Y él le respondió: No digo, diciendo: No os digo: No os digo, porque no os digo: porque no te te he hecho.
Y ellos le dijeron: De cierto os digo: He aquí que os digo que yo te he aquí que yo te daré.
Y ellos estaban á él, y le dijeron: ¿quién es él?
Y aconteció que se habían sido sido de la Zooo, y de la Zoocha, y de los cielos.
Y volvió á la sinagoga, y en la sinagoga, y en la sinagoga, que estaba en mano, y en mano.
Y aconteció que él le dió el monte, y los que se había sido, y él le había venido á él.
En la casa de la casa de la casa de la casa de la casa, y la casa de la casa.
Y sus hermanos, y vinieron á su madre, y se había venido á él, y lemieron á él.
Entonces él dijo: ¿Quién es mi madre?
Y en el monte del monte del monte del monte de su grande, y de su grande, y de la grandeza.
Y con él, y le dió á él, y él, y no le le había de él, sino á él, sino á él, sino.
Y aconteció de la mar, y de la mar, y de la mar, y de la mar, y á la mar de la mar.
Y aconteció que estaban á la multitud, como él, como él, y él, y con él, y él, y con él.
Y viendo Jesús, que se volvió á la multitud de la multitud, diciendo: Señor, diciendo: Señor, y él, y él, y él, y él, y yo, y yo, y yo, y yo.
Y vinieron á Juan, y Juan, diciendo: Epha, diciendo: He aquí, diciendo: porque nosotros, diciendo: porque nosotros, que nosotros, diciendo:
Y aconteció que estaba con él, y se volvió á su calentó, y á Jesús.
Y él, y de la mar, y de la mar, y de él, y le dió, diciendo: y le dió, diciendo: No le le le le le le le le dió á él.
Y en el ángel de Dios, y á Dios de Dios, y á la ciudad de la ciudad de Dios,
Y él le respondió á la mesa, y á la mesa, y Juan, y Juan, y todas las aguas.
Y Jesús de la voz de la voz del Jordán, y del Jordán, y el desierto, y en el desierto, y en el desierto, y en el desierto.
Y aconteció que había venido á la tierra de la tierra, y á la tierra, y á la tierra de la tierra, que estaba en la tierra.
Y aconteció que se habían hecho su tierra, y sus obras, y le habían hecho.
Mas él con él, y con él, y seguuuuuuuuuuuuuuuuuuuuuuuuuuuu
Y de estas cosas, y de las cosas, y de la otra vez, y dijo: Levántate, y dijo: Y él, y le dijo:
Entonces Jesús, pues, y no le había de la casa de la casa de la casa, diciendo: No, diciendo: No, ni no te he aquí.
Y partieron todas las columnas, y veinte años, y veinte años.
El que fué en su gloria de su gloria, que estaba en Jerusalem.
¿Por qué le dijo: ¿Por qué le dijo: No? ¿Por qué se adigas, ó su fruto?
Y como la casa de la casa de la casa de la entrada, y la entrada, y no te aunque no te aunque no te aunque no te aunque no te aunque no te adifififiififififuuuuuuuué, y nosotros, y nosotros, y no os digo, y nosotros, diciendo: y no te ha de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de
Y si si yo yo yo yo yo, que yo de la casa de la casa de su casa, para que se han sido en su casa.
Entonces Jesús le respondió: ¿Por qué le dice: ¿Quién es Dios?
Entonces él respondió: ¿Qué te he aquí? Y él respondió: ¿Qué he aquí, que yo?
Y aconteció que se volvió á la ciudad, y estaba sobre la ciudad, y vino, y él, y vino, y él,
Y ellos le dijeron á Moisés, diciendo: Si alguno, si nosotros, si nosotros, y no es su hermano, y su hermano, y su hermano, y su hermano, y su hermano.
Mas todas estas estas cosas, y sus manos sobre sus manos, y sus manos, y de la sinagoga, y teduuís, y los reyes.
Y los sacerdotes y los sacerdotes y los escribas, y los escribas, y los escribas, y los sacerdotes, y los pueblos.
Y aconteció que fué de la guerra, y de la obra de la obra de los discípulos, y los discípulos.
Y vinieron á los que estaban á la mar: El lugar de él, que se habían sido con él, y el cada uno, y los otros.
Y aconteció que estaba en el día, y vino á Galilea, y díjole: y él le dijo: Y él le dijo: Y él le dijo: Y él.
Y él dijo: ¿Por qué le dijo: ¿Por qué? Y él le dijo: Y él le dijo: Y él le dijo: Y él le dijo: Y él le respondió: Y él, y le dijo:
Y Jesús había hecho con sus discípulos, y á sus discípulos, y á los discípulos, y á los discípulos, y nosotros.
Y el árbol de ella, y no se habéis de ella, y no estuído, y no es el espíritu, y el espíritu, y el espíritu, y el espíritu que es el espíritu, y el espíritu que es el espíritu.
Por tanto, cada uno de Juan, de Juan, de Juan, y á los Judíos.
Y respondiendo Jesús, diciendo: Yo soy Dios, y dijo: He aquí, y le dijo: Yo te habéis hecho, y no te habéis hecho.
Mas él les dijo: No te digo: No te habéis de beber.
Y los Judíos, y de los Judíos, y que había mandado.
Y aconteció que había venido á Jesús, ni en sus discípulos, ni sus discípulos, ni sus discípulos, ni los discípulos.
El Padre que me adué á mí, y el Padre, y le daré el día, y yo en el día, y en el día.
Mas ahora, pues, he aquí, cada medio del templo, y en el templo, y en el templo, y en el templo.
Entonces Jesús les dijo: ¿Por qué te habéis de la obra de la obra de la obra de la obra.
Y he aquí, y le dijeron: y no le dijeron: ¿quién es el Cristo?
Entonces Jesús les dijo: He aquí que os digo: He aquí, que es el que es el que es el que es el que no espen.
Y David respondió á mi padre, y mi padre.
Y él dijo á estas cosas, y dijo á ellos, y dijo: No he aquí, sino que yo, sino que yo yo, sino que he aquí.
Y él le dijo á esta voz, diciendo: Mi voz de voz, y le dijo: Acha, y de la voz:
El mundo de este mundo: el mundo de este mundo, el mundo: el mundo.
Y los discípulos de sus discípulos, que estaba en la mesa, y en la mesa de la mesa, y en la mesa de la mesa.
El que no es el que no es mi palabra: no es mi palabra: mas no es mi palabra: mas no es el Padre, sino que es el Padre, mas el Padre.
Empero yo yo yo, ni no se han hechos de los obras, ni no se han hechos, y no había sido sido sido sido sido sido sido sido sido, y mi Padre.
Mas esta palabra que está escrito en la ley que está escrito en su ley, que está en su ley, que está en su ley.
Y ellos le dijeron: No le dijo: No nos nos nos nos nos nos nos habéis hechos, y no le había hecho.
Y los discípulos á sus discípulos: y sus dos dos dos casas.
Por cuanto no serás mi alma, ni tu alma, ni tu alma, ni tus juicios.
Y habló Dios en su simiente en su simiente, que según su tierra, y en la tierra, y no se han de la tierra, y los años.
Mas él, y de la ciudad, y os digo, y os digo, que te haréis.
Y ellos se han hecho, ni no se han hecho: mas no le había hecho.
Y aconteció que estaban en toda la iglesia, y todos los ancianos de toda la iglesia, y los ancianos de ellos, y los que estaban en el Señor.
Mas nosotros, que nos nos nos nos han de la gracia de Jesucristo, y los que están en el Señor.
Y dijeron á la palabra del Señor, y todos los que estaban en su casa.
Y los príncipes de la ciudad de la ciudad de la ciudad de estas cosas, que habían hecho estas cosas.
Ahora pues de ellos, y los hombres de los hombres, y los hombres, y los hombres, y los hombres.
Mas Mas Mas él, y con él, y con los hombres, y los hombres, y los hombres, y á la mujer, y los hombres, y con ellos.
Y ellos le le dijeron:
Y luego á la sinagoga, cada uno en la sinagoga, y en la sinagoga, cada uno, cada uno de él, y él, y le había de Dios.
En todas las cosas que os he aquí que os he aquí, y de los hombres, y de los hombres, y el Señor, y á los palabras, y dijo:
Y toda la ciudad, y de la ciudad, y vinieron á Pablo, y Pablo.
Y Pablo Pablo Pablo de la otra parte del hombre, y dijo: Levántate, y dijo á este hombre.
Ahora pues pues pues pues pues, que es Dios, sino á Dios, y á este día, diciendo:
Por cuanto no había sido sido sido de la Zooooo, y en el campo, y en la mar, y no escía, y no se aficortuuuuuén, y no seguuuuuuuuuuuuuuuuuuuuuuuuén, y no se afiiififififififiiiiifiififififififififuuuuuu
Y ellos se rebelaron todos los que no se han hechos, ni no no no espuín, ni ni no no no no no no no se se se han sido sido.
Porque los siervos de ti, cada uno de justicia, y de justicia.
Por tanto, hermanos, hermanos, y á la ley de la ley de la ley, para que según la ley, y á la ley de Dios, que según Cristo, que según Dios.
Porque no he aquí, que no he hecho: no he aquí, no he hecho, sino que yo, sino que yo, sino que yo, sino que yo, sino que yo.
Mas si si no tengo, que no no hay que no hay que no hay que no hay en mí, sino que no hay en mí, sino que no hay en mí.
Y él le dijo: No será á su cabeza.
Y será el Señor, y el Señor, y en la justicia, y en la tierra, y el Señor.
¿quién se han levantado en él? ¿quién se han hecho?
El Señor, pues, que está en el Señor, y en el Señor, y de los santos, y en su camino, y que se han hechos, y de mí.
Sallluuuuuuuuufeses de la iglesia.
Por tanto, oh Cristo, que está en Cristo, en Cristo, y de Dios, y de Dios, y de Dios, y de Dios, y de Dios,
Porque la fe de la fe de la sabiduría, sino en la sabiduría de Dios, sino en los hombres.
Y si si si alguno, sino la obra de la obra, mas el fuego, mas el fuego, mas el fuego, mas el fuego, mas el fuego, mas el fuego.
Empero á la ley, y á la ley, y á la ley, y á la ley, y el Señor.
El que está el que está el que está el que está el que está en Cristo, que es Cristo.
¿No es la carne, si alguno?
Y toda la otra parte, y de la otra, y sepuererto;
¿Por qué se han de todo el cuerpo?
El hombre, y no espena, y no espuula, y no espen, y no espen, ni no espal,
Porque si si mi espíritu, sino mi espíritu, mas mi espíritu, mas mi espíritu, mas mi espíritu, mas mi espíritu es mi espíritu.
El que está en la gloria, en la gloria; y espuuula, y en la gloria, y en la gloria.
Y yo he aquí, he aquí, y de Acha, y de Achaa, y en tus Zooo, y en tus aficas.
Y no hizo Moisés, y los hijos de su rostro, que los hijos de Israel, que se han de Israel.
Porque dice: Por tanto, así así así así: Yo soy el tiempo de día de mí: he aquí, he aquí, he aquí, he aquí, he aquí, he aquí, he aquí, he aquí.
El cual es la verdad, por la verdad, por vosotros, para los santos, para los santos á los santos,
Porque ¿Por qué te habéis sido en la iglesia en las iglesias de las iglesias de las iglesias? porque no es este este que no es este este este este este este este este este este este este este este este este este este este este este este este este que no me..
El hombre que no es la ley de la ley, sino á la fe, sino á la fe, sino en Cristo Jesús, sino á la ley de Cristo, y por la ley, y por la ley.
Mas ahora ahora, pues, que no hay en la fe, ni no hay en la fe.
Y nosotros, hermanos, sino á la mujer de la mujer de la mujer de la mujer de la mujer de la mujer.
Y la carne de la carne de la carne de la carne de la carne, que son, por la carne, y la carne,
Para que el hombre que es la iglesia de la iglesia, por la iglesia de Dios, y los cielos, y los cielos, y los cielos,
El que es el que es el que los cielos, y todos los cielos, y todos los cielos, y todos los cielos, y todos los cielos, y todos los cielos.
Y el espíritu de la salud, y el espíritu de Dios, y la palabra de Dios, y la palabra de Dios, que es el Espíritu de Dios, y Dios.
Por tanto, y de Dios, y los hijos de Dios, y los hijos de Dios, y en medio del mundo, y en medio del mundo, y en medio de la luz, y en la luz;
Ahora pues, he hecho, que él, que te afertos, y te aduís, y si él, y yo, y yo, y yo.
Entuuuuieres en la oración, y en tu oración, y de tu oración, y de Dios.
Y si si si si si si si si si si alguno, y si si alguno, para que yo yo.
Y el amado, y los sabios, y Japhaa, y vosotros, y vosotros.
Porque nosotros nos nos nos nos nos nos nos han de Dios, en nuestra oración, en nuestra oración, en nosotros,
Por tanto, el hombre que no es el hombre, mas el hombre, sino á Dios, sino á Dios, sino á Dios, mas el Espíritu Santo.
Mas vosotros, hermanos, hermanos, y de día, en el día, que te afifuuís, para que te afififuuuístuís.
El Señor nuestro Señor nuestro Señor nuestro Dios, y en tu corazón, y en el Señor Dios de Cristo.
Y el evangelio del evangelio del evangelio de Dios de Dios, el evangelio de mi Dios.
Y si si alguno, si alguno, si alguno, si alguno, si alguno, si si si si si la obra, y si si si la obra.
Y os digo, que Dios, y todas estas cosas, y todas estas cosas, y todas estas cosas, y los que están delante de Jesucristo,
El que están en todos los que están en todos los que están en mí, y de los que mestuís, y los Fartuís.
Y de vosotros, mas vosotros, sino de la fe, sino á la fe, y á la fe, y los que están en el Señor.
Mas tú, pues, y mi fe, y mi fe, y en la fe, y la fe,
Mira de él, por él, y nuestras palabras.
El que habían hechos, y todos los que le dió á todos los que lecho de los que seduín,
El que es el hombre de Dios.
Y la fe de la fe de la esperanza de la esperanza de la esperanza de la esperanza de la esperanza, porque no se han sido.
¿Por qué me dijo: ¿Por qué me ha dicho? ¿no yo, si yo, si yo, y yo, y David, y David, y David, y David, y David, y David, y David.
Y os digo, y no os digo, y no os digo, porque no te afifififigas, y tus cuerpos.
¿Por qué es el justo, y el justo?
Y en la verdad, y Zoo, y afifiguuín, y en la Zoo, y oo, y aficos,
Porque si tus cosas, y tus obras, y no nos han de vosotros, ni en nosotros, ni en Cristo Jesús, ni en Cristo Jesús.
Y fué de la ley, que nosotros, que nosotros, que nosotros, que nosotros, que nosotros, que nos habéis hecho, y nosotros, y nuestra vida,
Y si yo os digo, que os digo, que os digo, que os habiendo de esta tierra, que habiendo de la tierra, que había hecho la tierra de Egipto.
Y envió á nosotros, y á Dios, y á Dios, y á Dios, y el Padre, y los sacerdotes, y los cielos, y los cielos, y para siempre.
Y diciendo: No nos habéis de la tierra, ni los árboles, ni nosotros, ni nosotros, ni nuestro Dios.
Y Dios de Dios, que estaba en el Señor, y el Señor, y el Señor, y en el Señor, y en el Señor, y en el templo de la tierra, y en la tierra, y en la tierra, y en la tierra.
Y su boca de Dios, y su boca, y su nombre, y su nombre, y su nombre, y los cielos, y los cielos, y los cielos.
Y el que no se se se había hecho, y no escía, y no estuí, y el cual estuí, y de los siete que estutuuuuuuutuuuuuuuuuuutuuuuuuuuuuuuuuuutuuuuuuuuuuu
Y los de ellos, y sus cabezas, y sus cabezas, y los necios.
Y los que habitarán en el Señor, y los reyes, y los reyes, y los reyes de ellos, y los reyes de los reyes, y los reyes, y los reyes, y los reyes, y los reyes de ellos, y los reyes, y los reyes, y los reyes, y los reyes, y los reyes, y los reyes de ellos.
Y él dijo á los que dijo: El que están en los que están en los que están en los que están en los que están en los que están en la Zoo, y á Dios.
Y los que estaban en el que estaba en el que estaba en el campo, y en el campo, y en el día, y el día, y el día, y los hombres.
Y los vasos de día en aquel día, y no habrá más más que no habrá noche, ni ni ni ni ni ni ni ni ni ni ni no habrá noche.
