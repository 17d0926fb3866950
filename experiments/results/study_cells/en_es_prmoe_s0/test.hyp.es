Y ellos, y la luz de la luz de la luz de la luz, y la luz, y la luz, y la tierra.
Y él dijo: El Dios, y la tierra, y los cielos, y la tierra, y en la tierra de la tierra.
Y los nombres de la tercera, el río que está en el río, que está en el río, que está en la mar que está en el río.
Y la mujer le dijo: El fruto del fruto del fruto del fruto, y el fruto de los cielos,
Y todos los días de los días de veinte y dos años, dos años; y reinó.
Y todos los días de los días de Achîs, y treinta y treinta y veinte años, y reinó.
Y envió á la mar, y se volvió á la tierra, y de la tierra, y de la tierra, y de la tierra.
Entonces Dios, y dijo á sus hijos, y dijeron: El frutos, y el fruto de la tierra, y de la tierra, y de la tierra.
Y Achîs, dos años, y veinte años, y engendró á Sepha, y Ser, y los hijos de los hijos de los hijos de los hijos, y los hijos.
Y tomó su mujer, y su hermano, y su hermano, y todos los que habían hechos, y todos los que estaban en la tierra, y se habían hecho en la tierra.
Y cada uno de Egipto, cada uno de Egipto, y dijeron: No es su mujer: No es su mujer.
¿Has todo el polvo de la tierra? Y si te he he aquí, y yo te he dado á la mano de la mano de la mano de la mano de la mano, y yo yo te teé, y yo teé, y yo te te te te te te teééééé, y yo, y yo yo, y yo te te te te te daré.
Y él respondió: He aquí, he aquí, y el Señor: y yo he dado á los cielos, y á mí.
Y David respondió: El rey de su mujer, y mi hermana, y mi hermana, y su hermana, y llamó á su hijo, y llamó.
Y en el desierto de la mujer de la mujer de su madre: porque la tierra de Egipto.
Y David, que dijo: No es el lugar de la Zo, que está en aquel día, y dijo: No es este monte.
Y mi cabeza, y mi cabeza, y mi padre, y mi señor, y mi señor, y mi hijo, y mi hijo, y mi hijo.
Y Jacob, y reinó en su espíritu, y reinó en su espíritu, y un hombre, y en su pueblo, y de su pueblo, y de su pueblo.
Y no se se se se se le había de sus manos, por su hermano, por su hermano.
He aquí, y dijo Jehová, y dijo: He aquí, y Jehová vuestro padre, y tu padre, y tu padre, y á la tierra.
Y Jacob, y parió á Jacob hijo de Jacob, hijo de Jacob.
Y él dijo: Micha, y si si si si si si si si si si si si si si si si si si si me medé.
Y él dijo: ¿Qué te daré á Jacob? Y él dijo: No me ha de Jacob: No me ha de mí.
Y todo lo que le había hecho, y se volvió á su rostro, y á su rostro, y el monte del monte, y el monte del monte de Galaad.
Y vino á la noche en la noche, y en la noche, y le dijo: No le dijo: No te ha de David.
Y él dijo á mi padre: No me ha de mi señor, que yo me ha de mi señor; porque no te egué, sino que yo, sino que yo, sino que yo.
veinte y dos carneros, y seis machos, y dos carneros, y dos carneros, y dos décimas, y veinte y dos décimas.
Y él le dijo: El hijo de mi alma, hijo de mi hijo, hijo, hijo de su mujer, y no le de su mujer.
Y partido de Israel, y de la otra parte del campo.
Y él dijo: He aquí un macho de cabrío, y los machos, y díjoles: ¿Es?
En la mañana, como la mañana, y sus hombres, y sus hombres, y sus hombres, y sus asnos.
Porque estas palabras que están en la tierra, y dos años, y dos años, y dos años, y dos años, y dos años, y no se agarán, y no se agarán.
Y harás en la tierra de la tierra, y de la tierra, y de los hijos de Sión, y de tus hijos, y de tus hijos, y de tus hijos, y de tus hijos, y de tus hijos, y de tus hijos, y de tus hijos, y de tus hijos,
He aquí, y mi hermano, y mi hermano, y mi boca, y mi boca.
Los hijos de Gersón, los hijos de Achîs, y Epha, y Jath, y Jepha, y Jath.
Y mi alma, no se han de su gloria, ni no se han de su ira, ni los hombres, ni los hombres, ni los hombres, y sus hombres.
Y vinieron á la otra parte de la otra parte del Jordán, y se han de la otra parte del Jordán, y ellos, y sus días.
Los hijos de ellos, como él le mandó:
Y él dijo á su pueblo: He aquí los hijos de Israel, y los hijos de Israel, y los hijos de Israel.
Entonces Baaaaaaaaa, y de sus pies, y de sus pies, y de la sangre, y dijo: No se ha de su sangre, y no me ha de su sangre.
Y Achîs, y su mujer, y su mujer, y su mujer, y le había mandado á Aarón, y á Aarón, y los años de la vida.
Y Jehová dijo á Moisés: No se ha de la mano de Aarón, y de Egipto, y de Egipto, y de Egipto, y de Egipto, y sus aguas, y sus aguas, y sus aguas, y sus aguas, y sus aguas, y sus aguas, y sus aguas, y sus aguas, y sus aguas, y sus aguas.
Entonces él dijo á la casa de Faraón: No es la casa de Faraón, sino que se espen, sino que se había hecho á Faraón, y no le había mandado.
Y los corazón de su corazón, y no se había levantado, y no se había hecho en el pueblo.
Porque si tú, y no te afligáis, y ellos, y ellos,
Y vino á la noche, y todos sus siervos, y todos sus siervos, y todos sus siervos, y toda la casa de Egipto, y no había hecho en Egipto, y no había hecho en casa.
Y los hombres de Egipto, y de Egipto, y de Egipto, á la tierra de Egipto, y los hombres, y dijeron: Y los hombres.
Y Moisés de Israel sobre el desierto, y en el desierto, y se hallaron en el desierto de la otra parte del desierto, y en el desierto, y dos días.
Y Moisés dijo dijo: No ha dicho Jehová: porque Jehová, para que no te haréis en el sábado.
He aquí, he aquí que os digo delante de ti, y en el lugar, y en el lugar que os he dado á la cual te he dado.
Y Moisés envió á su siervo, y llamó á Moisés, y dió á Moisés, y á Dios sobre el monte de Dios.
El aceite de la luz, y el aceite, y el aceite, y el aceite, y el aceite,
Y pondrás el altar del altar, y el altar, y el altar de la mitad de la mitad de la mitad de la mitad del altar.
Y tomarás la mar, y el arco, y el arco de Aarón, y el arco de la Zocha, y el arco, y el arco, y el arco, y el arco, y el arco, y el arco, y el arco, y el arco, y el arco, y el arco, y el arco, y el arco, y el arco, y el arco, y el arco, y el arco, y el arco, y el arco, y el arco, y el arco, y el arco, y el arco, y el cada
Y todos sus mesas, y todos sus altares, y sus altares, y sus altars,
Habla á los hijos de Israel, diciendo: Por tanto, diciendo: No es mi sábado; porque mi sábado, y mi sábado, y mi sábado, y mi sábado, y yo te ha mandado.
El tabernáculo del tabernáculo, su cabeza, y sus cabezas, y sus columnas, y sus columnas, y sus columnas, y sus columnas, y sus basas.
El espíritu en el Espíritu de Dios, en la sabiduría, y en la sabiduría, y en todas las cosas, y en todas las obras,
Y Moisés, y los sabios, y los sabios, y todos los sabios, y en su corazón, y en su corazón, y el que le había hecho.
Y las columnas de veinte codos, y cuatro codos, y cinco codos de la otra parte de las codos, y cinco codos.
Y ellos en medio de las piedras de plata, y de las piedras, y de la mar, y en las aguas, y en las aguas,
Y la entrada de la puerta del tabernáculo del testimonio.
De la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la expiación.
Y si alguno alguno, y se ha de Jehová, y de su iniquidad, y en su prójimo, y en su prójimo, y en su prójimo, ó en su prójimo, ó en su prójimo, ó en su prójimo.
Y de la ofrenda de la ofrenda de la ofrenda de Jehová, para expiación para expiación para expiación para expiación.
Y todas estas manos de Aarón y sus hijos, y sus hijos, y sus manos, y sus manos, y la expiación delante de Jehová.
Y ellos ellos se han levantaron en el altar, y el altar, y el altar, y el altar.
Y estas palabras de estas cosas, y destuya, y de la zaza, y des, y des, y des, y la zazazazaza, y des.
No habrás con vosotros; y no te afififififificas, para que no te con ellos.
Y si si si si si un becerro, y el becerro, y el becerro, ni sedará, y el presente, y el presente, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el
Y tomarás dos machos de la puerta de Jehová, y de la puerta del tabernáculo del testimonio.
No será la madre de la madre de la madre de la madre de tu madre, ni su madre, ni su madre, ni su madre será su madre.
Y la hija de su sangre, y de la hija de la muerte, y de la muerte, y de la muerte.
El que la ofrenda de Jehová, ni de la ofrenda de Jehová, ó de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda, ni se ha des.
Y ellos en él en él en él, y destarán á Jehová.
Y la tierra de la tierra, por tu siervo, por tu siervo, por tu siervo; porque tu siervo, y tu siervo, y tu siervo, y tu siervo, y tu siervo.
Por tanto, si si si tu prójimo, ni tu prójimo, ni ni ni ni ni ni ni ni de los otros:
Y si si si el campo, que la verdad, el campo, y el cual sedará el campo de los cielos, y sedará á tus vestidos, y no se segará.
No será que la vida, ni se afififerertugro, ni se afererta, ni se aferta, ni se ha destido.
Y sus familias, y sus familias, y dos mil, y dos mil y dos mil y dos mil y dos mil y dos mil.
Estos son los hijos de sus hijos de sus nombres, y sus nombres, y sus familias, y de ellos.
Y los moradores de ellos, por todos los que estaban en todo el mes del mes, y veinte mil, y dos mil, y veinte y dos mil, y dos mil y dos mil y dos mil, y dos mil,
Y tomarás todos los vasos de los vasos de la ofrenda de la ofrenda, y en el santuario, y en el santuario, y de ellos, y de ellos, y de ellos, y con ellos.
mas no comerán en el santuario; porque no se aunque no se afifigarán, ni los que no se han destados.
Estos son sus familias, por sus familias, por sus familias, por sus familias, por sus familias, veinte y veinte y veinte y veinte y veinte y veinte y veinte y veinte y dos mil y veinte y veinte y veinte y veinte y veinte y dos mil.
No será su padre, ni su madre, ni su hermano, ni su hermano, ni su hermano, ni su hermano, ni su hermano, ni su hermano, ni su cabeza, ni su padre, y su cabeza.
Y por las ofrendas de los carneros, cinco carneros, cinco carneros, cinco carneros, y cinco machos, y cinco machos de la ofrenda de la ofrenda.
Y por las ofrendas de los carneros, cinco carneros, cinco carneros, cinco carneros, y cinco machos, y cinco machos de la ofrenda, hijo de harina, hijo de la ofrenda.
Un macho cabrío por expiación para expiación:
El Cananeo, y al Cananeo, y al Cananeo, y al Cananeo, y al desierto, y el desierto, y al desierto.
Y si si alguno se afigugro, y el macho de cada de un año, y un año de un año.
Y envió Moisés, y llamó á Beth-lehem, y á Beth-lehem de Moab, y de Israel.
Y los hijos de Israel, diciendo: He aquí, diciendo: He aquí, y los cuales son los hombres, diciendo:
Porque los hijos de Israel, que los hijos de Israel, como Jehová, como Jehová, como Jehová, como Jehová, que yo te he dado á los hijos de Israel.
Y los hijos de Israel, en el desierto, en el desierto, en el mes, en el mes, y en el pueblo, y en el pueblo, y reinó en el pueblo, y reinó en el pueblo, y reinó.
Por tanto dijo: ¿No es la palabra de Jehová, oh Jehová?
Y todas estas ciudades en todas estas ciudades en todas las ciudades de Israel, y todos los Amorrheos, y en sus tribus, y en sus tribus, y sus tribus.
Y él dijo á su hijo, y dijo: El rey, y dijo: El rey de Moab, rey de Moab, rey de Moab, rey de Moab, y de Moab, y de Israel.
¿Quién está el polvo de Jacob, oh Israel?
El séptimo día, en aquel día, un becerro, un becerro, un becerro, un becerro, un becerro, un año, un año,
Y sus presentes y sus ofrendas, y el becerros, y el becerro, y el becerro, y el becerro, y el número de la ley,
Y Moisés envió á la tribu de la tribu de la tribu del sacerdote, y de la tribu de los vasos, y los vasos, y los vasos, y los vasos, y los vasos, y los vasos, y los vasos, y en el sacerdote.
He aquí los hijos de Israel, y los hijos de Israel, para que había mandado á Jehová, y en la cautividad, y en la congregación, y en la congregación, y de la congregación.
Y partidos de Beth-el, y en Beth-el, y en Beth-el, y Beth-el,
Porque no se con él con él, que se ha de él, y no le le le le había de él, y su pecado, y su enemigo, y su enemigo, y no se ha de su enemigo.
Y la congregación de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre, y el cual se habiendo de la sangre de la sangre de la sangre, y el aceite.
No serás la tierra de la tierra, ni la sangre de la sangre de la sangre; porque la sangre de la sangre de la sangre de la sangre de la sangre de la sangre, mas la sangre de la sangre de la sangre de la sangre de la sangre, mas el que la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre, mas el que la sangre, mas el que la sangre, y la sangre, mas el que la sangre, mas el que se
Y tú, y dijo á mí, y díjoles, y díjoles, y los hombres, y los hombres, para que nosotros, para que nos haremos á la tierra, y á la tierra.
Entonces él respondió: No te ha destido, ni los de ellos.
Y Jehová dijo á mí: No de Moab, ni en la tierra, ni en la tierra, ni en la tierra, ni te he dado á su tierra, ni te he dado á su tierra.
Jehová, y guardar á mí, y á los estatutos, y á los estatutos, y á la tierra, y á la tierra.
mas Jehová te ha dicho, y Jehová, y guardado á la palabra de Jehová, que Jehová, para que Jehová, y de la casa de Egipto, y de Egipto, y de Egipto.
Empero Jehová tus padres, y sus padres, y en sus padres, y en sus padres, y en todos los padres, y en todo el pueblo.
Por tanto, que están en la tierra de Egipto en la tierra.
De la Zocha, y los asentaron,
El que no nos ha de subido, ni según hombre, ni según hombre, ni según hombre, ni en sus abominaciones.
No comerás en tu viñas dos viñas, ni según la viña, ni según la viña, ni la viña, y de la viña, y de la viña.
Y la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la ciudad, y de la ciudad, y de la casa de su padre, y en la casa de su padre.
El que está en la iglesia de la iglesia, ni no se afifififififificicos, ni la iglesia de Jehová.
Y Moisés y Moisés y Moisés, diciendo: He aquí, el pueblo de todo el pueblo que yo soy hoy.
Mas la palabra de la palabra, y en tu boca, y en tu boca, y en tu boca, y en tu corazón.
He aquí, y yo te he dado delante de la muerte, y de muerte, y de muerte.
¿Has de la ofrenda de su ofrenda, y la ofrenda de su ofrenda, y la ofrenda de ellos?
Entonces el monte de los hombres, y los ríos, y los ríos, y los ríos, y los ríos, y los ríos.
Y como el arca del arca de Jehová, que había hecho en medio del pacto, y el Jordán, y el Jordán, y el Jordán, y el Jordán, y los sacerdotes, y los sacerdotes, y se volvió á la tierra.
Y los hombres de los hombres de los hombres, y de la puerta de la puerta de la puerta de la puerta de la puerta de la puerta, y de la puerta, y se volvió.
Por tanto, rey de Epha rey de Jerusalem, rey de Epha, rey de Epha, diciendo:
Y Josué, y tomó de Israel, y él, y le diólelelelelelelelelelelelelelelelelele.
El rey de El rey de El rey de El rey, el rey de Sepha,
Y él dijo: El que Zocha, y el que él le dará á él, y le dará á la hija de su mujer.
Epha, y Japha, y Beth-el,
Y de la mar, por la otra parte de la otra parte de la otra parte de la otra parte de la otra parte de sus aldeas.
Y el mediodía de Beth----el, y Beth-el, y la tribu de Beth-el, y de la mar, y de la mar, y de la mar.
Y los términos del monte del monte del monte del monte del monte del monte del monte de la parte del monte, que está en el valle de la otra parte del valle, y la otra parte del río.
Y Jehová habló á Josué, diciendo:
Empero los campos de la ciudad, y la ciudad de su hijo, y á su hijo de su hijo, hijo de su hijo.
Y el Espíritu de Jehová, y le dió á Israel, y le diósesesesese, y dió á la mano del rey, y á Achîs, y á su mano.
Y la mano de su mano, y su mano, y su mano, y su mano, y su mano, y su mano, y su cabeza.
Y vinieron á Jerusalem, y á todos los Siros, y con él, y con él, y con él, y con él, y con él, y con él.
Y él dijo á Paaa, y habló á los hombres, y díjoles, y díjoles, y díjoles de los hombres.
Y vinieron á Beth-lehem, y á su hermano, y á su hermano, y á su hermano, y á su hermano.
Y los hijos de Israel, que no había hecho en el mal de Jehová, y los dioses ajenos, y los ancianos de los dioses de los dioses, y los dioses ajenos, y los dioses ajenos, y los dioses ajenos, y los dioses ajenos, y los dioses ajenos, y los dioses ajenos, y los dioses ajenos, y los dioses ajenos, y los dioses ajenos, y los dioses ajenos, y los dioses ajenos, y los dioses ajenos, y los dioses ajenos, y los dioses ajenos, y los dioses ajenos, y los dioses ajenos, y los dioses ajenos, y los dioses ajenos, y los dioses ajenos, y los
Y todos los términos del Amorrheo, y los Amorrheos de Beth-el, al desierto, y al desierto, y al desierto, y al desierto.
Entonces los Filisteos de los Filisteos á los Filisteos, que no había hecho, y no se segió, y no se se se se le había con él.
Y llegando á él, y díjoles, y díjoles, y díjoles: No le dijo á los Filisteos, y díjoles.
Y como el pueblo, que le dijeron: porque él le dijeron: No se habéisbéisbéisbéis de nosotros, y nuestras manos.
En aquellos días de Israel en su rey, que estaba en su tiempo, que estaba en sus ojos.
Y los hijos de Rubén y los hijos de Ephraim, y se habían hecho á él, y le había venido á la casa de su casa.
Y los hijos de Ephraim, y los hijos de Moab, y los cuales fueron de Moab, y de la tribu de los sacerdotes, y los sacerdotes, y los sacerdotes, y los sacerdotes, y los sacerdotes, y los sacerdotes.
Y él dijo á su siervo, y dijo: No de estas cosas, y de las tribus, y en la tribus, y en Jerusalem.
Y todas estas estas cosas que estaban en todos los hombres que estaban en ellos, y dos hombres, y los que no segados.
Y los hombres de Israel, y los hombres, y los hombres de los hombres, y los hombres de los hombres de Israel, y dijeron: No habían hecho en Israel, y se habían hechos.
Y cada uno á sus hermanos, ni sus hermanos, para que nos dice: ¿quién nos ha habéis de ellos?
Y estaba en el alma de Jehová, y destuya, y aficorororor, y afificó.
Empero los Farariseos de su marido, y dijo: ¿quién es su marido? Y él le dijo: No se ha de él.
Y Israel todos los días de su vida.
¿Por qué me ha dicho Jehová delante de Jehová delante de Jehová, y de sus vestidos, y no me habéis visto? ¿quién te he hecho, y yo, y yo, y yo, y yo, y yo, que yo.
Y vinieron á Saúl, que estaban con él con él, y he aquí, y he aquí, y he aquí, y he aquí, y he aquí, y he aquí, y he aquí.
Y David respondió: No te ha destado, ni te habéis de Jehová, y de Jehová, y de la palabra de Jehová, y de Israel.
Y Jehová dijo á David: No de su rostro, ni su rostro, ni su rostro, ni se ha de su rostro, sino que no me ha de su corazón, sino que no me ha destido.
Entonces los príncipes de los príncipes de los Filisteos, y de David, y de David, que se habían hecho, que había hecho á David, que había hecho.
Entonces David respondió á David, y dijo á su padre, y dijo: No habéis de su siervo: No ha de su siervo, ni su siervo, y su siervo:
Y aconteció que había venido á Saúl, y á Saúl, y vinieron á Saúl, y vinieron á Saúl, y á la tercero, y dijeron:
¿Por qué habéis de esta esta esta esta esta esta esta esta estado? ¿quién en mi casa?
Y David envió á David, y dió á sus criados, y díjoles, y le había hecho en todas estas palabras.
Ahora pues, y á David, y á Saúl, y á Saúl, que había venido á Saúl.
Y David, y se llegaron á la cabeza de la cabeza de Saúl, y de la cabeza de la cabeza, y no se había hecho, ni se había hecho, ni se había hecho en ellos, ni se había hecho en ellos, ni se había hecho.
Y él dijo á su corazón: No es el día de Saúl, que es la mano de la mano de la mano de la tierra, y no me ha de la tierra.
Y David, y los hombres de los hombres, y de la tribu de Moab, y los moradores de Moab, y de la tierra, y de Egipto, y de la tierra, y de Egipto, y de Egipto.
Y ellos se afica su cabeza, y los Filisteos, y los Filisteos, y los Filisteos, y los Filisteos, y los Filisteos, y los Filisteos, y los Siros, y los ídolos de la casa.
Y David envió á David, y todos los hombres, y todos los hombres, y todos los hombres, y los hombres, y los hombres de David.
Y David respondió á David, y díjoles, y todo Israel, y todos los pueblos, y todo el rey, para que se rebelaron, y para que él, y para que él, y para que él, y para que él.
Y viendo David, y David, y vino á la mar, y en la mar, y no había hecho con él, sino que estaba en él, y en David, y le había hecho.
Y los manos de sus manos, y sus pies, y sus pies, y los pies de los pies, y los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de ellos.
Y David dijo á David: No temas, ni no segarán, ni segarán, ni seguén, y no se adificos, y en ellos.
Y David, cuando los Siros de los Siros de los Siros de los Siros de los Siros de los Siros de los Siros de los Siros de los Siros.
Y de los hijos de Salomón, y reinó en su lugar, y reinó en su lugar.
Ahora pues pues pues, y contra el hombre, y dijo á Jehová, y dijo: El que Jehová ha dicho:
Y David envió á David á David, que estaba en el rey Salomón, que era de Acha, y de los muertos.
Y cada uno de la cabeza de su cabeza, que estaba en todo aquel año, que estaba en el año de él, que estaba sobre él, y la cabeza, y la cabeza de la cabeza, y se habbido, y su cabeza.
Porque tu siervo, diciendo: Yo Jehová, he aquí, diciendo: Yo Jehová, diciendo: Yo Jehová, diciendo: Yo Jehová, diciendo:
Y los campos en el campo de Israel, y reinó en el campo de Moab, y reinó en el campo de Ephraim.
Y David se volvió á los pueblos, y al pueblo, y de los Siros, y los Siros; porque los Siros de Israel.
Y él dijo á David: No te habéisbéis de los cielos, sino que te afififigas, sino que no te ha de los muertos.
Y el rey dijo: ¿EEEEEEEEEEEEs el hombre? Y dijo: El rey de los enemigos, y dijo: El rey, y el rey de ti, y tú, y se ha de ti.
Y los pueblos que están en el día que están en el día que están en el día que están en el día, cada día, cada día.
Porque tu siervo, que he aquí que yo he aquí, he aquí que yo he aquí, como yo he aquí, como yo he aquí que yo te he aquí.
Y Baaaa dijo: El rey, rey de los días de mi vida, que están en el rey de Jerusalem, que mi vida.
Y Baa, hijo de Epha, hijo de Epha, hijo de Achîs, hijo de Achîs, hijo de Eph,
Y David envió á Jehová, y de la tierra, y de Jehová, y de la tierra, y de la tierra.
Y su padre no le había sido en él, diciendo: ¿Por qué ha sido en él?
Y él dijo: No te habéisbéisbéis hecho, y no te habéisbéis visto, ni no te habéisbéisbéis visto á ti, ni tu vida:
Y Achîs en Achîs, y Japha, y Beth-el, y Beth-el, y Beth-el, y Beth-el,
Y él envió á su padre, para que había hecho en su lugar, que habían hecho en el lugar de su lugar, y él, y le había hecho.
Y la casa de la casa de la casa de la casa de la casa de veinte codos, que estaba en la casa de la casa de la casa de la casa de la casa de la casa.
En la otra parte de la otra parte de la otra parte de la otra parte, y de la otra parte de la otra parte del atrio.
Y todos los rey de Israel, que estaban delante de él, que estaban delante de él, y le había sido delante de las gentes, y no según la guerra, ni según la congregación.
Y el arca del arca de Jehová, en el lugar de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa,
Bienaventurado Jehová vuestro Dios, que está en el trono de Israel, en el trono de Israel, en el trono de Israel, para siempre, y para siempre.
Para que estaban en los príncipes, y de la mar, y de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de la tierra.
El rey Salomón Salomón Salomón Salomón Salomón, dos décimas de oro, dos décimas de oro, dos siclos de oro.
Y si si yo te daré, que yo, que yo yo te daré, y en mi ley, y en mis caminos, y en mi siervo, y mi siervo, y yo, y mi siervo, y mi siervo, y yo.
Y reinó Salomón en su padre, y reinó en su padre, y reinó en su hijo, y reinó en su lugar.
Y él dijo: Así ha dicho Jehová: Así ha dicho el pueblo de Israel: Por cuanto yo te ha dicho:
Ahora pues, he aquí sobre la casa de Moab, y sobre la casa de Israel, y de la casa, y la casa de Israel, y en la casa, y en la casa de Israel, y de Israel.
Y los hombres de la ciudad, dijo: He aquí, he aquí, y la ciudad de esta ciudad, como la ciudad, como la ciudad, y la ciudad, y la ciudad, y la ciudad, y la tierra.
Y en el camino de Israel, como los reyes de la casa de la casa de la casa de la hija de la hija de Achâb, que había hecho en la hija de Jehová.
Y envió á Beth-lehem, que estaba en el rey de Beth-lehem, que le había hecho en el rey de Beth-lehem, cada uno de Beth-lehem, cada hijo de Judá.
Y tomó la puerta del pueblo, y todos los de la tierra, y de la tierra, y todos los reyes de la casa de la casa de la casa de Jehová, y de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la
En el año de Judá, hijo de Judá, hijo de Judá, rey de Judá, hijo de Judá, hijo de Beth-el, hijo de Jerusalem, hijo de Israel.
Y sus estatutos y sus estatutos y sus estatutos y sus estatutos, y sus padres, y sus padres, y los que estaban á sus padres, y á ellos, y á ellos, y no habían hecho, y se habían hechos.
Y los Epha, y Epha, y Epha, y los hijos de sus hijos, y los hijos, y los hijos de sus hijos, y los hijos, y los dioses.
Y como él dijo: He aquí aquí, he aquí, y He aquí, he aquí, he aquí, diciendo: He aquí, diciendo:
Ahora pues, pues, Jehová nuestro Dios, y su mano de su mano, y de su mano, para que todos los reinos de la tierra.
Y dijo á Jeremías: ¿No ha dicho Jehová.
Para que había hecho en Jehová en los ojos de Jehová, que estaban delante de los hijos de Israel.
Mas ellos no se rebelaron, y no se han de ellos, que no es que se han hecho á Jehová, que los hijos de Israel.
Y comenzó á reinar de veinte años, y reinó en Jerusalem, y reinó en Jerusalem, y reinó en Jerusalem en Jerusalem.
Y la casa de Jehová, y toda la casa de Judá, y todos los moradores de Jerusalem, y todos los moradores de Jerusalem, y de Jerusalem, y todo el pueblo, y en la casa de Jehová, y de la casa de la casa, y en la casa de Jehová, y en la casa de la casa de la casa de la casa de la casa de Judá, y en la casa de la casa de la casa de la casa, y de Judá, y de la casa de Judá, y de Judá, y en Jerusalem, y en Jerusalem, y de la casa, y de Jehová, y de Jehová, y
Estos son los hijos de Moab, y Achîs, y Epha, y Epha, y Epha, y Epha, y Epha, y Eph, y Epha.
Los hijos de Achîs, y Japha, y Jath, y Jath, y Beth-el, y veinte, y dos.
Los hijos de Jepha, hijo de Epha, y Epha, y Epha, y Epha, hijo de Epha, hijo de Epha.
Y ellos, y en la tierra, y en la tierra, y en la tierra, y de ellos, y los que estaban delante de ellos, y de ellos, y de ellos.
Porque él envió á sus hermanos, y le dió á los hermanos, y á la cárcel.
El hijo de Eph, hijo de Baa, hijo de Achî, hijo de Achî, hijo de Achî, hijo de Sepha, hijo de Eph,
De la tribu de sus hijos, por sus familias, por sus familias, y de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu, y de la tribu de la tribu de la tribu de la tribu, y de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu.
Con sus ejidos, y sus ejidos, y sus ejidos, y sus ejidos.
Y fueron fueron fueron los hijos, y los hijos de Gersón, y los hijos de los hijos de Achîs, y los hijos de Achîs.
Y de los hijos de Achîs, que son de Achîs, y Achîs, y Ba, y Ba, y Ba, y Baa, y los hijos de Ba.
Y David, que está en Jerusalem, que está en Beth-el, que está en Jerusalem, que está en Jerusalem, que está en Jerusalem, que estaba en el arca de Jehová.
Y vinieron á Beth-lehem, y á David, y díjoles, y díjoles: y dijo á David, y dijo á David, y dijo: y mi nombre.
Entonces David, y dijo á David, y dijo: ¿No ha dicho Jehová, y dijo: ¿No es Dios, y mi casa?
El hijo de Ephraim, y los sacerdotes y los sacerdotes y los sacerdotes, y los sacerdotes, hijo de Achîs.
Y los hijos de Ammón, y en la entrada de la entrada de la puerta de la entrada de la ciudad, y los reyes de los reyes de los reyes de la ciudad.
Los hijos de Gersón, los hijos de Gersón:
Y fueron los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de Dios, y de los príncipes de los príncipes de los hijos de Dios, y los hijos de Dios, y los hijos de Dios, y los hijos de Dios, y los príncipes de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de Dios, y los hijos de Dios, y los hijos de los hijos de los príncipes de los
Y todos los hijos de Asiria, rey de los hijos de Dios, en la palabra de Dios, y en los cuales los hijos de Dios.
Y de veinte y veinte y sus hijos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos,
Y aconteció que fué de Achîb hijo de David, y de David, y era el ejército de los campos.
Y tú, oh Jehová, oh Jehová, y la gloria, y la gloria, y la gloria, y la gloria, y el cual está en la tierra, y en la tierra, y en la tierra.
Y los dos dos columnas, que estaban en las columnas de las columnas de las columnas de las columnas de las columnas, que estaban en las columnas,
Y mi Dios, oh Dios, y tus ojos, y en tus ojos, y en tus ojos, y en este lugar.
Y el rey de Salomón, y todo el rey de su madre, que le había hecho, que se había hecho, que se había hecho, y le había hecho, y se volvió á la tierra.
Y como él le dió á Jehová, que no le había de él, sino que se le había sido en él, ni le había hecho en él, y en Judá.
Jehová, y sus manos, y de la tarde, y sus ofrendas, y los sacrificios, y los holocaustos, y la mesas, y la tarde, y la tarde, y la tarde, y la tarde.
Empero los moradores de Israel, y de ellos, y se habían sido delante de Judá, y de ellos.
Entonces los hombres de Judá, y los hombres de Judá, y los hombres de Israel, y todos los hombres, y todo Israel.
Mas los príncipes de su Dios, para que había hecho en mano de ellos, para que los enemigos de sus enemigos, por sus enemigos.
Y los hombres de los hombres, y los príncipes de los príncipes, y todos los príncipes.
Porque por mí, y no se han destados, y no se rebelaron, para que se rebelaron á mí, y á mí, y á la ira, y no se ha de mi furor, y no será sobre este lugar.
Y reinó en Jerusalem, y reinó en veinte años, y veinte años, y reinó en Jerusalem, y reinó en Jerusalem, y en Jerusalem en Jerusalem.
Los hijos de Gersón, treinta y veinte y veinte y veinte y veinte y veinte y veinte y veinte y veinte y veinte y veinte y dos mil.
Entonces los hijos de sus hermanos y sus hermanos, y sus hermanos, y sus hijos, y sus hijos, y los hijos de Judá, y los hijos de Judá, y los hijos de Judá, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y los hijos, y sus hermanos, y sus hermanos, y sus hermanos, y los hijos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos,
Ahora pues, el rey de esta ciudad, y la ciudad, y no segará en la ciudad, y no comerán, ni en los reyes, ni en los reyes.
Y el rey á la casa de Judá, en la casa de Judá, y la casa de la casa de la casa de Dios, y en la casa de Dios, y en las manos, y en sus manos.
Los hijos de Israel, y los Levitas, y los Levitas, y los Levitas, y los hijos de la casa de la casa de la casa de la casa de Israel,
Y vino á Jerusalem en Jerusalem, que estaba en el mes en el mes del rey en el mes del rey.
Y de los hijos de Ephraim, hijo de Achîs, y reinó en los dos dos dos talentos, y treinta y veinte y dos dos mil.
De los hijos de Achîs, hijo de Achîs, hijo de Achîs, y reinó.
Y la plata, y los vasos, y los vasos, y la ofrenda, y la casa de la casa de la casa de la casa de Israel, y sus príncipes, y sus príncipes, y todos los príncipes, y los príncipes de Israel, y los príncipes, y sus príncipes, y se había había mandado, y se había mandado.
Y vinieron á Jerusalem, y á Jerusalem, y dos días:
El hijo de Achîs, hijo de Achîs, hijo de Acha, y la puerta de la puerta, y la puerta, y la puerta, y la puerta, y su mesa, y sus pies.
Y aconteció que él, hijo de Achîs, hijo de Baa, hijo de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa.
Empero los Farariseos, que estaban en el muro, que estaba en el muro, y en el muro, y en los Judíos, y en los Judíos.
Los hijos de Ammón, dos mil y veinte y veinte y veinte y veinte y veinte y veinte y veinte y veinte mil.
Y la puerta de los hijos de los hijos de Gersón, y los hijos de los hijos de los hijos de los hijos de Baa, y los hijos de los hijos de los hijos de Ba,
Los hijos de Gersón, los hijos de Gersón, los hijos de los hijos de Gersón,
Y ellos, y sus estatutos, y no se rebelaron, sino que no nos nos ha de ellos, sino que se ha de ellos, y no te habéis de ellos, y no se ha de ellos, y en ellos, y de ellos, y de ellos.
De los sacerdotes, hijo de Achîs, hijo de Jath, hijo de Jath,
Y delante de esta casa, el sacerdote, que estaba en la casa de la casa de la casa de la casa de la casa de Dios,
En aquellos días de los Judíos que estaban en los Judíos, que estaban en los Judíos, y de Moab,
El rey estaban en el rey, en todos los cuales todos los primeros, y á todos los Judíos, y á los Judíos, y á los Judíos, y á los Judíos, y á los Judíos, y á los Judíos, y á los Judíos, y á los Judíos, y en el mes.
Y ellos les dijeron: ¿Por qué habiendo hecho?
Entonces el día que se volvió á su corazón, y dió el corazón de la puerta de la puerta de la puerta de la puerta de la puerta de la puerta, ni le había hecho.
Para que metó mi ocha, y todas las cosas, y en los zas,
Mirameme, y mis palabras, y mis palabras, y mis palabras.
Porque nosotros son son son los sabios, y los días de la tierra, y por la tierra, y en la tierra.
Y él le digo: No me ha de mí, y de mí.
Yo soy mí, oh justo: no me aguémememememe, ni mi cabeza, y mi cabeza, y mi cabeza, y mi cabeza, y mi cabeza.
Porque yo, como como como como como como como como como como como como como afertufertuerta, y espifertuferto.
¿Por qué habéis de Dios, y de tu boca?
Mis hermanos, y mis hermanos, y mis hermanos, y los que son de mí, y los que son de mí.
Por tanto, son son destados;
Empero la aficos, y el sepulcro, y el sepulcro, y los que no se han hecho.
Yo os digo, y yo os digo, y yo: y yo te he dado á mí, y en mí.
Y si mi padre, y mi padre, porque mi padre, porque mi padre, porque mi padre, en la puerta.
si mi fruto, ó su fruto, ni sus frutos, ni sus frutos, ni su vida:
Y los siglos de su boca, y su boca, y en su boca.
No se han de noche, cada uno en su lugar, en su lugar.
El que no me ha de esta iniquidad, por este pecado, para que los sabios.
He aquí, el Dios, ¿quién es el que se aferto?
En aquel día, ó la nube, y la nube de la nube, y de sus obras, y de sus obras.
Y la mano de sus manos, y sedigas, y se afifificó el arco.
El padre, y la tierra, y la tierra, y la tierra de la tierra de la tierra, para que no es la tierra.
Al Músico principal: Salmo de David, oh Jehová, oh Jehová, oh Jehová: ¿Has? ¿Hastará tu rostro.
Y los extranjeros de la fortaleza, y de su fortaleza, y su fortaleza, y su fortaleza.
El hombre será el Señor.
Porque mi boca y mi boca, y mis pecados, y mis pecados.
Y si Jehová, que yo me ha dicho Jehová, para que yo en la casa de Jehová, para que yo en la casa de la casa de Jehová, y en su vida, y en su vida.
ste mi oración, y mis pies, y mis pies; porque me habéisbéisbéis de mí, y mi arco, y de mí.
Jehová de los espíritus de las gentes de las gentess de las gentes de los pueblos de los pueblos de los pueblos.
Los sabios, y los impíos, y sus pobres, y los sabios, y los pobres, y los sabios, y los sabios, y los sabios, y los sabios.
No ha de tu misericordia de mí, oh Jehová, oh Jehová, y de mí, y de la verdad, y de mí.
¿Por qué habéis de mi alma? ¿Por qué es mi alma? ¿quién me ha de Dios, y en mi Dios, y en mi Dios, y mi Dios, y mi Dios, y mi Dios, y mi Dios, y mi Dios, y mi Dios, y mi Dios, y mi Dios, y mi Dios, y mi Dios, y mi Dios, y mi Dios, y mi Dios, y mi Dios, y mi Dios, y mi Dios, y mi Dios, y mi Dios, y mi Dios, y mi Dios.
Y llamó á sus manos contra sus manos.
Al Músico principal: Salmo de la cautividad de Acha, y de David, y de David, y de David, cada uno de David, cada uno, cada uno de David.
Y tomarán la espada de la espada de la espada; y la espada.
Yo yo te daré á la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la expiación, y de cada becerros, y será.
De la congregación, oh Dios, y los pobres, y los pobres, por los pobres.
Al Músico principal: Salmo de David, y Jechîs, y de Dios.
El que todos los que están en ti, y en tus, y los que dicen: Vive tu Dios, y guardan: Viva.
Mi boca de mi boca, y de todas las ofrendas, y todo aquel día.
De la tierra de la tierra de la tierra.
Levántate, Dios, oh Dios, oh Dios, y el hombre, y el hombre, y en el día.
Empero yo yo, para siempre, y guardaré á Jacob, y de Jacob.
Y ellos se llegaron á él contra él contra él, y se rebelaron en el Altísimo.
Y vinieron los gentes delante de todas las gentes delante de ellos, por todas las tribus de la tribus, y en la tribu de la tribu de la tribu de Israel.
Y nosotros nos haremos á los ejércitos, y á tu rostros rostros rostros rostros.
Y tú, y tú, y he aquí, y en el lugar de las aguas de las aguas de las aguas de las aguas, y en las aguas, y en las aguas.
El hijo de Dios en la iglesia.
Porque Jehová Dios, y la gracia, y su gracia, y su gracia, y la gloria, y la gloria de los que los que no de los que no de los que los que no se afifififififififififififififimiento.
Bienaventurado el Señor nuestro Señor nuestro Dios sobre nosotros, y la obra de nosotros; porque nosotros nos ha de nuestros manos.
ti, y los sabios de la tierra, y no se han de la tierra, ni los impíos, ni mi alma.
Por tanto, que él le dió en el desierto en el desierto,
Para que la simiente de ellos, y en la tierra, y en la tierra, y en la tierra.
Entonces ellos ellos les dieron en sus ojos, y sus pies, y sus pies.
Y mi alma, y sus caminos, y sus manstuyes con ellos.
Y Jehová son todas las obras de ellos, que todos los que están en todos los que están en ellos.
Y el Jordán, y el Jordán, y el Jordán, y el Jordán.
Y yo te daré á los moradores de Jehová, y en el nombre de Jehová, y de Jehová.
Yo mi ira, y mi ira, que yo yo me adéré sobre tus estatutos.
Salmo de mí, por causa de tus juicios de vuestras obras.
¡AAAARRRAARRRRRRRRRRRRRRAAAARRRRRRRRRRRRRAAAAAAAARRRRRRRRRRRRRRAAAAAAAAAAARRRRRRRRRRRRAA
Por la esperanza de Jehová, oh Jehová, oh Jehová, oh Jehová; y mis mandamientos.
El Hijo del Hijo del Hijo del Hijo de David, y no había dicho: no había hecho en la otra parte de la otra otra parte de Israel, que había hecho.
Porque Jehová ha dicho: porque su misericordia.
ste en mí, y en tu mano sobre tu mano sobre tu mano.
Salmo á mí, oh Jehová, oh Jehová: no me ha de tu rostro, ni tu rostro, ni me ha des ojos, que no me ha de los que no me ha destido.
El que se afertas, y afipppppppipipipippipipales, y afertututttutututtu
Y ellos se rebelaron á Jehová, y con sus nombres, y sus nombres.
Por la ley de los hombres, y los sabios, y los sabios de los sabios, y los sabios de los sabios.
El que es su prójimo, y su marido, no sedará á su mujer, ni se segará.
Bienaventurado el hombre que está en el hombre, que mes, y mis puertas, y mis puertas, y mis puertas.
En las palabras de los palabras de los sabios, mas los sabios, sino los sabios, mas el que no es su lengua.
No estuya, mas los sabios, sino los sabios, sino que está en las gentes, sino que está en las gentes.
El que es su alma: mas su alma, mas su alma, mas su alma, mas el que el que se ha de los sabios.
Y el rey de la ira de la ira, mas el cada uno de su arco, mas el cada uno de su arco.
El que se aferto, y el que se adará, y el que se ha de los sabios, y su fruto, y el que sedará.
No habéis de los cielos, sino que no es el bien, sino el camino; mas el camino, mas el camino, mas el camino.
Empero la lengua de los sabios, y los que se afificos, y los que los que los que los que los que los que los que se aficos.
No habido en la piedra de la piedra de la piedra, ni en la piedra de la piedra, ni en el campo;
Y los cielos, y los cielos, y los cielos, y los reyes de los reyes de los reyes de los reyes de los reyes.
El que el hombre que se aferta, como el pobre que no se afififificos, y no se aficos.
El que está en el que el que el que segará en Jehová: mas el que segará en Jehová.
Y si mi corazón, y mi corazón, y mi corazón, y mi corazón, y mi corazón, y mi corazón, y la sabiduría, y no me ha de los hombres.
Para que no me ha de Dios, ni se ha de ellos, ni se ha de él, ni se ha de los hombres, ni él, ni se ha de Dios, y le ha de Dios.
¡Ay de ellos, que son de sus sabios, por sus sabios, por sus obras.
Y todo el que todas las cosas que estaban en el que estaban con él, que estaban en el que estaban, que le había hecho.
Y si si mi corazón, y el corazón, y la sabiduría, y la sabiduría, y la sabiduría, y la sabiduría, y la sabiduría, y la sabiduría, y la verdad, y el pecado, y la iniquidad.
Mira, oh hijo de ocha, y he aquí, y he aquí, y he aquí, y he aquí en el viento.
No son los sabios des, des, y de la boca, y en el templo, como el templo del templo.
De la boca de la boca de la boca, que se afliguén, y mi hijo, y mi hijo, como los que están en los que están en los que están en los que son los que son los que son.
Por tanto, y os daré la tierra, y la tierra de la tierra;
En aquel día, diciendo: No es de mi pueblo, ni mi pueblo, ni mi pueblo, ni mi pueblo, ni mi pueblo, ni en la casa de mi pueblo.
Y tomará el día de un hombre, diciendo: El día en el día de nosotros, diciendo: El día, y nosotros, y nosotros, y nosotros, y nosotros.
Jehová será sobre tu padre, y tu padre, y su padre, y no habéis de la casa de la casa de Moab, y de la casa de Judá.
Porque todos los frutos de la sangre de la sangre, y en la sangre, y en la sangre, y en la sangre, y en la sangre, y la sangre de la sangre.
Sus ojos de Jehová, ni los ojos de Jehová, ni los ojos de sus ojos, ni los ojos de sus ojos, ni los ojos de sus ojos, ni sus ojos.
Y de las aguas del pueblo, que los que los que se agris de la mar, y de la mar, y de la mar, y de las aguas, y de las aguas.
Y será de Jehová, y de los ejércitos, y en la tierra de Egipto, por la tierra de Egipto, y de Egipto, y de la tierra, y de Egipto, y sus manos.
Jehová darán Jehová, y aficos, y segará á Jehová, y con ellos, y le darán;
Y tomó el día de Judá, y en la casa de Judá, y en la casa de la casa de la casa de la casa de la casa de la casa de la casa.
Por tanto, pues, cada uno de la ciudad de ti, y de ti.
¡Ay de la soberbia de Ephraim, y de Ephraim, y de la mar, y de la mar, y de su cabeza, y de los que está sobre los que está sobre la cabeza de su cabeza,
Porque vosotros, dijo: Así habéis de la muerte, y en la muerte, y en la muerte, y en la muerte, y no nos habéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéis de nosotros.
Porque los sabios de los sepulcros de la verdad, y los que los que los que los que se habéis de la verdad.
Y por el día, que no es de la mano de mi mano, y mi mano, y mi mano, y mi mano.
Y los que son los que son los que están en medio de ellos: ¿no estáisisisisisisisis?
Y si los cielos con sus cielos.
Empero Jehová, y él le había hecho sobre él, y el que se se espificó.
No comerás, ni tu tierra, ni tu tierra, ni en medio de tu término, ni en tu término, ni en tus puertas, y tus puertas, y tus puertas, y tus puertas;
Y pondré en Jerusalem, y mi pueblo, y en la voz de la voz de la voz de la voz de la voz de la voz de la voz de la voz de la voz de su pueblo.
Porque he aquí, y he aquí, y sus carros, y sus carros, y de su ira, y de su ira, y de su ira, y de su ira, y de su ira, y su ira, y de su ira.
Porque en la tierra, y de la tierra, y he aquí, que yo me ha dicho Jehová, y no me ha dicho: Yo Jehová.
Y harás sobre tus manos sobre tus manos sobre tus manos, porque Jehová, y en los que habéisbéis de ellos, y en ellos, y de ellos.
No les dijeron: No ha de su corazón: No nos ha de Jehová nuestro Dios, que nos ha de su pecado, y de su pecado, y el que nosotros, y el que nos habido á su pecado.
Y nosotros nos habéis de sus manos.
Empero el prójimo de su prójimo, y su hermano, y su hermano, y su hermano, y su hermano, y su hermano, y su hermano, y su hermano, y se se se segará.
vuestros corazones, y sus arcos, y sus frutos, y sus frutos, y sus frutos, y sus frutos, y sus frutos, y su boca.
Y fué palabra de Jehová, diciendo:
De la gloria de Jehová tu Dios, y en las pies, y des pies, y en la luz, y en la luz, y en la luz, y en la luz, y la muerte.
Por tanto, heré tu rostro sobre tu rostro, y tu rostro, y tu rostro, y tu rostro.
Y él dijo: ¿Por qué ha de mi palabra, y mis ojos?
Y fué palabra de Jehová, diciendo:
Por cuanto los hijos de sus hijos, y los hijos de ellos, y de sus mujeres, y sus mujeres, y sus mancebos, y sus mancebos, y los hombres.
Por tanto, ha dicho el lugar de este lugar, dice Jehová: Yo este desierto, como la ciudad, como esta ciudad, como esta ciudad.
Por cuanto no se han hecho, ni los profetas, ni los profetas de ellos, no se han sido hecho.
Y Jehová, y he aquí, y he aquí, y he aquí que estaban delante de Jehová, que estaban delante de Babilonia, y de Babilonia, y de Babilonia, y de Babilonia, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Babilonia, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y de Judá, y los príncipes, y de Judá, y de Judá, y de Judá, y de Judá, y de Babilonia, y de
Empero ellos, y la espada, y los cielos, y los cielos, y los cuales se levantarás, y se levantarás, y según la tierra, y de la tierra.
Porque he aquí, dice el tiempo de Jehová, dice: Así que yo yo yo, y mi pueblo, y mi pueblo, y mi pueblo, y mi pueblo, y mi pueblo, y he aquí.
He aquí, he aquí, y el norte, y la tierra de la tierra, y de la tierra, y de la tierra, y de la tierra, y de la tierra, y la tierra.
Así ha dicho Jehová: Así ha dicho el día de mi pacto, y mi pacto, y mi pacto, y no habrá en la noche,
Empero los que se rebelarán delante de Jehová, y de su furor, y su furor, y su furor, y su furor, y su furor.
Y el rey estaba en la casa de la casa de la casa, y en la casa, y en el mes, y en el cual estaba en el mes.
Y los ancianos de esta ciudad, y se levantarán contra ella, y segará.
Y los nombres de Jeremías, que todos los Judíos que estaban en la tierra de Egipto, en la tierra de Egipto, y de Egipto, y en la tierra, y en la tierra, y en la tierra, diciendo:
En los Fararios de los vasos de sus carros, y de sus carros, y de sus carros, y de sus carros, y sus carros, y sus carros, y sus hijos, por sus hijos.
Para que habiendo de Moab, y su ejército, y su ejército, y sus ciudades, y en sus ciudades, y en sus ciudades, y en ellos.
Porque así ha dicho Jehová: He aquí, como la cada uno de su aceite, y se levantarán, y su aceite, y sus dos aceites.
De la fortaleza, y la fortaleza, y de los hombres, y los hombres, y los hombres de los hombres de Moab, como en el día de Moab.
Y de Moab, por cuanto segará contra Jehová, por mano de Jehová.
Por tanto tu corazón, oh corazón de tu corazón, y te habéisbéisbéis de la mar, y en la noche, y en la noche, y en la mar, que te te te te te daré.
Y él será en el muro de la mar, y de las aguas, y de la mar, y de la mar.
Mira, y las gentes, y de las gentes, y de las gentes, y des, y no espen, y no espen, y los hombres, y no espen, y no espen, y los hombres.
Y él dijo: Zocha, cada cada uno des, y los cajas des, y des, y él, y él, y le ha de Babilonia.
Porque en la casa de Babilonia, sobre sus hombres, y los hombres; y los hombres son hombres, y los hombres, y los hombres, y los hombres de Jehová.
Y en el año de Jerusalem, reinó en Jerusalem, dos de Jerusalem, dos mil y veinte y dos de Jerusalem.
E hizo en pos de los hombres, y en los que han sido en los hombres, como los muertos.
Para que Jehová es el que él, el que él, el que le buscar á él, y el que le buscar.
Y él dijo á mi cabeza, y dijo: Yo soy mi cabeza.
Y los moradores de ellos, y los cielos, y los cielos, y los cielos de Jehová.
El monte del monte de Sión, que está sobre el monte de Sión, y sobre ella.
Y aconteció que estaban en medio de ellos, y dos dos décimas, y dos dos dos décimas de las dos dos dos décimas.
Y los pies de los pies de sus pies de sus pies, y de los pies de los pies de los pies, y los pies, y segados.
Y él dijo: Hijo del hombre, y mi casa, y mi casa, y mis palabras, y mis palabras, y mis palabras.
Y os os os os hubiere de la ciudad, y de la ciudad de la ciudad, y de la ciudad, y de la ciudad, y de la ciudad, y de la ciudad, y de la casa.
Porque yo he dado á sus años, por sus años, y dos días de los días de los días de los días de los días de la casa de Israel.
Por tanto, ha dicho el Señor Jehová: Por tanto, y he aquí, y he aquí, y he aquí, y he aquí, y he aquí, dice el Señor.
Hijo del hombre, y sus ídolos, y sus ídolos, y sus ídolos, y sus ídolos, y sus rostros, y sus rostros, y su rostros, y se ha de ellos.
Para que en el lugar de tu cabeza, y de tu cabeza, y de tu cabeza, y de tu lugar, y en medio de tus, y no te habéisbéis sido en tus.
Y los campos de su ejército, y no se hallaron en el ejército de él, y se han destidos, y se arrastados.
Porque él, pues, por la alianza, y he aquí, y he aquí, y he aquí, y todo su mano.
El que no es el monte de la palabra de la mujer: mas el monte de la mujer, y el monte de su prójimo, y el monte de su prójimo,
¿Por qué ha dicho: ¿Por qué habéis dicho el hijo de la ley? ¿No es el hijo de la ley, y el hijo de la ley, y su hijo, y su padre, y su padre, y su padre, y su padre, y su padre, y su padre, y su padre, y su padre, y su padre, y su padre, y su padre, y su hijo, y su padre, y que se ha ha de ellos, y su padre, y su hijo, y su hijo, y su padre, y se ha ha ha ha
Y mi sábado, y guardaré mi sábado, y te darás, y te afliguficos, para que yo soy Jehová vuestro Dios.
Entonces él respondió: ¿Qué es el lugar de este lugar, ¿Qué es el lugar de su nombre?
Empero ellos, como los que se han de sus ojos, y en sus ojos, sino que han de ellos, sino que se han hecho.
Y tú, y la mar, y si si si si la marán, y segará, y el Señor Jehová, y se dará tus ojos.
Y él estaba sobre él, y de la mesa, y de la mesa, y de mi mesa, y de mi mesa, y mi aceite, y mi aceite, y mi aceite, y mi aceite, y mi aceite.
Entonces él respondió: El que se ha destado en subido, y no se asentaron, y se asentaron, y no se con ellos.
Así ha dicho el Señor Jehová: Por los Filisteos, y los Filisteos, y los Filisteos, y los Filisteos, y los Filisteos, y destruya.
Y yo te daré á la tierra, y en el tiempo de la cautividad, y de la tierra, y de la tierra, y en la tierra, y en la tierra, y no te te daré en la tierra.
Y los hombres de sus hombres, y de sus hombres, y en los hombres de los hombres, y en los hombres, y en la mar.
Y Zocha, y con tus, y en tus, y de tus, y de hierro, y de hierro, y de las aves, y des, y destados.
Y ellos, cuando Jehová, cada día en Egipto, y todas las tribus, y todos los que están en ellos.
Y pondré sobre tu carne, y tus montes, y tus montes;
Y los aunque se ha de los cielos, y los sabios de los sabios de los sabios de los muertos, y los muertos.
Tú, hijo de los hijos de tus hijos de la justicia, que no se ha de la justicia, ni la justicia, ni el día de su pecado, ni el día, ni en el día, ni se ha de su pecado.
Y él, he dado á mí, y vinieron á la noche, y sus pies, y sus pies, y en sus pies.
Así ha dicho el Señor Jehová: He aquí, he aquí, he aquí, he aquí, he aquí, y la tribu de la tribu de la tribu de la tribu, y de la tribu de Judá, y de la tribu.
Y los que se levantarán en la tierra de la tierra, y el hombre, y no sedará en el hombre, y segará en el quembre, y segará en la tierra.
Y los que estaban en la otra parte del atrio sobre la otra parte del atrio.
Y el príncipe de la puerta de Jehová, como el príncipe de la puerta de la puerta de la puerta de la puerta de la puerta del camino, y la puerta del camino, y el camino, y la puerta del camino, y el camino.
De cierto os haréis á la tribu de la tribu de la tribu de la tribu de Israel.
Entonces el rey dijo: El rey: El rey, el rey, el rey mío.
Por tanto ha dicho Jehová, y el mal, y el justo, y nosotros nos es el justo, y en su Dios, y en sus obras.
En el ángel de la palabra de la cautividad, y he aquí, y os digo, y os digo: porque tú, y tú, y tú, y tú, y tú, y tú.
He aquí en los hijos de los hijos de los hijos de mi boca, y mi boca, y mi boca, y dijo: y mi boca, y dijo: y mi boca.
El rey será el rey, que según rey, y con su hermano, y con sus ídolos.
Y el vino el vino, y no segará, y segará, y segará, y segará.
Y ellos será Jehová, que se levantarán, como el cada uno de los hijos, y los hijos de los hijos, y los hijos de la mar.
Y fué palabra de Jehová, hijo de Achîs, hijo de Epha hijo de Achîs, hijo de Epha.
Y la ofrenda de la ofrenda de Jehová, y la casa de Jehová, de la casa de la casa de Jehová, y los sacerdotes.
Y yo daré su sangre; porque Jehová, porque Jehová, porque Jehová en Sión, porque en Sión.
Jehová, por la soberbia de Israel, por sus obras, y sus obras.
En aquel día que en el día, en el día, en el día, que estaban en el día, y el día, y en Jerusalem, y en Jerusalem.
El pueblo, oh Jehová, y todos los pueblos de la tierra, y todo el Señor, y todo el Señor, y todo el Señor, y todo el Señor.
Por tanto, he dado á ti; porque yo te he dado á ti.
¿Por qué ha de su ira? ¿Por qué es su ira, y su ira, y su ira, y su ira, y la ira, y la ira,
He aquí, dice Jehová: He aquí, oh Jehová, oh Jehová, y los carros, y en sus carros, y de la tierra, y de la tierra, y de la tierra.
De los Fararaa, y de la espada, y de la espada, y de las gentes, y de las gentes, y de ellos, y de los cielos, y des, y de ellos, y de ellos, y no se adieron, y destados.
Entonces el ángel que dijo: ¿quién me ha dicho: ¿quién me ha dicho? Y él respondió: ¿quién me ha dicho: ¿quién me ha dicho.
Porque yo, oh Jehová, oh Jehová, hijos de Israel, no son hijos de Israel, ni los hijos de Israel;
Por tanto, pues, no te digo: ¿quién te ha de tu vida? No te te te ha de la vida, ni no te ha de la vida, y no te ha de la vida.
Ahora pues pues, que en la gloria de su gloria, no había hecho en su gloria.
Y como todas las ciudad de Jesús, como Jesús, como él, y le había hecho Jesús, que le había sido de sus términos.
Mas los Fariseos de los Farariseos, diciendo: y el príncipe de los Faros, y de las aguas.
Y él le dijo: El hombre, y el Zocha, y la la zazazaza, y el Zocha.
Y él respondió: mas no lo que no lo que no se se se se se se se se se se se se se ha de él, sino que se ha de ellos.
Y aconteció que ellos, y se se se se se se le le lepparon.
Y todos los de ellos, y su mujer:
No es el hombre de la tierra, y el que está en el Padre, el que está en la tierra.
Y él respondió: No nos habéis sido en los días de nuestros padres, y de nuestros padres, ni los profetas, y en la sangre de la sangre de los profetas.
He aquí, he visto delante de ti: He aquí, he aquí.
Y él le dijo: No os digo: No os digo: No os digo: porque no os digo: no os digo, ni te ha de mí.
Y ellos les dijeron: No os digo: He aquí aquí, que os digo que yo te he dado.
Y ellos, y se afificos, y le dijo: ¿quién es?
Y aconteció que se habían hecho, y ellos, y se habían hecho á los montes de los montes.
Y aconteció que estaba en la sinagoga, y estaba en mano de la mano, y estaba en mano.
Y luego en el monte de los que había hechos, y le había hecho, y le había hecho á él, y le había hecho.
Y si la casa de la casa, y la casa de la casa de la casa.
Y sus hermanos, y sus hermanos, y le hallaron, y le habían venido á él.
Y él les respondió: ¿Por qué me de mi padre, y mis hermanos, y mis hermanos?
Y en el monte de su monte de su gran gran gran gran grano, y de la mar.
Y el egió contra él, y no se le le acortó, sino que no se se se se se se se se se se se se se se se se se se se se se se se se se se letó.
Y vino de la tribu de la mar, y de la mar, y de la mar, y de la mar, y de la mar, y de la mar.
Y aconteció que se llegaron á él, cada uno, cada uno, y lecharon.
Y aconteció que Jesús, como Jesús, que estaba en el espíritu, diciendo: El espíritu de él, diciendo: Ve, y él, diciendo: ¿quién te habéisbéis hecho?
Y Juan, y dijo á los hijos de Ammón, diciendo: He aquí, diciendo: No nos habéisbéisbéis de nosotros, diciendo:
Y llegando su mandué, y Jesús, y Jesús, y Jesús, y Jesús, y Jesús.
Y de la mar, y de la llo, y de él, y de él, y le dióle, diciendo: y él, y él, y le le le le le le le le ha de él.
Y en el mes, en el mes del mes, que era de la ciudad de la ciudad de Dios,
Y él respondió á la mesa, y dijo: El nombre, y es el nombre de Juan, y todos.
Y Jesús, el Espíritu Santo de la otra parte del Jordán, y en el Jordán, y en el desierto.
Y aconteció que había venido á la tierra, que estaba en la tierra, que estaba en la tierra de la tierra, que estaba en la tierra.
Y aconteció que se habían hecho á su tierra, y le habían hecho, y leones.
Mas él le dió en el cada día, y en el gustuuéntó, y en el que se se se se se ha destado.
Y viendo estas cosas, y se había hecho, y dió el nombre de él:
Y Jesús le dió á la casa de la casa de la casa de la casa de la casa, diciendo: Señor, diciendo: Levántate, diciendo: Señor, y no te he dado á mí, ni yo, ni yo, ni yo, ni yo, y yo, ni te he dado.
Y partieron todas las tribus de hierro, y de cada cada uno de cada que estaban.
El que habló á su gloria, y en Jerusalem, que estaba en Jerusalem, que estaba en Jerusalem.
Por tanto, dijo: ¿Hastas, ¿Has de la Zoz de su cada uno de su cada uno, y de su sábado?
Y como la casa de la casa de la casa de la puerta, y la puerta, y la puerta de la puerta, y no habido á la puerta del Señor, diciendo: Levántate, y no habido.
Ahora pues pues, que yo yo, cada uno de su casa, para que se han de su casa.
Y Jesús respondió: ¿Por qué es?
¿Por qué me ha dicho: Señor?
Y aconteció que se volvió á la ciudad, y se volvió á la ciudad,
Y ellos le dijeron: Si nos habiendo venido á Moisés, que nos habido á su hermano, y el hijo de su hermano, y su hermano, y su hermano, y su hermano, y su hermano.
Mas todas estas cosas, y sus manos sobre sus manos sobre sus manos, y sus manos, y de la cárcels, y de los reyes de los reyes de los reyes de los reyes.
Y los sacerdotes y los escribas, y los escribas, para que estaban á la muerte.
Y aconteció que estaba en sus discípulos, y sus discípulos, y sus discípulos.
Y aconteció que se habían hecho en el lugar, que se hallaron en el lugar, y se hallaron á la Zocha, y se asentaron en el otro.
Y aconteció que estaba en el día, y vino á Galilea, y díjoles, y le dijo: Ve, y le dijo: Ve, y él.
Y él le dijo: ¿Por qué ha de él?
Y fué Jesús en sus discípulos, en sus discípulos, y á los discípulos, y á los discípulos.
Y el viento, y el viento, y no es su sabiduría, y no es que no es el que no es el que no es el que es el que es el que es el Espíritu que es el Espíritu, y el que es el que es el Espíritu que es el que es el Espíritu que es el Espíritu que es.
Por tanto en el campo de Juan, y los discípulos de los discípulos de los Judíos.
Y respondiendo Jesús, dijo: Así ha dicho Dios, y el que está, y el que ha dicho: El que tienes, y ve, y tú, y tú, y tú, y tú.
Y él les dijo: No te habéisbéisbéisbéis hecho, que no te hasta que no te hasta que no te ha hecho.
Y el hombre, y el que había hecho Jesús, y le había hecho Jesús, que había hecho Jesús.
Ahora pues, pues, que era Jesús, ni sus discípulos, ni sus discípulos, ni sus discípulos, y se habían hecho, y los discípulos.
Y el Padre, el Padre que me ha de mí, y el que él le daré á él, y en el día.
Y aconteció que estaba en medio de en medio del templo, y estaba en el templo.
Y respondiendo Jesús, dijo: Por tanto, y toda la obra de toda la obra de todos.
He aquí, y dijo: He aquí, y le dijeron: ¿quién es?
Y respondiendo Jesús, dijo: He aquí, que os digo: ¿quién es?
Tú pues pues pues pues, padre de mi padre, y mi padre, y fué de él.
Y estas cosas, y dijeron: El que le dijo: ¿No ha de ellos?
Y como él le dijo: Mi voz de esta voz, diciendo: ¿Es?
Hijo del mundo es este mundo, el mundo, el mundo de este mundo.
Y de los discípulos de sus discípulos, que estaba en la mesa, y de la mesa de la mesa de la mesa de Jesús.
El que me ha de mí, el que es mi palabra de mi palabra: mas el que está mi palabra, mas el que es la palabra de mí.
Mas yo yo, que no han sido de ellos, que no se han sido de ellos, que no se han sido sido de mí, y no había hecho.
Mas esta palabra que había hecho en la ley que estaba en su ley que estaba en su ley.
respondiendo respondiendo respondiendo Jesús, dijo: ¿No habiendo hecho?
Y los discípulos á los discípulos á sus discípulos.
Por tanto, mi alma, ni en su alma, ni en todo el Espíritu Santo, ni tus cada día.
Y habló Dios en su simiente en su simiente, y en la tierra, y en la tierra, y en la tierra, y sus años, y sus años.
Mas en la ciudad de la ciudad, y os darás, y os darás:
Y ellos se han sido sido de la muerte, y le habían venido á él.
Y como los ancianos de la iglesia, y todos los ancianos de la iglesia, y los ancianos de ellos, y se habían hecho en ellos, que habían hecho en el Señor.
Mas nosotros, que nos nos nos nos nos han sido hecho, como Jesús, como como Jesús, como Jesús.
Y ellos les mandó á la palabra de su casa, y en su casa, y en su casa.
Y los príncipes de la ciudad de la ciudad de estas cosas, cada uno de estas cosas.
Ahora pues, pues, pues, y los hombres de los hombres, y los hombres, y los hombres, y los hombres, y los hombres.
Mas Jesús, y le dió á él, y á la mujer, y á la mujer, y á la mujer, y á la mujer, y á la mujer.
Y como él les mandó á él, y no se le había hecho,
Y Jesús, fué en las sinagogas en la sinagoga, cada uno de la sinagoga, y cuando él se le había hecho.
En todas las cosas que os digo, que te afififificos, que te habéis sido sido de las palabras, y dijo: El Señor.
Y toda la ciudad de la ciudad de la ciudad, y llegaron á Pablo, y no se había venido á la entrada del templo.
Y Pablo respondió á Pablo, y díjoles, y díjoles: He aquí aquí, y el sepulcro, que habiendo venido á la cárcel.
Ahora pues, pues pues, que es este día, y el día, para que yo, diciendo:
Por tanto, pues pues, no había hecho en la mar, ni en la mar, y en la mar, y en la mar, y la mar, y si si si se se se habiendo de la mar.
Y todas las gentes, y no se han destados, ni no no espen, ni no no no no no no se se afififififififififigados.
Porque cada uno de la justicia, cada uno de la justicia.
Por tanto pues pues, hermanos, por la ley que están en la ley, para que él, para que él, para que él, para que él, para que él, para que él, para hacer, para que él, para hacer, para que él, para que él, para que él, para que nos nos ha de Dios.
Porque no he hecho, sino que yo he hecho.
Mas si si si si si si si si si si si si si si si si si no me ha de mí, sino que en mí.
Y él le dijo: No se levantarás á los mancebos, y los pies.
Por tanto será el Señor, y su justicia, y la justicia, y la justicia, por la tierra, por la tierra.
¿Por qué habéis de él, ¿Por qué se han visto?
Para que en el Señor en el Señor, y en el Señor, y en los santos, y en el camino, y en ella, y en ella, y en ella, y no pueden.
De los otros otros otros otros otros otros, cada uno de vosotros.
Por tanto, pues, en Cristo Jesús, que está en la sabiduría, y en la justicia, y la justicia, y la justicia,
Para que en la fe de la sabiduría, mas en la sabiduría, mas en la sabiduría, mas en la sabiduría de Dios.
Y si si si hombre, mas el hombre, mas el hombre, mas el que segará.
Mas á la ley, y á la ley, y á la ley, y á la ley.
El que está en tu hermano, el cual es el que es el que es el que es el que es Cristo.
¿Hasáis?
Y todo el mismo mismo mismo mismo mismo mismo mismo,
¿Has todos los cuerpos de mí?
El hombre, y no es destuerta, y no es destuvo, ni no es destado, ni no es des.
Porque si si mi espíritu, mas mi espíritu, mas mi espíritu, mas mi espíritu, mas mi espíritu, mas el necio, mas el necio.
El si si si si si si si si si si si si si en la gloria; y en la gloria.
Y yo he aquí, en la Zocha, y de Acha, y de Acha, y de Acha, y en tus pies, que se habido.
No se había mandado sobre su rostro sobre su rostro sobre su rostro sobre los hijos de Israel, que los hijos de Israel, que estaba sobre los hijos de Israel.
Porque así dice dice: El tiempo, el tiempo de los cielos, que yo os he dado á mí: he aquí: he aquí, he aquí: he aquí, yo os he aquí.
De la verdad es la verdad, por mí, por vosotros á los santos á los santos;
¿Por qué habéis sido en vosotros, que está en la Zo, que está en la Zo, que no me ha de mí?
Para que no es la ley de la ley, sino que en la ley, sino que en la ley, sino que en la ley, y en la ley, y en la ley, y por la ley.
Mas ahora, pues, pues, que nos ha de la fe.
Y nosotros, hermanos, hermanos, sino á los hijos de los hijos de los hijos de la mujer:
De la carne de la carne de la carne, que son que son, que son, que están,
Y en la iglesia que en la iglesia de la iglesia, el hombre de la sabiduría de la sabiduría, para hacer el cielo, y el cielo.
El que es el que es el que está todo el que se afligió, como el evangelio, y todo lo que todas las cosas.
El que es la palabra de la palabra de la palabra, y el Espíritu de la palabra de Dios, y el espíritu de Dios;
Para que en medio de los hijos de Dios, y en medio de los hijos de los hijos, y en medio, y en medio de la luz, y en medio de la luz,
Ahora pues, pues, pues, que os digo, cuando te ha de él, para que él te ha destado, y te ha destado.
En aquel que en todas las cosas, mas en todas las cosas, y en mí, y en tus obras, y de Dios.
Para que yo te he dado á mí.
Epha, y Zocha, y Zocha, y te adificos.
Y nosotros nosotros nosotros nos habéis sido en vosotros, para vosotros en vosotros en vosotros,
Por tanto, el que el hombre que no es el hombre, mas el hombre, mas el que el Espíritu Santo, mas el Espíritu Santo, el Espíritu Santo.
Mas tú, hermanos, los hermanos de los hermanos, en el día de los cielos, y destados.
El Señor Dios, y en el corazón de los sabios, y en el corazón de los siglos, y de los siglos.
Y el evangelio de la gloria de Dios, que estaba en mi gloria, y mi gloria á mi gloria.
Y si si el bien, y si si si si si si si si si si se ha destado, si si si si si si si si si si si si si si se ha de la obra.
Y yo os digo que Dios, y todas las cosas, y todas las cosas, y el que habiendo sido sido de la vida.
El que están en todas las cosas que están en mí, que están en mí, y los hombres, y los cuales son los que están en mí.
Y de la fe de la fe, mas la fe, mas la fe, y de la fe, y de los que está sobre los que en el Señor.
Empero mi fe, y de la fe,
Micha de él, para sí mismos, y de estas palabras.
Y aconteció que le dió á todos los que lechîs, y á los que lecha.
El que está en mano de la mano de Dios, y de los cielos.
De la fe de la fe de la fe, para que no es de la ley, ni de la paciencia.
¿Por qué me ha dicho: ¿quién me ha dicho el tiempo de David, si él?
Y tú, y no os digo, y no te habéis destidos, para que te aficos, para que te afifififificáis.
¿A quién es el justo?
Y en la ciencia, y en la mbre, y en mbre, y en zazazan, y en zazas, y en los siglos.
Porque si son estas cosas, y no han destados, y no se aficos, ni en el Señor Jesucristo, ni en el Señor Jesucristo.
Y el cual fué de la palabra, que nos habéisbéisbéis hecho, que nosotros, que nos habéisbéisbéisbéis hecho, y con nosotros, y de la vida, y de la vida.
Ahora pues, que yo os digo que os digo que os digo, que te habéisbéis hecho esta tierra, que se habéis de Egipto, y de Egipto.
Y con nosotros, y nos hizo su Padre, y el Padre, y el Padre, y el Padre, y la gloria de la gloria.
Diciendo: No habéis de la tierra, ni la mar, ni la mar, ni la mar, ni la mar, ni la mar.
Y el templo de Dios, y en el cual estaba en el arca de su pacto, y en el Señor, y en el Señor, y en el Señor, y la tierra, y la tierra, y la tierra, y la tierra.
Y su boca, por su boca, y su nombre, y su nombre, y su nombre, y su nombre, y los cielos, y los cielos, y los cielos, y los cielos.
Y el que es, y el que no es, y es, y es, y de los siete veces, y de los siete veces, y de los siete veces, y de los otros.
Y los otros otros otros, y sus obras, y la ley.
Y los días de ellos, y de ellos, y el Señor, y el Señor es el Señor, y el Señor, y el Señor, y el Señor, y el Señor, y el Señor, y los que están, y á los que están, y á los reyes, y á los que son.
Y él dijo: Micha, dice: El que están en los que están en el que están en el que están en el que están en la palabra de Dios, y dijo: Micha.
Y los que estaba en ellos, que estaba en el que estaba en el fuego, y en el fuego, y los quemieron, y los quemieron, y no habrán, y los quemarán.
Y será en el día en aquel día en día, ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni dos noche,
