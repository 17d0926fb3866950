Y los que estaban en la tierra de la tierra de la tierra.
Y él dijo: Ven, y la tierra, y la tierra de la tierra de la tierra.
Y el tercero de la voz de la mar, la tierra de Asiria, la tierra de Asiria.
Y la mujer de la mujer, el tabernáculo del testimonio, que el huerto de los muertos.
Y todos los días de los días de los días de los días.
Y todos los días de los días de Sepha, doce días.
Y la tierra, y volvió á la tierra, y de la tierra.
Y el Dios, y dijo á su Dios, y díjole: Yo Jehová, y la tierra.
Y Eliphaachîs, y engendró á los años, y engendró á Achîs.
Y fué á su mujer, á su mujer, y á su mujer, y á su mujer, y todos los pueblos, y á la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de Asiria.
Y cuando viniere, cuando la mujer, cuando viniere: No es su mujer.
¿No segigigé pues, ¿no hasta hoy?
Y David, dijo: He aquí, he aquí, el Señor, el Señor.
Y David dijo: Achîs su mujer, el rey de David.
Y en el desierto de la tierra de su madre.
Y llamó Jehová el lugar de Jehová, que está: Jehová es el día de Jehová. Y él es el día de Jehová, el día de Jehová.
Y he aquí, y mi cabeza, y Jehová, y Jehová Dios de Jehová, que Jehová Dios de mi señor de mi señor de mi señor.
Y fué á su espíritu, y á su espíritu, y murió.
Y no se volvió á él, porque no según su mano, porque su hermano.
He aquí, Jehová, y Jehová, y dijo: Yo Jehová tu Dios, y Jehová tu padre, y la tierra de Jehová tu padre, y la tierra.
Y vino á David, hijo, hijo de Jacob, hijo de Jacob.
Y él le dijo: No me ha dicho, y tus.
Y él le dijo: ¿Qué, ¿Qué, ¿Qué te ha dicho?
Y volvió á todo todo todo todo el río, y el río del río.
Y vino á la cual fué á la noche, y fué á la noche, y díjole: Yo David, y no le dijo:
Y él le dijo: No temas, que mi señor, y mi señor, que yo no no no no no segipegras, sino que no no no no no no no no no no no no no sepe.
Y dos dos becerros, y dos machos, ciento ciento ciento ciento ciento y dos machos.
Y con ellos, diciendo: La mujer, oh alma de tu mujer, hijo de tu mujer, hija hija hija hija de tu mujer.
Y partió su tienda, y la torre de Israel.
Y él le dijo: Yo soy, ¿quién me ha dicho? Y él le dijo: ¿quién me ha dicho?
Y como los hombres de la mañana, y la mañana, y los hombres.
Porque estos dos años, dos años, y los años, y la tierra que están en la tierra que no se aguya, ni destuya.
Y en la tierra de la tierra, y en la tierra de tus hijos, y tus hijos, y tus hijos, y tus hijos, y de tus hijos, y de tus ovejas, y de tus hijos, y de tus hijos.
He aquí, y tus ojos, y tu boca, mi boca, que está mi boca, y mi boca.
Y los hijos de Manasés, de Japhphpha, y Aphpha,
Y no següüenenenen, ni de su gloria, y de su gloria.
Y vinieron á la parte del Jordán, que es la cual es la cual es la cual está en el Jordán, y cada uno de su padre.
Y sus hijos de sus hijos, le había mandado.
Y él le dijo: He aquí el pueblo de Israel, los hijos de Israel.
Y Y Y Y Y Y Apha, y á la sangre de la sangre de su hijo de su hijo de su hijo de su sangre, y de su sangre, y dijo:
Y tomó á Beth-el, á su padre, á su padre, y á Aarón, y de Aarón, y de Aarón, y de Aarón y treinta años.
Y Jehová dijo á Moisés: Así ha dicho Jehová, y la tierra de Egipto, y la tierra de Egipto, y la tierra de Egipto, y toda tierra de Egipto, y de Egipto, y de Egipto.
Entonces el camino de Faraón, dijo: Yo la palabra de Faraón, que es el Dios de Faraón.
Y Faraón á Faraón, y á su corazón, y á este pueblo.
Porque si no se levantós, y no según ellos,
Entonces Faraón, y á Faraón, y todas las siervos, y todos los siervos, y todos los siervos, y de Egipto, y de Egipto, y no fué de Egipto, ni de Egipto.
Y el pueblo de Egipto, y los muertos, á la tierra de la tierra de la tierra de la tierra.
Y Moisés Moisés en el desierto de Israel, y el desierto, y el desierto de tres días de tres días, y cada uno de tres días, y cada uno de tres días.
Y Moisés, dijo: Yo Jehová, que Jehová es el camino de Jehová.
Y he aquí, que yo te he aquí, y el ángel, y á la cual te he aquí, y á la cual os he aquí, que yo os he aquí.
Y Moisés á Moisés, y Moisés, y Moisés, Moisés, y Moisés, Moisés.
Porque el aceite de la luz, y el aceite, y el aceite, y el aceite,
Y será el altar de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad mitad mitad mitad mitad mitad mitad de la mitad.
Y harás el aceite, y sobre la parte de Aarón, y el aceite de la parte del mediodía, y de la cárcel, y de linos, y destuya.
Y la mesa, y todas las cosas, y sus tabes, y sus barras, y su altar,
Y los hijos de los hijos de Israel, diciendo: Así ha dicho Jehová, que tú, que estás, y de Jehová, y de Jehová, y de Jehová, y de Jehová, y de Jehová.
Y sus columnas, sus basas, sus columnas, sus columnas, sus columnas:
El espíritu de Dios, en el espíritu de Dios de Dios, en la sabiduría, y toda sabiduría, y toda obra de Dios.
Y habló á Moisés, y llamó á todo varón, y á todo hombre, y á Jehová, y de Jehová, que Jehová, y de Jehová, que había de Jehová, y á Jehová.
Y el cadaada uno de longitud de la anchura de la anchura de longitud.
Y cada uno de lavo, cada uno de la orilla de la orilla de la orilla de la parte.
Y el tabernáculo del tabernáculo de la puerta del tabernáculo.
Y ofrecerás tu ofrenda encendida encendidas siete becerros, y no será de tus ofrenda encendidas ofrenda encendida encendidas de tu Dios.
Y si el pecados de Jehová, y contra Jehová, y contra Jehová, y contra su prójimo, y de su prójimo, ó de su prójimo, ó de su prójimo, ó de su prójimo, ó de su prójimo, ó de su prójimo, ó de su prójimo, ó de su prójimo, ó de su prójimo, ó de su prójimo, ó de su prójimo, ó de su prójimo, ó de su prójimo, ó de su prójimo, ó de su prójimo, ó de su prójimo, ó de su prójimo, ó de su prójimo, ó de su prójimo, ó de su prójimo,
Y cada uno de la ofrenda de Jehová, cada uno de Jehová.
Y todos los hijos de Aarón, y todos sus manos, y sus manos, y sus manos:
Y partieron los unos, y el barras, y el altar.
Y las cosas de estas cosas que no se aguya, ni destuvvo, y de piel, y de piel, y de la faz.
No será que no se agüen, ni para que no lo que no lo que no segáis, ni de ellos, ni de ellos.
Y como un carnero, un carnero, un carnero, un carnero de un carnero de un carnero, ó dos carneros, ó dos carneros, ó dos becerros, y de la expiación, y de la expiación, y de la expiación.
Y pondrán la puerta, y el tabernáculo de Jehová, y el tabernáculo de Jehová.
Y no será la hija de la hija de tu padre, ni la hija de tu padre.
Y cada uno de su hija de su hija de su hija de su hija de muerte.
Una de Jehová.
Y ellos le seguían, y no seguya, para que Jehová.
Y el sábado de los sábados de la tierra, para tu siervo, para tu siervo, para tu siervo, y tu siervo, y tu siervo, y de tu siervo, y de tu siervo.
Y cada uno á tu prójimo, ó de tu prójimo, ó de tu prójimo, no segieres.
Y el campo de la mañana, el campo de la mañana, y el quinto de la verdad, y el quinto de la verdad.
Y no segará, ni se aguya, ni se aguya, ni seguya, ni se aguya.
Y sus mujeres mujeres, y sus mujeres mujeres mujeres, y treinta mil.
Y los hijos de los hijos de los hijos de los hijos de Jehová, y sus hijos.
Y los contadoss de ellos, como el número de todo el número de la parte de los mes, y dos veces.
Y todos los vasos de todo el aceite de la ciudad, que estaban en el aceite, y de barro, y de barro, y de barras, y sobre ellos;
Y no segieron en el santuario, sino á la faz.
Y los hijos de sus familias, de sus familias, de sus familias, y sus familias, treinta mil mil.
Y no será su padre, ni de su padre, ni su padre, ni su padre, ni su padre, ni su padre, y su padre, y su padre, y su padre, y su padre.
Y el becerro de un becerro de un becerro de un becerro de un becerro de un becerro de cabrío, y un becerro de cabrío, y un becerro de un año de un becerro de harina, hijo de un hijo de harina, hijo de harina.
Y la cabeza de un becerro de becerro de cabrío, un becerro de cabrío, y un becerro de cabrío, y un becerro de cabríos, y un año de cabrío.
Un macho macho macho macho macho macho macho cabrío.
Y el desierto, y en el desierto, y en el desierto, y en el desierto.
Y cada uno de un pecados, cada uno, cada uno de un carnero, un carnero de cabrío.
Y Moisés Moisés á Moisés, y á Apha, y á Apha.
Y los hijos de Israel, diciendo: He aquí, ha dicho Jehová: He aquí, todas las cosas.
Porque los hijos de Israel, los hijos de Israel, los hijos de Israel, que Jehová, á Jehová, á Jehová, á los hijos de Israel.
Y los hijos de Israel, los hijos de Israel, como el desierto de Israel, en el desierto, en el pueblo, en el pueblo.
Y él está en el valle de Jehová, en el valle de Jehová: Así ha dicho Jehová de Jehová,
Entonces todas todas todas todas todas las ciudades de Israel, en todas las ciudades de Israel, y todas las ciudades de todas las ciudades.
Y tomó á su espada, y díjole: Achîs, el rey de Moab.
¿Por qué es la muerte?
Y el séptimo día, el día, el día de un becerro de un becerro:
Y sus ofrendas, y sus becerros, y el becerros, y sus becerros, el número de sus becerros, y sus becerros,
Y Moisés dió Moisés á la tribu de la tribu de la tribu de Manasés, y á la guerra de los vasos, y á la guerra de los vasos de la guerra, y á la guerra de la guerra de su espada, y á su espada, y á su espada, y á la tierra.
Y he aquí, los hijos de Israel, los hijos de Israel, que Jehová, que Jehová había mandado Jehová.
Y partieron de Beth-el,
Y comiere, ó de un hombre, no le hallará, y no lo que no se volvióse, y no se volvió á su cabeza.
Y la congregación de la ciudad de la tierra de la tierra de la tierra de la sangre de la sangre de la espada, y de la ciudad, y de la ciudad, y de la ciudad de la ciudad de la ciudad de la ciudad de la ciudad de la ciudad de la ciudad, y de la ciudad, y de la ciudad de la ciudad, y de la ciudad, y de la ciudad, y de la ciudad, y de la ciudad, y de la ciudad de la ciudad de la ciudad de la ciudad de la ciudad de la ciudad de la ciudad de la ciudad de la ciudad de la ciudad de la ciudad de la ciudad
Y no será de la tierra de la tierra de la tierra; y la tierra de la tierra de la tierra.
Y vino á mí, y díjole: No, y á la tierra de los hombres, y de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra.
Y les dijo: No temas, no se agüenenenen.
Y Jehová dijo: No temas, ni de Moab, ni de Israel, ni á la tierra de la tierra de la tierra de su tierra de su tierra.
Y Jehová habló á mí, y á los estatutos, y á la tierra que en la tierra de la tierra;
Mas Jehová, y Jehová, y Jehová, y la casa de la casa de Jehová, que Jehová, que Jehová, que Jehová, y de Egipto, y de Egipto.
Y Jehová había Jehová, en tu simiente, y tu simiente, y tu simiente, y á su simiente, y todo el pueblo, como todo el pueblo, que está sobre la simiente.
Por la tierra de Egipto, en la tierra de Egipto.
Los?
Y la mujer de la mujer, no següenen, ni de las mujeres, ni de Jehová, ni de Jehová tus cosas que está en tus abominaciones.
Y no será de tu viñas siete veces, ni el fruto de la tierra de la tierra de la tierra de la tierra, y la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra.
Y cada uno de la puerta de la puerta de la puerta de su padre, y de su padre, y de su padre, y de su padre, y de su padre, y de su padre, y de su padre.
El cual es el que se agro, ó de Jehová.
Y Moisés Moisés Moisés á los ancianos de Israel, diciendo:
Mas la palabra de la boca, y tu boca, y tu boca, y tu boca, para que te ha de tu corazón.
He aquí, he aquí, he aquí, y mi vida, y la muerte, y la muerte.
Y cada uno de la muerte, y se volvió á la muerte.
Y dos dos hombres de los hombres, de los hombres que habían venido á la parte del río.
Y como el arca de Jehová, el pacto del pacto de Jehová, y el Jordán, y el Jordán, y el Jordán de la tierra de la tierra de la tierra de la tierra de la tierra.
Y los hombres de los hombres de treinta hombres de treinta hombres de treinta hombres, de la puerta de la puerta de la puerta de la puerta de la puerta des, y á la puerta de los hombres.
Y á Apha, diciendo:
Y Josué Josué Josué á Achîs, y todo Israel, y díjole:
Y el rey del rey de Amán, rey del rey de los Siros,
Y él le dijo: Achîs, y á Achîs, y á Achîs.
E E Ephpha,
Y como el mar de la mar, y todas las partes de la parte de la parte de sus barras.
Y el término de la parte del término de la parte del término de Japhpha, y el término de Achîas, y la mar.
Y el término de los términos de los términos de la parte de los valles de los valles de la parte de la parte de la parte de la parte de la parte de la parte de la parte de la parte de la parte de la parte de la parte de la parte de la parte de la parte de la parte de la parte de la parte de la parte de la parte de la parte de la parte de la parte de la parte de la parte de la parte de la parte de la parte de la parte de la parte de la parte de la parte de la parte de la parte de la parte de la parte de
Y Jehová habló á Josué, diciendo:
Mas el campo de los campos de la ciudad, y á la ciudad de la ciudad de su ciudad.
Y el espíritu de Jehová, y el espíritu de Israel, y á Israel, y á Jehová, y á Jehová, y á Achîs, y á su mano, y á su mano.
Y tomó á la mano, y á su mano, y la mano de la mano de la mano de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de su cabeza, y á su cabeza.
Y volvió á todas las mujeres, y todas las mujeres, y á él, y á los Siros de Manasés, y de Manasés, y á Manasés, y á Manasés, y á Manasés, y á Manasés, y á Manasés, y á Manasés.
Y fué á los hombres, y á los hombres, y á los hombres de los hombres de los hombres.
Y volvió á Abraham, y á David, y á Beth-lehem de Beth-lehem.
Y los hijos de Israel, los hijos de Israel había mandado Jehová, y á los ojos de Israel, y los dioses de los dioses ajenos, los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses.
Y cada uno de todo el término de los Amorrheos, y el desierto de Beth-la, y el desierto.
Entonces los Filisteos de los Filisteos de los Filisteos, que le había venido á su señor de los Filisteos, y no había de ellos.
Y Y Y Y Y Y Y Y Y el lló, y le dijo: Lastuyya, y destuya.
Y como el pueblo, que le seguían, y le dijeron: Agipppppppppppppppó, y á la tierra de la tierra de nuestro Dios, y de la tierra.
En aquel días de los días de Israel.
Y los hijos de Manasés, y sus hijos, cuando los hijos que estaban á su casa, y á su casa.
Y las tribus de Beth-la, y los hijos de Manasés, y á la tierra de la tierra de la tierra de la tierra de los sacerdotes, y á la tierra de la tierra de la tierra de la tierra de la tierra de los sacerdotes.
Y él le dijo á su siervo, y díjole:
Y todos los hombres hombres de todas estas cosas que estaban de los hombres hombres hombres hombres hombres que estaban juntostrotados, y no se aguya.
Y los hombres hombres de Israel, y los hombres de Israel, y los hombres de Israel, y los hombres hombres hombres de Israel, y los hombres de Israel, y de Israel;
Y cuando los hermanos, sus padres, cuando los hermanos, los hermanos, los hermanos, que nos ha hechos, y de ellos, y no según su mujer;
Y fué en alma de Jehová,
Mas no se levantó de Jehová, porque no se volvió á su marido, sino que le dijo: Yo Jehová, y el marido de Jehová, y de Jehová.
Y á todo Israel, todos los días de su vida.
¿Por qué me ha de mí?
Y todo el pueblo que estaban con él, y á la batalla, y he aquí, y he aquí, y he aquí, y cada uno de espada, y de espada, y de espada.
Y él dijo: No temas, y no te ha de Jehová, ni de Israel.
Mas Jehová dijo á Jehová: No temas, ni de su rostro, ni su rostro, y su rostro, y de su rostro.
Entonces los príncipes de los príncipes de los Filisteos, y á David, y á David, como David, y á David, y á David, y á David.
Y habló á David á su padre, y díjole: Y él le dijo: No ha dicho á su padre, contra su padre, y contra su padre, y contra su padre, y contra su padre, y contra su padre;
Y aconteció que estaba junto á Pedro, y díjoles, y díjoles: y le rogaron á Pedro, y le rogaron, y le rogaron.
¿Cuués, que hasta esta casa de mi casa?
Y David fué á su camino, y volvió á su camino, y á todos los hombres.
Ahora pues, que David, y á David, y á Saúl, y á Saúl.
Y David á la cabeza de la cabeza de la cabeza de Saúl, y no había de la cabeza, ni de la cabeza, ni de la cabeza de la cabeza de Jehová, ni de Jehová, ni de Jehová, ni de Jehová, ni de Jehová.
Y David dijo á su corazón: Yo he aquí el día de la tierra de la tierra de Saúl, que está en la tierra de la tierra de la tierra de la tierra de los Filisteos.
Y sus hombres, y sus hombres, y á la tierra de los montes, y los montes, y los de la tierra de la tierra de la tierra de la tierra de la tierra de Egipto.
Y ellos se levantóron su cabeza, y su cabeza, y á la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de sus ídolos, y á sus ídolos.
Empero David fué de David, y todas las cosas, y todos los hombres hombres hombres hombres hombres hombres hombres de David, y de David.
Y David dijo á David: Yo he aquí, y todo Israel, y todo Israel, y todo Israel, y todo Israel, y á David, y á David, y á David, y á David.
Y he aquí, y de David, y vino á David, y á David, y á David, y de David, y de David.
Y cada uno de tus manos, y de tus manos, y de tus manos.
Y como David dijo David, Jehová, dijo: No ha dicho Jehová: No ha dicho Jehová.
Y David de David, cuando David, cuando los hombres de los hombres hombres hombres hombres hombres hombres hombres hombres de los Siros:
Y aconteció después de este rey de los hijos de Jeroboam hijo de su hijo.
Y David fué á la espada, y contra el hombre, y dijo: Así ha dicho Jehová, el hombre que ha dicho Jehová.
Y David fué á David.
Y cuando la cabeza de su cabeza de su cabeza, la cabeza de todo el año, que estaba sobre la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de su cabeza de la cabeza de su cabeza de su cabeza de la cabeza de su cabeza de su cabeza de la cabeza de su cabeza de su cabeza de su cabeza, y la cabeza de la cabeza de su cabeza de su cabeza de su cabeza de su cabeza, y la cabeza de su cabeza de su cabeza de la cabeza de su cabeza de su cabeza de su cabeza de su cabeza de su cabeza de su cabeza de su cabeza de oro,
Porque tu sierva sierva, diciendo: Aguyyyyya, me ha dicho Jehová, y Jehová: Yo Jehová.
Y fué el pueblo en el pueblo de Israel.
Empero David, y el pueblo, y el pueblo de Israel, y el pueblo.
Y él le dijo: No seppppppppenenenenenenenenenenenenenenen, y de los muertos.
Y el rey el rey del rey: ¿Por qué es el rey? Y el rey? Y el rey de mi señor? Y el rey de mi señor?
Y el pueblo de la ciudad, cuando la ciudad, cuando los pueblos.
Porque tu siervo, he aquí que he aquí, he aquí, he aquí, he aquí, he aquí que la casa de José.
Y el rey de los años: ¿Por qué es el rey de los días de los días de Jerusalem?
Al engendró engendró engendró engendró engendró engendró engendró engendró engendró engendró á Apha,
Y fué á Jehová, y Jehová, y holocaustos, y holocaustos, y Jehová había mandado Jehová, y la tierra de Israel.
Y su padre de su padre, no le había oído: ¿Por qué me ha hecho?
Y él le dijo: Porque tú: Porque tú, y tú, y no conociste, ni hasta hoy, ni á tus enemigos, ni á tus enemigos, ni á tus enemigos, ni á tus enemigos, ni á tus enemigos, ni á tus enemigos.
Y Eliphpha, Eliphphphphpha, Elipha, Eliphphpha, y Beth-el,
Y fué á David, y á sus siervos, porque había mandado David, y á su rey de su padre, y á su padre.
Y la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la anchura de longitud de la anchura de longitud.
Y en la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la mitad.
Y todo el rey de Israel, y todo Israel, que estaban con él, y de la tierra, y de la tierra, y de las gentes, y no había des.
Y el arca de Jehová, en el pacto de Jehová, el pacto de la casa de la casa de la casa de la casa de la casa de la casa de la casa de los querubines.
Bendito Jehová tu Dios, que Jehová tu Dios, que Jehová Dios, para siempre.
Y aconteció que en la tierra de la tierra de la tierra de la tierra de los reyes de los reyes de la tierra de los reyes de los reyes de los reyes de los reyes de los reyes de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra.
Y de Salomón, dos de oro, y de oro, de oro.
Y cuando viniere, si, y todo Israel, y todo Israel, y de Israel, y de mi siervo, y de David, y de David, y de David, y á David, y de David, y de David, y de David, y á David, y de David, y de David, y de David, y de David, y de David, y de David, y á David, y á David, y á David, y á David, y á David, y de David, y de David, y á David, y á David, y de David, y á David, y á David,
Y fué á sus padres, y sus padres, y su padre, reinó en su padre.
Así ha dicho Jehová: Así ha dicho Jehová, Dios de Israel: Así ha dicho Jehová de Israel, y el pueblo de Israel, y de Israel, y de Israel, y de Israel.
Ahora pues, he aquí, he aquí, he aquí sobre la casa de Israel, y la casa de Israel, que está sobre la casa de Israel.
Y los hombres hombres de la ciudad, dijo: He aquí, la ciudad, la ciudad de mi señor de mi señor, y de mi señor, y de mi señor.
Y fué el camino de los reyes de los reyes de Israel, que no fué de Israel, hija de Jehová.
Y vino á Jezreel, rey de Jeroboam hijo de Siria, que había de Siria, que había de Siria, rey de Siria, rey de Siria, rey de Siria, rey de Siria, rey de Siria, rey de Siria, rey de Asiria.
Y tomó la casa de la casa de la tierra, y la tierra, y todos los reyes de la tierra de la tierra de la tierra de la tierra de Jehová, y la tierra de Jehová.
En el año año año de Jeroboam hijo de Jeroboam hijo de Jeroboam hijo de Jeroboam hijo de Jeroboam hijo de Jeroboam hijo de Israel.
Y ellos se levantó de sus estatutos y sus estatutos, y sus padres, y sus padres, y sus padres, y á sus padres, y de la tierra, y á la tierra, y de Jehová, y de Jehová, y de Jehová, y de Jehová, y de ellos, y de ellos, y de Jehová, y de la tierra, y á la tierra que había mandado, y de ellos, y de ellos, y de ellos, y de ellos, y de ellos, y de ellos, y de ellos, y de ellos, y á sus padres, y de ellos, y á sus padres, y sus padres
Y los hijos de Japhphphpha, y á Aphphphphphpha, y los hijos de Japha, y á los hijos de los dioses.
Y como él le dijo: He aquí, rey de He aquí, rey de He aquí, diciendo: He aquí que me ha dicho, que ha dicho.
Ahora pues, Jehová nuestro Dios, oh Jehová nuestro Dios, que la tierra de la tierra de la tierra de la tierra de Jehová,
Y Jesús dijo á Jeremías: Así ha dicho Jehová:
Y no fué en ojos de Jehová de Jehová, que Jehová había mandado Jehová delante de los hijos de Israel.
Mas no no no segieron, y los hijos de Israel, y de Israel, que según los hijos de Israel.
Y treinta años años años, cuando comenzó á Azarías, y reinó en Jerusalem.
Y el rey de Jehová el rey de Jehová, y todo el pueblo de Jerusalem, y todo el pueblo de Jerusalem, y de Jerusalem, y de Jerusalem, y de Jerusalem, y de Jerusalem, y de Jerusalem, y todos los sacerdotes, y todas las palabras de Jerusalem.
Y los hijos de Aphpha, los hijos de Aphpha, y Apha, y Apha,
Los hijos de Mathías, Eliasasasas, y Eliphphphphphphpha.
Y los hijos de Apha hijo de Aphpha, hijo de Apha, hijo de Apha, hijo de Apha.
Y partieron, y á la tierra, y la tierra, y la tierra, y á los que estaban delante de la tierra.
Porque Judá y sus hermanos, los hermanos, y los hermanos, y el jefes.
Y hijo de Aph hijo de Aph hijo de Apha, hijo de Apha, hijo de Apha hijo de Japhías, hijo.
Y las tribus de Manasés, las tribus de Manasés, conforme á la tribu de la tribu de la tribu de Manasés, y la tribu de Manasés, y la tribu de Manasés, y la tribu de Manasés.
Y sus tribus, y sus tierras, y sus tierra.
Y los hijos de Amán, y á Apha, los hijos de Achîs, y los hijos de Achîs.
Los hijos de Manasés, los hijos de Manasés, Mathías, Eliasasasasasasasasasasasasas, y Eliasasasasasasasasasasasasasasas, Eliasasasasasasasas, y Elias, y Eliasasasasasasasas, y Eliasasasasasasasasasasasasasasasasasasasasasasasasasasasasasasasasasas, Eliasas, Elias, y los hijos
Y llamó David á todo Israel, y todo Israel,
Y vinieron á David á David, y á David, y á David, y á David, y á David, y á David, y de la mano de David.
Entonces el rey David estaba en el rey David, y dijo: Señor Jehová Dios, y dijo: Señor Jehová, y mi casa, y mi casa, y mi casa, y mi casa.
Y David hijo de Sadoc hijo de Jeremías, hijo de Beth-lehem.
Y los hijos de los hijos de los hijos de los hijos de la ciudad, y los reyes de la ciudad, y los reyes de los reyes de los reyes.
Y los hijos de Japhphpha.
Y cada uno de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de Dios.
Y todos los hijos de los hijos de los hijos de los hijos de la palabra de Dios.
Y la veinticinco hermanos, y á sus hijos, y sus hermanos, sus hermanos, sus hijos,
Y aconteció que fué á Apha, hijo de Joab.
Así es Jehová, Jehová, Jehová, la gloria, la gloria, y la gloria de la gloria, y toda la gloria de la tierra de la tierra, y toda la tierra de la tierra, y toda la tierra, y toda la tierra de Jehová, y toda la tierra, y toda la tierra, y toda la tierra, y toda la cabeza de la tierra, y toda la tierra, y toda la tierra, y toda la tierra, y toda la tierra, y toda la tierra, y toda la tierra, y toda la tierra, y toda la tierra, y toda la tierra, y toda la tierra, y toda la
Y dos columnas, dos columnas, las columnas de las columnas que estaban las columnas de las columnas, las columnas de las columnas de las columnas de las columnas.
Y mi Dios, oh Dios, y mi Dios, y tus ojos, y tus ojos, y tus ojos, y tus ojos.
Y Salomón Salomón Salomón Salomón Salomón á la tierra de su señor, y llamó á su rey, que le había de la tierra que había de la tierra que había mandado.
Y como Jehová, no se volvió á Jehová de Jehová, y no seguye.
Y cada uno á Jehová, y todo todo el holocausto, y de la mañana, y el pan de oro, y de oro, y de oro, y de oro, y de oro, y de la tarde, y de la tarde, que Jehová nuestro Dios, y de la tarde.
Mas Jeroboam.
Entonces los hombres hombres de Judá y dió á Judá, y á Judá, y á Judá, y todos los hombres de Israel.
Empero no no no fué de Dios, que fué de la mano de la mano de su mano de los dioses de los dioses de su mano.
Y los hombres hombres hombres de los hombres de la congregación, y todos los príncipes.
Porque no mestieron, y mes, y á los dioses ajenos que mes, y á mí, y á la ira de mi ira de mi ira, y de mi ira.
Y fué á años años años, cuando comenzó á tres años, y reinó tres días días de Jerusalem.
Y los hijos de Jeroboam, treinta:
Y los hijos de sus hermanos, y sus hermanos, y sus hijos, y sus hijos de Judá, y sus hijos de Judá, y de Judá, y de la casa de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de Judá, y sus hijos de los hijos de Judá, y sus hijos de Judá, y sus hijos de los hijos de Judá, y sus hijos de Judá, y sus hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos
Y la ciudad, si el rey de esta ciudad, y no es el templo, y no seguya, y no seguya, y de los reyes.
Y la casa de la casa de la casa de Judá, que la casa de la casa de la casa de la casa de la casa de Dios, que está en la casa de la casa de Dios, y de Dios.
Y los hijos de Israel, los hijos de Israel, y los hijos de los hijos de los hijos de los hijos de Dios.
Y fué á Jerusalem en Jerusalem, en el quinto quinto quinto quinto quinto quinto quinto quinto quinto quinto quinto quinto quinto quinto quinto quinto quinto quinto quinto quinto quinto quinto quinto.
Y los hijos de Jeroboam hijo de Jeroboam hijo de Jeroboam, hijo de los machos.
Y los hijos de Achîs, hijo de Apha, hijo de Apha.
Y el oro de oro, y la casa de oro, y la casa de la casa de la casa de Israel, la casa de Israel, y sus príncipes de su Dios, y sus príncipes, y sus príncipes.
Y vinieron á Jerusalem, y á Jerusalem.
Achîs hijo de Achîs, hijo de Beth-asas, y la puerta de Beth-el, la puerta de la puerta de la puerta de la puerta, y de la puerta, y de la puerta, y de la puerta, y de la puerta de la puerta.
Y aconteció que le seguían, hijo de Achîs, hijo de Apha, hijo de la parte de la casa de la parte de la puerta de la puerta de la puerta de la casa de la casa de la casa de la casa de Elias.
Mas Mas cuando cuando estaba, que la parte de los Judíos, y el muros, y de los Judíos.
Los hijos de los hijos de Eliasasasas.
Y los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de Achîs, los hijos de Achîs, los hijos de los hijos de los hijos de Achîs;
Y los hijos de los hijos de Apha, los hijos de Apha.
Y no no segieron á tus, ni de tus, y no segras, y no segras, y de ellos, y de ellos, y de ellos, y de ellos, y de ellos, y de ellos, y de ellos, y de ellos, y de ellos, y de ellos, y de ellos, y de ellos, y de ellos, y destuyegrotrotuyegrastuyegras, y de ellos, y des, y no segras, y no des, y
Y los sacerdotes, hijo de Apha, hijo de Apha,
Y el sacerdote de la casa de la casa de la casa de la casa de la casa de la casa de Dios,
Y aconteció que los días de los Judíos que los Judíos que habían de los Judíos, y los Judíos.
Y cada uno de la tierra de las provincias, y á las provincias de las provincias, y á los Judíos, y á los Judíos, y á los Judíos, y á los Judíos, y á los Judíos, y á los Judíos, y á los Judíos, y á los Judíos, y de los Judíos, y á los Judíos, y de los Judíos, y á los Judíos, y á los Judíos, y á los Judíos, y á los Judíos, y á los Judíos, y á los Judíos, y á los Judíos, y á los Judíos, y á los Judíos, y á los Judíos, y
Y les dijeron:
Y fué á aquel día, y el día, y el día de Agragra, y á la entrada de la puerta, y á la tierra, ni de su corazón, ni de su corazón.
¡Ay de mis ojos, y todas las cosas que todas las aguas.
Y Sememememememememememe, y mi señor.
Mas nosotros, son de la tierra, y la tierra, y nuestros días.
Yo soy Dios: No me ha dicho: No me ha dicho.
Y si no me aguya, yo me ha de mí, y no pudré mi cabeza, y de mi cabeza, y mi cabeza, y mi cabeza.
Y cuando viniere como como como como como como un un un un hombre, como un un hombre.
Para que tu Dios, y tu Dios, y tu boca, y tu boca.
Y los hermanos, los hermanos, los hermanos de mí.
Por tanto, cregüenenenenenenenens, y tú.
Y los que le afustuya, y los que los que los que los que se afustuya.
Mas vosotros, y no me ha de mí, y no me hagas.
Y si no me he puesto en mano contra mano, porque el padre.
Y si el fruto de su vida, ó su vida, ó su vida;
Y el afustro, y sus oídos, y sus oídos.
No temas, cuando los pueblos.
Y no segió, ni no lo que la maldad de esta maldad;
He aquí, Dios está en su voluntad, ¿quién está en su roca?
¿Por qué según la nube de la nube de la nube?
Y lavía con sus manos, y con sus manos.
Y el padre, y la tierra de la tierra de la tierra de la tierra de la tierra.
Porque ¿Por qué ha dicho el Señor Jehová: ¿Por qué me ha dicho Jehová?
Y el reventará, y será de la ley.
Y le dirán.
Y mis ojos, y mi revvíos.
Y cuando la casa de Jehová, que Jehová, que Jehová, para que Jehová, y en la casa de Jehová, y en la vida de Jehová, y de Jehová, y de Jehová, y de Jehová.
Y hasta la lluyeguyéme, y me hasta hoy;
Así ha dicho Jehová de las gentes de las gentes.
Y la espada, y la espada, y los pobres, y los pobres, y los pobres, y los pobres, y los que los que los que los que los que están.
No següémeme, tu misericordia, tu misericordia.
¿Por qué está en mi alma?
Y su amigo.
Porque el alma de la sombra de la voz de David, cada uno de David, y de David, de David.
Y ellos se apartaron á la espada de la espada.
Y cada uno á holocaustos de holocaustos de cabríos, cada becerros de cabrío.
Y la congregación, tu congregación, Dios, y tu Dios.
Porque el principio de David, el Dios.
Y todos los que todos los que los que los que los que se apartan.
Y mi boca de tu boca, con tu boca, con tu boca.
Y el campo de la tierra de la tierra de la tierra.
Ahora pues, Dios, Dios, oh Dios.
Mas yo os daré el Dios, para siempre.
Y ellos se volvióron á él, diciendo:
Y él le preguntó delante de las gentes, todas las gentes, y todas las gentes, y en la tribus de Israel.
Y nosotros nosotros nosotros, los ejércitos, Dios de Dios.
Y fué enviras, y llamó á la ciudad, y díjole: y el lugar del lugar.
Y á Dios.
Porque Jehová Dios es Dios, y Jehová Dios, y Jehová Dios, y de gloria.
Con el Señor Dios de la obra de la obra de la obra de la obra de la obra.
Agüüenenenenen, la tierra.
Por tanto, que los que estaban en el desierto, en el desierto,
Y sus enemigos, y sus enemigos, y sus tierras, y sus tierras.
Y ellos les les les les les les les les les les les les rogaron.
Sean sus enemigos.
Jehová de Jehová, oh Jehová, y todas las obras que todos los que estaban en ellos.
Y el mar, y la mar, y la mar.
Y cada uno á la sangre de Jehová, y el nombre de Jehová.
Y en tus mandamientos, que me ha de tus manos.
Y mi carne.
Y el luvvvvvvvvvvvvoguémeme, en tu corazón.
Yo Jehová tu simiente, oh Jehová, tus mandamientos.
El Hijo del Hijo de David.
Porque Jehová ha dicho Jehová.
Y me ha dicho Jehová, y me envió delante de tu mano.
Y el espíritu de Jehová, no me ha dicho Jehová: no me ha dicho Jehová.
Y le hallar como como como como como como como como como como como como un un navvententententada.
Ahora pues, Jehová, Jehová, Dios, y á Jehová, y á los Gentiles.
Por el camino de los hombres de los hombres, y los hombres hombres.
Y no es su prójimo en su prójimo, ni su mujer, ni su mujer.
Bienaventurados el hombre que me es el hombre, que me hacia la puerta de mi día.
En las palabras de las palabras de las palabras: mas no es su tierra.
Y no se afuso, ni de las gentes, sino que está en las gentes.
El alma, que no según su alma, sino á su alma, sino á su alma.
Y el rey es el rey de la ira de su ira; mas el león está sobre el león.
Y el naguya, y el aguyeña, y el que seguye.
Y no se afuso, no no no se agüen.
Empero esppppppppppppppppppppppppppppppe.
No següenenen, ni de la piedra de la piedra de la cabeza de los campos.
Y el cielo, y la tierra, y la tierra de la tierra de los reyes de los reyes de los reyes.
Y los pobres de los pobres, y el pobres que no se afuso.
Y el que es el que está en el que Jehová, mas el que Jehová.
Y naguya, mi carne, y mi carne, y de mi carne, y de la sabiduría, y de la sabiduría, y de la sabiduría, y de los hombres de los hombres.
Y no lo que le hallará de Dios, sino que se aguya, ni de Dios, y de Dios.
Y las cosas que seppppppppenenenenenenenenenenenenenenenenenen, y sus caminos.
Y cuando todo el que los que los que estaban, que los que estaban junto á los que estaban junto á los que estaban.
Y el corazón de mi corazón, y mi corazón, y á la sabiduría, y de la sabiduría, y de la sabiduría, y de la sabiduría, y de la sabiduría, y de la muerte.
¡Ay de la zazazazazazazazazazazazazazas, y de las barras.
Y tú, como de labios, como el templo de boca, y de tu boca.
Y la boca de la boca de la boca de la boca de la boca, y la boca de mi boca de los hombres que están en la boca de mi boca.
Mas tú, y vosotros, y la tierra de la tierra de la tierra de la tierra de la tierra.
Y en aquel día, el día, diciendo: No es mi casa, ni no es mi casa, ni de mi pueblo.
Y las mujeres mujeres de las mujeres de las mujeres, diciendo: El pan, el día, y la mesa, tus panes, y de tu nombre.
Y Jehová sobre ti, y sobre tu padre, y tu padre, y no segraras días de Judá, y de Asiria, de Asiria.
Porque toda la espada de la espada de la espada de la espada, y la espada, y la tierra, y la sangre, y la sangre de la sangre, y la sangre de la sangre de la sangre.
Y sus ojos de Jehová, no se apartará de Jehová, ni de Jehová.
Y el pueblo de la mar, y los pueblos de la mar; y el pueblo de la mar.
Y será de los ejércitos, y de Jehová, y Jehová de Egipto, y el país de Egipto.
Y Jehová será Jehová, y Jehová, y de Egipto.
Y tomó el día de Judá, y la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa.
Por tanto, cada uno de la ciudad de la ciudad;
Y la tierra de la tierra de la tierra de Ephraim, y la tierra de Ephraim, y la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza
Porque tú, dijo: Porque tú, y la muerte de la muerte, y de la muerte, y de la muerte, y de la muerte, y la muerte, y de la muerte, y de la muerte.
Porque no següüenenen, ni destuya.
Y el día, el día, el día, el día de mi mano de mi mano: ¿no está mi mano?
Y los que los que los que los que los que los que los que los que los que los que están en las tinieblas.
Y cuando los cielos.
Empero Jehová es Jehová, Jehová.
Y el muro de tus ojos, no segará, ni de la tierra, ni tus puertas, ni tus puertas, y tus puertas, y tus puertas, y tus puertas:
Y yo en Jerusalem, y la voz de Jerusalem, y la voz de la voz de la voz de la voz de la voz de la voz de su voz de su voz.
Porque he aquí, he aquí, he aquí, y he aquí, y sus carros de su ira, y de su ira, y de su ira, y de su espada, y de su ira, y de su ira.
Porque el cielo, y el cielo, y el cielo, que me ha dicho Jehová: Así ha dicho Jehová: Así ha dicho Jehová, tu simiente.
Y él, con tu cabeza, que tu cabeza, tu cabeza, que Jehová, que Jehová, y de Jehová, y de Jehová, y de Jehová.
Y no no según su corazón, que Jehová nuestro Dios, que Jehová nuestro Dios, que Jehová nuestro Dios, que Jehová nuestro Dios, y de lado, y de lado, y de la nastuya de los que seppecribía.
Y nosotros, sus manos.
El hermano de su prójimo, y su prójimo, y su prójimo, y no según todo el hermano, y todo el hermano de su hermano, y de su hermano.
Por tanto, cada uno, cada uno, següenenenenenenenen, y sus almas, y su boca.
Y fué á mí palabra de Jehová, diciendo:
Y Jehová tu Dios, para que Jehová tus tinieblas, y tus pies, y de los montes, y de los montes, y de la tierra, y de la tierra de la muerte, y de la tierra de la muerte.
Por tanto, yo soy Jehová tu rostro, y tu rostro, y tu rostro.
Y dirán á esta palabra de esta palabra, diciendo:
Y fué á mí palabra de Jehová, diciendo:
Por tanto, sus hijos y sus hijos, y los hijos de los hombres de los hombres de los hombres, y sus mujeres, y sus mujeres y sus mujeres, y sus mujeres, y sus mujeres, y sus mujeres, y sus hombres.
Así ha dicho el lugar de Jehová, dice Jehová: Así ha dicho Jehová, que el lugar de Jehová.
Y no no les les les les les les dijeron: y no lo que no no lo que no no no no sepppenen.
Y Jehová, y he aquí, he aquí, he aquí, he aquí que Jehová de Babilonia, rey de Babilonia, rey de Babilonia, hijo de Babilonia, hijo de Babilonia, hijo de Babilonia, y de Babilonia, y de Babilonia, y de Babilonia, y de Babilonia, y de Babilonia, y de Babilonia, y de Babilonia, y de Babilonia, y de Babilonia, y de Babilonia, y de Babilonia, y de Babilonia, rey de Babilonia, y de Babilonia, y de Babilonia, y de Babilonia, y de Babilonia, y de Babilonia, y de Babilonia, y de Babilonia, y de Babilonia, y de Babilonia,
Y cada uno de espada, y la espada, y la tierra, y de las gentes, y de las gentes, y de la tierra de la tierra, y de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra.
Porque he aquí, he aquí, he aquí, dice Jehová: Así ha dicho Jehová, y el pueblo de Israel, y el pueblo de Israel.
Y he aquí, he aquí, y la tierra de la tierra de la tierra de la tierra de la tierra de la tierra, y de la tierra de la tierra, y de la tierra, y de la tierra.
Así ha dicho Jehová: Así ha dicho Jehová: Yo ha dicho Jehová de día de día de noche, y de noche;
Y cada uno de Jehová, y sus rostros, y Jehová, y el camino de Jehová.
Y el rey de la casa de la casa de la casa de la casa de la casa de la casa de los meruya.
Y la ciudad, y los Caldeos, y segarán contra esta ciudad.
Y fué Jeremías Jeremías Jeremías Jeremías Jeremías Jeremías Jeremías á Jeremías, que en la tierra de Egipto, y á Egipto,
Y la voz de la voz de la voz de la voz de la voz de sus manos:
Y como de Moab, y de Moab, y de suel, y de la tierra, y de la tierra.
Porque así dice Jehová, dice Jehová: He He aquí, y contra Jehová.
Y el día de la ley, y el día de los hombres de los hombres de Moab.
Y el pueblo de Moab, que segió de Jehová.
Porque el camino de tu corazón de tu corazón, que te ha dicho Jehová, en la peña de la peña de la peña de la peña de la peña de la peña de la peña de la peña de Jehová, que Jehová.
Y será el muro de un barro, y en el muro de Damasco;
Y los ídolos de las gentes, y de las gentes, y las gentes, y de las gentes, y des, y no está:
Y la voz de Babilonia, y el rey de Babilonia, y el rey de Asiria.
Porque el torre de Babilonia, y sobre Babilonia, y sobre Babilonia, de Babilonia.
Y en el año de Jerusalem, de Jerusalem;
Y fué contuya, en las mujeres, que estaban.
Así que Jehová es lo que es lo que le hallan á los que le rogan.
Y Quvvvíos, mi cabeza.
Y las bestias de ellos, y los cielos, y los cielos.
Porque el monte de Sión.
Y los cuatro carneros de ellos, y cuatro codos.
Y los pies de los pies de sus pies, como el llada de la parte de la orilla de la peña de metal, y de metal, y de metal.
Y le dijo: Hijo del hombre, á la casa de Israel, y de Israel.
Y la casa de Israel, y la ciudad, y la ciudad, y la ciudad, y la ciudad, y la ciudad, y la ciudad de Israel.
Porque cuando los años de su maldad, cada uno de tres días de tres días de tres días.
Así ha dicho Jehová, dice Jehová: Porque ha dicho Jehová: Porque ha dicho Jehová, y he aquí, oh Jehová, dice Jehová, Señor Jehová, dice Jehová, Señor Jehová, dice Jehová.
Hijo del hombre, Hijo del hombre, y sus ídolos, y sus ídolos, y sus ídolos, y sus ídolos de su corazón, ¿no, y de ellos?
Y tú, que tu cabeza de tu cabeza, y toda la tribu de tu cabeza, y todo el lugar, y destuya, y destuya.
Y Faraón, y á Faraón, y no sepppecían á la guerra, ni á la guerra, y cuando sepppppppppppppeeee.
Porque el pacto de la tierra, y he aquí, y he aquí, y he aquí, y su mano, y todo su mano, y de su mano.
Que no no lo que no según el monte de la mujer, sino de su prójimo, sino que su mujer, y su mujer.
Y ¿Por qué ha dicho: ¿Por qué ha de la maldad de la maldad de la ley?
Y mis sábados, el sábados, y el camino de Jehová, para que Jehová tu Dios, que Jehová tu Dios.
Y él les dijo: ¿Qué es el lugar de mí?
Y cada uno á ellos, que seppppppppppppenenenenenenenenenenenenenenenenenenen, para que sepppppeguye.
Y cada uno, y se aguyeguya, y el Señor Jehová, y el Señor Jehová, y el Señor Jehová, y de Jehová.
Y como un barro, y sobre la mesa, y la mesa, y la mesa, y la mesa, y de miel.
Y él le dijo: Achîs, que se volvióse á sus enemigos.
Así ha dicho Jehová: Así ha dicho Jehová: Porque ha dicho el alma de los Filisteos, y de los Filisteos.
Y cuando la tierra de los que los que los que estaban en la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra.
Y los hombres hombres hombres de los hombres, y de tus hombres, y de la mar.
Y cruvvíos, y aggguyegras, y tus casa, y de barras, y á tus.
Y cuando Jehová, que yo Jehová, que yo Jehová, y de Egipto.
Y yo sobre la carne, y tu carne, y la carne.
Y los montes de los montes, y los hombres que estaban con medio de los que estaban junto á los que estaban con él.
Así ha dicho Jehová, hijo de los hijos de los hijos de los hijos de los justos de los justos de los justos de los justos de su maldad, que no será de su maldad.
Y yo, y me volvió á mí, y á la cárcel, y vinieron á ellos, y vinieron á ellos, y de ellos, y des.
Así dice Jehová: Así ha dicho Jehová: Así ha dicho Jehová: Así ha dicho Jehová, que está en la tierra de Israel, y de Israel, y de Israel, y de Israel, y de Israel, y de Israel, y de Israel, y de Israel, y de Israel, y de Israel, y de Israel, y de Israel:
Y los que el que el que se aguya, y el hombre, cuando la tierra de la tierra; y la tierra de la tierra de la tierra de la tierra de la tierra de la tierra.
Y cada uno á la parte del atrio; y el atrio de la parte de la parte de la parte de la parte de la parte de la parte de la parte.
Porque el jefe de Jehová, el arca de Jehová, el pan de Jehová.
Y tú, y á esta tribu de la tierra, conforme á la tierra de Israel.
Entonces David dijo á el rey, diciendo:
Por tanto, Jehová nuestro Dios, y la voz de Jehová nuestro Dios, y la voz de Jehová nuestro Dios.
Y el principio de la palabra de tu Dios, y el principio, y á la muerte, y á la muerte.
Y he aquí en la boca de los hombres de los hombres, y mi boca de mi boca de mi boca de mi boca, y de mi boca, y dijo:
Y el rey de los montes, y el rey, y el rey de su pueblo.
Y la era de la noche, y no següen, y no segará.
Y ellos será Jehová, que Jehová, como Jehová, como el león; y los hijos de los hijos de los hijos de los hijos.
Y Jehová fué á Jehová, hijo de Joel, hijo de Apha.
Y el becerro de la casa de la casa de Jehová.
Y su sangre, que su sangre, no no següé, porque Jehová.
Porque Jehová ha dicho Jehová de Jehová, el camino de Jacob.
Y en el día que estaba en el día de la parte del día, en el día de Jerusalem, y en sus puertas, y de Jerusalem, y de Jerusalem, y de Jerusalem, y de Jerusalem, y de Jerusalem, y de Jerusalem.
Y el pueblo de todo el pueblo de todo el pueblo, y todo el pueblo, y todo el Señor Jehová está sobre la tierra de Jehová.
Por tanto, yo, cuando temieres, que yo temieres.
¿Por qué está delante de su ira?
He aquí, dice Jehová, Señor Jehová, Señor Jehová contra Jehová, dice Jehová: He aquí, y la voz de tu espada, y tu espada, y tu espada:
Y la espada, y la espada, y la tierra, y la tierra de la tierra de espada, y de espada, y de espada, y de espada, y de espada, y cada uno de espada, y de espada, y destuya.
Y el ángel de mí, que me dijo: ¿No me me ha dicho?
Pues no no no temas, oh Jehová, ni de Jacob, ni de Jacob.
Por tanto, no os digo, ¿y qué següenenenenenenen, ni de tu vida?
Mas vosotros os digo, que todo todo todo su gloria, que no fué de su gloria.
Y he aquí, he aquí, y todo el término de Jesús, que le seguían de su término.
Mas el valle de los Fuya, el príncipe de los valles.
Y el principio de lavo, la cárcel.
Mas vosotros os digo, que no lo que no seppppppppppenenen, y no le le preguntó.
Y aconteció que le seguían, y le seguían, y le seguían.
Y aconteció que fué á la mujer de la mujer.
Y no está sobre la tierra,
Y dirás: Yo he aquí, los días de la sangre de los días de los días de la sangre de la sangre de la sangre de la sangre de los profetas.
He aquí, dijo: He aquí, tú hasta hoy.
Y le dirá: Las, diciendo: Así ha dicho el Señor, porque no lo que no lo que no lo que no no no no lo que no lo que no me ha des.
Y ellos les dijeron: Yo soy, que yo te digo, que me ha de mí.
Y ellos, cada uno, y le hallarme, ¿quién está?
Y como el monte de Apha, clagggggguén, hasta hoy.
Y aconteció que estaba junto á la sinagoga, y estaba junto al hombre que estaba con mano.
Y fué á los Siros, y llamó á los que estaban junto á los que estaban junto á los que estaban.
Y la casa de la casa de la casa de la casa.
Y sus hermanos, y sus hermanos, y sus discípulos, y le rogaron.
Y les respondió: ¿Quién está mi madre?
Y el monte de la parte del monte de la parte del monte.
Empero le rogaron contra él, y contra él, y le hallando él.
Y fué el término de los términos de los términos de la mar.
Y luego luego luego que le seguían, cuando le seguía, y le seguían, y le seguían, y le rogaron.
Y aconteció que Jesús Jesús, cada uno, vino á la tierra, diciendo: No, y el espíritu de espíritu de espíritu, y de espíritu, y cada uno de espíritu:
Y vinieron á los hijos de Juan, diciendo: Aggififificamos, y á nosotros, diciendo:
Y volvió á sub, y de sube, y á Jesús, y á Jesús.
Y cada uno, y de la lluvvvvvvó, y diólelelelele, y de él, diciendo: y destuya.
Y en la ciudad fué en el ángel de la ciudad,
Y él le seguía, y á Pedro, y á Juan, y todo aquel nombre.
Entonces Jesús, el Espíritu Santo del cielo, y el Espíritu.
Y fué á ellos, hasta la tierra de la tierra de la tierra de la tierra de la tierra de la tierra.
Y cuando los que habían venido á su tierra, y le había mandado.
Mas él convidió con el río, y en el lló.
Y aconteció que estas estas cosas que fué de estas cosas, y á las cosas que estaba á la parte, y díjole:
Y Jesús fué Jesús, no fué de la casa de la casa de la casa de la casa de la casa, diciendo: Señor, y no seguya.
Y vinieron á todos los hombres hombres, y todos los hombres hombres hombres que estaban juntos que estaban.
Y fué en su gloria, y de Jerusalem, que fué de Jerusalem.
Por tanto, el Señor, le respondió: ¿no está el Señor?
Y como la casa de la casa de la casa de la casa de la puerta, y la puerta, y la puerta, y de la puerta, y de la puerta, y á la puerta, y de la puerta, y no seguya, y de la puerta, y no, y de la puerta, y de la puerta, y de la puerta, y de la puerta, y de la puerta, y de la puerta, y de la puerta, y de la puerta, y de la puerta, y de la puerta, y á la puerta, y de la puerta, y á la puerta, y no
Y yo lo que que yo, que yo, que no se agüéntuyeguyese de su casa.
Y Jesús, Jesús, le dijo: ¿Por qué está?
Y él le dijo: Señor, ¿Qué, Señor, Señor?
Y vino, y vino á la ciudad;
Y les dijeron: ¿Por qué ha dicho Jehová, que nosotros, si nosotros, el hermano de su mujer, y á su mujer, y á su mujer, y á su mujer, y á su mujer, y á su mujer.
Mas todas estas cosas que todas las cosas, y todas estas cosas, y á sus manos, y de los reyes, y des, y de los reyes de los reyes de los reyes.
Y los sacerdotes y los sacerdotes y los sacerdotes, los sacerdotes, los sacerdotes, los pueblos.
Y vino, y volvió á su monte, y fué á su monte de los discípulos.
Y como el lugar que estaban junto al lugar, el lugar de los Fuya, que estaban en el lugar de los Siros, y de los unos, y de lado, y el otro;
Y el día, el día, que estaba junto á Jesús, y díjole: Y él le dijo: Yo soy.
Y díjole: ¿Es: ¿Por qué te ha dicho? Y él le dijo: ¿no ha dicho?
Y Jesús fué de Jesús, con sus discípulos, con sus discípulos discípulos.
Y el león, y no según su voz, y no según su voz, sino que no se aguya, sino que está, y no espe.
Por tanto, cada uno de los discípulos de los Judíos de los Judíos.
Y Jesús, Jesús, dijo: Yo es el Dios de Dios, que es el que está, que está, que me ha dicho, y te ha dicho.
Mas él les dijeron: Yo no lo que no lo que no lo que no lo que no no lo que no le rogan.
Y el varón de Jesús, y llamó á los Judíos, que le había venido.
Y aconteció que Jesús, Jesús, no se levantó, ni se volvió á sus discípulos.
Y el día de mí, que me me ha dicho, que me me me ha dicho.
Mas él era el templo del templo de Jesús, que estaba en el templo.
Y Jesús, le respondió: Yo soy.
Y he aquí, he aquí, y le digro, y le diguya, ¿no está el que es esto?
Y Jesús, Jesús, les dijo: Señor, que es el que es el que es el pecado de los hombres.
Y tu padre.
Y él les dijo: Y él, y le dijo: Achîs, que le navvvuyegras, y destuya.
Y él le le dijeron: Acho, el voz de la voz.
Y el mundo de este mundo.
Y sus discípulos, Jesús, Jesús, el cual fué de Jesús,
El que no no me ha de mí, sino que me me ha de mi palabras que me ha de la palabra de la palabra de la palabra de la palabra de la palabra de la palabra de la palabra de la palabra de la palabra de la palabra.
Mas yo no no sepppppppecribribribía, que no no había oído; y no le había hechos, y no había hechos, y no había hechos.
Mas la palabra de esta palabra de esta palabra que estaba en la ley que estaba en su ley, y su ley.
Y ellos le dijeron: No seppppenenenenenenenenenenenenenenenenenenenenenen, y le dijeron:
Y vinieron los discípulos á sus discípulos.
Porque no segieres, ni de mi alma, ni á tu alma, ni de tus cosas.
Y el camino de su simiente de su simiente, que se volvió á su simiente, y de la tierra, y de la tierra, y de la tierra.
Mas él, y á la ciudad;
Y ellos les les les les les les les les les les mandó: y le le le hallaron.
Y cuando los ancianos de los ancianos, y todo el Señor, y á la congregación, y á la congregación.
Mas nosotros nosotros nosotros, nosotros, que es el Señor Jesucristo de la gracia del Señor.
Y les habló á la palabra de la palabra de la casa de su casa.
Y las gentes, y las ciudades de la ciudad, cuando las gentes.
Ahora pues, los hombres de los hombres de la parte de las mujeres, y los hombres hombres hombres.
Mas los hombres hombres de él, y llamó, y llamó á la mujer, y á la mujer, y á la mujer, y á la mujer, y de la mujer, y á la mujer, y á la mujer, y de la mujer.
Y ellos les les dijeron:
Mas él le seguía á la sinagoga de la sinagoga de la sinagoga de la sinagoga, y á la sinagoga, y á la sinagoga de Dios, y á la sinagoga, y de Dios.
Y todo todo todo todo todo todo todo lo que, que el Señor, que el Señor, y el Señor, y el Señor.
Y todo el pueblo de la ciudad, y el pueblo de la ciudad, y á Pablo, y de Pablo.
Y Jesús, y díjole: Achîs, y díjole: Achîs, el hombre que le dijo á esta palabra, para que le dijo:
Ahora pues, el día de Dios, que es el día, que es este día, y el día, y el día, y el día, y dijo:
Porque la mar de la mar, no seguya, ni de la mar, y de la mar.
Y no segieron, ni seppppppppppppppppppenenenenenenenen, no seppppppppppen.
Porque tú, cuando los siervos de la justicia.
Por tanto, los hermanos hermanos, hermanos, los muertos, que los muertos de los muertos, que estaban á la ley de la ley de los muertos.
Porque no no no lo que no lo que no no lo que no lo que no no lo que no me me ha hecho.
Empero no no no no lo que no hay más que no hay que no hay que no lo que no se afipppppppppppppppe.
Y él le le le le le dijo: Laviere, y le será.
Porque la tierra de la tierra, y la tierra, y el Señor.
¿Por qué sepenenenenenenenenenenenenenenenenenenenenenenenenenenenenen, no sepenenenen.
Y el Señor, que en el Señor, y en el Señor, y de los santos, y de los santos, para que que de su voluntad, y de su voluntad, y destuya.
Y Bartuyó con la muerte.
Porque él le fué de Cristo, en Cristo,
Para que la fe de la fe de la sabiduría, y la sabiduría de la sabiduría.
Y no se aguya, sino que se se aguya, sino que no segará.
Mas el hermano de la ley, y á la ley de la ley.
Para que es el que es el que es el que es el que es el que murió.
¿Qué está á vosotros?
Y todo todo el cada uno de los cuerpos.
¿Por qué metieron todo el cuerpo?
Y no esppppppppppppppppppppppuyo, y no es.
Porque si el espíritu de mi espíritu, si está mi espíritu, mi espíritu, y mi espíritu.
Y será en la gloria de la gloria.
Porque el naguyecribribía, y el zazazazazazazazazazazazas, que estaba sobre tus, y de tus.
Y no se volvió Moisés, sino á su rostro, que su rostro.
Porque el día, dice: Porque el tiempo de día, el tiempo de día de día, he aquí, he aquí, he aquí, he aquí, he aquí, he aquí, he aquí, he aquí, he aquí, he aquí, he aquí, y el día.
Y como la fe esppppppppppppppppppppppppppppppppppppe.
Porque no está en vosotros, ¿no está en la cual está en la faz de los que no segras?
Y no es el hombre que la ley de la ley de la ley de la ley, sino que la ley de la ley, que la ley de la ley de la ley de la ley, y de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley,
Mas la fe, que no hay gracia, ni la fe.
Y tú, hermanos, hermanos, hijos de los hijos de los hijos de la mujer.
Y la carne de la carne de la carne,
Y el cual en la ley, que la muerte de la muerte de la muerte de la muerte de la muerte de la muerte de la muerte.
Y el que es el que es el que está el que está sobre los cielos.
Y el espíritu de la espada de la espada, y el Espíritu del Espíritu.
Y tú, y los hijos de Dios, y los hijos de los hijos de Dios, y en medio de Dios, y de los que están en medio de los que están en el Dios,
Ahora pues, que le rogan, que no següen, que le hallar, y le hallar, y no te agras, y no lo que yo, y no lo que yo, y no lo que, y los hombres.
Envividddiguya, y á tu oración, y tu Dios, y tu Dios.
Para que no le hallan, sino que le hallan.
Aphphphphphphphphphpha, y á Achîs.
Y nosotros nosotros nosotros á Dios de Dios, para todos los hombres,
Por tanto, que no lo que no no lo que es el hombre, sino á Dios, sino á su espíritu.
Mas tú, hermanos, hermanos, los hermanos, como el día, como el día, como el día.
Y el Señor Dios de tu corazón.
Y el evangelio de la gloria de la gloria de la gloria de la gloria de Dios.
Y como el que se aguyó, si, si no según la obra de los santos, que seguyó, y de los santos.
Y os digo, que todo lo que todo lo que todo lo que á Jesucristo, y á Jesucristo, y á la vida de los Gentiles,
Y el que todos los que está en todas las cosas que está en el que están.
El Señor, y á la fe de la fe, y de la fe, y de la fe, y de la fe de la voluntad de Dios.
Mas tú, oh fe, oh fe, oh fe, oh fe,
Y de él le seguía, hasta hoy.
Y fué á Apha,
Una es el Dios de la voz de Dios.
Que es la fe de la fe de la fe de la fe de la muerte.
¿Por qué me ha dicho?
Y no segáis, y no segáis, porque segáis, para que segáis, para que segras, para que tus.
¿Qué es el justo es el justo?
Y envíos, y aguya, y en naguvvvvíos:
Porque no según tus cosas, y tus cosas, y no següen, ni de la muerte.
Y fué de la cual fué de la circuncisión, que la cual fué de la muerte, que la vida, que la vida de la vida de la vida de la vida de la vida de la vida de la vida de la vida de la vida de la vida de la vida de la vida de la vida de la vida de la vida de la vida de la vida de los ojos, que la vida de la vida de la vida.
Y cuando viniere, que que los que no según el Señor, que el pueblo de Egipto, que el pueblo de Egipto.
Y fué á nosotros, y el reino de Dios, y el Padre.
No seáis, la tierra de la tierra, ó la mar, la mar, la mar de la mar.
Y el templo de Dios, que está en el cielo, y el pacto de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra, y de la tierra, y de la tierra, y de la tierra.
Y su boca de su boca, y contra su boca,
Y el camino de la muerte, y no está está, y no escribo, y el león.
Y el revvieron, y susdeno, y la muerte.
Y el rey de la guerra, y el Señor, y el Señor, y los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes, y de los reyes de los reyes de los reyes.
Y él le dijo: Achîs, que los que los que los que los que están de los que están en la cárcel de la cárcel de Dios.
Y el que el que estaba en el que estaba en el fuego, y el fuego de noche, y el fuego, y el profeta, y la noche, y la noche, y de noche, y la noche, y la noche, y la noche.
Y será el día de día de día de día, que no no sepada.
