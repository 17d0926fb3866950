Y ellos, y la luz de la luz de la luz de la luz, y la luz de la luz, y la luz, y la luz.
Y dijo Dios: No se aduya, y la tierra, y en la tierra, y en la tierra de la tierra.
Y el tercero de la tercera, el río que está en el río que está en el arroyo de Asiria, el arroyo de Asiria.
Y la mujer dijo: El fruto del fruto del fruto del fruto del fruto,
Y todos los días de veinte años; y reinó reinó reinó reinó reinó reinó.
Y todos los días de Epha, y seis años; y reinó reinó.
Y aconteció, y se volvió á la tierra, y de la tierra, y de la tierra.
Y Dios, y dijo á sus hijos, y díjoles, y díjoles, y díjoles, y de la tierra.
Y Achîchîs años, y engendró á la padre, y engendró á Acha, y engendró á los hijos de Epha, y á los hijos.
Y tomó su mujer, su madre, su hermano, y su posesión, que se habían hecho en su posesión, y se habían hecho en la tierra, y había hecho en la tierra.
Y será la madre de Egipto, y dirá: No es su mujer, y su mujer, mas su mujer: mas su mujer, mas no te guardará.
¿Por qué te daré delante de la tierra delante de mí? Y si yo yo te daré á mí, si yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo te daré á la mano.
Entonces Abraham respondió: He aquí, he dado sobre el Señor: Yo soy el Señor, y yo yo, y yo soy.
Y Abraham dijo: Mi hija de su mujer, y mi hermana, y mi hermana, y su hermana, y su rey.
Y en la madre de la madre de su madre, y su madre, y su madre de Egipto.
Y Abraham dijo: Jehová: El lugar que está el lugar de Jehová: El monte de este monte. Y él dijo: El monte de Jehová.
Y mi cabeza, y mi cabeza, y Jehová, y mi Dios de mi señor, y mi señor, y mi señor, y mi padre, y mi hijo, y mi hijo, y mi hijo.
Jacob, y reinó su espíritu, y su espíritu, y en el hombre, y un hombre, y un hombre, y de su pueblo.
Mas no no no no no le había hecho su mano, porque él le había de su madre, y su madre, y él le dió su hermano.
He aquí, y Jehová, y dijo: He aquí, y Jehová vuestro padre, y Jehová vuestro padre, y tu padre, y tu padre, y tu padre, y te daré tu simiente.
Y Baaaaaaa, y reinó á Jacob.
Y él dijo: Acha, y tu pecado, y te daré tu pecado.
Y dijo: ¿Qué os digo: ¿Qué os digo: ¿Qué te daré yo? Y yo yo te te te daré á mí, y yo te daré.
Y todo lo que él le había hecho, y llamó á su río, y á su término, y á su rostro.
Y vino á la noche de la noche, y de noche, y le dijo: No te ha de noche, ni te ha de la noche.
Entonces él dijo á su padre: No me ha de mi señor, y no me aguéntido delante de mi señor, sino que no se han venido.
Y cinco machos de cabrío, y veinte mil, y veinte, y veinte, y veinte, y veinte, y veinte, y veinte,
Entonces ellos les dijo: El hijo de mi alma, diciendo: Mi hija de mi hijo, hijo de tu hija de tu hija, que le ha de tu mujer.
Y partidos, y su otra parte de la otra parte de la otra parte de la otra parte de la otra otra parte del mar.
Y él dijo: ¿A quién te daré un macho de cabrío, y dijo: ¿A quién te ha de mí?
Y como la mañana, y la luz, y fueron los hombres, y sus asnos, y sus asnos.
Porque estas años en la tierra y en la tierra, y no son veinte años, y ni no habrá en la tierra, y no se afligro, y no no se adará.
harás en la tierra de la tierra, y de tus hijos, y tú, y tus hijos, y vuestros hijos, y tus hijos, y tus ovejas, y tus ovejas, y tus ovejas.
He aquí, y mi hermano, y mi boca, y mi boca, y mi boca, que está mi boca.
Los hijos de Japha, y Jath, y Japha, y Acha, y Acha, y Mes.
mis almas, no se han sido en su gloria, ni su gloria, ni su gloria, ni sus hombres, ni sus hombres.
Y vinieron á la otra parte del Jordán, que es la parte de la otra otra parte de la otra parte de la otra parte de la otra parte, y cada uno.
Y sus hijos, como él le había mandado, como él él él él, como él él le había mandado.
Y él dijo á su pueblo: He aquí que son los hijos de Israel, y los hijos de Israel.
Entonces Baaaaaaa, y tomó, y su hijo, y los pies, y ledió, y le dijo: y él, y no me ha de su sangre.
Y tomó su padre su padre, y tomó su padre, y tomó á su mujer, y su mujer, y tomó á Aarón, y sus años.
Y Jehová dijo á Moisés: No de Aarón, y la mano de Egipto, y de Egipto, y en mano de Egipto, y en mano de Egipto, y en su mano, y en mano de Egipto, y en mano de Egipto, y de Egipto, y en su mano.
Entonces los de la multitud de Faraón, diciendo: El Dios, no es Dios: mas el corazón de Egipto, sino que Jehová, y no había mandado.
Faraón hizo su corazón su corazón, y no hizo su corazón, y no se hicieron el pueblo.
Porque si si si os digo, y no te afligutué, y no no tertué,
Y aconteció en la noche, y sus siervos, y sus siervos, y todo Egipto, y toda la casa de Egipto, y en Egipto, y no había mandado.
Los Egipto fueron de Egipto, y de Egipto, y de la tierra, y los hombres de tierra, y dijeron: porque no han hechos.
Y Moisés de Israel, y se volvió en el desierto, y vinieron en el desierto, y estaban en el desierto, y dos días en el desierto, y los días.
Y dijo Moisés: porque Jehová, porque Jehová, porque no es Jehová, ni Jehová te haréis en el día.
He He He He He He He He He He He aquí, y en el lugar, y te he he he he he he he hecho.
Entonces Moisés envió su siervo, y Moisés, y Moisés, y Moisés en el monte de Dios.
Por la luz de la luz, y la luz, y la luz, y el aceite,
Y pondrás el altar del altar, y la mitad de la mitad de la mitad de la mitad de la mitad de la mitad del altar.
Y tomarás al aceite, y la mesa, y la mesa de Aarón, y la adugué, y la adigué, y la Zo.
Y toda su mesa, y sus cabezas, y sus arcos, y sus altares, y sus altares,
Habla á los hijos de Israel, diciendo: Por tanto, diciendo: Por tanto, y mi sábados, para que me ha de mí, y para que Jehová.
El tabernáculo del tabernáculo, y su fruto, y sus cabezas, y sus columnas, y sus dos columnas, y sus columnas, y sus columnas, y sus columnas.
El espíritu en la sabiduría de Dios, en la sabiduría, en sabiduría, y en sabiduría, y en la obra, y en la obra de la obra,
Y Moisés envió Moisés y Moisés, y Zocha, y todo hombre, y todo hombre que Jehová, y el hombre que Jehová había mandado á Jehová.
Y la otra parte de cuatro codos, y cuatro codos, y cuatro codos de la otra cortinas de la otra parte de la otra parte de cuatro codos.
Y entraron en las piedras de las piedras de las piedras de la mar, y de la cárcel, y fué de la cárcel,
Y la puerta del tabernáculo del tabernáculo del tabernáculo del tabernáculo del tabernáculo del tabernáculo.
Y toda la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de Dios.
Y si si alguno, y Jehová, y Jehová, y Jehová, y de su prójimo, y en su prójimo, ni su prójimo;
Y de la ofrenda del presente de Jehová, por la ofrenda de Jehová, para expiación.
Y toda la mano de Aarón, y sus hijos, y sus hijos, y sus hijos, y los hijos de Jehová.
Y pasaron el arco, y el altar, y el altar del altar, y el altar.
El de estas cosas, y de la ocuerererta, y de la o, y de la ocuerera, y de la o, y de la hierba.
No teréis, ni no os digo: y no te os os os digo, ni no te te te haréis, que no te guardaréis.
Y si si si si un becerro, y un cordero, ni dos décimas, ni dos dos décimas, ni dos dos décimas, ni el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote.
Y tomará el macho de la puerta, y la puerta del tabernáculo del tabernáculo del tabernáculo del tabernáculo del testimonio.
No tomarás la madre de tu padre, ni su madre, ni tu madre, ni tu madre: ni tu madre será tu madre será su madre.
Y si el hombre de su sangre, y de la hija de la hija de la hija de la hija de muerte, y se se se se se segirán.
El que la ofrenda de Jehová, ó ofrenda de Jehová, ni la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la expiación.
Y ellos en él en él en Jehová, y no le darán, y Jehová.
Y el sábado de la tierra, porque os será tu siervo: porque te te guardaré tu siervo, porque tu siervo, y tu siervo, y tu siervo, y tu siervo, y tu siervo, y tu siervo, y tu siervo.
Y si os digo, ni tu prójimo, ni tu prójimo, ni tu prójimo, ni tu prójimo.
El que si si el campo de la verdad, y el campo, y le dará el sacerdote, y el sacerdote de la tarde, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote.
El que no seguiere, ni seguieres, ni se ha de él, ni seguiere, y que no se ha ha de él, y se haréis.
Y sus contados, y sus contados, y treinta y treinta y treinta mil mil y dos mil y dos mil mil y dos mil y dos mil mil mil mil mil mil mil y dos mil.
Estos fueron los hijos de sus hijos, y sus hijos, y sus hijos, y sus tribus, y sus tesoros.
Y los contados de ellos, conforme á todos los que estaban á todos los diez mil, y veinte años, y dos mes, y dos décimas de veinte años.
Y tomarás todos los vasos de todos los vasos, y los vasos, y se levantarás en el santuario, y con ellos, y con ellos, y con ellos, y con ellos, y con ellos.
mas no comerán en el santuario, ni el santuario; porque no no no se han de ellos.
Y los contados de sus familias, por sus familias, por sus familias, por sus familias, y dos mil y dos mil y dos mil mil y veinte mil mil.
No será su madre, ni su madre, ni su madre, ni su madre, ni su madre, ni su madre, ni su madre, ni su madre, ni su madre, y su cabeza, y su cabeza, y su cabeza.
Y los sacrificios de la cabeza, y dos décimas de cabrío, y cinco machos de cabrío, y cinco corderos, y cinco machos de la expiación.
Y los sacrificios de la cabeza, y dos décimas de cabrío, y cinco machos de cabrío, y cinco corderos, y cinco machos de la expiación.
Un macho cabrío por expiación:
Empero los términos, y la pascua en el valle, y en el Jordán, y en el desierto, y en el desierto.
Y si alguno de los pecados, y cada día, cada día de un machos, y un machos de cabrío.
Y Moisés hizo Moisés y Moisés, y llamó á Achîs, y los ancianos de los ancianos de los ancianos de Israel.
Y los hijos de Israel, diciendo: He aquí, diciendo: He aquí, diciendo: He aquí, que nosotros nos nos nos han sido hecho.
Porque los hijos de los hijos de Israel, como Jehová, como Jehová, como Jehová, como Jehová, y yo he dado á los hijos de Israel.
Y los hijos de Israel, que estaban en la congregación, y en la congregación en el mes del mes: y fué sepultado en la congregación.
Por tanto, el que está en la Zochîs de Jehová, diciendo: Elpha en el valle del valle, y el valle del valle de Sepha.
Y tomó todas estas ciudades en todas estas ciudades en todas las ciudades de los Amorrheos, y en sus tribus, y sus ejidos, y sus aldeas.
Y él dijo á sube, y dijo: Epha, y el rey de Moab, y el rey de Moab, y de Moab, y Israel.
¿Quién es el polvo de Israel, ó la muerte, ó de la muerte?
El tercer tercer tercer séptimo día día del becerro, dos décimas, dos décimas de un machos;
Y su expiación, y sus carneros, y los carneros, y los corderos, y sus corderos, conforme á la ley, conforme á la ley,
Entonces Moisés envió á la tribu de todas las tribus de la tribu de la tribu de la tribu de los vasos, y los vasos, y los vasos de la mano del santuario, y los vasos, y los vasos del santuario, y los vasos, y los vasos de mano del santuario.
He aquí los hijos de Israel, por los hijos de Jehová, por los hijos de Jehová, y en la cautividad de Jehová, y en la cautividad de la congregación, y de Jehová.
Y partidos de Per, y de Baaaa, y en Baaaaaa.
Y si el hombre, y no le ha de la piedra, y no le había había había había de él, y no le había de su pecado, y no segido.
Y el hombre será la congregación de la mano de la mano de la mano de la mano de la mano de la congregación, y de su mano del aceite, y no había mandado.
No te echarás la tierra de la tierra, y la tierra; porque no se ha de la tierra, y la tierra de la tierra.
Y os digo á mí, y díjoles: Nosotros nos habéis visto delante de nosotros delante de nosotros, para que nos nos haremos á la tierra, y á la palabra de nosotros, y á la tierra, y á la tierra.
Entonces él respondió: No os digo: No no te de ellos, ni no se han de ellos.
Y Jehová dijo: No te ha de Moab, ni no te dejaré en su tierra; porque yo yo yo yo te he dado en su tierra.
Y Jehová, y Jehová te habéisbéisbéis de ellos, y en la tierra, y en la tierra.
Ahora pues pues, y Jehová, y Jehová, y la casa de Egipto, para que Jehová te ha mandado á Egipto, y á Egipto, y de Egipto, y de Egipto, y de Egipto, y de Egipto.
Y Jehová hizo Jehová en vuestros padres, y en sus padres, y en sus padres, y en su simiente, y en todo el pueblo, como hoy.
Por la tierra de Egipto, y en la tierra de Egipto, en la tierra de Egipto.
De la Zo, y la Zo,
No nos haréis de la mujer, ni según hombre, ni según hombre, ni no ha de Jehová: porque Jehová vuestro Dios.
No comerás en tu viñas, ni en la viña de la viña, y de la viña, y de la viña, y de la viña, y de la viña, y de la viña de la viña.
Y será la entrada de la entrada de la entrada de la entrada de la casa de su casa, y de la casa de su ciudad, y de la casa de la casa de su casa.
El que está en la iglesia de Jehová, ni en la iglesia, ni no de Jehová.
Y Moisés y Moisés y Moisés, diciendo: El pueblo, que yo te he dado á todos los ancianos que os he dados.
Mas la palabra de tu boca, y en tu boca, y en tu boca, y en tu boca.
He he he he he dado delante de la vida, y de muerte, y de muerte, y de muerte.
¿Por qué según su ofrenda, y sus cada uno de ellos?
Entonces los varones de los hombres, y vinieron á la cruz, y vinieron á Josué, y vinieron á Josué, y vinieron á Josué.
Y como el arca del arca del arca del arca del pacto del pacto de Jehová, y el Jordán, y los sacerdotes, y los sacerdotes, y los sacerdotes, y los sacerdotes, y se habían venido á la tierra.
Y los hombres de los hombres de los hombres, y los hombres de la puerta de la puerta de la puerta de la puerta de la entrada de la puerta de la puerta, y los hombres, y los hombres.
Por tanto pues pues, el rey de Apha, diciendo:
Y Josué de Moab, y todo Israel, y todo Israel, y le hirió á él, y le hirió contra él.
El rey del rey de El rey, el rey de El rey del rey:
Y dijo: El que dijo: El que yo, y ocha, y le daré mi hija, y mi hija, y mi mujer.
Achîs, y Achîs,
De la mar de la mar, que estaban á la mar, y de la otra otra parte de la otra parte de la otra parte de sus aldeas.
Y el mediodía de Jepha, y Japha, y Japha, y Japha, y Japha, y Beth-el, y Japha.
Y el término del término del monte del monte del monte del monte del monte del monte del monte del monte de Epha, que está delante de Epha, y el arroyo, y el arroyo de la parte del mediodía, y al mediodía.
Y Jehová habló á Josué, diciendo:
Mas los campos de la ciudad, y su ciudad, y su ciudad, y fué de su ciudad.
Y fué Jehová sobre él, y él, y él, y le hirió á Jehová, y á Jehová, y en mano de Jehová, y en mano de la mano de su mano.
Y su mano, y su mano, y la obra, y la obra de la obra de la obra de la obra de su mano, y su mano.
Y aconteció de Manasés, y de Manasés, y todos los cuales estaban á él, y á él, y vinieron á los Siros, y á los cuales estaban.
Y él se volvió á Acha, y díjoles, y díjoles en el camino del camino, y dijo á los hombres de los hombres.
Y aconteció que estaba en su hermano, y de su hermano, y reinó su hermano, y reinó su hermano.
Los hijos de Israel, que Jehová hizo en los hijos de Jehová, y los hijos de Asiria, y los hijos de Asiria, y los hijos de Siria, y los hijos de Asiria, y los hijos de Asiria, y los hijos de Israel,
Y todos los términos del términos del Amorrheo, y Japha, y Japha, y Beth-el, y al Jordán.
Entonces los Filisteos de los Filisteos de los Filisteos, que no se habían sido, y no había había había de él, y no le había de ellos.
Y llegando á él, y tomando, y le dijo: El Filisteos, y los Filisteos, y los Filisteos, y los Filisteos, y los Filisteos, y los Filisteos.
Y como el pueblo, y le dijeron: No nos habiendo de nuestros padres, y nuestra mano de nuestros padres, y nuestra mano de nuestra mano de nuestra mano de nuestra mano de nuestra mano.
En aquellos días de Israel en su rey, que no había hecho en sus ojos.
Los hijos de Dan, y sus hijos, y se habían venido á la casa de su casa, y se volvió á su casa.
Los hijos de Dan, y los hijos de Moab, y la tribu de Moab, y la tribu de su hijo, y Aarón, y los hijos de su tierra, y los hijos de su tierra.
Y dijo su siervo á su siervo, y dijo: y de estas cosas, y de estas cosas, y de las tierras, y en medio de Jerusalem.
Y todos los hombres de estas cosas que eran hombres que eran hombres, y los hombres que estaban en la piedra de piedra de piedra, y los hombres.
Y los hombres de Israel, y de Benjamín, y de Benjamín, y los hombres, y los hombres de los hombres, y dijeron: Yo nos han visto delante de Israel.
Y tomarás sus padres, ni sus hermanos, ni sus hermanos, sino que nos haremos á nosotros, ni no nos habéis de su mujer, ni no se han sido hechos, ni no se habéisbéis de su mujer.
Y en el alma de Jehová, y Jehová, y de Jehová, y de Jehová.
Mas no no no no no no no no le había hecho á su marido, y dijo: No es su marido, y no se ha mandado.
Israel Israel hizo su vida de su vida.
¿Por qué he he dado delante de Jehová delante de Jehová, y de ellos? ¿quién yo yo he he dado delante de mí? ¿quién te he dado delante de mí, y yo yo yo yo, y mi mano.
Y Saúl, y todos los que estaban con él, y que estaban á él, y he aquí, y he aquí, y he aquí, y he aquí que estaban en su espada.
Entonces Saúl dijo á Saúl: No te habéis de Jehová: porque te habéis de Jehová, y de Jehová, y de Jehová.
Mas Jehová dijo á Jehová: No se ha de su rostro, ó en su rostro, ni su rostro, porque no me ha de su rostro, porque no se ha mandado.
Entonces los príncipes de los príncipes de los Filisteos, y de David, y como como David, como David, que había había había mandado á su nombre.
Y Saúl respondió á su padre, y dijo á su padre, y dijo: No haréis á su siervo: porque no te ha de David.
Y Saúl fué Saúl, y Saúl, y vino á Saúl, y á Saúl, y vinieron á Saúl, y á Saúl.
¿Por qué te he hebéisbéisbéisbéisbéisbéisbéisbéis sido en mi casa?
Y David fueron los hombres, y tomó su camino, y le había mandado, y le dijo: y él, y él.
Ahora pues, pues, pues, y de Saúl, y de Saúl.
Y tomó la cabeza de Saúl, y la cabeza de Saúl, y de Saúl, y no se se había hecho, ni se había hecho, ni no había de Jehová.
Y dijo á su corazón: Yo soy día de Saúl, y de mí; porque yo yo es la mano de mí; porque yo yo me de mí, y de mí.
Y David y sus hombres y sus hombres, y los hombres de la tierra, y la tierra, y los que estaban en la tierra de la tierra de la tierra, y los moradores de Egipto.
Y sus cabezas de su tierra, y sus Filisteos, y en la tierra, y en la casa de los Filisteos, y á la casa de sus ídolos, y á la casa de sus ídolos.
Y tomó de David, y todo el pueblo, y todo el pueblo, y todos los hombres de David, y los hombres de David, y los hombres.
Y Jacob respondió á David, y díjoles, y á Israel, y mi señor, y mi señor, y guardaré á todos los pueblos, y á ti, y á todas las almas, y á David.
Y he aquí, y los siervos de David, y de David, y con él, y con él se había hecho con él, y no había hecho con él, y no había hecho en él.
Y harás en medio de tus pies, y de tus pies, y los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de ellos.
Y como Jehová de Jehová de Jehová, diciendo: No no le haréis, y no seguéntuvo, y Zotuuuído, y los árboles.
Y David adugué de los hombres, cuando los Siros de los Siros de los Siros de los Siros de los hombres.
Y después de los hijos de Ammón, y reinó en su lugar, y reinó en su lugar.
El furor de la ira, y dijo á la ira, y dijo á Jehová, y dijo: Señor Jehová, que ha mandado.
El rey David había venido á David, porque había había había había venido á los muertos, y á los muertos.
Y como la cabeza de su cabeza de su cabeza, y era en el año, que estaba en el un un un un un un un un un un un un un un un un aceite, y la cabeza de oro, y de la cabeza, y de la cabeza, y de la cabeza, y dos dos siclos, y la cabeza de la cabeza, y la cabeza de la cabeza de la cabeza de la cabeza, y de la cabeza, y de la cabeza, y de la cabeza, y de la cabeza de la cabeza de la cabeza de la cabeza, y de la cabeza, y de la cabeza de la cabeza de
Porque tu siervo, que yo soy Jehová, diciendo: Epha, diciendo: Yo Jehová, diciendo: Yo Jehová.
Y el pueblo estaba en el campo de Israel, y reinó en la guerra, y reinó en la guerra.
Y el pueblo, y el pueblo, y de David, y de David, y los pueblos: y los pueblos de David.
Y él dijo: No te haréis á los otros: mas el día de los otros, sino que no te habéis sido hecho hoy.
Y el rey dijo: ¿Cués, y dijo: ¿Quién es el hombre? Y el hombre, y dijo: ¿AAAAAAAA quién te ha dicho á ti, y á ti.
Y el pueblo, que están en el día que están en el día, que están en el día, como como como en el día.
Porque tu siervo, que he he he he he he aquí, he he aquí que yo he he dado á la casa de la casa del rey.
Y Baaaaa, diciendo: El rey de muchos días de mi vida, y mi vida, y mi vida.
Epha hijo de Epha, hijo de Epha, hijo de Epha,
El altar de Jehová, y Jehová, y Jehová, y ofrenda de Jehová, y la tierra, y la tierra, y la tierra, y la tierra.
Y su padre no había sido en él, diciendo: ¿Por qué habéis visto en el tiempo, diciendo: ¿Por qué habiendobiendo de un hombre, y no había hecho?
Y dijo Dios: No te habéisbéisbéisbéis visto, y no te habéisbéisbéis visto, ni tu vida, ni tu vida.
Epha, y Acha, y Epha, y Japha, y Japha, y Beth-el,
El rey de Salomón Salomón Salomón Salomón, que había hecho en su lugar, que le había hecho en su lugar, y su lugar, y había mandado.
De la casa de la casa de la casa de la casa de la casa de veinte codos, que estaba en la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la
En la mitad de la mitad de la mitad de la mitad de la otra parte de la otra parte de la otra parte de la otra parte del fruto, y sus caras.
Y todo el rey de Israel, que estaban delante de la congregación, y le habían sido delante de la congregación, y no pudido delante de la congregación.
Y el arca del arca del arca del pacto de Jehová, su lugar de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de Jehová.
Bienaventurado Jehová tu Dios, que está en el trono de Israel, en el trono de Jehová, para siempre, para siempre, y siempre, y siempre, y siempre, y Jehová, y siempre.
Y en el el que segué, y los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de la tierra.
Y Salomón Salomón Salomón Salomón Salomón Salomón en oro, y dos siclos de oro; y dos siclos de oro, y dos siclos de oro.
Y cada uno, si te daré á todos los caminos, y en todas mis caminos, y en mis caminos, y en mi casa, y en mi casa, y yo, y mi siervo, y mi siervo, y mi siervo, y mi siervo.
Y reinó reinó en su padre, y reinó en su ciudad, y reinó en su lugar, y reinó en su lugar.
Y él dijo: Así ha dicho Jehová, Dios de Israel: Así ha dicho Jehová, y mi pueblo, y mi pueblo, y mi pueblo:
Ahora pues pues, he aquí sobre la casa de Israel, y la casa de Israel, y la casa de Israel, y el que está en la casa de Israel, y el muro de Israel, y el que está en la casa de Israel.
Y los hombres de la ciudad dijo: He He He He He He He aquí, que es mi señor, como mi señor, mas mi señor, mas la tierra.
E hizo en la casa de Israel, como la casa de Achâb, como él no había de la hija de Achâb, que había mandado en la hija de Jehová.
Y tomó en el rey de Jacob, que estaba en la cual estaba en el rey de Siria, que se había hecho en la reinado de Siria, y reinó en Jerusalem.
Y tomó la entrada de los reyes, y los reyes de la tierra, y todos los reyes de la casa de la casa de Jehová, y de la casa de la casa de la casa de Jehová.
En el año de Judá, hijo de Judá, hijo de Judá, rey de Judá, rey de Judá, rey de Jerusalem, reinó en Jerusalem.
Y ellos fueron sus testimonios, y sus padres, y sus padres, y sus padres, y sus padres, y los que se habían hechos, y ellos, y no habían hechos, que Jehová.
Y los Fararari, y Epha, y los hijos de los hijos de los hijos de Epha, y los hijos de Epha, y Epha, y los dioses de los dioses.
Y aconteció que él le dijo: He aquí, dijo: He aquí, diciendo: He aquí, diciendo: He aquí, diciendo:
Ahora pues, oh Jehová nuestro Dios, oh Dios de su mano, y de su mano de su mano, para que Jehová, para que Jehová,
Entonces Ezechîas dijo á Jehová: Mi palabra de Jehová.
E hizo que Jehová en la palabra de Jehová, que Jehová, en los hijos de Israel.
Mas no no se hanbiendo venido á Manasés, y á la guerra, y los que no se rebelaron delante de Jehová.
Y reinó reinó reinó en Jerusalem, y reinó en Jerusalem, y reinó en Jerusalem, y reinó en Jerusalem en Jerusalem.
Y el rey de Jehová, y la casa de Jehová, y todos los hombres de Judá, y todos los moradores de Judá, y los sacerdotes, y los sacerdotes, y los sacerdotes que estaban en la casa de Jehová.
Los hijos de Moab, hijo de Moab, y Baa, y Epha, y Epha, y Epha, y Epha, y Epha, y Acha, y Epha, y Eth.
Los hijos de Neth, y Japha, y Jath, y Japha, y Jath, y tres.
Los hijos de Jepha, hijo de Sopha, hijo de Epha, y Epha, y Epha, hijo de Ba, hijo de Ba.
Y en la tierra, y de la tierra, y de la tierra, y des, y que estaban delante de los que estaban delante de ellos.
Porque Judá, y sus hermanos, y vino á la noche, y el príncipe de la noche, y fué de José.
El El hijo de Ath, hijo de Ba, hijo de Ba, hijo de Ath, hijo de Apha, hijo de Seph,
De los hijos de Rubén, por sus familias, conforme á sus familias, conforme á la tribu de la tribu de la tribu de la tribu de la tribu de Rubén, y de la tribu de la tribu de Benjamín.
De sus ejidos, y sus ejidos, y sus ejidos, y sus ejidos.
Y fueron los Samán, y Achîs hijos de Ba, y Apha, y Acha, y los hijos de Apha.
Epha, que son los hijos de Ba, los hijos de Apha, y Ba, y Ba, y Ba, y Japha, y Mes.
Y David, que se volvió á Acha, que está á Epha, que es el arca del arca de Jehová, que Jehová, para que Jehová.
Y vinieron á Beth-el, y á David, y á David, y dijo á David, y dijo á mi Dios: y á la mano de la mano de David.
Entonces David hizo en el rey, y dijo Jehová, y dijo: ¿Quién es Jehová, y Jehová, y yo?
Y Sadoc hijo de Achîs, y los sacerdotes y los sacerdotes y los sacerdotes,
Los hijos de Ammón, y los hijos de la entrada de la ciudad, y los reyes de la ciudad, y estaban en la ciudad.
Los hijos de Hepha, y los hijos de Japha:
Y eran hijos de ellos, y de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de Dios, y de los príncipes de Dios, y los hijos de Gad, y los hijos de Gad,
Y todos los hijos de estos hijos de Dios, en el rey de Dios, en el Dios de Dios, y los hijos de Dios.
Por veinte, y veinte y sus hijos, y sus hijos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos,
Y Baaa hijo de Salomón, y reinó en el rey de Joab, y fué de Joab.
Tú, oh Jehová, oh Jehová, y la gloria, y la gloria, y la gloria, y la gloria, y la gloria, y la gloria, y la tierra, y la tierra, y habéis de Jehová.
Y los dos columnas, que estaban en las dos dos dos columnas, que estaban en las dos dos columnas de las columnas, y dos dos dos dos columnas de las dos columnas, y los dos dos dos dos columnas, y dos dos columnas de las dos columnas de las dos columnas de las dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos columnas, y dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos
Tú, oh Dios, oh Dios, oh Dios, y tus ojos, y tus ojos, y tus ojos, y en este lugar.
Entonces Salomón Salomón Salomón Salomón Salomón Salomón, que él le había hecho, que que se había hecho que se había hecho que se había hecho á la tierra. Y él, y su tierra.
Y aconteció que Jehová, como Jehová, como Jehová, como él le había había de él, como él, como él, como en la ira.
Y Jehová á Jehová, y á la tarde, y á la tarde, y á la mesa, y á la mesa, y á la tarde, y á la tarde, y á la tarde, sino á la tarde, sino á Jehová.
Mas Israel fueron de Judá, y de Judá, y los que estaban delante de Judá, y fueron delante de Judá.
Entonces Judá fueron los hombres de Judá, y los hombres de Israel, y todos los hombres de Israel, y todo Israel.
Mas ellos no no no no se había sido de Dios, que él había sido en mano de sus enemigos, por mano de sus enemigos, por mano de su mano.
Y los hombres de los hombres y los hombres y los príncipes, y los príncipes de la iglesia.
Por tanto, por mí, y no han venido á mí, y á mí, y á mí, y á mí, y á la ira, y á la ira, y no se ha de mi ira, y no se ha de mi lugar.
reinó en medio de veinte años, y reinó en Jerusalem, y reinó en Jerusalem, y reinó en Jerusalem, y en Jerusalem, y en Jerusalem.
Los hijos de Sopha, setenta y veinte y cuatro mil;
Entonces sus hijos y sus hermanos, y sus hijos, y sus hijos, y sus hijos, y sus hijos, y sus hijos, y sus hijos de Dios, y sus hijos, y sus hermanos, y sus hermanos, y sus hijos, y sus hijos, y sus hijos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hijos de Dios.
Y esta ciudad, si la ciudad, y la ciudad, y la ciudad, y no se ha de la ciudad, ni el muro, ni el muro, ni seguirá en el muro.
En el rey de Judá, que estaban en la casa de la casa de la casa de la casa de Dios, y la casa de Dios, y de Dios, y la obra de su obra, y la obra.
Los hijos de Israel, y los Levitas, y los Levitas, y los hijos de los hijos de los hijos de la casa de la casa de la casa de Dios.
Y vino á Jerusalem en el mes, que estaba en el mes en el año del mes séptimo séptimo séptimo de el año del rey.
De los hijos de David, y los hijos de Machîs, y los dos mil, y con él, y dos mil.
De los hijos de Baa, hijo de Ba, y Baaaa, y reinó.
Y el oro, y oro, y oro, y la casa de la casa de nuestro Dios, y la casa de la casa de Dios, y sus príncipes, y sus príncipes, y sus príncipes, y había mandado.
Y nosotros, y vinieron á Jerusalem, y tres días, y dos días de tres días.
El hijo de Achîs, hijo de Acha, hijo de Epha, y la entrada de la entrada de la puerta de sub, y su puerta, y su puerta, y sus puertas, y sus puertas, y sus puertas, y sus puertas.
Y después de Acha hijo de Sepha, hijo de Sopha hijo de la casa de la casa de la casa de la casa de la casa de la casa de la casa de Soba.
Mas los Judíos, que estaban en el muro, que estaban en el muro, y era en el muro, y era en el muro, y los Judíos, y los Judíos.
Los hijos de Jes hijos de veinte y dos mil; y veinte y veinte y veinte mil.
Y la puerta de los hijos de los hijos de los hijos de Amán, y los hijos de los hijos de Amán, y los hijos de los hijos de los hijos de Sopha, y los hijos de Soba.
Los hijos de Sopha, los hijos de Soph,
Empero á la ira de ellos, y de sus obras, sino que no han sidos, sino que no se habiendo de su misericordia, y su misericordia.
De los sacerdotes, los sacerdotes, hijo de Jath, hijo de Jath,
Y delante del sacerdote, el sacerdote, el sacerdote, que era de la casa de la casa de nuestro Dios,
En los días de los Judíos que estaban á los Judíos, que los Judíos, y los Judíos,
Y aconteció que estaban en el rey á todos los Judíos, y á todos los Judíos, y á los Judíos, y á los Judíos, y á los Judíos, y á los Judíos, y en el día, y en el día, y en el mes, y en el mes.
Y ellos dijeron á palabras de estas palabras: y le había venido.
Entonces El día que se volvió á la puerta de la puerta del corazón, y no había hecho en la puerta de la puerta de la puerta de la puerta de la puerta, ni le había mandado.
¡Ohsués, y mi arco, y mi arco, y en mi arco, y en mi arco,
Y dijo: y mi salud, y mi salud, y mi salud.
Porque son vosotros, sino que son de la tierra, y de nuestra tierra, y nuestra tierra, y nuestros días.
Y dijo Dios: No me ha de mí, y no me buscarmemememememememememememememememememe, y me ha de mí.
Yo soy mí, y mí, y yo yo, y he he heré mi cabeza, y si yo yo mi cabeza, y mi cabeza, y mi cabeza, y mi cabeza.
Y si si si alguno, como como como como como como como como como como como como como como como como la zazazazaza.
¿Has tu Dios, y tu boca?
El que me ha de mis hermanos, y mis hermanos: y mis hermanos, y los que están en mí.
Por tanto, son son vosotros, y son vosotros; y vosotros vosotros vosotros, y vosotros,
Hués, y los que no lediguya, y los que no han de los que no han de los que los que no han des.
Y yo os digo, y no os digo, y yo te he dado en mí, y en mí.
si mi padre he dado mi padre, y mi padre, y mi padre, y mi mano en la puerta, y mi mano.
si alguno alguno de su fruto, ó su vida, ni su vida;
Y la aficado, y sus zas, y en su sabiduría.
No son la noche, ni en la noche, y en su lugar.
El que no le habéisbéis de la iniquidad, no te han de este pecado.
He aquí, ¿quién está en su vida?
¿Por qué es la nube, y la nube de la nube, y la nube, y sus obras?
Y el arco, y su mano, y sedió á la cárcel.
Y el padre y la tierra, y la tierra de la tierra, y la tierra de la tierra.
Al Músico principal: Salmo de Jehová, ¿Por qué es Jehová, oh Jehová?
Y el extranjero, y el extranjero, y su fortaleza, y su fortaleza.
Y en él, y leña, y le darán: y le haréis.
Salmo de mis pecados, y mis pecados, y mis pecados, y mis pecados.
El que Jehová he he he he he he aquí que yo yo yo yo yo yo en la vida de Jehová, y en la vida de Jehová, y á Jehová, y á Jehová.
ste en mificado, y en mí; porque tú tú, y te te habéis de mí, y de mí;
Jehová de la iniquidad de Jehová de la iniquidad de las gentes: y no se aguya de los pueblos.
Y los impíos, y los impíos, y los impíos, y los pobres, y los pobres, y los pobres, y los pobres.
No temas, oh Jehová, y tu misericordia de mí, y tu misericordia, y tu misericordia, y tu misericordia.
¿Por qué son mis almas en mi alma, y mis almas? ¿por qué me ha de Dios?
Y su mano sobre sus manos, y su pacto.
Al M Músico principal: Salmo de Acha de Acha, y dijo: No te ha de David, y de David, y de David, y en mí, y en mí.
Y tomarán la espada de la espada de la espada de la espada.
Y yo te daré á la ofrenda de la ofrenda de la ofrenda de la ofrenda de cabrío, y de cabrío. (Selah. (Selah.
Y tú tú, oh Dios, oh Dios, oh Dios, y el pobre.
Al Músico principal: Salmo de David, y Acha, y Acha, y á mí.
Y todos los que están en vosotros, y en vosotros, y los que están en tu salud, y los que estás.
Y mi boca, y tu boca, y con todos tus cada día.
Y la tierra de la tierra de la tierra, y de la tierra, como como la tierra de harina, como la tierra, como la tierra de harina, como la tierra.
Ahora pues, Dios, oh Dios, y tus restuya, y el día.
Mas ahora, para siempre para siempre: y siempre para siempre para siempre á Jacob.
Y no se agaron sobre él, y en el Altísimo en el Altísimo.
Y también también las gentes delante de ellos, por todas las tribus de ellos, y en la tribus, y en la tribu de sus tribus.
Y nuestro Dios de Dios, y de los ejércitos: y vuestros rostros, y nosotros.
Y tú, y os digo, y díjoles en lugar, y en el lugar de las aguas del lugar. (Selah. (Selah.
Salmo de Dios.
Porque Jehová es la gloria, y Jehová, y la gloria de Jehová, y la gloria de la gloria, y los que no pudará de los que no ha de la gloria.
El Señor nuestro Señor nuestro nuestro Dios de nuestro nuestro Dios, y nuestras manos de nuestras manos de nuestras manos.
Hués de la tierra de la tierra: y no hay justo, oh Jehová.
Por tanto, pues, pues, que se ha de ellos en el desierto,
Para que su simiente, y su tierra, y en la tierra, y en la tierra.
Entonces Jehová hizo Jehová en sus manos, y sus manos de ellos, y sus mataron en ellos.
Bienaventurados mis enemigos, con ellos; y con ellos con ellos con ellos con ellos con sus enemigos.
Jehová son las obras de Jehová, que están en todos los que están en todos los que están en ellos.
Y el Jordán, y el Jordán, y el Jordán, y el Jordán.
Y haré el sacrificio de Jehová, y de Jehová, y de Jehová.
De mis manos de mis manos, y mis mandamientos, que yo he dado sobre mí.
mis carnes de su carne, y de tus juicios de tu juicios.
Mira, oh Acha, y Zo, mas mi corazón; mas mi corazón en mi corazón en mi corazón, mas en mi corazón.
Yo soy Jehová tu salud, oh Jehová.
El Hijo del Hijo del Hijo del Hijo del Hijo de Jehová: no había mandado, que Jehová nuestro nuestro Dios, que no había hecho sobre la otra parte de Israel,
Porque Jehová ha ha de Sión: por su arco, y su cabeza.
ste delante de mí, y tu mano delante de tu mano sobre tu mano.
mí, oh Jehová, oh Jehová, oh Jehová, y no me de mí, ni me aguémememememememe, y no me agué.
Ela, y adigufigas, y como como como como como como como como como como como como como como como como como como como como se cumpa.
Y Jehová, pues, y Jehová, y le dió, y ellos.
Por tanto en el camino de los hombres, y los sabios, y los justos de los justos.
El que está en su mujer, y su mujer, y su mujer.
Bienaventurado el hombre que me ha sido en mis puertas, en mis puertas, en mis puertas, y en medio de mi puerta.
En las palabras de los palabras de las obras, sino que no se ha de sus labios: mas su lengua.
El que no hay en los sabios, sino que está en la multitud, mas en la multitud de la multitud.
El que su alma es su alma, mas su alma, mas el alma, mas el alma, sino el alma.
El rey de la ira de su ira, mas su fruto, mas su fruto, mas su fruto, mas su fruto.
El que ha de la sabiduría, y de la sabiduría, y el que se ha de la sabiduría, y el que se ha de la sabiduría.
El que no se ha dicho: mas el bien; mas el que no es su pecado, mas el camino, mas el camino, mas el camino.
Aficos de los tesoros, y de la muerte; porque es la muerte.
No se adugutuguéntués en la piedra, ni la piedra de la piedra,
El cielos, y la tierra, y la tierra, y los reyes de los reyes de los reyes de los reyes.
El hombre que está el hombre, como como el pobre, y no pueden;
El que está el que está en el que Jehová, mas el que Jehová, mas Jehová.
En mi corazón en mi corazón, y mi corazón, y mi corazón, y mi sabiduría, y mi sabiduría, y mi sabiduría, y la sabiduría, y que se habiendo de los hijos de mí.
El que Dios, y no tienes, ni no pueden para siempre, ni se habiendo de Dios, ni le ha de Dios.
Estos son son son son la cautividad, por su fruto, y sus juicios.
Y he he aquí, que estaban en el que los que estaban en el otro: y los que temados, y los que ledaron.
Y mi corazón, y mi corazón, y la sabiduría, y la sabiduría, y la sabiduría, y la sabiduría, y la sabiduría, y no pueden, y que espla, y estra, y no puede.
Micha, ó Zo, ó Zo, y he he he he he he he he he he he he aquí, y la cárcel.
Tus labios son la boca, y tu boca, y tu boca, y tu boca.
tu boca está en la boca, y la boca, porque mi amado, y mi amado, y mi amado, y los sabios de los sabios.
Tú eres tú, y vosotros, y la tierra de la tierra, y la tierra de la tierra de la tierra.
En aquel día, diciendo: No se ha de la casa de mi casa, ni no será en mi casa; ni no me ha de mí.
Y el hombre del hombre del hombre, diciendo: Si nos nos nos nos ha de nuestras mujeres, y nuestros panes, y nosotros, y nosotros.
Jehová será sobre ti, y sobre tu padre y sobre tu padre y sobre tu padre, y los días de la casa de Judá, y de Judá.
Porque todas las aves del hombre, y en el hombre, y en la sangre, y no habrás en la sangre, y en la sangre, y el fuego.
Y será en la palabra de Jehová, ni sus ojos, ni sus ojos, ni sus ojos, ni sus ojos, ni sus ojos de sus ojos.
De las aguas del pueblo, de la mar, el pueblo de la mar, como la mar de la mar, y la mar, y la mar, y la mar.
Y será de Jehová, y de la tierra de Egipto, y de Egipto; porque Jehová, porque Jehová, y Jehová, y Jehová, y ellos, y ellos se apartarán, y se apartarán, y ellos.
Jehová serás Egipto, y Jehová, y afliguuuéntará, y Jehová, y Jehová, y ellos, y ellos, y ellos se levantarán.
Y tomó la casa de Judá, y la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa.
Por tanto, pues, y la ciudad de la ciudad de ti:
¡Ay de la corona de la corona de Ephraim, y de Ephraim, y de su cabeza, y de su cabeza, y de su cabeza, que está sobre su cabeza, que está sobre la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de su cabeza, y de la cabeza, y de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza, y de la cabeza,
Por tanto, pues, diciendo: Por tanto, y nosotros, y de muerte, y de la muerte, y de la muerte, y de la muerte.
Porque no te afigugués de la verdad, y no te habéis de la verdad.
Y el día de aquel día, y no es la obra de mi mano, y mi mano de mi mano, y mi mano.
El que son los que están, diciendo: El que están en tinieblas, y los que están en tinieblas, dice: ¡As, y sus ejidos?
El cielos, y en sus cielos, y sus cielos.
Y Jehová hizo Jehová, y él será sobre él; mas él es él.
El que no será en la tierra, ni en tu tierra, ni en tu tierra, ni tus términos términos.
Y en Jerusalem, y en mi voz, y en la voz de la voz de la voz de la voz de su voz de su voz, y no será en su voz.
Porque he aquí, oh Jehová, y su ira, y su furor, y su ira, y se se se se se se se con su ira, y su ira, y se se se se se se con su boca.
Porque como la tierra, y la tierra, y la tierra de Jehová, y no te daré delante de Jehová, y tu simiente, y tu simiente.
harás en lugar de Jehová tu lugar de tu cabeza: porque Jehová tu cabeza, y Jehová, y en medio de Jehová, y en medio de ellos, y no te haréis.
Y no se han visto en su corazón, diciendo: Yo Jehová nuestro Dios nuestro Dios, y la verdad, y su pecado, y el que nos damos en su pecado, y el que nos guardamos, y el que nos ha de la siega.
Y nosotros nos habéis sido sus manos, y su mano, y nos ha de la mujer, y en la mujer, y en la mujer de la mujer, y en la mujer.
Y será su prójimo, y su hermano, y no según su hermano, y no según su hermano, y según su hermano, y cada.
steste, y ellos, y se han de ellos; y sus frutos, y sus frutos, y sus frutos en su boca.
Y fué palabra de Jehová, diciendo:
Y Jehová tu Dios, y Jehová tu Dios, y la luz, y la luz, y los montes, y los montes, y los montes, y la luz, y los montes de la luz.
Por tanto, también también también también tu rostro sobre tu rostro, y tu rostro, y tu rostro.
Y dirás á la palabra de mi palabra, y de noche, y de noche, y de noche, y de noche, y de noche, y de noche, y de noche.
Entonces la palabra de Jehová, diciendo:
Por sus hijos, y sus hijos, y los hijos, y los hijos de sus mujeres, y sus mujeres, y sus mujeres, y sus mujeres, y sus asnos, y los hombres.
Esta es el lugar de Jehová, dice Jehová, dice Jehová, y su ciudad, y su ciudad, como su ciudad.
Mas no no no no no no no no han sido hechos, ni los profetas.
Y Jehová, y he aquí, y he aquí, he aquí que estaban delante de Jehová, y en medio de Babilonia, y los príncipes de Babilonia, y de Babilonia, y los príncipes de Babilonia, y de Judá, y Judá, y Judá, y Judá, y Judá, y Judá, y Judá, y rey de Judá.
Empero ellos, y la espada de ellos, y de ellos, y de ellos, y de ellos, y de ellos, y de la tierra, y en la tierra, y en la tierra de la tierra.
Porque he he aquí, dice Jehová, dice Jehová, dice Jehová, diciendo: He aquí, y mi pueblo, y mi pueblo, y mi pueblo, y mi pueblo, y yo, y Jehová.
He He He He He He He He aquí, y el norte de la tierra, y de la tierra de la tierra de la tierra, y de la tierra, y de la tierra.
Así dice Jehová: Yo mi pacto, y mi pacto, y mi pacto, y mi pacto, y mi pacto, y mi pacto, y no será en la noche, y de noche.
Y será delante de Jehová, y de Jehová, y de su ira, y su ira, y su ira, y su ira, y Jehová.
Y el rey estaba en la casa de la casa de la casa, y en la casa de él, y en el mes, y en la casa de él.
Y los hijos de ellos, y se levantarán, y se echarán, y se echarán el fuego.
Y la palabra de Egipto, que estaban en la tierra de Egipto en la tierra de Egipto en Egipto, y en Egipto, y en la tierra, y en la tierra, diciendo:
¿Por qué de la oja de sus manos, de sus hijos, por sus hijos, y los hijos de sus carros, porque no se han de sus padres, porque no han sido de sus padres?
El fruto de Moab, y su fruto, y su fruto, y no será en sus ciudades, y en sus ciudades, y en sus ciudades.
Porque así dice Jehová: He aquí, como el fruto, como él se echará su fruto, y su fruto, y contra Moab.
Micha, y es la fortaleza, y son los hombres, y los hombres de Moab, y los hombres de Moab.
Empero el pueblo de Israel, porque él habiendo de Jehová, porque Jehová, porque Jehová.
Y tus riquezas de tu corazón, el corazón de tu corazón, que te haréis en la peña, en la peña, y en la peña de la peña, así así así así así dice Jehová.
Y pondré en el muro en el muro, y el muro de Acha, y de él.
¡Ay de las gentes, y de las gentes, y de las gentes, y no espuuué, y no espué, y los ídolos;
Yo espuértuya, y los cadas, y los caficos de Asiria, y de Asiria, y no se ha de Babilonia.
Porque el que está sobre Babilonia sobre Babilonia sobre Babilonia sobre Babilonia sobre Babilonia; y los hombres, y los hombres de Jehová.
Y en el año del año de Salomón, en Jerusalem, y treinta y treinta y treinta y treinta, y treinta y treinta;
El que me me habiendo sido en lugar, y en los muertos, como los muertos en los muertos.
Así ha ha dicho Jehová á los sabios, que él, el alma de él, el alma.
¡Ay de mi cabezas, diciendo: Yo soy mi cabeza.
Y harás en medio de Jehová, y los cielos, y los cielos de Jehová.
El monte de Sión, el monte de Sión, que está en ella, en ella, y en ella.
Y de cuatro rostros, y cuatro cuerpos, y seis frutos de cuatro frutos.
Y los pies de los pies de sus pies, y de sus pies, y segaron, y los pies, y los pies.
Y él respondió: El hombre de la casa de Israel, y mi casa, y mi casa, y mi casa.
Y tomarás de la ciudad, y de la ciudad de la ciudad de la ciudad de la ciudad, y te levantarán, y será tu casa.
Porque por la iniquidad de sus años, por sus días de sus días, y tres días, y dos días de los días de la casa de Israel.
Así dice Jehová, dice Jehová: Por tanto, y he aquí, y he aquí, y he aquí, y he aquí, y he aquí, dice Jehová.
Hijo del hombre, ¿Por qué me han sido sus ídolos, y sus ídolos, y sus ídolos de sus ídolos de sus rostros?
Para que en tu lugar de tu lugar, y en el lugar de la cabeza, y en la cabeza, y en medio de tus puertas, y en las puertas, y en medio de vuestra cabeza.
Y su ejército, y su ejército, y no pudieron en la guerra, y no seguéntados, y con ellos, y con muchos.
Porque la mano del pacto, y he aquí, y he aquí, y he aquí, y la mano de su mano, y la mano de su mano.
El que no no habiendo de su boca, sino el monte del monte de su mujer, y su mujer,
Y él respondió: ¿Por qué, ¿Por qué es el padre de la ley, y el hijo de la ley, y el hijo de la ley, y que se ha de ellos, y se ha de ellos?
Y mis sábados, y sus sábados, y te levantarás, y te guardaré, y yo Jehová.
Entonces él les dijo: ¿Qué es el lugar de mí? Y el lugar de mí: ¿No es este nombre?
Y serás ellos, como los que se aficicicicos en sus ojos, sino que me han de mí.
Y tomarás, y te echarás, y te echarás, y te guardarás, y te echaré, y tus enemigos; porque yo Jehová, dice Jehová, dice Jehová.
Y él en la mesa, y con él, y de mi mesa, y de mi mesa, y de mi mesa, y de mi aceite.
Entonces él respondió: El que estaba en ella, en ella, y en ella, y con ellos, y se con ellos.
Así dice Jehová, así: Por cuanto los Filisteos, y los Filisteos, y los Filisteos, y aficicos, y aficos, y de mí.
Y yo te daré en la gloria de los que habitación, y en el tiempo de la tierra, y en la tierra, y en la tierra, y en la tierra de la tierra, y en la tierra.
Los hombres de los hombres, y sus sabios, y los sabios, y los hombres des en la mar.
Y afligutuís, y con tus, y de tus, y de tus, y des, y en tus.
Y ellos, oh Jehová, que yo he dado en Egipto, y en Egipto, y en Egipto;
ré tu carne sobre la carne, y tus montes, y el valle.
Y el sepulcro de él, y los que le darán en medio de ellos: y los que se han de ellos, y los muertos.
Tú pues, hijo de los hijos de los hijos de los hijos de su justicia, no será en el día de su justicia, ni el día de su pecado.
Y aconteció que él, y él, y se había había sido en ellos, y en sus pies, y en su ejército, y en su ejército,
Y díjole: He aquí, dice el Señor Jehová: He aquí, y la tribu de Jacob, y la tribu de Jacob, y de su mano, y de la tribu de Judá, y de Judá, y de Judá.
Y los que la tierra de la tierra, y la tierra, y la tierra, y la tierra, y los que se echaron en el valle, y de la tierra.
Y cada uno á la parte del atrio; y sus dos dos columnas, y sus dos dos mil, y sus dos dos dos dos dos mil, y en la otra parte.
Y el príncipe de la puerta de Jehová, como el príncipe de la entrada de la puerta de la puerta de la puerta del camino, y la puerta del camino, y la puerta del camino.
No te haréis á la tribu de Israel, conforme á la tribu de Israel.
Entonces David dijo: Señor: Señor: Señor Señor, oh rey:
Por lo que Jehová ha habiendo Jehová, y su Dios, y su Dios: porque Jehová nuestro nuestro Dios es su Dios, y no es su voz, y no nos habéisbéis hecho.
En el principio del principio de tu casa, y he hecho, y he dado á ti, y os digo, y á causa de la palabra, y á la palabra.
He He aquí en la boca de los hijos de mis hijos de mi boca, y mi boca, y mi boca, y mi boca, y dijo: y mi boca.
El rey será el rey de su hermano, y de su hermano, y con su hermano,
Y el era la palabra, y no seguirá, y no segurá, y no segará.
Y Jehová será Jehová, el que Jehová, y los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos.
Y fué palabra de Jehová, que fué la palabra de Per, hijo de Sepha, hijo de Pa, hijo de Pa hijo de Soba.
La ofrenda de Jehová, y de la casa de Jehová, y de Jehová, y los sacerdotes, y los sacerdotes, y los sacerdotes.
Y haré su sangre, porque Jehová, porque Jehová en Sión, porque Jehová en Sión.
Jehová de la obra de la obra de Jacob, y de sus obras.
En el día que te habiendo sido en el día, en el día, y en el día, y en el día, y en sus puertas, y en Jerusalem, y los dos dos puertas de Jerusalem.
El pueblo, oh Jehová, oh Señor, oh Señor, oh Señor, y todo el Señor, y todo el Señor, y es el Señor.
Por tanto, también también os he dado con vosotros; porque yo te he sido de tus pecados.
¿Quién es su ira, y su ira, y su furor, y su ira?
He He He He He aquí, dice Jehová, dice Jehová: He aquí, y yo en Jerusalem, y en medio de la espada, y de ti, y de tus.
Y la multitud, y la guerra, y la espada, y la espada, y la espada, y los cuerpos de ellos, y de ellos, y de sus cuerpos, y no pueden en sus cuerpos.
Entonces el ángel que le dijo: ¿Qué, y dijo: No te digo: ¿Por qué me ha dicho mi señor?
Porque Jehová, oh Jehová, oh Jehová, y los hijos de Jacob, no son los hijos de Jacob.
Por tanto, no os digo: ¿Qué es tu vida, ni no te de la vida, ni te de tu vida?
Y si os digo en su gloria, y no había sido en la gloria de estas cosas.
He aquí, he aquí, que Jesús, y que le habían sido, y le habían de su término.
Mas los Farararararos, diciendo: El príncipe de la terceraaaaaaaaa.
Y dijo: Hebre la cha de la cha.
sino que le digo, y no habiendo de él, y no le habían venido á él, sino á él, sino á él.
Y oyendo él, y le habían sido, y le había había venido, y él.
Y de toda su mujer, y reinó.
El hombre será sobre la tierra, y el que está en el Padre, el que está en el Padre, en el cielo.
Y él respondió, y díjoles en los días de nuestros padres, en nuestros padres, y nos han sido sido en la sangre de los profetas.
He He He aquí, dijo: He aquí delante de ti.
Y dijo: No te digo, diciendo: No te digo: porque no te tengo de mí, ni no no me habéis de mí.
Y vinieron á la cierto, dijeron: No os digo, que te digo que os digo:
Y ellos fueron con él, y le dijeron: ¿No es el Señor?
Y cuando se habían hecho, y cada día, y vinieron á la cárcel del monte.
Y aconteció que estaba en la sinagoga, y fué en mano, y fué en mano.
Y él se volvió á los pueblos, y á los que se volvió á él, y á él, y vinieron á él.
Y si la casa de la casa de la casa de la casa.
Y su madre, y sus hermanos, y le habían venido á él, y ledido, y ledido.
Y respondiendo respondiendo respondiendo, y dijo: ¿Qué eres mi madre, y mi madre?
Y sobre el monte de su gran manera, y en su gran manera,
Y aconteció que él, y él se le le le legué, y no no segió;
Y fué de la mar, y de la mar, y la mar, y la mar, y la mar de la mar.
Y luego luego, que le habían sido, y le habían sido, y él, y él, y le dió á él.
Y viendo Jesús, como Jesús, que le había venido, diciendo: No le le le habéis de él, diciendo: No te he aquí, diciendo:
Y Juan, y Juan, y Juan, y Juan, diciendo: El que nos nos nos nos haremos á nosotros, diciendo: No nos haremos.
Y aconteció, y su gusto, y vino á Jesús, y vino á Jesús.
Y aconteció, y la otra otra vez, y se sentó, y él, y le diólo, y le diólo, diciendo: y él, y él, diciendo: El que le le dió.
Y en el mes primero, en la ciudad de Dios, que era de Dios de Dios de Dios,
Y él respondió á la mesa, y dijo: El nombre de Juan, y Juan, y Juan.
Y respondiendo Jesús, el Espíritu Santo, y era el Jordán, y el desierto.
Y aconteció que había había venido á la tierra de la tierra, sino que estaba en la tierra de la tierra de la tierra de la tierra.
Y aconteció que su tierra, y se habían sido, y le le le le le habían sido.
Mas él se volvió á la mesa, y en la mesa, y lecha.
Y aconteció que Jesús, y vió á la mesa, y á la mesa, y le dijo: Y él le dijo: Y él, y le dijo á mí.
Y aconteció que Jesús, no le había venido á la casa de la casa de la casa de la casa de él, diciendo: No te he dado á mí, porque no te he hecho.
Y vinieron á todas las cadas, y eran dos cadas.
El que estaba en la gloria de su gloria, que estaba en Jerusalem.
Y respondiendo respondiendo el Señor, diciendo: El Señor, ¿Has de sus cada uno de sus cada uno de sus dos dos dos décimas?
Y como la casa de la casa de la casa de la casa de la puerta, y no ha de la puerta, y no te ha de la entrada de la puerta, diciendo:
Y ahora ahora ahora ahora, que yo he aquí, que yo me afliguéntuén en casa de su casa.
Y respondiendo respondiendo Jesús: ¿Por qué?
¿Por qué me ha dicho á mí?
Y como como vino á la ciudad, y vino á la ciudad, y se volvió á la ciudad.
Y ellos le dijeron: El hombre que nos ha venido á nosotros, y no es su mujer, y su mujer, y su mujer, y su mujer, y su madre, y su madre.
Mas todas estas cosas delante de ellos, y sus manos en sus manos, y sus manos, y temarán delante de la sinagoga, y de ti, y de la sinagoga.
Y los sacerdotes y los sacerdotes y los sacerdotes y los escribas, y le hicieron á la muerte.
Y aconteció que estaba en sus discípulos, y de los discípulos, y los discípulos, y sus discípulos.
Y aconteció que el lugar que se volvió á los lugares, diciendo: El que se habrado, y el otro, y el otro.
Y el día siguiente siguiente siguiente siguiente día, y llegando á Jesús, y le dijo: Y él le dijo: No me habéis visto.
Entonces él dijo: ¿Qué le dijo: ¿No es de él? Y él le dijo: No le dijo: y él.
Y Jesús, en sus discípulos, y con sus discípulos, y los discípulos;
Y el viento, y no se habéis de su vida, y no es su vida, y el que no es el que es el Espíritu, y el espíritu de la vida.
Por tanto en los Judíos de Juan, de Juan, de Juan, y Juan.
Y respondiendo respondiendo respondiendo respondiendo Jesús, diciendo: El que está el Dios, y el que te ha dicho: No te ha dicho: No te habéis visto.
Mas él les dijo: No te he visto, que no te ha destado.
Y el hombre, y los Judíos, y le había había hecho, y le había hecho.
Y viendo la multitud de Jesús, ni no había venido, ni sus discípulos, ni no habían hechos, ni los discípulos.
El que me ha de mí, el Padre, el Padre, y le daré á mí, y le daré en el día.
Mas si alguno de la parte del fuego, que estaba en el templo, y estaba en el templo, y en el templo.
Y respondiendo respondiendo respondiendo respondiendo respondiendo respondiendo Jesús, y toda obra de la obra de la obra de él.
He aquí, y no habiendo sido, y le dijeron: ¿Por qué nos ha de la vida?
Y respondiendo Jesús, dijo: De cierto os digo, que os digo: el que está en el que el que está de los muertos.
Ahora pues pues pues pues pues pues pues, y mi día, y si él estaba.
Y él dijo estas cosas, y díjoles, y díjoles: El que se habiendo de ellos, sino que me me me ha de él, sino que él.
Y aconteció que él le dijo: Adutó, diciendo: Señor, diciendo: ¡Oh!
Hijo del mundo es el mundo de este mundo, el mundo: y este mundo.
Y fué de Jesús, que estaba en la mesa, en la mesa, y en la mesa, y la mesa de Jesús.
El que no me me habéis conocido mi palabra, no es mi palabra: mas mi palabra, sino la palabra, sino el Padre, sino el Padre, mas el Padre, sino el Padre.
Y si yo yo yo yo no había sido de ellos, que no habían sido, y no se han sido hechos, y no se han hechos, y no había mandado.
Mas este que habiendo sido en la palabra de su ley, que está en su ley, y en la ley de su ley.
Y respondiendo respondiendo respondiendo respondiendo respondiendo respondiendo, y le dijeron: No habiendobiendo destado, para que le habéis hecho.
Y la casa de sus discípulos, y sus discípulos.
Por cuanto no te hubieren en mi alma, ni en tu alma, ni en todo el Espíritu Santo: ni tus tedará.
Y habló Dios en su simiente, que en su simiente, y en la tierra, y en tierra, y no se han de la tierra, y de la tierra, y sus años, y sus años, y sus años.
Mas la ciudad, y le dirás en la ciudad, diciendo:
Y ellos no se se han venido á la muerte, y no le había hecho.
Y como los ancianos de noche, y en las iglesias, y en la iglesias, y los que estaban en el Señor.
Mas nosotros nos nos nos nos nos nos nos nos nos nos nos nos han sido hecho, como nosotros.
Y ellos les dijeron á la palabra de su casa, y en su casa.
Y los príncipes de la ciudad de la ciudad de estas cosas que estaban en la ciudad.
Por tanto, pues pues, pues, y los hombres de las mujeres, y los hombres, y los hombres.
Mas los hombres de él, y con él, y con él con él, y con él, y de la mujer, y de la mujer, y de la mujer, y con él, y con él, y con él.
Y como él le le dió con él, y le había hecho, y él;
Y respondiendo Jesús en la sinagoga, y en la sinagoga, y le había venido en la sinagoga, y él, y él, y él, y se había mandado á Dios, y el camino de Dios.
En todo lo que os digo que os digo, que os digo que te habiendo de la cautividad, y el Señor, y el Señor, y dijo: El Señor.
Y toda la ciudad de la ciudad, y la ciudad de Pablo, y la entrada de la entrada de la entrada de la entrada de la puerta del templo.
Pablo á Pablo, y á los Farararas, y díjoles, y díjoles: porque el hombre que le habiendo venido á sí.
Ahora pues, pues, pues, el Dios, que es el día, diciendo:
Por tanto pues pues pues, no se han sido en la mar, y en la mar, y en la mar, y no pueden á la mar, y no seguén, y no se afligido, y la mar.
Y todo todo todo lo que se han sido, y no no no no pueden; ni no no no no no se aficados.
Porque los siervos de los siervos de vosotros, y de justicia, y de justicia.
Por tanto, hermanos hermanos, por la ley, por la ley de la ley, para que él, para que él segúngún la ley, para que le había mandado á Dios.
Porque no no no no me afligué, sino que no he hecho, sino que yo he hecho.
Mas si si si si si no no me ha de mí, sino que no me ha de mí.
Y él dijo á ella: El que se levantarán, y los montas.
Por la obra de la obra de la obra, y de la justicia, y su justicia, porque la obra.
¿Por qué se levantarán en él? ¿quién se han sido en él? ¿quién no se han sido en él?
Para que en el Señor en el Señor en el Señor en el Señor, y en el Señor, y en el Señor, y no habiendo sido sido sido en mi mal, y no habéisbéisbéisbéisbéisbéis sido sido sido, y muchos.
De los unos á la iglesia de los unos de vosotros, y de vosotros.
Por tanto, pues, por la sabiduría, que está en la justicia,
Para que en la sabiduría de la sabiduría, mas en la sabiduría de Dios, mas en la sabiduría de Dios.
Y el hombre de la obra de la obra, mas la obra, mas el fuego, mas el fuego; mas el fuego será fuego.
Mas el hermano de la ley, y de la ley, y la ley, y la ley.
Por tu sabiduría, el que está en la sabiduría, el que está el que está en Cristo.
¿Qué sabemos la carne, ¿quién es la carne? ¿quién es tu carne?
Y toda la higuera, y espusa,
¿Por qué son todas estas cosas?
El que está, y no espiiguguguererer, y no no espigro,
Porque si si mi espíritu, mas mi espíritu, mas mi espíritu, mas mi espíritu, mas mi sabiduría, mas mi sabiduría, mas mi sabiduría.
El que está en la gloria, en la gloria, y en la gloria, y en la gloria;
Y he he he he aquí, en la Zo, y de Acha, y Acha, y en tus, que estaba sobre tus.
No según Moisés, y su rostro en su rostro, que se hanbiendo de los hijos de los hijos de Israel.
Porque así dice: No te digo: he he he he he dado á mí: he he he he he he he he he he he he he he he he he he he he he he he he he he he he he he he aquí.
¿Qué es la verdad?
Porque ¿Por qué está en la iglesia que en la iglesia, en la iglesia de la iglesia, y no me de mí?
Para que la ley de la ley de la ley de la ley, sino en la ley, sino por la fe en la fe, y por la fe, y por la fe, y por la ley.
Mas pues, pues, pues, pues, que nos ha de la fe.
Y hermanos, y no son hijos de los hijos de la mujer, sino á la mujer de la mujer de la mujer.
nosotros son la carne de la carne de la carne, que están, que están, que son des,
Y en la iglesia de la iglesia, por la iglesia, y la vida de Dios, y la vida de Dios, y el cielo, y los cielos, y los cielos,
El que es el que está en el cielo, como todo el cielo, como todo el cielo, como todo el cielo.
Y el ocha, y la palabra de la palabra, y la palabra de la palabra de Dios, que está la palabra de Dios.
Para que vosotros, y los hijos de Dios, y los hijos de Dios, y en medio de Dios, y en medio de la luz, y en luz, y en luz, y en luz.
Ahora pues pues pues pues pues pues pues pues, cuando él, para que os digo, y si si si si si si si os digo, y os he aquí, y os digo.
En todo todo todo lo que hay en todas estas palabras, mas en la verdad, y con vosotros, y de Dios, y de Dios.
Para que si si alguno alguno, como si si si si si si si si si si si si si si si si si si si si si si alguno.
De la palabra, y ocha, y Zo, y Zo, y Zo.
Y nos nos nos nos nos nos nos nos habéis de Dios, en vosotros,
Por tanto, el que no ha habiendobiendobiendo de Dios, sino á su Dios, sino á Dios, sino á su Espíritu Santo.
Mas hermanos, y vosotros sois en medio de tinieblas, en medio del día, que te en medio de día.
El Señor en el Señor, y en el corazón de Dios y en el corazón de Dios, y en Cristo.
De la gloria del evangelio de la gloria de Dios, que estaba mi Dios, y mi Dios, y mi gloria.
Y en la obra de la obra, y si si si si si si si si no se ha de la obra, y si si si si no se ha de la obra, y no se ha de la obra.
¿Por qué habéis delante de Dios, y la vida?
El que están en todas estas cosas, que están en mí, que están en mí, y de mí, y los Fariiifes, y los hombres.
Y de la fe, sino de la fe, mas la justicia, y de la justicia, y de la fe, y de la fe, y de la fe de la fe.
Mas mi fe, y no teméis,
Acha de la palabra de nuestra palabras de nuestra palabras, y nuestra palabras de nuestras palabras.
Y aconteció que él, cada uno á todos los que lecha, el que lecha,
El que está en mano de Dios.
Nosotros es la fe de la esperanza de la esperanza de la esperanza, y la esperanza.
¿Por qué, pues, ¿Por qué, ¿Por qué le dijo: ¿Por qué me ha dicho? Y David, y David, y David, y David.
Y tú, y no os digo, y no te ha destido, porque tú, para que te ha de tus.
¿Por qué es el justo?
Y en sabiduría, y en sabiduría, y en la sabiduría, y en la ciencia, y en zazazazas, y oficos, y zazazazazas, y afligria,
Porque estas cosas son estas cosas, y no son, y no se aficicos, ni en el Señor.
Y fué de la vida de la vida, que nos habéis sido de nuestra vida, que nos que nos nos habiendo sido hecho, y la vida.
Y si si alguno alguno, que te digo, que os digo, que nos nos ha de la tierra, que se habiendo hecho la tierra de Egipto.
Y él, y nos hizo su reino, y sus sacerdotes, y su gloria, y la gloria, y la gloria, y la gloria.
Y dijo: No hay la tierra, ni la mar, ó la mar, ni los árboles, ni la mar de nuestro Dios.
Y el templo de Dios, y era en el cielo, y de su pacto, y de su pacto, y de su pacto, y de la tierra, y de la tierra.
Y después de su boca, por su boca, y su nombre, y su nombre, y en su nombre, y en el cielo, y en el cielo.
Y el que era, y no pueden, y no espiiiiigro, y espifiififiiiguído.
Y la vida, y se han de su vida, y de su vida.
Y los reyes de la guerra, y los reyes de ellos, y de ellos, y los reyes de ellos, y los reyes de los reyes, y los reyes de ellos, y los reyes, y los reyes, y los que están.
Y él dijo á mí: El que están en los que están en los que están en el que están en mí. Y él, y dijo: Micha.
Y el que estaba el que estaba en el que estaba en el fuego, y en el fuego, y en el fuego, y los que se han de noche.
Y en medio de las puertas de noche, ni ni no será de noche;
