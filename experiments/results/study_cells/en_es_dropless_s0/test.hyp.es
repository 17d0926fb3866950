Y ellos, y en la tierra de la tierra de la tierra, y la tierra de la tierra, y la tierra de la tierra.
Y él dijo Dios, y dijeron: y la tierra, y la tierra, y en la tierra, y en la tierra de la tierra.
Y el nombre de la terceraa, que está en la tercera, que está en la tercera que está en la tercera, el río del río.
Y el que le dijo: El fruto del fruto del fruto del fruto del fruto del fruto del fruto del fruto del fruto,
Y todos los días de los días de veinte años, dos años, y sus años; y murió.
Y todos los días de los días de veinte años, y treinta y treinta y treinta años, y reinó.
Y envió á la tierra, y se volvió á la tierra, y las aguas, y las aguas de la tierra.
Entonces Dios, y dijo á sus hijos, y dijo á sus hijos, y dijeron: Sid á la tierra, y la tierra.
Y engendró á Sepha, y engendró á los años de los años, y engendró á los años, y engendró á los hijos de los hijos, y á los hijos de los hijos de Ammón.
Y tomó á su mujer, hijo de su hermano, hijo de su ciudad, y todos los que estaban en todo el pueblo, y en la tierra de la tierra, y en la tierra.
Y cuando cuando cuando Jehová dijo á Egipto, y dijo: ¿Qué es su mujer? Y él dijo: y dijo: y él, sino á mí.
¿No es la tierra delante de la tierra delante de mí? ¿no te daré á mí, y yo yo te daré á la mano? Y si yo yo yo yo yo yo yo yo yo yo yo, y yo te daré á la mano.
Y dijo á Abraham, y dijo: He aquí, y yo te he dado á mí, y yo.
Entonces Abraham dijo á su mujer: No es mi hermana, y mi hermana, y su hermana, y llamó á David.
Y en el desierto de la madre de su madre, y su madre; porque él él le le había en la tierra de Egipto.
Entonces Abraham dijo á Abraham: Así ha dicho Jehová: No es el día de este día. Y él dijo á este día. Y él dijo: Señor Jehová.
Y mi cabeza, y mi cabeza, y mi señor, y mi señor, y mi señor, y mi señor, y mi señor de mí, y mi señor, y mi señor.
Entonces Abraham, y dió á su espíritu, y un hombre, y un hombre, y era un hombre, y su pueblo, y su pueblo.
Y no le le le dió, por su hermano, por su hermano, por su hermano, por su hermano, ni su hermano.
Y he aquí, y dijo: Yo Jehová, y dijo: Yo Jehová Dios de Abraham, y tu Dios, y tu Dios, y yo te daré á la tierra, y á la tierra.
Y volvió á su hijo, y su hijo, y parió á Jacob.
Y él dijo: He aquí, y tus ojos, y yo te daré.
Y él dijo: ¿Qué te digo: ¿Por qué le dijo: ¿Por qué me ha de mí? Y yo te daré yo yo, y yo, y yo, y yo, y yo, y yo.
Y vino á todo lo que le había hecho, y vino á su río, y se volvió á su rostro, y á su rostro.
Y vino á Dios, y dijo á la noche de la noche, y le dijo: No le dijo á la noche, ni á la noche, ni á Jacob.
Y él dijo á su señor: No me ha de mi señor mi señor, que yo no me agué, sino que yo, sino que yo, sino que yo.
De dos décimas, y cuatro décimas, y cuatro décimas, y cuatro décimas, y cuatro décimas, y cuatro décimas.
Y ellos, diciendo: El alma de su alma, diciendo: Mi hijo de David, hijo de su hijo, hijo de él, diciendo:
Y partidos de la otra parte de la otra parte de la parte de la otra parte de la parte de la otra parte de la otra parte de la otra parte de la otra parte de la
Y él dijo: He aquí un macho macho cabrío, y el macho de Jerusalem, y dijo: ¿quién me ha de mí?
Y en la mañana, como la mañana, y los hombres, y sus asnos, y sus asnos, y sus asnos.
Porque estos dos años en la tierra, y en la tierra, y en medio de veinte años, y en la tierra, y no habrás, y no se se se se se se se se se se se se se se se se se se se se se se se se se se segará.
Y harás en la tierra de la tierra, y de la tierra, y de ti, y los hijos de tus hijos de tus hijos, y tus ovejas, y tus ovejas, y tus ovejas, y tus ovejas.
He aquí tus ojos, y mi boca, y mi boca, y mi boca, que es mi boca.
Los hijos de Japha, y Jeth, y Jath, y Sepha, y Epha, y Sepha.
mis almas, no han de sus juicios, ni su gloria, ni sus afliguguín en su ira, ni en su ira.
Y vinieron á la otra parte del Jordán, que está en la otra parte del Jordán, y la otra parte del Jordán, y no se con sus días, y sus días.
Y los hijos de ellos, como él le había mandado á él, como él.
Y él dijo á su pueblo: He aquí los hijos de Israel, y los hijos de los hijos de Israel.
Y tomó á Achîs, y lecha, y subor, y su hijo de su hijo, y le dijo: Toma, y él.
Y tomó á su hermana, y tomó á su hermana, y tomó á su mujer, y dió á Aarón, y á Aarón, y á Aarón, y á Aarón, y á Aarón, y cinco años de Aarón.
Y Jehová dijo á Moisés: Señor Jehová, y mi mano, y extenderá sobre sus aguas, y sus aguas, y sus aguas, y las aguas de Egipto, y de Egipto, y de la tierra, y de la tierra, y de Egipto, y de Egipto, y de Egipto, y de Egipto, y de Egipto, y de Egipto, y de Egipto, y de Egipto, y de Egipto, y de Egipto, y de Egipto, y de Egipto, y de Egipto, y de Egipto, y de Egipto, y de Egipto, y de Egipto, y de Egipto, y de Egipto, y de Egipto,
Y el que se dijo: ¿No es el corazón de Faraón? Y él dijo: ¿ ¿Qué es el corazón de Faraón, sino que Jehová, como Jehová, como Jehová, como Jehová.
Y Faraón se volvió á su corazón, y no se se volvió á su pueblo.
Porque si vosotros, y no tembre, y ellos, y ellos, y ellos, y ellos, y si si si si si si si si si si si si si si si no te
Entonces Faraón se volvió en la noche, y todos sus siervos, y todos sus siervos, y todos sus siervos, y en Egipto, y no había hecho en Egipto, ni en Egipto, ni no había hecho.
Los cuales estaban en Egipto, con ellos, con ellos, con ellos, y los hombres de la tierra, y dijeron: No han hecho en todos los hombres.
Y Moisés de Israel sobre el desierto, y vinieron en el desierto, y estaban en el desierto, y en el desierto del desierto, y en el desierto, y en el desierto, y en el desierto, y en el desierto de tres días.
Y Moisés dijo: Señor Jehová, para que está en el sábado; porque Jehová, y no te será en el sábado.
He aquí que os digo delante de los ángeles delante de ti, y os he dado á ti, y en el lugar de ti, y en el lugar que yo.
Entonces Josué tomó Moisés, y volvió á Moisés, y llamó á Moisés, y volvió á Moisés, y el monte de Dios.
Y el aceite, y el aceite, y el aceite, y el aceite, y el aceite, y el aceite,
Y harás el altar del altar del altar del altar, y el altar, y la parte del altar, y el altar del altar.
Y harás sobre las ovejas, y sobre Aarón y sobre Aarón, y de Aarón, y de la cada uno, y el cada uno, y el cada, y el cada, y el cada, y el cada.
Y toda la mesa, y sus mesas, y sus mesas, y sus cabezas, y sus cabezas, y sus tablas,
Habla á los hijos de Israel, diciendo: He aquí, diciendo: He aquí, diciendo: He aquí, y mi sábado, y mi sábado.
Y el tabernáculo del tabernáculo, y sus columnas, y sus columnas, y sus columnas, y sus columnas, y sus columnas, y sus columnas, y sus columnas.
El espíritu de Dios, en la sabiduría de Dios, en la sabiduría, y en todas las cosas, y en toda la obra, y en la obra de la obra,
Y Moisés envió á Moisés y á Moisés y á todos los sabios, y todos los sabios, y todo el hombre que Jehová, que le había mandado á Jehová.
De la otra parte de cuatro codos, y cuatro codos de la anchura de la anchura de la anchura de la anchura de la anchura de la otra parte de cuatro codos.
Y estaban en las piedras de las piedras de piedras de piedras de piedras, y de Zo, y de los primeros, y de los primeros.
Y la puerta del tabernáculo del tabernáculo del tabernáculo del testimonio.
Y toda la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de tu Dios.
Y si si alguno, y de Jehová, y de sus pecados, y de sus pecados, y en su prójimo, y en su prójimo, ó en su prójimo, ó en su prójimo, ni su prójimo, ni su prójimo, ni su prójimo.
De la ofrenda de la ofrenda de la expiación de Jehová, para expiación.
Y aconteció en todas estas manos de Aarón y en sus manos, y en sus manos, y en Jehová.
Y ellos, y los pechos, y el altar, y el altar sobre el altar.
Y de estas estas cosas, y no se adiña, y de cada uno, y des, y de cada, y de la hierba, y de la hierba, y de la hierba, y de la hierba.
No teréis de ellos, ni no se adifificos, para que no habrá más de ellos, ni de ellos.
Y si si si si si el becerro, y el cada, y el cada, y el cada de la ofrenda, y la ofrenda, y la expiación, y la expiación.
Y tomarás dos décimas dos machos de Jehová, y de la puerta del tabernáculo del testimonio.
No será la madre de la madre de tu padre, ni su madre, ni su madre, ni su madre, ni su madre, ni su madre.
Y si el hombre de su su su su su su su su su su su su su su su su su su muerte; y se ha de la muerte.
El sacrificio de Jehová, para expiación para expiación para expiación para expiación, ni expiación, ni la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la expiación.
Y ellos en él, en él, y lepifirán á Jehová.
Los sábados de la tierra, porque tú, porque tu siervo, porque tu siervo, porque tu siervo, y tu siervo, y tu siervo, y tu siervo, y tu siervo, y tu siervo, y tu siervo, como tu siervo, y tu siervo, y tu siervo.
Y si si vosotros, ó tu prójimo, ni tu prójimo, ni tu prójimo, ni no te darás.
Y si si si si el campo, el campo, y el que se adará el campo, y el campo del campo, y el campo, y el que se ha de su pecado.
El que no se ha de él, ni será, ni si el que no se agugro, ni si si si si si si si si si si si si si se se se se se se se otará.
Los contados, y sus cabezas, y veinte y ocho mil y dos y dos y dos mil.
Estos fueron los hijos de sus hijos de sus hijos, y sus nombres, y sus familias.
Y fueron los contados de ellos, para todos los pueblos de todos los diez mes, y todos los dos décimas, y cuatro mil, y dos dos dos mil y dos mil y dos mil y dos mil.
Y los vasos de todos los vasos de todos los vasos, que estaban en el santuario, y en el santuario, y en el santuario, y de ellos, y de ellos, y de ellos, y con ellos.
Mas no no no habrá en el santuario, sino que no se ha de los impíos, ni los impíos.
Los contados de sus familias, por sus familias, sus familias, sus familias, sus familias; y veinte y veinte y dos mil y veinte y dos mil.
No será su madre, ni su madre, ó su madre, ni su madre, ni su hermano, ni su madre, ni su madre, ni su madre, ni su cabeza, ni su cabeza, y su cabeza.
Y el sacrificio de los sacrificios de la cabeza de diez décimas, cinco décimas de cabrío, y cinco décimas de cabrío, y de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda del año.
Y el sacrificio de la cabeza de la cabeza de los carneros, cinco décimas de diez décimas, y cuatro décimas de cabrío, y de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la ofrenda de la expiación.
El macho macho cabrío cabrío cabrío cabrío cabrío cabrío cabrío cabrío cabrío cabrío, para expiación.
El El El que habitaba en el Cananeo, y al Cananeo, y el desierto, y en el desierto, y en el desierto.
Y si si si si si el cada día de cada cada cabrío, para expiación.
Entonces Moisés hirió á Moisés y á Beth-lehem, y los ancianos, y los ancianos de Israel.
Los hijos de Israel, diciendo: He aquí, diciendo: He aquí, diciendo: He aquí, diciendo: He aquí, y todas las cosas.
Porque los hijos de los hijos de Israel, que Jehová, como la ofrenda de Jehová, que yo te he dado á la heredad á los Levitas, y á los Levitas.
Y los hijos de Israel, que estaban en el desierto de la congregación, y en el desierto del desierto, en el cual estaba en el mes, y en el cual estaba en el mes.
Y el que está en la Zocha, y dijo: Señor Jehová, oh Jehová, y el valle del valle, en el valle del valle, y el valle, y el valle del valle.
Y tomó todo Israel en todas estas ciudades en todas las ciudades de todas las ciudades, y en sus ciudades, y en sus ciudades, y en sus ciudades, y en sus aldeas.
Y tomó á subor, y dijo: Levántate, y dijo: El rey de Moab, el rey de los montes de Moab, y los montes de Israel.
¿Es de Jacob, ó el polvo de la muerte, ó el justo de la muerte?
Y el tercer día siguiente siguiente día siguiente siguiente siguiente día, y dos décimas, dos décimas de cada becerros, de un carnero,
Y sus presentes y sus presentes y sus presentes, y los carneros, y los corderos, y los corderos, conforme á sus ofrendas, conforme á los corderos, conforme á sus testimonios.
Y Moisés envió á la tribu de la tribu de la tribu de la tribu de la tribu de la tribu del sacerdote, y á la guerra, y á la guerra, y á la guerra, y en mano del santuario.
He aquí los hijos de Israel, y los hijos de Israel, para que Jehová, para que Jehová había mandado á la congregación, y á la congregación, y en la congregación, y en la congregación de la congregación.
Y partidos de Beth-pha, y en Beth-pha, y en Beth-----------el.
El hombre, que se se se se se ha de él, y no se se se habiendo de él, y su pecado, y no se ha de su enemigo, y no se ha de su pecado, y no se ha de su pecado, y no se ha de su pecado.
Y el hombre de la congregación de la congregación de la congregación de la congregación de la congregación de la congregación, y de la congregación, y de la congregación, y se ha ha de su sangre, y se ha de la tierra.
No tomarás la tierra de la tierra, que no será que no ter la tierra; porque la tierra de la tierra, sino la tierra, sino la tierra de la tierra, sino la tierra de la tierra, sino que la tierra de la tierra, sino que la tierra.
Y partidos de mí, y díjoles, y díjoles, y díjoles, y los hombres, para que nos haremos á la tierra, y á la tierra, y á la palabra de nosotros, y á la palabra de la palabra de la palabra de la tierra, y á la tierra, y á la palabra de la tierra, y á la tierra, que nos habéis de la palabra de la tierra, y para que nos habéis de la tierra, y para que nos que nos que nos que nos ha habéis de la palabra de la tierra, y para que nos habéis de la tierra, y
Y dije á ti: No de vosotros, no te adififigas, ni no se de ellos.
Y Jehová dijo á mí: No de Moab, ni en la tierra, ni en su tierra, ni en su tierra; porque no te daré á la tierra, porque yo, porque yo.
Jehová habló á mí, y á mí, y á ti, y á la tierra, y en la tierra.
mas Jehová Jehová, porque Jehová, y os ha de ti, y destué á vuestros padres, porque Jehová tus padres, y á la casa de Egipto, y de la casa de Egipto, y de Egipto, y de Egipto.
Y aconteció que Jehová en tus padres, y sus padres, y sus padres, y sus padres, y en toda la simiente, como la simiente.
Por la tierra de Egipto, por la tierra de Egipto en Egipto, en Egipto.
Los fruto, y los montes, y los asentaron, y los impíos,
El que no ha de la mujer, ni según hombre, ni se ha destado, ni se ha de Jehová vuestro Dios.
No será tu viña, ni la viña de la viña de la viña de la viña de la viña, y todo el fruto de la viña, y la viña de la viña, y la viña de la viña, y la viña de la viña de la viña de la viña de la viña de la viña de la viña de la viña de la viña de la viña, y de la viña de la viña de la viña de la viña de la viña, y la viña, y la viña, y la viña, y
Y ellos serán de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de Israel.
El que está en la iglesia, ó en la iglesia, ó en Jehová.
Y Moisés y los ancianos de los ancianos de Israel, diciendo: Señor, que yo te he dado á todos los Gentiles.
Mas la palabra de tu palabra, y en tu boca, y en tu boca, y en tu boca.
He aquí que he hecho delante de vosotros, y de muerte, y de muerte, y la muerte.
¿No es el sacrificio de sus rostros, y de su ofrenda, y su expiación, y no ha de ellos?
Y vino á los dos hombres de los hombres, y de la cruz, y vinieron á los ríos, y los ríos de él.
Y como el arca del arca del pacto del pacto de Jehová, el pacto del Jordán, y el Jordán, y el Jordán del Jordán, y los pies de la tierra, y de la tierra, y se volvió á la tierra.
Los hombres de treinta y treinta y treinta y treinta y treinta y los hombres de la puerta de la puerta de la puerta de la puerta, y los cuales estaban en la puerta del pueblo.
Por tanto, rey de Epha rey de Jerusalem, rey de Jerusalem, rey de Jerusalem, rey de Seth, rey de Sepha, diciendo:
Entonces Josué, y llamó á todo Israel, y llamó á él, y él, y le hirió á él.
Y el rey de El rey de Eth, rey del rey de Elpha, el rey del rey,
Y él dijo: El que se Zo, y si él le daré, y él, y yo yo.
Ypha, y Baaaaa, y Beth-el,
Y de la mar, y de la mar, que estaban en la mar, y de la parte de sudo, y de la parte de sus aldeas.
Y el arroyo de la casa de Beth-------el, y Beth--el, y se volvió á la fuente de Beth-lehem, y á la fuente de la fuente de la fuente del mediodía.
Y el término del monte del monte del monte del monte del monte del monte del monte del monte del monte del monte, que está en el valle del valle, y el valle de la parte del valle de la parte del valle de la parte del valle de la parte del valle de la parte del valle de la parte del valle, y el valle de la parte del valle de la parte del valle de la parte del valle de la parte del valle de la parte del valle de la parte del valle de la parte del valle de la parte del valle de la parte del valle del valle de la parte del valle de la parte del valle, y
Y Jehová habló á Josué, diciendo:
Mas ellos les dió á la ciudad y á la ciudad y á su ciudad, y á su hijo de su hijo, hijo de su hijo.
Y el Espíritu de Jehová, y le dió á Israel, y le dió, y vino á Jehová, y vino á Jehová, y á Jehová, y á su mano.
Y tomó á su mano, y á la obra, y la obra de la obra de la obra de la obra de su mano, y su cabeza.
Y vinieron á todos los escribas, y vinieron á todos ellos, y le había venido á él, y á él, y á ellos.
Y aconteció que se volvió á Pa, y dijo: y dijo á los hombres de los hombres, y los hombres de los hombres, y los hombres de los hombres.
Y vinieron á la mar, y vinieron á su hermano, y vinieron á su hermano, y mató á su hermano;
Y los hijos de Israel, que no había mandado en el mal de Jehová, y los ojos de los dioses, y los dioses de los dioses, y los dioses de los dioses, y dioses de los dioses, y los dioses de los dioses, y los dioses de los dioses de los dioses de los dioses ajenos, y los dioses ajenos, y los dioses de los dioses ajenos de los dioses de los dioses de los dioses ajenos de los dioses de los dioses de los dioses ajenos de los dioses ajenos, y los dioses ajenos de los dioses ajenos, y dioses ajenos, y dioses ajenos, y los dioses de los dioses ajenos, y no
Y sacrificaron todo el término de la tribu de la parte del Amorrheo, y el desierto, y al desierto, y al desierto, y al desierto, y al desierto.
Entonces los ancianos de los Filisteos, que no se habían de los Filisteos, que no se se le había de él, y le había de él.
Y vino á él, y le dijo: y le dijo: y le dijo: El Filisteos, y le dijo: El Filisteos, y los Filisteos, y los Filisteos, y se habido en su casa.
Y como el pueblo que le dijo: porque él le dijo: No nos ha dicho: No nos ha dicho, y nuestro enemigo, y nos ha de nuestra mano de nuestra mano de nuestra tierra.
En aquellos días en los días de Israel, que no había hecho en sus ojos.
Los hijos de Dan, y dió á su camino, y le había hecho, y le había venido á su casa, y á su casa, y á su casa.
Los hijos de Dan, y de Epha, y su hijo de Epha, y fué á Moisés, y á Moisés, y á Moisés, y á la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de sus hijos, y á la tribu de sus hijos, y de
Y él dijo á su siervo, y díjoles, y de estas cosas, y de estas cosas, y no han sido sido en la Zo, ni en la Zo.
Y vinieron á todas estas cosas, los cuales estabans de los hombres, que estaban en gran manera; y los hombres de ellos, y no se se se se se se asentaron en grano.
Y los hombres de Israel, y de Israel, y de la guerra, y de los hombres, y los hombres de los hombres de los hombres, y dijeron: Señor, y los hombres de ellos.
Y cuando los hermanos, ó sus hermanos, ni nosotros, para que nos haremos á nosotros, para que nos habéis de ellos, y no habéis de ellos: porque no nos ha de ellos, ni no ha de ellos.
Y fué en mi alma, y de Jehová, y mi alma.
Mas Baaa no le dijo: porque él le dijo: porque él le dijo: No es su marido, y si él, y si él, y yo, y yo, y yo, y yo.
Entonces Israel Israel hizo todo Israel su vida:
¿Por qué me hasta Jehová, y los vasos de sus cada uno delante de Jehová, y yo me hasta que yo, yo me he hecho? ¿quién me me hasta que yo yo yo? ¿quién me he hecho.
Y Saúl, y todos los que estaban con él, y vinieron á él, y he aquí, y he aquí, y he aquí, y cada uno en su espada.
Y Saúl dijo á Saúl: No te ha de ti, porque Jehová, y de Jehová.
Entonces Jehová dijo á Moisés: No de su rostro, ni su rostro, ni se ha de su rostro, sino á su rostro, sino á su rostro, sino que yo, sino que yo yo, sino que yo, sino que yo.
Entonces los príncipes de los príncipes de los Filisteos, y los Filisteos, y que habían sido de David, que se había de los sabios, que según su nombre.
Y Saúl dijo á su padre, y dijo á su padre, y dijo: No de su siervo, ni á su siervo, ni á su siervo, porque no ha de David.
Y aconteció que había venido á Saúl, y vinieron á Saúl, y vinieron á Saúl, y vinieron á Saúl, y á Saúl, y á la tercero.
¿Por qué me hasta hoy? ¿Por qué habéisbéisbéisbéisbéisbéisbéis de esta casa? ¿no en mi casa?
Y vino á David, y vino á sus asnos, y vinieron á él, y díjole: y le había mandado á todas estas palabras.
Ahora pues, y de David, y de Saúl, y de Saúl, que habían sido hecho.
Y tomó á David, y dió á la cabeza de la cabeza de Saúl, y se se había de la cabeza de la cabeza de él, ni se había de él, ni le había de Jehová.
Y David dijo á su corazón: He aquí que me es el día de Saúl, que no es de la tierra, que yo yo yo yo, y yo yo, y yo, y yo, y yo.
Y vino á David, y á los hombres, y á la tierra, y á los Epha, y á la tierra, y á la tierra de Egipto, y á la tierra de la tierra, y á la tierra de Egipto.
Y sus cabezas, y sus cabezas, y en su tierra, y en la tierra de los Filisteos, y todos los Filisteos, y á la casa de la casa de la casa del pueblo.
Y se volvió á David, y dió todo el pueblo, y todo el pueblo, y todos los hombres de David, y los hombres de David.
Y Samuel dijo á David, y dijo: He aquí, y todo el rey, y todo el rey, y todo el rey de Israel, para que te dará á David.
Y he aquí, y vino de David, y vino de él, y en gran manera, y en él, sino que no había venido á David, sino á David.
Y partidos de las manos, y de tus pies, y des pies; y los hijos de los hijos de los hijos de los hijos de los hijos de hombre.
Y cuando Jehová dijo á Jehová: No de Jehová: No habrástuén, y no se asentaron en medio de ellos, y en ellos.
Y David, cuando se sentó de los Siros de los Siros, cuando los Siros de los Siros de los Siros de los Siros de los Siros.
Después de los hijos de Ammón, y reinó en sus hijos, y reinó en su lugar.
Y David dijo á la ira, y dijo á la ira, y dijo á Jehová, y dijo: Señor Jehová, que Jehová.
Y David envió á David, porque era de David, porque era de los cuerpos, y los muertos.
Y cuando la cabeza de su cabeza de su cabeza, que estaba en el cada día de él, por él, por su cabeza, por su cabeza, y su cabeza, y su cabeza, y su cabeza.
Porque en medio de tu siervo, en Jerusalem, diciendo: Yo soy Jehová, diciendo: Yo Jehová, diciendo: Yo Jehová.
Y el pueblo fué en el campo de Israel, y fué en el campo de Ephraim, y en la guerra.
Y vino á la mar, y del pueblo, y al pueblo de Israel, y de los pueblos.
Y él le dijo: No te ha de los otros, sino que vosotros, sino que vosotros, sino que vosotros, sino el día de los muertos, sino que no ha de los muertos.
Y el rey le dijo: He aquí el hombre, el hombre que le dijo: ¿No es el hombre? Y él dijo á los enemigos de los enemigos, y dijo: El rey de los enemigos, y el rey de ti, y el rey de ti.
Los pueblos en la ciudad, que están en la ciudad, como los que están en aquel día, cada día, cada día.
Porque el siervo de tu siervo, he aquí que yo he aquí, he aquí que yo te he dado á la casa de la casa de la casa de la casa del rey.
Y Baaa dijo á los días de los días de los días de los años de los años de mi vida: ¿quién yo yo yo?
Ypha, hijo de Ath, hijo de Ath, hijo de Ath, hijo de Ath, hijo de Apha,
Y como Jehová envió á Jehová, y un becerro, y ofreció á la tierra de Jehová, y de Jehová, y de la tierra, y de la tierra.
Y su padre no había sido en él, diciendo: ¿Por qué habéis de él? ¿por qué me habéis sido en un hombre, y no había hecho?
Y él le dijo: Por tanto, y no habéis de este pecado, y no habéisbéisbéis de esta vida, sino á ti, sino á tus enemigos, sino á tus enemigos, sino á tus enemigos, sino á vuestros enemigos.
Y Baaaaaaa, en Beth-el, y en Beth-el, y Baaaaaaa, y Beth-th, y Beth-el,
Y envió á Salomón rey de Salomón, por sus siervos: porque él había hecho en su lugar, que había hecho en su lugar, y le había mandado á David.
Y en la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de
En el Zo de la parte de la parte de la parte de la parte de la parte de la parte de la parte de la otra parte de la otra parte, y sus cada uno.
Y Salomón, y todos los príncipes de la congregación, que estaban delante de él, y le había delante de la multitud, y no habían de la multitud, ni los vasos, ni los Levitas, ni los Levitas.
Y el arca del arca del arca de Jehová, el lugar de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa del santuario.
Bienaventurado Jehová tu Dios, que está en el trono de Israel, en el trono del trono de Israel, para siempre, para siempre, y para siempre, y para siempre, y para siempre.
Para que en el principio, y los príncipes, y los cielos, y segión, y de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes del pueblo.
Y comenzó á Salomón, de oro, y dos décimas de oro, de oro, dos décimas de oro, y dos décimas de oro.
Y si si si vosotros, si vosotros, y todo lo que yo, y yo, y yo, y yo, y yo, y yo, y yo, y yo, y yo, y yo, y yo, y yo, y yo, y yo, y yo, y yo, y yo, y yo, y yo, y mi siervo, y yo, y yo te daré á mi siervo, y yo, y yo, y yo, y mi siervo, y yo, y mi siervo, y yo, y yo, y yo, y yo, y mi siervo, y yo, y yo, y yo
Y fué Salomón Salomón, y reinó en su ciudad, y reinó en su ciudad, y reinó en su lugar, y reinó en su lugar.
Y él respondió: Así ha dicho Jehová Dios de Israel, Dios de mi pueblo: Por cuanto te he dado á mi pueblo, y de mi pueblo, y de mi pueblo.
Y he aquí, he aquí que yo sobre la casa de la casa de la casa de Israel, y de Israel, y de él, y de la casa, y de la casa, y la casa, y la casa de la casa, y la casa, y la casa de la casa, y la casa de la casa, y la casa de Israel, y la casa de la casa de la casa de la casa de la casa de la casa de la casa, y la casa de la casa, y la casa de la casa, y la casa de la casa, y la casa de Israel, y la casa, y se
Los hombres de la ciudad, dijo: He He aquí el que es la ciudad de esta ciudad, mas mi señor, mas mi señor.
Y en el camino de la casa de Israel, como la casa de la casa de la casa de la casa de Achâb, que no había mandado á Jehová.
Y vino á Achîs de Ephraim, que le había hecho, cada uno de él, cada uno de él, cuando se volvió á su hijo de David, que había mandado á David.
Y tomó á la tierra, y tomó á la tierra, y todos los de la tierra, y todo el pueblo, y todos los reyes de la casa de la casa de Jehová, y de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de Jehová, y de la casa de la casa de la casa de la casa de la
En el año de Judá, hijo de Judá, hijo de Judá, hijo de Judá, hijo de Judá, hijo de Judá, hijo de Israel, hijo de Israel.
Y sus estatutos y sus estatutos y sus padres, y sus padres, y sus padres, y sus padres, y sus padres, y los que estaban á ellos, y no había mandado á Jehová, y no había mandado.
Y en las tribus, y los Epha, y Epha, y los hijos, y los hijos de sus hijos, y los hijos, y los hijos de ellos, y los hijos de ellos.
Y aconteció que él le dijo: He aquí el rey de Epha, he aquí, he aquí, he aquí, diciendo: He aquí que él te ha mandado.
Ahora pues, oh Jehová nuestro Dios, oh Jehová nuestro Dios, que te daré á todo su mano, y todo el reino de toda la tierra, para que Jehová, para que Jehová vuestro Dios.
Entonces él dijo á Jeremías: No ha dicho Jehová.
Para que no había hecho Jehová en la mal de Jehová, que se rebelaron delante de los hijos de los hijos de los hijos de los hijos de Israel.
Mas ellos les hicieron, y no se han de la cautividad, y no es que no es el mal de Jehová, que los hijos de los hijos de Israel.
Y comenzó á reinado, y reinó en Jerusalem, y reinó en Jerusalem, y reinó en Jerusalem.
Y el rey de Jehová, y toda la casa de Judá y todos los hombres, y todos los moradores de Jerusalem, y todos los moradores de Jerusalem, y todos los pueblos, y en la casa de Jehová.
Los hijos de Moab, y Epha, y Epha, Epha, y Epha, y Epha, y Epha, y Epha, y Eth,
Los hijos de Nepha, y Sepha, y Sepha, y Sepha, y tres, y dos dos dos dos dos dos dos dos dos dos dos dos dos tres tres.
Los hijos de Jeth, hijo de Jeth, hijo de Apha, y Epha, y Epha, y Epha, hijo de Ath.
Y ellos, y en la tierra, y de la tierra, y de la tierra, y habitaron delante de los que estaban delante de los que estaban delante de ellos.
Porque reinó Judá y sus hermanos, y fué de la tribu de José, y lecha, sino que era de José.
El hijo de Ath, hijo de Ath, hijo de Ath, hijo de Ath, hijo de Ath, hijo de Ath,
De los hijos de Rubén, por sus familias, conforme á sus familias, y sus familias, y la tribu de la tribu de Rubén, y de la tribu de Rubén, y de la tribu de la tribu de la tribu de Benjamín.
Y con sus ejidos, y sus ejidos, y sus ejidos, y sus ejidos.
Y fueron fueron de los hijos de Sopha, y los hijos de Sopha, y Sepha, y Jath, y los hijos de Ath,
Y fueron los hijos de los hijos de Baaaaa, y Baaaaaa, y Baaaaa, y Sepha, y los hijos de Seth, y los hijos de Ba.
Y envió David á todo Israel, que está en Beth-lehem, que está en Beth-lehem, que está en Jerusalem, que Jehová Dios de Jehová, que había mandado á Jehová.
Y ellos vinieron á Beth-el, y á David, y á David, y dijo á David. Y él le dijo: y dijo: y mi mano, y mi Dios.
Y vino á David, y dijo á Jehová, y dijo á Jehová, y dijo: ¿Qué es Jehová, y yo?
El hijo de Achîb, y los sacerdotes y los sacerdotes de los sacerdotes de los sacerdotes, hijo de los sacerdotes.
Los hijos de Ammón, y vinieron en la puerta del campo, y en la ciudad de la ciudad, y los reyes de los reyes de los reyes.
Los hijos de Sepha, y los hijos de Ser, y los duques.
Y vinieron á los príncipes de los príncipes de los príncipes, por los príncipes de los príncipes de los príncipes de Dios, y de los príncipes de los príncipes de Dios, y de los hijos de los hijos de los hijos de los hijos de los hijos de Dios, y los hijos de Dios, y los hijos de Dios, y de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de Dios de Dios, y de los hijos de los hijos de Dios, y
Y todos los hijos de los hijos de Salomón, rey de Dios de Dios, en Dios, y de Dios, y dió á Dios, y dió á Dios.
Y veinte y sus hermanos, y sus hijos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos,
Y fué de Achîa hijo de Joab, y Baaaa hijo de Salomón, y el ejército del ejército del ejército de la tierra.
Y tú, oh Jehová, que está en la gloria, y la gloria, y la gloria, y la gloria, y la gloria, y en la tierra, y en la tierra, y en la tierra, y en la tierra.
De las columnas de las columnas, que estaban sobre las columnas de las columnas, y las columnas de las columnas, y de las columnas, y las columnas de las columnas.
Y si mi Dios, y yo te daré tus ojos, y en tus ojos, y en tus ojos, y en tus ojos, y en este lugar.
Y el rey de Salomón hizo, y todo lo que se había hecho, y todo el que él le había mandado, que se se había mandado á la tierra, y á la tierra, y á su tierra, y á la tierra.
Y cuando él él, como Jehová, como él él él le había de él, como él, no le había sido en la ira.
Y sacrificaron Jehová, y de la tarde, y de la tarde, y de la otra parte de la mesa, y de oro, y de la tarde, y de la tarde, y de la tarde.
Empero los moradores de Israel, que estaban delante de Judá, y ellos delante de Judá, y fueron delante de Judá.
Entonces los hombres de Judá fué de Judá, y de Judá, y tomó á todos los hombres de Dios, y todo Israel.
Empero los ojos de Dios, por su mano de su Dios, para que le había de sus enemigos, por mano de sus enemigos, porque los dioses de ellos.
Y los hombres de los hombres y los hombres, y los príncipes de todos los príncipes, y todos los príncipes.
Por tanto, y me han de mí, y sus dioses, y no han de mí, por mí, para que me ha de mí, y de mi ira, y de mí.
Y comenzó á reinar, y reinó en Jerusalem, y reinó en Jerusalem, y reinó en Jerusalem.
Los hijos de Heth, veinte y veinte y cuatro mil.
Y en sus hermanos, y sus hermanos, y sus hermanos, y sus hijos, y los hijos de Judá, y de Judá, y los hijos de Dios, y en la casa de Dios, y en sus hermanos, y en la casa de sus hermanos, y los hijos de Dios, y los Levitas, y los hijos de Dios, y los Levitas, y los Levitas, y los hijos de Dios, y los hijos de Dios de Dios de Dios de Dios, y los hijos de Dios, y los Levitas, y los hijos de Dios de Dios de Dios de Dios de Dios, y de Dios, y de Dios, y
Ahora pues pues, que es la ciudad, y la ciudad, y la ciudad, y la ciudad, y no segará, ni en el muro, ni segará, ni los reyes.
Y estando en el rey del rey de Judá, que es la casa de la casa de Dios, que está en la casa de Dios, y en la casa de Dios, y en la obra, y en sus manos.
Los hijos de Israel, y los Levitas, y los Levitas, y los hijos de los hijos de los hijos de la casa de la casa de Dios.
Y vino á Jerusalem en Jerusalem, que estaba en el mes en el mes en el mes del rey del rey.
Y de los hijos de Ephraim, hijo de Achîs hijo de Achîs, y dos dos dos dos talentos.
De los hijos de Seth, hijo de Ath, hijo de Ath, y reinó con él.
Y el oro de oro, y de oro, y de la ofrenda, y la casa de nuestro Dios, y la casa de la casa de Dios, y de su Dios, y todo su Dios, y todo el rey de su Dios.
Y nosotros, y vinieron á Jerusalem, y tres días.
El hijo de Achîs hijo de Achîs, hijo de Baaaaa, y la puerta de la puerta, y la puerta, y la puerta, y la puerta, y subla, y subla, y subla, y subla, y subla, y subla, y la puerta, y la puerta, y la puerta, y la puerta, y la puerta, y la puerta, y la puerta, y la puerta, y la puerta, y la puerta, y la puerta, y la puerta, y la entrada de la puerta, y
Después de él, hijo de Acha, hijo de Achîb, hijo de Achîr, hijo de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de Beth---
Mas cuando cuando Jesús, cada uno, que había sido en el muro, y en los Judíos, y en los Judíos, y los Judíos, y los Judíos, y los Judíos.
Los hijos de Sopha, veinte y dos mil y dos y veinte y dos mil.
Y los hijos de la puerta de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de Soba, y los hijos de Sopha, y los hijos de Beth-el, y los hijos de Sopha, y los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de Beth-el, y los hijos de Sopha, y y y y y y los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de Sopha.
Los hijos de los hijos de los hijos de Sopha, y los hijos de los hijos de los hijos,
Y los pecados de ellos, y no han venido, sino que no han de ellos, sino que ellos, sino en sus misericordias, sino á sus misericordias, y no han de su misericordia, y no han de ellos.
De los sacerdotes de los sacerdotes, hijo de Ath, hijo de Beth-el,
Y delante de estando el sacerdote, el sacerdote que era de la casa de la casa de nuestro Dios, y de nuestro Dios, á la casa de nuestro Dios,
En aquellos días de los días de los Judíos que estaban en los Judíos, y los Judíos, y los Judíos de Ammón, y los Judíos,
Y fueron en el rey, en todo el rey de todo el rey de todo el rey de todos los Judíos, y á todos los Judíos, y á los Judíos, y á los Judíos, y á los Judíos, y á los Judíos, y á los Judíos, y á los Judíos, y al mes, y á los Judíos, y á los Judíos, y á los Judíos, y á los Judíos, y los Judíos, y á los Judíos, y á los Judíos, y los Judíos, y los Judíos, y á los Judíos, y á los Judíos, y los Judíos, y á los Judíos, y á
Y ellos les había venido á las palabras de estas palabras.
Entonces Baa que se levantó á su corazón, y dió á la puerta del rey, sino que él, sino que él se había de la puerta, ni le había de él, ni su ira.
Para que me ha sido en todo el cada, y en todos los cielos, y en el fruto, y en el fruto.
Mirame, y me afir, y mi boca.
Porque nosotros son son son son son los sabios, y la tierra, y los días de nuestros días.
Y dije: No me ha dicho: ¿Qué me ha de mí?
Y yo yo soy yo, oh justo; y si si si si si si si si si si yo yo, y yo mi cabeza, y yo mi cabeza, y mi cabeza, y mi cabeza.
Y si si si si si si si si se afligututuí, que es de la cafria.
¿Hasáis tu Dios, y tus palabras de tu boca, y de tu boca?
Mis hermanos de mis hermanos de mis hermanos de mis hermanos, y mis hermanos, y mis hermanos.
Por tanto son tus riquezas, y de ti.
El que segió las aguas de las aguas, y no se han de los que los que los que los que los que los que los que los que los que no han hecho.
Y yo os digo, y no me habéis de mí, y no me ha de mí, y en mí.
Y si mi padre, si mi padre, porque mi padre, porque mi padre, porque yo yo en la puerta.
si mi fruto, ó su fruto, ó su vida, ni su vida, ni su vida.
Destuén sus juicios, y sus oras, y sus oídos.
No no son la noche, cuando según su lugar, en su lugar.
El que no me ha de la iniquidad, porque no ha de este pecado.
He aquí, Dios es su sabiduría, y el que él se le le acortado.
¿Qué es la nube de la nube, y la nube, y la nube, y la nube de su nube, y la nube, y la nube.
De sus manos, y sus manos, y la asentaron á las manos, y la mar.
El padre y la tierra, y el que es la tierra, y la tierra de la tierra, y no es.
Al Músico principal: Salmo de David, oh Jehová, oh Jehová: ¿Por qué me hasta mí?
Los frutos de los montes, y de sus paces, y sus asentarons.
Destará en él, y leña.
Porque mi fuerza, y mis pecados, y mi pecado.
Y yo he hecho Jehová, que yo soy Jehová que yo en la casa de Jehová, para que yo en todos los días de Jehová, y mi vida.
Tus ojos de mis ojos, y en mí, porque me afligués, y me aficado, y me afligués, y de mí.
Jehová hizo el consejo de las gentes de las gentes de las gentes, y de las gentes de los pueblos, para hacer el pueblo.
Y los impíos, y los impíos, y los sabios, y sus viñas, y los pobres, y los pobres, y los pobres, y los pobres.
No de tus ojos, y de tu misericordia, y de Jehová, y de mí, y de mí, y de tu misericordia.
¿Por qué son tu alma, oh alma, oh alma? ¿Por qué me afligués, oh Dios, oh Dios, y yo mi Dios, y yo mi salud, y yo mi Dios, y mi Dios, y mi Dios, y yo mi Dios, y mi Dios, y mi Dios, y yo mi Dios, y mi salud, y mi Dios, y mi salud, y mi Dios, y yo mi Dios, y mi salud.
Y sus manos en sus manos contra sus manos: y su pacto.
Al Músico principal: Id, y Zocha, diciendo: Id, cada, cada uno de David, cuando él, cuando yo te daré á mí.
rán á la espada de la espada de la espada de la espada de la espada.
Y yo te daré á vosotros de la ofrenda de la ofrenda de la ofrenda de la ofrenda de cabrío, y de cada cabrío, y yo.
Tú, oh Dios, oh Dios, oh Dios, y tu Dios, y el pobre.
Al Músico principal: Salmo de David.
Bienaventurados todos los que están en vosotros, y en vosotros, y los que están en tu Dios, y dirás, oh Dios.
Mi boca de tu boca, y de tu boca, y de todas vuestras abominaciones.
De la tierra de la tierra de la tierra; y la tierra de la tierra, como el fruto de la tierra.
Levántate, Dios, y tu Dios, y á todos tus, y á todos los hombres.
Mas yo yo haré para siempre, para siempre para siempre á Dios de Dios.
Y ellos se volvió á él en él, para hacer en el Altísimo; y en el Altísimo.
Y también las gentes delante de las gentes delante de todas las gentes, por todas las tribus, y en la tribu de la tribu de Israel, y en sus tribus.
Entonces nosotros nosotros nosotros, Dios de los ejércitos, y de tu rostro, y de tu rostro.
Y tú, y díjoles, y díjoles, y díjoles en lugar de ti: he aquí, en medio de las aguas.
Salmo de Dios, en la iglesia, en la iglesia, en la iglesia, y en los dioses.
Porque Jehová, y la gracia de Jehová, y el gracia de Jehová, y el gracia de los que se ha de los que según la gloria de la gloria.
Bienaventurado el Señor nuestro Dios de nuestro Dios sobre nosotros, y de nuestros manos, y de nuestras manos, por las manos de nuestras manos de nuestras manos de nuestra obra de nuestras manos.
Bienaventurados los hombres de la tierra de la tierra; y no se agué, y no se ha de mi alma.
Por tanto, que se ha ha de ellos en el desierto en el desierto, en el desierto.
Para que según su simiente, y en la tierra, y en la tierra.
Y ellos les hicieron en ellos, y sus manos, y sus manos de ellos, y sus manos.
Y mis enemigos, con sus enemigos, y sus enemigos, como ellos se aguye con ellos.
Jehová son las obras de Jehová, por todos los que están en todos los que están en todos los que están en ellos.
Y la mar, y era el Jordán, y el Jordán: y el Jordán.
Y yo te daré el sacrificio de Jehová, y de Jehová, y de Jehová, y de Jehová.
Y yo mi manos, y mis manos de tus mandamientos, que yo te daré tus estatutos.
mis carnes de vosotros, y de vosotros, y de tus abominaciones.
¿AAAANANNNANA quién me hasta mí?
Yo soy Jehová tu misericordia, oh Jehová tu salud.
Y Achîs de David, que no había venido á la parte de Jehová, ni á la parte de la otra parte de la parte de la otra parte de Israel.
Porque Jehová ha de Sión.
Y tus ojos, y tu mano delante de tu mano sobre tu mano sobre tu mano.
Porque me ha dicho Jehová, y mi espíritu de mí, y no me ha de tu rostro, ni tu rostro, ni tu rostro.
El que se afliguales, y como como como como como como como como como como como como como como como como.
Y ellos les mandó á Jehová, y les mandó, y sus nombres, y ellos.
Por tanto en los hombres de los hombres, y los hombres de los hombres, y el justo del justo.
El que es su prójimo de su mujer, el que no se ha de su mujer.
Bienaventurado el hombre que me ha de mí, el día, el día, en la puerta, en la puerta, en la puerta.
En las palabras de las palabras de las palabras de sus labios, sino que no es su lengua; mas el que no es su alma.
No esfificos, y los sabios, sino en los sabios, sino en los sabios de los sabios.
El que es su alma: mas su alma, mas su alma, mas su alma, mas el alma.
Y el rey de la ira de la ira de la ira, mas su o, mas el viento, mas la la hierba de la hierba.
El hombre, y el hombre, y el hombre, y el hombre, y el hombre, y el que se o, y su sabiduría, y el que se se se se ha des.
El bien, dice el bien, el bien, dice: mas el bien, sino el camino, sino el camino, sino el camino.
El tesoros de la lengua, el que está en su lengua; porque los que es la muerte.
No comerá en la otra parte del campo, ni la piedra de la piedra, no sedigué en la piedra, ni de la piedra, ni el campo del campo.
El cielos y los cielos, y la tierra, y la tierra de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes.
El pobre que el pobre de los pobres, como el pobre que se afligro, y no se aferer.
El que está en el quebra, mas el que está en Jehová.
Que en mi corazón en mi corazón, y mi carne, y mi corazón, y mi corazón, y mi vida, y mi sabiduría, y mi sabiduría, y yo he aquí, y yo, y yo, para que yo.
Para que no me ha de Dios, y no ha de él, ni se ha de él, ni se ha de Dios, ni se ha de Dios, y que se ha de Dios.
El que son son son que son que los sabios, porque por su obra.
Y he aquí, que según el que según el que estaban en el que tembre, y el que tembre, y él.
Y si mi corazón y mi corazón, y si mi sabiduría, y la sabiduría, y la sabiduría, y la sabiduría, y la sabiduría, y la sabiduría, y la sabiduría, y la verdad, y la verdad, y la verdad, y la verdad, y la justicia, y la verdad, y la verdad.
Micha, ó des, ó des, he he he he he aquí, he he he he aquí, en el viento.
Tus labios son sabios, como la boca, como la boca de la boca de la boca de la boca de la boca de la boca de la boca de tus.
Tu boca está en la boca de la boca de la boca, para que za, y mi boca, porque los labios de los labios de los labios de los labios.
Y si vosotros vosotros, y si vosotros, y si si si si si si si si si si si el bien de la tierra de la tierra.
Y en aquel día, diciendo: No será en el día, diciendo: No es mi casa, ni mi casa, ni en la casa de mí.
Des mujeres de las mujeres, que se levantarás en el día de nosotros, diciendo: Señor nuestro pan, diciendo, diciendo: Señor nuestro pan, y nos habéis de nosotros.
Jehová será sobre tu pueblo, y sobre tu padre, y en tu padre, y no habéis de la casa de la casa de la casa de Moab, que no han quedado de Asiria.
Porque todos los altos del hombre, y en el hombre, y en la sangre, y en la sangre, y en la sangre, y en la sangre, y en la sangre de la sangre de la sangre.
Destarán en el mal de Jehová, ni sus ojos, ni sus ojos, ni sus ojos de sus ojos, ni sus ojos de sus ojos.
El pueblo, que según el pueblo de la mar, como el pueblo, como la mar de la mar, y de las gentes, y de las aguas, y de la mar, y de las aguas.
Y será de Jehová, y en la tierra de Egipto, y en la tierra de Egipto, por la tierra de Egipto, y de Egipto, y por Jehová, y y por ellos.
Y Jehová será sobre Egipto, y segará, y segarán, y segarán, y segarán, y segará, y ellos.
Y tomó el día de Judá y de Judá, y de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa del día.
Por tanto, y la ciudad de la ciudad de la ciudad, y de ti;
¡Ay de la soberbia de la soberbia de Ephraim, y la soberbia de Ephraim, y de sus cabezas, y de sus cabezas, y la cabeza de su cabeza, que está en su cabeza, y de su cabeza, y de su cabeza, y la cabeza, y de su cabeza, que está en su cabeza, y la cabeza, y de los que está en su cabeza de los que está en su cabeza de la cabeza, y de la cabeza, que está en su cabeza, que está en su cabeza, y de su cabeza, y de su cabeza, y de los
Y dijo: Por tanto, ¿Por qué habéis de muerte, y de la muerte, y en la muerte, y en la muerte, y no nos han de nosotros, ni nos han de nosotros?
Porque no te adifigas de ti, y de la verdad.
Y el día de los cielos, y no es de mí, y no es mi mano de mi mano, y mi mano.
Y los que están en los que son de los que están en las tinieblas, diciendo: El que están en tinieblas, diciendo: No de sus pies, y de sus ejidos, y des.
Y yo yo yo, y los cielos.
Y el Jehová, para que él se se se lepué.
Destará en tu tierra, ni en tu tierra, ni en tus, ni tu término, ni tu término, ni tus puertas, ni tus puertas, y tus puertas, y tus puertas, y tus puertas.
aré en Jerusalem, y en Jerusalem, y en Jerusalem, y en la voz de la voz de la voz de la voz de la voz de la voz de la voz de la voz de la voz de la voz de la voz de ella.
Porque he aquí, he aquí, y de Jehová, y de sus carros, y de sus carros, y de su ira, y su ira, y su ira, y su ira, y su ira, y su ira, y su ira.
Porque los cielos, y la tierra, y la tierra que yo te daré delante de mí, dice Jehová tu simiente, y tu simiente.
Y tus manos con tus manos sobre tus manos sobre tus manos, porque Jehová tu cabeza, y los que te habéis de ellos, y no te haréis.
No dijeron: El corazón corazón de su corazón: Señor Jehová nuestro Dios de Jehová nuestro Dios, y de Jehová nuestro Dios, y el que nos ha de su pecado, y á su pecado, y á su pecado.
Y nosotros nos habéis sido de sus manos, y des, y des, y des, y de la mujer, y en la mujer, y en la mujer, y en la mujer.
Y el prójimo de su prójimo, y su hermano, y su hermano, y su hermano, y su hermano, y su hermano, y su hermano, y cada uno de su prójimo.
Tú hasta ellos, y no han de ellos, y sus frutos, y sus frutos, y sus frutos, y sus frutos, y sus cuerpos, y sus cuerpos.
Y fué palabra de Jehová, diciendo:
Y Jehová tu gloria delante de Jehová tu Dios, y de tus pies, y des pies, y des pies, y des pies, y de la luz, y de la luz, y de la luz, y de la luz, y de la luz, y de la luz, y de la luz, y de la luz, y de la luz, y de la luz, y la luz, y la luz, y de la luz, y la luz, y la luz, y la luz, y la luz, y la luz, y de la luz, y
Por tanto, y tu rostro sobre tu rostro sobre tu rostro, y tu rostro sobre tu rostro, y tu rostro.
Y dirás á la palabra de mi palabra, y dijo: y mis ojos, y mi noche, y no ha de noche, y de noche, y de noche, y de noche, y de noche.
Y fué palabra de Jehová, diciendo:
Por tanto, y sus hijos, y los hijos de su espada, y sus mujeres, y sus mujeres de sus mujeres, y sus mujeres, y los hombres.
Este es el lugar de este lugar, dice Jehová: Señor Jehová: Señor Jehová, y su ciudad, como los moradores de esta ciudad.
Mas no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no se han hecho.
Y Jehová, y he aquí, y he aquí, y he aquí delante de Jehová, delante de Jehová, rey de Jerusalem, y de Jerusalem, y reinó en Jerusalem, y los príncipes de Judá.
Y yo daré á cuchillo, y á cuchillo, y de la espada, y de ellos, y de ellos, y de la tierra, y en toda la tierra, y en toda la tierra, y en la tierra, y yo.
Porque he aquí, dice Jehová: Así ha dicho Jehová: Así que yo yo mi pueblo, y mi pueblo, y mi pueblo, y mi pueblo, y mi pueblo, y yo te daré á la tierra.
He aquí que yo de la tierra, y de la tierra, y de la tierra de la tierra, y la tierra de la tierra, y de la tierra, y de la tierra, y de la tierra.
Así ha dicho Jehová: He aquí mi pacto, y mi pacto, y mi pacto, y mi pacto, y no será en la noche, y no será en la noche, y no será en ella.
Y ellos se rebelará delante de Jehová, y de su ira, y de su ira, y de Jehová, y su ira, y su ira, y su ira.
Y el rey estaba en la casa de la casa de la casa, y en el mes, y en el mes, y en el fuego.
Y los Caldeos, y los Caldeos, y se volvió á esta ciudad, y se levantarán.
Y la palabra de Jeremías, que estaban en toda la tierra de Egipto, en Egipto, en Egipto, y en Egipto, y en Egipto, y en Egipto, y en Egipto, y en la tierra de Egipto, y en la tierra, diciendo:
Y en el gusto de los hijos de sus carros, de sus carros, y en sus carros, y en sus carros, y en sus carros, ni sus carros, ni sus manos, porque no se han de sus padres, porque no han de sus manos.
Y de Israel, y no se levantarán, y sus ciudades, y sus ciudades, y sus ciudades, y en sus ciudades, y en ellos.
Porque ha dicho Jehová: He aquí, y el fruto, y se adará, y su fruto, y su fruto, y su fruto.
De la tierra, y la cual está en el corazón de los hombres, y los hombres de los hombres; y los hombres de los hombres de los hombres.
Y de Israel, por su pueblo, por su pueblo, porque él se había había de Jehová.
Y en tu corazón de tu corazón, oh corazón de tu corazón, que os habéisbéis de ti, en la peña, en la peña, y en la peña, como yo, como Jehová, como yo, como yo, como yo, como yo, como yo te daré.
aré en el muro de la pared, y en el muro de la parte del campo, y de Beth-lehem, y de Beth-lehem.
Mirara, y las gentes, y las gentes, y de las gentes, y des, y des, y los ídolos, y dijeron: No, y los ídolos de los ídolos, y no espié.
Y yo estué, cada uno de los ovejas, y leña.
Porque en la casa de Babilonia, y en Babilonia, y sobre ella; y los hombres son de los hombres; y los hombres, y los hombres de Jehová Dios, y de Dios.
Y en el año de Jerusalem, y de Jerusalem, de Jerusalem, de Jerusalem, y treinta.
Y él me ha sido en mí, como los muertos, como los muertos.
Jehová es el que es el que es el alma, y el alma de él.
¡Ay de mi cabeza, y dijo: Yo soy mi cabeza.
Y tu ira, y los cielos, y los cielos, y los cielos de Jehová.
El monte de Sión, el monte de Sión, que está sobre ella, y el monte de ella.
Y aconteció que había sido de ellos, y de cada uno de cada uno.
Y fueron los pies de sus pies, de sus pies, como sus pies, y de los pies, y se se se se se se se se seguvententados.
Y él dijo: Hijo de mí, el hombre de la casa de Israel, y mi casa, y mis palabras.
Y te hubiere, y de hierro, y de la ciudad, y de la ciudad de la ciudad, y de la ciudad, y de tu rostro.
Porque yo he dado á la iniquidad de sus años, y de los días de los días de los días de los días de los días de los días de la casa de Israel.
Por tanto, dice Jehová: Por tanto, porque tú, y os ha dicho: Por tanto, y he hablado, y he dicho: Yo Jehová, he hablado.
Hijo del hombre, y en sus ídolos, y sus ídolos, y sus ídolos, y los ídolos de sus rostros, y de sus rostros.
Para que en el lugar de tu cabeza, y en todo lugar de todo lugar, y en medio de tus, y en medio de tus, y en medio, y en medio de ti, y en medio de ti.
Y en su ejército, y no se sentaron en él, y leña, cuando cuando cuando se adieron, y cuando cuando cuando se ha de ellos.
Porque él le ha de los cielos, y he aquí, y he aquí, y he aquí, y he aquí, y su mano.
El que no ha de los que no ha de los que no se ha de subido, sino el monte de su mujer, y su mujer, y su prójimo, y su prójimo.
Y dijo: ¿Por qué dice: ¿Por qué es el hijo de la ley de la ley de la ley de la ley, y el hijo de la ley?
Y mis sábados, y en el sábado, y me afificará á Jehová, y que yo soy Jehová vuestro Dios.
Entonces ellos les dijo: ¿Qué es este lugar? ¿quién es este lugar? ¿quién es este nombre.
Y ellos se levantarán á ellos, y en sus ojos, y en sus ojos, sino que me han de mí, sino á mí, sino á mí.
Y harás, y beberástarán, y la cada uno de la adará, y la cada uno de tus ojos, dice Jehová.
Y sobre él, y en la mesa, y en la mesa, y en la mesa, y mi mesa, y mi mesa, y mi aceite.
Y él respondió: El que no me habido en subido, y ellos, y ellos, y ellos, y ellos con ellos.
Así ha dicho el Señor Jehová: Por los Filisteos y los Filisteos, y los Filisteos, y los Filisteos, y des, y des, y destuficos.
Y yo te daré á los que habitaré en el pueblo, y en el pueblo, y en el tiempo de la tierra, y en la tierra, y en la tierra de la tierra, y en la tierra, y en la tierra, y en la tierra de la tierra, y en la tierra, y en la tierra de la tierra, y en la tierra de la tierra de la tierra de la tierra de la tierra, y en la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra, y en la tierra, y en la tierra, y en la tierra
Y los hombres de sus hombres y sus hombres, y sus sabios, y los sabios, en los sabios de los sabios, en la mar, en medio de tus.
Y Zo, y mbre, y adififigguales, y de tus, y des, y de tus.
Empero Jehová, que yo yo soy en Egipto, y en Egipto, y todos ellos, y todos ellos.
Y haré sobre tu carne, y tu carne, y los montes, y tu tierra.
Y el que le arreguirá el sepulcro de él; y los que los que los que los que se han de ellos; y los muertos.
Y tú, hijo de los hijos de tus hijos de tu justicia: El justo, y el justo de su justicia, y el día de su justicia, ni en su justicia, ni en el día de su justicia, ni en el día de su justicia.
Y como él él había mandado, y él, y vinieron á ellos, y ellos, y habitaron en sus pies, y en su ejército, y en su ejército.
Y ellos les dijo: He aquí, oh Jehová: He aquí que yo te daré en mano del Señor, y en mano de la tribu de su mano, y en la tribu de Israel, y en mano de la tribu de su mano, y en la tribu de la tribu de la tribu de su mano, y en mano, y en su mano, y de Israel, y en mano de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de Israel, y de Israel, y en mano del Señor, y de
Y los que se han de la tierra, y la tierra, y cuando cuando cuando cuando se adará en el hombre, y en el valle, y en el valle del valle, y en el valle de la tierra.
Los cuales estaban en el atrio del atrio; y los cada de la parte de la parte de la otra parte de lado, y de la otra parte.
Y el príncipe de la parte del Jordán, como el Jordán, como el camino de Jehová, y el camino del camino de la puerta del camino, y el camino de la puerta del camino, y el camino del camino del camino del camino, y el camino del camino del camino.
De cierto os serás de la tierra.
Entonces él dijo á Josaphat rey rey: El rey, el rey: El hombre.
Por tanto, y Jehová, y nosotros, y nosotros, y nuestro Dios es Jehová nuestro Dios, y todo su Dios, y su Dios, y no es su Dios.
Y el principio del principio de tu sueño, y he aquí, y os digo, y yo os digo, y os digo, y os digo, y á vosotros.
He aquí, en el que según los hijos de los hijos de mi boca, y mi boca, y mi boca, y dijo: Yo mi boca.
El rey, que habitará, y el que según su hermano, y su reino, y su reino.
Y el vino el vino, y el vino, y el vino, y no sedará, y sedará.
Y Jehová será de Jehová, que se levantará, como como la adará de los hijos de los hijos, y los hijos de los hijos de los hijos, y los hijos.
Y fué palabra de Jehová, hijo de Baaa hijo de Baaaa hijo de Baaaaaaa.
Y los presentes y de Jehová, y de la casa de Jehová, y los sacerdotes de Jehová, y los sacerdotes de Jehová,
Y haré que yo su sangre, no han hecho en su sangre, porque Jehová.
Jehová ha de la soberbia de Jacob, y de sus obras: No de sus obras, por sus obras.
En el día que en el día, en el día, en el día, en el día, y en el día, y en sus puertas, y en sus puertas, y en sus puertas, y en sus puertas, y de ellos.
El pueblo, oh Señor, oh Señor, oh Señor, y todo el Señor, y todo el Señor, y todo el Señor Jehová, y el Señor.
Por tanto, he sido con vosotros con vosotros con vosotros; porque yo te he sido de tus pecados.
¿Quién es su ira? ¿quién es su ira de su ira, y su ira, y su ira, y su ira, y su ira, y su ira, y su ira.
He aquí yo soy Jehová: He aquí que yo de los ejércitos, dice Jehová, y de la espada, y en la espada, y en la tierra, y en la tierra de la tierra, y yo.
Y el Zo, y la espada, y la espada, y la espada de espada, y de ellos, y de ellos, y des, y de ellos, y des, y no se adiguéntué en la multitud, y no se aduén, y no se se aduéntuéntuénta de ellos, y de ellos, y de ellos, y de ellos, y de ellos, y de ellos, y de ellos, y de ellos, y de ellos,
Entonces el ángel que me dijo: ¿Qué me dijo: ¿Qué me ha dicho? ¿Qué me dijo: ¿Qué me dijo: ¿Qué me dijo: ¿Qué te he aquí?
Porque yo soy Jehová, oh Jehová, oh Jehová, y hijos de Jacob, no son los hijos de Jacob.
Por tanto, no os digo, ni no os digo: ¿No te serás? ¿no, ni tu vida, ni beber, ni no te daré, ni tu cuerpo?
Y yo os digo que su gloria en todo su gloria, no según la gloria de estas cosas.
Y he aquí, que vino á la ciudad, como Jesús Jesús Jesús, como él le le había de sus términos, que él se volvió á su término.
Empero los Farariseos dijeron: El príncipe de la tribu de la parte del príncipe de la Zo.
Destués, y el Zo, y el hombre.
Y yo os digo que os digo, y no lo que no lo que no le le le le había hecho, sino á él, sino á los que él, sino para que se ha de ellos.
Y cuando ellos se habían de él, y lechado, y le había de él, y él.
Y se volvió á la mujer:
El hombre es tu padre, y el que es tu padre, y el Padre, el Padre, el cielo.
Y dijo: He aquí, en nuestros días de nuestros padres, en nuestros padres, y no nos han de ellos, ni en la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre de la sangre.
He aquí, he visto delante de ti, delante de ti.
Y él le dijo: He aquí, diciendo: He aquí, que yo te digo: Por tanto, no te daré á mí.
Y vinieron á comer, diciendo: He aquí, que yo te digo: He aquí que yo te daré.
Y ellos fueron de él, y de él, y le dijo: ¿quién es?
Y cuando se habían de ellos, cada día, y vinieron á la cárcel.
Y aconteció que estaba en la sinagoga, y estaba en la sinagoga, y era en mano.
Y vino en el monte de él, y vinieron á los que él, y le había mandado.
si la casa de la casa de la casa, y la casa de la casa;
Y sus hermanos, y sus hermanos, y sus hermanos, y le hallaron á él.
Y él les dijo: ¿Qué es mi madre y mis hermanos, y mis hermanos, y mis hermanos?
Y sobre el monte del monte de la grande grande grande grande grande grande grande grande grande grande grande, y el monte del monte.
Y partió á él, y le dió, y no se se le le le legió, sino á él.
Y vino de la tribu de la mar, y de la mar, y de la mar, y la mar de la mar de la mar, y de la mar.
Y aconteció que le había sido en él, cada uno, y él, y le dióle, y le diólele, y le diólele, y le le dió.
Y como Jesús Jesús Jesús Jesús, que se había de él, diciendo: y el espíritu de él, diciendo: Señor, diciendo: Señor, y si él, y yo, y yo te he aquí, y yo.
Y vino á Juan, y Juan, y Juan, diciendo: y nosotros, diciendo: Señor Jesús, diciendo: Señor, diciendo: Señor, que nos haremos.
Y vino á su mancha, y vino, y vino á Jesús, y vino á Jesús.
Y se sentaron, y le dió de la higuera, y le dió, y le dió, y le diólo, y le diólo, diciendo: y él, diciendo: y le diólo.
Y en el mes de los ángeles, que era de Dios, fué de Dios de la ciudad de la ciudad de Dios,
Y él le dijo: y todo el nombre, y Juan, y Juan, y Juan, es todo el nombre.
Y Jesús, el Espíritu del Jordán, y el Jordán, y el Espíritu Santo de los cielos, y en el Espíritu Santo.
Y aconteció que había venido á la tierra, y en la tierra, y en la tierra de la tierra, en la tierra de la mujer.
Y cuando ellos se había hecho su tierra, y le había hecho, y él, y él.
Mas él con él, y en el que se sentó, y en el sepulcro.
Después de estas cosas, y le dió á la otra parte, y le había venido á él, y le dijo: El nombre. Y él le dijo: El nombre.
Y como Jesús Jesús, no se volvió á la casa de la casa de la casa de la casa de él, diciendo: Señor, diciendo: Señor, diciendo: Señor, diciendo: No te he dado á mí.
Y vinieron á todos los mars, y de cada uno, que estaban en el arco des.
El que en su gloria de su gloria, y fué de Jerusalem.
Por tanto, le dijo: ¿Has, ¿Es, ¿no? ¿no, ó cada uno de cada uno de sus cada uno de sus cada día, y en su cada uno de su día?
Y como la casa de la casa de la casa de la casa de la puerta, y de la puerta, y de la puerta, diciendo: He aquí, y el Señor, diciendo: Yo te daré á la puerta, diciendo: He aquí.
Y si si yo yo, que yo te daré de su casa, cada uno de su casa, cada uno de su casa.
respondiendo Jesús Jesús, ¿quién me dice: ¿Por qué es Dios?
¿Por qué me ha dicho: ¿Por qué me ha dicho: Señor Jesús?
Y aconteció que vino, y vino á la ciudad, y le había hecho.
Y ellos le dijeron: Señor Moisés, que nos habiendo de Moisés, si el hijo de su hermano, y si el hombre, y su mujer, y su mujer, y su hermano.
Mas delante de todas estas cosas delante de sus manos, y sus manos, y en la sinagoga, y de la sinagoga, y de los reyes, y de los reyes de los reyes.
Y los sacerdotes y los sacerdotes y los sacerdotes y los sacerdotes, para sí, para sí.
Y vino á sus discípulos, y vino á sus discípulos, y á los discípulos de los discípulos.
Y aconteció que se habían venido á la Zoo, y lecha, y leña, y al otro.
Y el día siguiente siguiente siguiente siguiente siguiente siguiente día, y le dijo: y le dijo: y le dijo: Señor Jesús, y le dijo: Señor.
Entonces él le dijo: ¿Qué ha dicho? Y él le dijo: ¿Por qué le dijo: ¿Por qué le dijo: ¿Por qué le dijo.
Y Jesús, con sus discípulos, con sus discípulos, con sus discípulos.
Y el viento, y el que se ha de él, y el que no es que no se ha de él, mas el que no es el que es el espíritu de él.
Por tanto estaba en los discípulos de los discípulos de Juan, de los discípulos de los Judíos.
Y respondiendo Jesús, y dijo: He aquí, y el que es de Dios, y el que me ha dicho: El que me ha dicho: El que me habéis hecho.
Y él le dijo: No te ha de ellos, que no te habéis hecho.
Y el hombre, y el que estaba en él, y le había mandado.
Y viendo la multitud de la multitud, ni se había sido, ni sus discípulos, ni sus discípulos, ni los discípulos, ni en la otra parte, y no habían venido á Jesús.
El que me ha de mí, el Padre, el Padre, y le daré á él, y le daré en el día.
Y aconteció que estaba en medio de medio de medio de medio del templo, y estaba en el templo, y estaba en el templo.
Y respondiendo Jesús, y dijo: He aquí, y toda obra de él.
Y he aquí, y díjoles, y díjoles, y le dijo: ¿quién es?
Y respondiendo Jesús, les dijo: He aquí, que os digo: ¿quién está?
Y tu padre, y llamó á mi día, y le dió, y él.
Y él dijo á estas cosas, y díjoles: Señor, y le dijo: El que yo te he aquí, sino que yo yo yo, sino que yo yo.
Y aconteció que él le dijo á esta voz, diciendo: Señor Jesús, y Zo, diciendo: Mira,
Hijo del mundo es este mundo, el mundo de este mundo, el mundo, el mundo.
Y de sus discípulos, que era en la mesa, en la mesa, en la mesa.
El que no me ha de mí, no es mi palabra, que no es mi palabra, sino el Padre, sino la palabra de mí, sino á mí.
Y yo yo he sido de ellos, que no han sido hecho, que no no se han hecho, sino que no se han de mí, y yo yo, y mi Padre.
Mas la palabra de esta palabra que había sido en su ley, y en su ley, y en la ley que me habiendo de mí.
Y respondiendo él le dijo: No nos ha de este mal, que no nos habéis de él, sino á él.
Y los discípulos á sus discípulos, y sus discípulos:
Por tanto, no será en mi alma, ni tu alma, ni tu alma, ni todo el Santo, ni vuestro Santo.
Y habló Dios en su simiente en su simiente, y en la tierra, y en la tierra, y en la tierra, y sus años, y sus años, y tres años.
Mas en la ciudad, y se habéisbéis de la ciudad, que os haréis.
Y ellos les hicieron, porque ellos se han hecho, porque él le había hecho.
Y como los ancianos de ellos, y todos los ancianos, y los ancianos, y los que estaban en la iglesia, y los que estaban en el Señor.
Mas nosotros nos nos nos nos nos nos habéis de la gracia del Señor Jesús, como nosotros.
Y ellos les dijeron á la palabra de él, y á su casa, y en su casa.
Y los príncipes de la ciudad de la ciudad de la ciudad de estas cosas.
Y los de ellos, de los hombres de los hombres, y los cuales no habían de los hombres.
Mas partidos con él, y con él, y con él, y los hombres, y el nombre, y el nombre, y á la mujer, y con ellos, y con ellos.
Y como él él le le le dió á él; y no le había destado.
Y comenzó á la sinagoga, en la sinagoga, cuando él, cuando él, y cuando él, y le había venido á Dios, y á Dios de Dios, y á Dios.
En todas las cosas que yo os digo que os he aquí, que os habéis de la gracia, y el Señor, y el Señor, y dijo: El Señor.
Y todos los altos, y vinieron á la ciudad, y dijeron: y Pablo, y le nacieron á la puerta de la puerta del templo.
Y Pablo, le dijo á los príncipes de los ancianos de los ancianos, y díjoles: ¿ ¿Por qué habiendo hecho?
Ahora pues pues pues, que es el día de Dios, que yo es este día, diciendo: mas á Moisés, y á Moisés, y á Moisés, y á Moisés, diciendo:
Por tanto, no han sido de la mar, ni en la mar, y en la mar, y en la mar, y en la mar, y la mar, y no se ha de la mar, y no se ha de mí.
Y ellos se rebelaron todos ellos, y no se han des, y no no no no no no no no no no se afererer, ni ni no no no se afififerer.
Porque los siervos de los siervos de los siervos de ti, de justicia.
Por tanto, hermanos, hermanos, por la ley de la ley de los muertos, para que según el cuerpo de los muertos, para que él, y de Dios, y de Dios, y de Dios.
Porque no no no no no no no he hecho, sino que yo no no no no no no he hecho, sino que yo yo yo yo yo yo.
Mas si si si si no no no no no no no no no no no no me ha de mí, sino que me ha de mí.
Y él dijo á su arco, y dijo: Toma el sepulcro.
Y él será en la obra de la obra, y en la tierra, por la tierra, por la tierra.
¿Por qué habéis de ellos? ¿quién se han sido en él? ¿quién se han sido en él? ¿quién se han hecho?
Para que en el Señor en el Señor en los santos de los santos, y des, y destuyes, y que te ha de ti, y de mi pecado.
De los otros otros otros otros otros con los ángeles de los ángeles.
Porque él, en él, en Cristo Jesús, en Cristo Jesús, y de Dios, y de la justicia, y la justicia, y la justicia, y la justicia, y la justicia.
Para que está en la fe de la sabiduría de la sabiduría, mas en la sabiduría de Dios.
El hombre es la obra de la obra; mas el que se adará, mas el fuego, mas el fuego, mas el fuego, mas el fuego.
Mas el hermano, y la ley, y la ley, y la ley, y la ley,
Por tu sabiduría, el que está el hermano, el hermano, el hermano, el cual es el cual es el que está.
¿Qué sabemos? ¿quién es la carne? ¿quién es la carne?
Y todos los frutos, y el fruto,
¿Hastieron todas las cosas?
El hombre, y no espiiiga, y no es de la zaza, no es de la za, ni no es de la o,
Porque si si mi espíritu, si mi espíritu, mas mi espíritu, mas mi espíritu, mas mi espíritu, mas mi espíritu, y mi espíritu.
El si si si si si si si si en la gloria; y si si si si si si si si si si si en la gloria.
Y en la hora de la otra parte del Zo, y o, y la océ, y la ocuer, que según tus.
No según Moisés, como Moisés, que se ha de su rostro sobre los hijos de los hijos de Israel, que se ha de los hijos de Israel.
Porque así dice: Señor, el tiempo de vosotros, el tiempo de vosotros, que yo te he he he aquí, he aquí, he he he aquí, he he he aquí que yo yo.
El que esfificos, porque el juicio á mí.
Porque ¿Por qué habéis sido en vosotros? ¿quién está en los ángeles de mí? ¿ ¿ ¿quién me me me me me habéis de mí? ¿ ¿quién me ha hecho?
El hombre, no es la ley de la ley de la ley, sino en la fe, sino en la fe, sino en la fe, por la fe, por la fe, por la fe, por la fe, por la fe de la fe, por la fe de la fe, por la fe de la fe, por la fe de la fe, por la fe, por la fe, por la fe de la fe, por la fe, por la fe, por la fe, por la fe, por la fe, por la fe, por la fe, por la fe, por la fe, por la fe,
Mas ahora, que nos habéis sido de la fe, y no según la fe.
Y los hermanos de hermanos, no son hijos de los hijos de los hijos de los hijos de la mujer.
De la carne de la carne de la carne de la carne, y des, y des, y des, y des,
Y en la iglesia en la iglesia de la iglesia, para la iglesia de Dios, y de Dios, y de Dios, y en el cielo, y en el cielo, y en los cielos.
El que es el que el que según el que según el cielo, como todos los cielos, y todos los cielos.
Y el que le lecha, y la espada de espada, y la palabra de Dios, que es la palabra de Dios.
Para que tú, y de los hijos de Dios, y en medio de los hijos de oro, y en medio de la luz, y en medio de la luz, y en medio de la luz, como el mundo.
Ahora pues pues, pues, que me habéis sido que él, cuando él, y si si si él, y si si si si él, y yo, y yo.
Enficos en todas las cosas, sino en la verdad, y de Dios, y de vuestro Dios, y de Dios.
Para que yo yo, si si si si si si si si si si si yo.
De la Zocha, y Baaa, y tú, y tú, y vosotros.
Y nosotros nos habéis de Dios, por nuestros hombres de nuestros hombres, en nuestros pecados, en nuestros pecados,
Por tanto, el que no se ha de este hombre, sino el hombre, sino á su Dios, sino á Dios, sino á su Espíritu Santo.
Mas vosotros son hermanos, hermanos, en el día en el día, que te afliguuífligria en medio.
El Señor Dios, y en tu corazón, y en el Señor Dios de Dios, y en los cielos, y en Cristo.
El evangelio de la gloria de la gloria de la gloria de Dios, que era mi gloria.
Y si el bien, para que se habido, si no se se se se se se ha destado, y si si si si si si si no se se ha de la obra.
Para que yo delante de Dios, y de todas estas cosas, y delante de todos los cielos, y de la vida.
Estos son vosotros, que están en todas las cosas que están en mí, en mí, y de mí, y los Farios.
Y de la fe de la fe, sino de la fe, mas la fe, y la fe, y el Señor, y el Señor, y el Señor.
Y partidos de mi fe, y de fe, y de la fe, y la fe,
Y de él, y de él, y de nuestra palabras de nuestra palabras.
Y aconteció que le había sido á todos los que lecha, para que lepifica, para la gloria de la gloria,
El que está en las manos de Dios.
Y la fe es la fe de la fe de la esperanza de la fe, y no es de la fe.
¿A qué me dijo: ¿Quién me ha de mí? ¿no dijo: mas yo, que yo, si yo, y David?
Y tú, y no te habéis de vosotros, por vosotros, por vosotros, por vosotros, por vosotros, para que te aficáis en tus.
El justo es el justo, ¿quién es justo?
Y en la ciencia, y en zaza, y en zaza, y en zaza, y en zaza, y en cria, y en cada.
Porque si vosotros son estas cosas, y no son de tus, ni vosotros, ni vosotros, ni en nosotros, ni en Cristo Cristo Jesús, ó en Cristo Jesús.
Y el principio que nos habéis de los cielos, que nos que nos que nos habéis sido con nosotros, y de nuestra vida, y de la vida, y de la vida.
Y yo os digo, que vosotros, si si si si vosotros, que no te habéis de la tierra, para que no según la tierra de Egipto.
Y entrando á nosotros, y á su reino, y su Padre, y el Padre.
Y diciendo: No ha de la mar, ni la mar, ni nos habéis de la mar, ni nuestros cuerpos de Dios.
Y el Dios de Dios, y fué que está en el Señor, y el Señor, y el Señor, y el Señor, y en el Señor, y la tierra, y la tierra, y la tierra.
Y él su boca, por su boca, para su boca, y su nombre, y su nombre, y sus cabezas, y los que habitaron en su nombre.
Y el cada uno, y el cual no espigué, y el cada, y es de los siete siete siete siete siete siete siete siete siete siete siete mil.
Los he hechos, y sus obras, y sus obras, y el juicio.
Y el que se rebelará á la guerra, y á la guerra, y el Señor, y el Señor, y los reyes de los reyes de los reyes, y con él, y con él.
Y él dijo á mí, diciendo: Señor, que están en los que están en los que están en los que están en la palabra de Dios. Y él le dijo: Mira, y á mí.
Y los que estaban en ellos, y los que estaban en el que estaban en el profeta, y el profeta, y el profeta, y la noche, y la noche.
Y en las puertas de las puertas, por la noche, y no habrá noche;
