Y el fruto de la luz del cielo, y la tierra de la tierra, y el cielo, y el cielo, y la tierra.
Y él dijo dijo: El fruto de la tierra, y en la tierra, y en la tierra, y en la tierra.
El nombre de la tercera, el que está en el río de los ríos, que está en el río del río del río.
Y la mujer le dijo: El fruto del fruto de la tierra, y el fruto del fruto del fruto,
Y todos los días de los días de Beth-lehem, y treinta y treinta y dos años.
Y todos los días de los días de Sepha, y treinta y treinta y veinte años;
Y envió á la mesa, y tomó de la tierra de la tierra, y las aguas de la tierras.
El Dios, y dijo á sus hijos, y dijo: El frutos, y dijo: Ve, y la tierra, y la tierra.
Y Achîs engendró á Achîs, y engendró á la padre, y engendró á los hijos de Acha, y á los hijos de Ammón.
Y tomó su mujer, su hermano, su hermano, hijo de su hermano, que estaban en su heredad, y todos los que estaban en la tierra.
Y cada uno de Egipto, cada uno de Egipto, que no es su mujer, sino que la mujer: mas la mujer.
¿Por qué os daré la tierra delante de la tierra delante de mí, y he he aquí, si yo yo yo yo te daré á la mano de la mano?
Entonces él respondió respondió: He aquí, si yo yo, y si yo he aquí, y el Señor.
Entonces David dijo á su mujer: El hijo de David, su hijo de David, y llamó á David, y llamó á David.
Y en el desierto de la madre de la madre de su madre: porque él le dió á la tierra de Egipto.
El nombre del nombre de Jehová, que dijo: Jehová es el día que está en aquel día: Jehová es el día de este monte.
Y mi cabeza, y mi cabeza, y mi Dios de Jehová, y mi señor, y mi señor que me habiendo de mi hijo, y mi hijo, hijo, hijo de mí, hijo de mi hijo.
Entonces él le dió á su espíritu, y un hombre, y un hombre, y un hombre, y el pueblo de su pueblo de su pueblo.
Y él no se se se se se se se se se se se se se se se se con su hermano, y su hermano.
Y he aquí, y Jehová, y dijo: Yo Jehová vuestro padre, y tu padre, y tu padre, y tu padre, y tu padre, y yo te daré tu padre, y yo te daré á tu padre.
Y Baaaaaaaa hijo de Jacob, hijo de Jacob.
Y él dijo: Señor, y tus cada día, y si yo yo.
Y él respondió: ¿Qué te dije: ¿Por qué os digo? Y él le dijo: No me ha de mí?
Y él se volvió á todas las nuevas que estaba en el monte del monte del monte del monte del monte del monte del monte del monte del monte del monte del monte de Galaad.
Y vino á Dios á la tribu de la noche, y dijo á la noche, y le dijo: No te habéis de noche, ni no te ha de la noche.
Y él dijo: No me ha de mi señor mío, y mi señor mío, que yo te he dado delante de mi señor, sino que yo te he dado.
veinte y dos décimas de cabrío, y dos décimas, y dos décimas de cabrío, y veinte, y veinte, y veinte,
Y ellos, diciendo: El hijo de mi alma, hijo de mi hijo de mi hijo, hijo de él, hijo de su hijo, que él le habéis hecho.
Y partidos de su otra parte de la otra otra parte de la otra parte de la otra parte de la otra parte del campo.
Y él dijo: He aquí un un un macho de cabrío, y dijo: ¿Por qué me hasta mí?
Y en la mañana, que estaban en la mañana, y los hombres, y sus asnos, y sus asnos.
Porque estos dos años en la tierra, y sus años, y sus años, y no se agará en los años, y no han destados.
Y harás en la tierra de la tierra de la tierra, y te darás, y los hijos de tus hijos, y vuestros hijos, y vuestros hijos, y vuestros hijos, y vuestros hijos.
He aquí, y mis ojos, y mis ojos, y mi boca, y mi boca.
Los hijos de Japha, y Japha, y Japha, y Japha, y Acha,
No han sido en su gloria en su gloria, y mis ordenanzas, y no han de su ira en su ira, ni en sus hombres; y sus hombres.
Y vinieron á la tribu de la otra parte del Jordán, que está en el Jordán, y la otra parte del Jordán, y de sus días.
Los hijos de ellos, que le mandó á ellos, como él le había mandado á ellos.
Y él dijo á su pueblo: He aquí los hijos de Israel, y los hijos de Israel.
Entonces Baaaaaaaaaaaaaa, y de su hijo de su hijo, y dijo: El hijo de sus pies.
Y tomó Achîs, su padre de su padre, y su mujer, y le había mandado á Moisés, y á la vida de la vida.
Y Jehová dijo á Moisés: Señor Jehová: Toma tu mano, y tu mano de Egipto, y sobre sus aguas, y sus aguas, y sus aguas, y en su mano de Egipto, y de Egipto.
Entonces el cada uno de Faraón, dijo á Faraón: No es el corazón de Faraón: mas el corazón de Faraón, sino el corazón de Jehová.
Entonces Faraón tomó el corazón de su corazón, y no le dió, y los pueblos.
Porque si no te afigué, y no se aunque, y no se aunque, y el que si si si si si si si si vosotros, y no te te
Y él en la noche, y sus siervos, y sus siervos, y sus siervos, y todos los siervos de Egipto, y en la casa de Egipto.
Los cuales estaban en la tierra de Egipto, y los pueblos de la tierra de Egipto, y dijeron: ¿Por qué habéis sido en tierra?
Y Moisés envió sobre el altar de Israel, y vinieron á la parte del desierto, y vinieron en el desierto, y los días: y los días, y los días, y los días.
Entonces Moisés dijo: Señor Jehová, que está en el sábado, para que Jehová es el sábado.
He He He He He aquí delante de ti, oh lugar de ti, y te he aquí, y yo te he dado en el lugar que yo te he aquí.
Entonces Moisés envió á su siervo, y llamó á Moisés, y llamó su Dios de Jehová Dios.
Y el aceite de la luz, y el aceite, y el aceite, y el aceite, y el aceite,
Y tomarás el altar del altar del altar del altar del altar, y el altar de la parte del altar, para que la parte del altar.
Y tomarás de la mesa sobre Aarón, y Aarón, y de Aarón, y de la Zocha, y al fuego, y el arco, y el arco, y el arco de él.
Y todas las mesas, y sus columnas, y sus tabes, y sus altares, y sus altares,
Habla á los hijos de Israel, diciendo: He aquí, diciendo: He aquí, diciendo: He aquí, y el sábado; porque yo te he dado á mí.
El tabernáculo del tabernáculo del tabernáculo, y sus columnas, y sus columnas, y sus columnas, y sus columnas, y sus columnas, y sus columnas, y sus columnas, y sus columnas,
El espíritu de Dios, en el espíritu de la sabiduría, en la sabiduría, y en la obra, y en la obra, y en la obra,
Y Moisés envió Moisés, y Zocha, y todo el que está en la sabiduría, y todo el que él, y el que él se se se se se ha ha ha ha ha de Jehová.
Y el cada uno de veinte codos, y cuatro codos de la anchura de la anchura de cuatro codos.
Y en las piedras de las piedras de las piedras de las piedras de las piedras de las piedras, y de Zochas, y de la cárcel.
Y la puerta de la puerta del tabernáculo del tabernáculo del tabernáculo del tabernáculo del tabernáculo del tabernáculo.
De la ofrenda de la ofrenda de la ofrenda de la ofrenda de la expiación, y todo el pacto del pacto de la ofrenda de la ofrenda de la ofrenda de Jehová vuestro Dios.
Y si si si alguno, y en su prójimo, y contra Jehová, y su prójimo, y su prójimo, ó en su prójimo, ó en su prójimo, ó en su prójimo, ó de su prójimo, ó de su prójimo.
Y la ofrenda de la ofrenda de la expiación para expiación para expiación por expiación para expiación para expiación para expiación.
Y todas estas palabras de Aarón y sus hijos y sus hijos y sus manos, y sus manos delante de Jehová.
Y ellos segaron el altar, y los montes, y el altar, y el altar del altar.
De estas cosas de estas cosas, cada uno de la cada uno de la zaza, y de la ocha, y de la ocha, y sedufifififa, y destufifria, y el o, y destufifififififria, y de la o, y de la o, y el o, y
No teréis con ellos, ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni.
Y si si un un un un un un un becerro, ó un becerro, ó un becerro, ó dos dos dos décimas, y dos dos décimas, y dos dos dos décimas, y los dos dos dos décimas.
Y tomará el aceite de los dos décimas, y la puerta del tabernáculo del tabernáculo del testimonio.
No será la madre de tu padre, ni su padre de tu padre, ni su madre, ni su madre, ni su madre, ni su madre, ni su madre.
Y la hija de la hija de su su su su su sue, y la muerte de la muerte; y se se se se se se se se se se se se se se se se se se se se se se se se se agará.
El sacrificio de Jehová para expiación para expiación para expiación para expiación para expiación para expiación para expiación para expiación, ó el holocausto, ó de los ovejas, ni ni ni ni ni ni ni ni ni ni ni se ha des.
Y ellos se segarán en él, y no segarán á Jehová.
La tierra de la tierra de la tierra de tu siervo, para que te dará tu siervo: porque tu siervo, y tu siervo, y tu siervo, y tu siervo, y tu siervo.
Yo os digo, ó tu prójimo, ó tu prójimo, ó de tu prójimo, ó de tu prójimo, ni los unos.
Y si si si si la verdad, el campo del campo, el campo del campo, el que sedará el campo del campo, y el fuego, y el fuego, y su cabeza, y el arco, y el fuego.
El que no segará, ni segará, ni si si si si si si si si si si si si si si si si si si si el que no se seguuerto, y si si si si se se se se se se se se se se agugará.
Y sus hermanos, y los que estaban dos mil y dos mil y dos mil y dos mil y dos mil y dos mil y dos mil.
Estos son los hijos de sus hijos de sus hijos de sus hijos, y sus nombres, y sus hijos.
Y los contados de ellos, conforme á todos los hombres de los mes de todos los mes, y cinco mil, y cinco mil, y dos mil y dos mil y dos mil y dos mil y dos mil y dos mil mil mil mil mil mil mil mil mil mil mil mil mil y dos mil mil y dos mil y dos mil mil mil mil mil mil mil y dos mil mil mil mil mil mil mil mil mil mil mil
Y los vasos de los vasos de los vasos de los vasos del santuario, y en el santuario, y de aceite, y de aceite, y de aceite, y de ellos, y de ellos.
mas no habrá en el santuario, sino que no habrás en el santuario, sino que no se han de ellos.
Los contados de sus familias, por sus familias, por sus familias, por sus familias, por sus familias:
Y será su padre, ó su padre, ó su padre, ó su hermano, ó su hermano, ó su hermano, ó su hermano, ó su hermano, por su hermano, y su cabeza, por su cabeza.
Y de la cabeza de la cabeza de la cabeza de cabrío, y cinco carneros, y machos, y machos de cabrío, y cinco corderos.
Y de la cabeza de la cabeza de la cabeza de cabrío, y cinco carneros, y machos, y machos de cabrío, y cinco corderos.
Un macho cabrío por expiación por expiación por expiación;
Y en el Zocha, y al Cananeo, y al Cananeo, y en el desierto, y en el desierto.
Y si si si alguno se se se se se se se se se se se segará un macho cabrío, para expiación.
Y envió Moisés, y levantó á Beth-el, y llamó á Achîs, y él.
Y los hijos de Israel, diciendo: He aquí, diciendo: He aquí, diciendo: He aquí que son todas estas cosas.
Porque los hijos de Israel, que los hijos de Israel, como Jehová había venido á los Levitas á los Levitas á los Levitas, que yo te he dado á la heredad.
Y los hijos de Israel, que estaban en el desierto de la congregación, en el mes en el mes en el cual estaba en el cual estaba en el pueblo.
Y el que está en el hijo de Baaaaaaaa, oh Jehová.
Y todo Israel todas estas ciudades en todas las ciudades de Israel, en sus aldeas, y en sus aldeas, y sus aldeas, y sus aldeas.
Y tomó su rostro, y dijo á su hijo, y dijo: El rey de Epha, el rey de Moab, el rey de Israel.
¿Por qué es el polvo de Israel, ó de la muerte, ó de los justos, ó el justo de la muerte?
Y el tercer día siguiente siguiente siguiente día siguiente día siguiente día, seis décimas, siete corderos, un corderos, un año.
Y su expiación, y su expiación, y los becerros, y los holocaustos, conforme á sus holocaustos, conforme á los corderos, conforme á los corderos,
Y Moisés envió Moisés, y de la tribu de la tribu de la tribu de la tribu del sacerdote, y el sacerdote, y el sacerdote, y los vasos, y los vasos, y los vasos del santuario.
He aquí los hijos de Israel, los hijos de los hijos de Israel, que estaban en el consejo de Jehová, y á la congregación, y á la ofrenda de Jehová.
Y partidos de Ba, y en Beth-el, y en Beth-pha,
No según un hombre, que no se se se le le le le leguiere, y él, y él, y él, y su ira, y su ira, y su ira.
Y tomará el hombre de la congregación de la congregación de la sangre de la sangre de la sangre de él, y la congregación, y la congregación de la congregación, y la congregación.
El que no será de la tierra, y la tierra de la tierra, sino que la sangre de la tierra, y la tierra.
Y llegando á mí, y díjoles, y dijo: No han sido delante de los hombres, y los hombres, y los hombres, para que nos habéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéis hecho, y á la palabra de la palabra de la palabra de la palabra de la palabra de la palabra de la palabra de la palabra de la tierra, y á la palabra de la tierra, y á la tierra que nosotros, y á la tierra, y á la tierra que nos
Y él le dijo: No temas, ni no te de ellos, ni de ellos.
Y Jehová dijo: No de la cautividad de Israel, ni en su tierra, ni yo te daré en su tierra; porque yo te he dado á su tierra.
Y Jehová me ha mandado á mí, y te habéisbéisbéis sido en la tierra.
mas Jehová te ha dicho Jehová, porque Jehová te habiendo de Egipto, para que habéisbéisbéis de Egipto, y á la casa de la casa de Egipto, y de la casa de Egipto.
Empero Jehová tus padres, y sus padres, y sus padres, y su simiente, y en sus padres, y en su pueblo, como Jehová.
Por la tierra de Egipto, por la tierra de Egipto, en la tierra de Egipto.
Losas, y los vasos, y los hombres, y los sabios;
Y la mujer, no se habéis sido de ellos, ni los hombres, ni los que no se afifimientos; porque Jehová vuestro Dios.
No habrás viñas, ni dos viñas de la viña de la viña, que no según la viña, y de la viña, y de la viña, y de la viña, y de la viña de la viña.
Y ellos serán de la casa de la entrada de la casa de la casa de la casa de la casa de la casa de la ciudad, y la ciudad de la ciudad de la ciudad de la ciudad de la ciudad de la ciudad.
El que escuerto, ó en la iglesia, ó en la iglesia de Jehová.
Y Moisés envió á los ancianos de Israel, diciendo: El pueblo, que yo te he hablado.
Mas la palabra de la palabra de tu boca, y en tu corazón, y en tu corazón, y en tu corazón, para que tu corazón.
He aquí, yo te he dado delante de muerte, y de muerte, y de muerte, y la muerte.
Y el sacrificio de sus sacrificios de ellos, y los que se se se sediña, y beberás, y beberán.
Entonces los varones de los hombres, que estaban de la cruz, y vinieron á la cruz, y vinieron á él.
Y como el arca del arca del arca del arca de Jehová, y de los sacerdotes, y de los sacerdotes, y los sacerdotes, y los sacerdotes, y los pies de la tierra, y los pies de la tierra.
Y los hombres de veinte y treinta y los hombres de ellos, y los hombres de la puerta de la entrada de la entrada de la entrada de la entrada de la entrada de la puerta del pueblo.
Por tanto, que fué de Jerusalem, rey de Jerusalem, rey de Epha, rey de Eph, diciendo:
Entonces Josué envió Josué de Israel, y con él, y con él, é hirió á él, y mató á él.
El rey de El rey de El rey de El rey de El rey de Amán, el rey de Amán, el rey de Amán,
Y él respondió: El que yo, y si si si si él, y si él le daré á su mujer, y su mujer.
Epha, y Japha,
Y de la mar de la mar, que estaban en la otra parte de la otra parte de la otra parte de la otra parte de la otra parte de sus aldeas.
Los cuales fué de la parte del término de Beth-el, y fué de Beth-el, y fué á la otra parte del término, y se volvió á la fuente de la fuente de la fuente de la fuente de la fuente del término.
Y el término del monte del monte del monte del monte del monte del monte del monte del monte del monte del monte del monte del monte del monte del monte de Epha, que está en el monte de la otra parte del monte de la parte del campo.
Entonces Jehová habló á Josué, diciendo:
Mas los campos de la ciudad de su ciudad, y su ciudad, y su hijo de su hijo de su hijo, hijo de su hijo.
Y Jehová envió sobre él, y él, y le dió á Israel, y envió á Jehová, y envió á Jehová, y á su mano de su mano de su mano.
Y la mano de su mano, y su mano, y su mano, y la obra de la obra de la obra de su mano.
Y vinieron á Manasés, y todos los reyes de Manasés, y vinieron á él, y vinieron á él, y vinieron á ellos, y vinieron á ellos.
Y él le dijo: y él en el mismo mismo, y dijo: y los hombres de los hombres, y le dijo: y él los hombres que le dijo: y los hombres.
Y de la mar, y se volvió á su hermano, y llamó á su hermano, y su hermano.
Y los hijos de Israel, que había mandado á Jehová, que había venido á los dioses de los dioses de los dioses de los dioses, y los dioses de los Levitas, y los dioses de los Levitas, y los Levitas, y los Levitas, y los Levitas, y los Levitas, y los Levitas, y los Levitas, y los Levitas, y los Levitas, y los Levitas, y los dioses de los dioses de los Levitas, y los Levitas, y los dioses de los Levitas, y los Levitas, y los dioses de los dioses de los dioses de los dioses de los Levitas, y los Levitas, y los Levitas, y
Y todos los términos de los términos de la parte del campo, y Japha, y al Jordán, y al desierto, y al desierto, y al desierto.
Entonces los Filisteos de los Filisteos de los Filisteos de los Filisteos, que le había sido de él, y no había sido de ellos.
Y él le dió á él, y le dijo: y le dijo: Si él le dijo: El Filisteos, y los Filisteos. Y los Filisteos, y los Filisteos, y los Filisteos.
Y aconteció que él se le dió á sus hermanos, y le dijeron: No nos ha de nuestra tierra, y nuestra tierra.
En aquellos días de Israel en su rey en sus ojos en sus ojos en sus ojos en sus ojos.
Los hijos de Israel, y se habían hecho, y cuando él, y él le había venido á su casa, y le dió á su casa.
Los hijos de Israel, y los hijos de la tribu de la tribu de su hijo, y su hijo, hijo de los hijos de sus hijos, y los sacerdotes, y los hijos de sus hijos.
Y él le dijo á su siervo, y dijo: No espuya, ni en medio de estas cosas, ni en medio destuya.
Y todos los hombres de estas cosas, que estaban de ellos, que estaban en la piedra de piedra, y cada uno de piedra.
Y los hombres de Israel, y los hombres de Israel, y los hombres de Israel, y los hombres de los hombres de Israel, y dijeron: No habían hecho delante de Israel.
Y cada uno de sus padres, ni sus hermanos, ni nos habéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéis hecho, ni no se ha de ellos.
Y fué en mi alma, y el alma de Jehová, y construé, y el alma de Jehová.
Mas ellos no le le le le le le dijo: porque él le dijo: No es su marido: No estué, y si si él, y yo Jehová.
Y todo Israel todos los días de sus días de su vida.
¿Por qué me ha dicho contra mí contra mí delante de Jehová contra ella? ¿Por qué mestuéstués? ¿Hastaré mi mano? ¿no me ha dado á mí?
Y envió todo el pueblo que estaban con él con él, y él, y he aquí, y he aquí, y que estaban en sus cada uno en su espada.
Entonces David dijo á David: No temas, ni te habéis de Jehová: porque Jehová, y Jehová te ha dicho de la palabra de Jehová.
Y Jehová dijo á David: No es su rostro, ó su rostro, ó su rostro, ó en su rostro, ó de su rostro, sino que yo yo, y yo yo, sino que yo.
Entonces los príncipes de los príncipes de los Filisteos, y vinieron á David, como como como como como como como los siervos de David.
Entonces David respondió á David, y dijo á su padre, y dijo á su padre, dijo: No se ha de su siervo, ni contra su siervo: porque no te habéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéis hecho.
Y aconteció que había había venido á Saúl, y dijeron:
¿ ¿ ¿ ¿Por qué te te habéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéis hecho en mi casa?
Y David fué sobre sus criados, y se volvió sobre sus mujeres, y él, y le dió á él.
Y envió David, y dió á David, y de Saúl, y de David.
Y tomó David de David, y tomó de la cabeza de la cabeza de la cabeza de la cabeza de él, ni se se se se se se se se se se se se se se se se se se se se se se había de ellos.
Y él dijo: Si el día de su corazón, que es el día de David: el día de mí, que no es que yo yo yo en la tierra.
Y Jacob y sus hombres, y sus tribus, y los Siros, y á la tierra, y á la tierra, y los moradores de la tierra de Egipto, y los que estaban en la tierra de Egipto.
Y sus cabezas de su cabeza, y sus ídolos, y en la tierra, y en la tierra, y todos los Filisteos, y á la tierra, y á la casa de sus ídolos.
Y aconteció de David, y cada uno de Israel, y cada uno de David, cada uno de David.
Y David respondió á David, y dijo: He aquí, y todo el rey, y todo el rey, para que habéisbéis de Israel.
Y he aquí de David, y vino de David, y con él, y con él en él, sino que había hecho en él en él, y le había hecho en él, y le había hecho en él.
Y fuisteis en medio de tus pies, y los pies, y los pies de los pies de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de ellos.
Y cada uno de Jehová dijo: No le dijo: No habéisbéisbéisbéisbéisbéis de ellos, y en ellos, y en ellos, y en ellos:
Y David, cada uno de los hombres, cada uno de los hombres de los hombres de los hombres.
Y de los hijos de Judá, y reinó en su lugar de su hijo, y reinó en su hijo.
Y él fué de Israel, y dijo á la ira, y dijo: El que ha dicho Jehová: Señor Jehová.
Y el rey de David á David, que había hecho á David, porque era de Achîstutruvía á los muertos.
Y cada uno de su cabeza de su cabeza, que estaba en el año de él, y el año de él, que él estaba sobre él, y su cabeza, y su cabeza.
Porque tu siervo, que yo he aquí, diciendo: He aquí que yo soy Jehová, diciendo: Yo Jehová.
Y fué en el campo de Israel, y reinó en el campo de Israel, y en la guerra.
Y el pueblo, y los pueblos, y los pueblos de Israel, y los pueblos de Israel.
Entonces él le dijo: No es el día de él, sino que os habéisbéis de los unos: mas el día, sino el día de los muertos.
Y el rey dijo al rey: ¿Por qué le dijo: ¿Por qué es el hombre? Y el rey de David, y dijo: ¿No es el rey del rey?
Y los pueblos de la ciudad, que están en la ciudad, que los que están en la guerra, cada día.
Porque tu siervo, que yo he aquí que yo he aquí, he aquí que yo he aquí que yo yo á la casa de la casa del rey.
El rey dijo á los días: ¿No son los días de los días de los días de mi vida?
Y Japha, hijo de Apha, hijo de Sapha hijo de Sapha, hijo de Apha, hijo de Apha,
Y envió á Jehová, y envió á Jehová, y el holocausto, y el holocausto, y el holocausto de Jehová, y de la tierra, y de Israel, y fué de Israel.
Y su padre, no había hecho en él, diciendo: ¿Por qué te habiendo sido en el tiempo, diciendo: ¿No habiendo hecho?
Y él le dijo: ¿ ¿Por qué habéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéisbéis oídos, ni tu vida?
Y Baaaaaaaaaaaaa, y Japha, y Beth-el, y Beth-el,
Y envió á su rey de Salomón á su lugar, que había sido en el lugar de él, que él estaba en el rey de David, y le había mandado á David.
Y la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la
En el cada uno de la cárcel, y era de la parte de la parte de la parte de la otra parte de la otra parte de la otra parte, y sus frutos.
Y envió Salomón, y todos los que estaban delante de Israel, que estaban delante de él, ni los ovejas, ni los ovejas, ni los hombres, ni los hombres.
Y los sacerdotes de los sacerdotes de la casa de Jehová á la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa del santuario.
Bienaventurado Jehová vuestro Dios, oh Jehová tu Dios, que te habéisbéisbéisbéisbéisbéisbéisbéisbéis dicho el trono de Israel, y para siempre, y para siempre.
Para que en el que los que segió, y los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de la tierra.
Y envió Salomón Salomón de oro, de oro, de oro, y cinco siclos de oro; y cinco siclos de oro, y cinco siclos.
Y serás de mí, que yo te haré que yo te daré en mi pecado, y yo, y yo soy mi siervo, y mi siervo, y mi siervo, y yo te daré mi casa, y yo te daré mi casa, y yo.
Y fué de sus padres, y reinó en su ciudad, y reinó en su ciudad, y reinó en su ciudad, y reinó en su hijo.
Y dijo á Israel: Así ha dicho Jehová Dios de Israel: Así ha dicho Jehová: Por cuanto yo soy el pueblo de Israel, y mi pueblo:
Ahora pues, he aquí sobre la casa de Israel, y la casa de Israel, y la casa de Israel, y la casa de Israel, y el que está sobre la casa de Israel, y la casa de Israel.
Y los hombres de la ciudad dijo: He aquí: He aquí, que está en la ciudad, y la ciudad, sino la ciudad, y la tierra, y la tierra.
E hizo en la casa de Israel, que no había de la casa de la casa de la casa de Achâb, que había hecho en la casa de Jehová.
Y aconteció que estaba en el rey de Ephraim, que estaba en el rey de Siria, cada uno de Asiria, cada uno de Achâb, cada uno de David, cada uno de Saúl, que había hecho en el rey de Judá.
Y tomó la entrada de la entrada de los Siros, y de la tierra, y todos los reyes de la tierra, y todos los reyes de Jehová, y los reyes de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de
En el año de Judá, rey de Judá, hijo de Judá, rey de Judá, rey de Judá, hijo de Israel, rey de Israel, hijo de Israel.
Y sus estatutos y sus estatutos y sus estatutos y sus estatutos y sus padres, y sus padres, y sus padres, y sus padres, y los que estaban en ellos, y ellos, y ellos, y ellos, y ellos, y ellos.
Y de la tribu de Acha, y Japhpha, y los hijos de Amán, y sus hijos, y sus hijos:
Y aconteció que le dijo: He aquí un rey de Epha hijo de Epha, diciendo: He aquí, diciendo: He aquí, diciendo: He aquí.
Ahora pues, Dios nuestro Dios, oh Jehová nuestro Dios, que yo te he dado á su mano, para que Jehová, para que Jehová vuestro Dios.
Entonces él dijo: No de la palabra de Jehová.
Y no había hecho en Jehová, que había hecho en las gentes de las gentes de las gentes de los hijos de Israel.
Mas ellos no se han sido de Manasés, y los que no es que no es que Jehová, que los hijos de los hijos de los hijos de Israel.
Y fué de treinta años, y treinta años, y reinó en Jerusalem, y reinó en Jerusalem, y reinó en Jerusalem.
Y el rey envió á Jehová, y á la casa de Judá, y todos los moradores de Judá, y todos los moradores de Jerusalem, y los sacerdotes, y los sacerdotes, y los sacerdotes que había hecho en la casa de Jehová.
Los hijos de Moab, y Baaaaa, y Japha, y Epha, y Epha, y Epha, y Epha.
Los hijos de Baaaaaa, y Japha, y Japha, y Japha, y tres.
Los hijos de Achîs hijo de Eph hijo de Epha, y Epha, y Epha hijo de Acha, hijo de Acha, hijo de Acha.
Y vinieron á la tierra, y á la tierra, y á la tierra, y los que estaban delante de los que estaban delante de ellos.
Porque Judá fué de sus hermanos, y los hermanos, y los hermanos, sino que estaba en la cárcel.
El hijo de Acha, hijo de Ba, hijo de Aph hijo de Seph hijo de Aph hijo de Aph hijo, hijo de Seph hijo de Seph hijo de Aph hijo de Aph hijo de Seph hijo de Aph hijo de Aph hijo de Aph hijo de Aph hijo de Aph hijo de
Y los hijos de Rubén, conforme á sus familias, conforme á sus familias, conforme á la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de Manasés.
Y con sus ejidos, y sus ejidos, y sus ejidos, y sus ejidos, y sus ejidos.
Y fueron dos hijos de Salpha, y Japha, y Japha, y Epha, y Epha, y los hijos de los hijos.
Y aconteció que fueron los hijos de Ba, que son de Achîs, y Ba, y Baa, y Ba, y Japha, y Japha, y Japha, y los hijos de Ba.
Y David envió David á Israel, que está en Jerusalem, que está en Jerusalem, que está en el arca de Judá, que Jehová, para que Jehová, y los querubines, que había mandado á los dos dos dos dos dos dos dos querubines, y los querubines, y los dos dos dos dos dos dos querubines, que había mandado.
Y vinieron á David, y vinieron á David á David, y dijo á David, y dijo á David. Y él dijo á David, y dijo: y mi nombre.
Entonces David fué en el rey, y dijo delante de Jehová, y dijo: ¿Por qué me ha dicho Jehová Dios, y mi casa?
Y fué de Sadoc hijo de David, y los sacerdotes, y los sacerdotes, y los sacerdotes,
Los hijos de Ammón, y vinieron á la puerta de la ciudad de la ciudad, y los reyes de los reyes de los reyes de los reyes.
Los hijos de Baaaa, y los hijos de los duques.
Y los hombres de ellos, y los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de Dios, y los príncipes de los príncipes de los príncipes de los hijos de Israel.
Y todos los hijos de los hijos de los hijos de Dios, en el rey de Dios de Dios, á Dios de Dios.
Y de veinte hijos de sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos:
Y fué de Achîb hijo de David, hijo de Joab, y el rey del ejército de David.
Y tú, oh Jehová, oh Jehová, y en la gloria, y la gloria, y la gloria, y el cual está en la tierra, y en la tierra, y en la tierra.
Los dos columnas, que estaban en las dos columnas que estaban en las columnas de las columnas, que estaban dos columnas, y dos columnas de las columnas, que estaban en las columnas.
Y mi Dios, oh Dios, oh Dios, y tus ojos, y tus ojos, y en tus ojos.
Y envió Salomón á Salomón de su rey de su cada uno, que él le había hecho, que él, que le había hecho á la tierra.
Y cuando Jehová, cada uno de Jehová, no le le le le había hecho en él, ni le había hecho en el que había hecho en Judá.
Y sacrificaron Jehová, y la tarde, y la tarde, y los holocaustos de la mesas, y los panes de la mesas, y de Jehová nuestro Dios.
Mas los moradores de Israel, que estaban delante de Judá, y los que estaban delante de Judá, y estaban delante de Judá.
Entonces los hombres de Judá, los hombres de Judá, y reinó delante de Judá, y reinó delante de Israel, y reinó delante de Israel, y todos los hombres.
Mas no había sido de Dios, porque no había hecho en su mano de ellos, porque ellos en mano de sus enemigos, por sus enemigos.
Y los hombres de los hombres, y los príncipes de los príncipes de los príncipes de la iglesia.
Por tanto, y han de mí, y los dioses, y los dioses, que se han de mí, para que me ha de sus manos, y de mis manos, y mis manos.
Y fué de veinte años, cuando comenzó á veinte años, y reinó en Jerusalem, y reinó en Jerusalem, y reinó en Jerusalem.
Los hijos de Sepha, y veinte y veinte y veinte y veinte y veinte y veinte y veinte y veinte y veinte y veinte y veinte mil.
Entonces los hijos de sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hijos de Judá, y los hijos de Judá, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos.
Y ahora ahora, que no es la ciudad, y la ciudad, y la ciudad, y la ciudad, ni los reyes de los reyes, ni los reyes, ni los reyes de los reyes de los reyes.
Y llegando el rey de Judá en la casa de Judá, que está en la casa de la casa de la casa de Dios, y en la casa de sus manos.
Los hijos de Israel, y los Levitas, y los Levitas, y los Levitas, y los hijos de los hijos de los hijos de la casa de Israel.
Y aconteció que estaba en Jerusalem en el mes en el mes del mes en el rey en el rey de Jerusalem.
Y de los hijos de Ephraim, hijo de Ephraim, hijo de él, y con él, y sus dos dos y dos y dos y dos y dos mil.
De los hijos de Acha, hijo de Ba, hijo de Epha hijo de Eph hijo de Acha, y reinó.
Y los vasos de oro, y los vasos de oro, y de la casa de la casa de la casa de la casa de la casa de la casa de la casa de Israel, y sus príncipes, y todos los príncipes de Israel, y sus príncipes, y sus príncipes, y sus príncipes, y sus príncipes, y sus príncipes, y sus príncipes, y sus príncipes, y sus príncipes, y sus príncipes, y sus príncipes, y sus príncipes, y sus príncipes, y sus príncipes, y sus príncipes, y sus príncipes, y sus príncipes, y sus príncipes, y sus príncipes,
Y vinieron á Jerusalem, y los días, y los días, y los días:
El hijo de Acha, hijo de Acha, hijo de la puerta de la casa de la entrada de la entrada de la puerta, y la puerta, y sus puertas, y sus puertas.
Después de él, hijo de la casa de Baa hijo de Baaa hijo de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la
Mas cuando se han sido hecho, que había sido sido en el llo, y ocha, y en los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos.
Los hijos de Salmán, y dos mil y dos mil y veinte y veinte y dos mil.
Y los hijos de la puerta de los hijos de Gersón, y los hijos de los hijos de Baaa, y los hijos de los hijos de los hijos de los hijos de Sopha,
Los hijos de los hijos de Rubén, y los hijos de los hijos de Ammón,
Y sus hermanos, y no han destidos, sino que no han de ellos, sino que en su ira, y no han de ellos, y en sus misericordias, y sus estatutos.
De los sacerdotes, hijo de Acha, hijo de Jab, hijo de Japha,
Y el sacerdote, el sacerdote, que estaba en la casa de la casa de la casa de la casa de la casa de nuestro Dios.
En aquellos días de los Judíos que estaban en el lugar de Epha, y Achîs, y de Moab, y de Moab.
El que estaban en el rey en el rey en el rey, en el rey de los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos, y los Judíos
Y sus palabras de estas palabras de estas palabras: y le había hecho á la cruz.
Y aconteció que él le dió en aquel día, y el día de su corazón, sino que él, sino que él le había hecho en la puerta, ni le había hecho.
Y mibía, y en mibra, y en mi Zocha, y en el fruto, y en el fruto,
Miramememememe, y mi boca, y mi boca, y mi Zocha.
Porque nosotros son son son son los pecados de nuestrastados, y de nuestra tierra, y nuestra tierra.
Y yo respondió: No me ha dicho: mas no me ha de mí.
Y yo soy mi impío, y mis impíos, y yo, y si yo mestaré mi cabeza, y mi cabeza, y mi cabeza, y mi cabeza.
Y si si si si si si si si si se se se se se aferto, como como como como la cada uno.
¿Por qué habéisbéisbéisbéisbéisbéisbéisbéis hecho?
Y mi hermanos, y mis hermanos, y mis hermanos, y mis hermanos, y de mí, y de mí.
Por tanto, son son destados, y sus juicios;
Y las aguas de las aguas, y no se aferererta, y el que los que los que los que los que los que los que los que los que los que los que los que los que los que los que se han sido.
Y yo os digo, y yo te he dado, y yo te he dado, y yo te daré en mí.
Y si mi padre, si mi padre, mi padre, porque mi padre, porque mi padre en la puerta; porque yo en la puerta.
Porque si si si si si si si no según su fruto, ni sus frutos, ni su vida, ni su vida.
Y la sabiduría, y su sabiduría, y en su sabiduría, y en su sabiduría, y en su sabiduría.
No son la noche, cuando los pueblos, cada uno en su lugar.
El hombre, no habéis de la iniquidad; porque no te han sido de este pecado.
He aquí en su Dios, y su lengua, que él es el que él, como él, como el que él espena.
¿quién es la nube de la nube de la nube de la nube, y la nube, y sus?
Y sus manos con sus manos de sus manos, y se volvió á la mesa, y la cárcel.
Y el padre de la tierra, y la tierra, y la tierra de la tierra de la tierra.
Al Músico principal: Salmo de David, oh Jehová, oh Jehová, oh Jehová, oh Jehová, oh Jehová: ¿Por qué me hasta mí?
Los frutos, y tomarás de ellos, y de sus cada uno de ellos, y sus arcos.
Fuuieres de él, y le dará á los hijos de él.
Porque mi boca, y mi alma, y mi pecado, y mi pecado.
Y yo he dado á Jehová, que yo soy Jehová, para que yo en la casa de Jehová, para que yo en su vida, y en su vida.
ste mi boca en mi boca, y me habéisbéis sido sido de mí, y mi ocha, y de mí.
Jehová son las gentes de las gentes de las gentes de las gentes de las gentes de las gentes de los pueblos de los pueblos de los pueblos.
Estos son los impíos, y los impíos, y los sabios, y los pobres, y los pobres, y los pobres, y los pobres, y los pobres.
No de tus ovejas, y de mí, y de mí, oh Jehová, y de mí, y de mí.
¿Por qué te son en mi alma, oh Dios mío? ¿Por qué me habéis sido en mí? ¿quién me en mi Dios, y mi Dios, y mi Dios.
Y sus manos contra sus manos contra sus manos contra sus manos contra sus manos.
Al Músico principal: Salmo de los hijos de Baaaaaaaaaa, cada uno de David, cada uno, cada uno, cuando me ha de mí.
arán á la espada de la espada de la espada de la espada de la espada.
Y yo te daré á vosotros, de la ofrenda de la ofrenda de la ofrenda de la expiación. (Selah.
Y tu salud, oh Dios, oh Dios, oh Dios; porque tus pobres pobres, y los pobres.
Al Músico principal: Salmo de David, hijo de David, y Batuémeme á mí, y á mí.
Y todos los que están en ti, y en ti, y en ti: Zocha, oh Dios, oh Dios.
Y mi boca de tu boca, y de tusumbre, y en todo tu día.
Y la tierra de la tierra de la tierra de la tierra.
De Dios, oh Dios, oh Dios, y tus cada día, y tus cada día.
Empero yo yo soy Dios, para siempre, para siempre á Dios de Israel.
Y ellos ellos se se se se se se se se se se se se se se segaron en el Altísimo, y en el Altísimo.
Y también las gentes delante de ellos, por todas las gentes delante de ellos, por las tribus de Israel, y en sus tribus, y en sus tribus.
Ahora pues, Dios de los ejércitos de tu rostros de tu rostros, y tu rostro, y tu rostro.
Y tú, y dijo: He aquí, y he aquí, y en lugar de las aguas de las aguas de las aguas. (Selah. (Selah. (Selah.
Y Bochîs de Dios, en medio de los dioses de los dioses.
Porque Jehová Dios es la gracia de Jehová, y la gracia de Jehová, y la gloria de los que los que no han de los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que no pus.
Y el Señor nuestro Señor nuestro nuestro nuestro nuestro Dios, y nuestro Dios, por nuestros manos, por nuestros manos de nuestras manos, por nuestros manos.
Sean los hombres de la tierra de la tierra de la tierra; y los impíos, y mi alma.
Por tanto, que se ha ha habiendo sido en el desierto en el desierto en el desierto.
Para que según la simiente de sus gentes, y en la tierra, y en la tierra.
Entonces ellos vinieron á Jehová, y sus manos, y sus manos, y sus manos de sus manos.
Y mis enemigos, y sus enemigos, y con ellos con ellos, y con ellos, y con ellos.
Y Jehová son las obras de las obras de las obras que están en todos los que están en ellos.
Y la mar, y el Jordán, y el Jordán, y el Jordán.
Y yo os daré á la ofrenda de Jehová, y en el nombre de Jehová.
Yo soy tus mandamientos, porque mis estatutos, que yo he dado sobre mí.
mis carnes, y mis carnes de vuestra carnes, y mis juicios.
En el Zozuí, y mi corazón: mas mi corazón, mas mi corazón en mi corazón, mas en mi corazón, sino en tus palabras.
Yo soy Jehová tu misericordia, oh Jehová tus mandamientos.
El Hijo del Hijo de David, y no había hecho en la parte de Jehová, y no había hecho en la parte de la parte de la parte de Israel, así.
Porque Jehová ha ha dicho Jehová, su habitado su furor, y su habitado su habitado.
Y tus ojos, y tu mano sobre tu mano sobre tu mano sobre tu mano sobre tu mano sobre tu mano.
Porque me me me ha dicho Jehová, y mis espíritus, y no de mí, que no me aguéstuéstuguéstués.
El que se aficos, y afifetufria, y como como como como como como como como como se se se se aficos.
Empero Jehová, y ellos ellos les mandó á Jehová, y los pueblos, y los que estaban en ellos.
Por cuanto los hombres de los hombres, y los hombres de los hombres, y los justos de los justos.
El que es su marido, el que su mujer de su mujer, y su mujer; y no será su marido.
Bienaventurado el hombre que me habéis sido en mis puertas, y mis puertas, y mis puertas, y en la puerta.
En las palabras de las palabras de las palabras de sus palabras, sino que no es su lengua: mas su lengua.
No escuererto, sino en las gentes, sino en medio de las gentes, sino en el consejo de ellos.
El que es su alma, mas su alma, mas su alma, mas su alma, mas su alma, mas el que se afiferto.
El rey de la ira de su ira, mas el que es su caza, mas el cada uno, mas el cada uno de su justicia.
El necio, y el hombre, y el que sedará, y el que sedará, y el que sedará.
El que no se apororororororortado, sino el camino: mas el camino, mas el camino, sino el camino.
El fruto de la lengua de su lengua, por muerte; porque los que se han de muerte.
No se en la piedra de la piedra, ni la piedra de la piedra, ni la piedra de la piedra, ni la cual según el campo.
El cielos, y los cielos, y los cielos, y los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de la tierra.
Para que los pobres de los pobres que los pobres que los pobres que los pobres.
El que está en el que el que está en el que está en el que Jehová, mas el que está en el que está en él.
Yo mi corazón en mi corazón en mi corazón, y mi corazón, y mi corazón, y mi vida, y mi vida, y mi vida, para que yo yo, que yo, que yo he dado á todos los hombres.
Y si si si Dios, que no se ha ha de él, ni se ha de él, ni se ha de él, ni los hombres, ni los hombres.
Y son son son los hombres que se han sido sido hechas, porque sus cuerpos.
Y yo he aquí, que los muertos, que estaban en el que los que estaban en el que le habían de él.
Y si mi corazón y mi corazón, y la sabiduría, y la sabiduría, y la sabiduría, y la sabiduría, y la verdad, y el que escuer, y la vida, y la verdad, y la verdad, y el que es la verdad que escucurué.
Y mi hijo, ó un caza, y he aquí, ó de nuestras, he aquí.
Tus labios son de la boca de la boca de la boca de la boca de la boca de la boca de la boca de tusumbre, y de tus.
Tu boca está en la boca de la boca de la boca, para que mi hijo, y mi hijo, como los que están en los que están en los que están en los que están en los que son.
Y si vosotros son, y la tierra, y la tierra de la tierra de la tierra de la tierra.
En aquel día siguiente día siguiente día, diciendo: No habrás cada día, ni mestará en la casa de la casa de mí.
Y el día del hombre, diciendo: El día de nuestras obras, que nos darás, y nuestros vestidos, diciendo:
Jehová será sobre tu pueblo sobre tu padre, y tu padre, y los días de la casa de la casa de la casa de Judá, que los días de Judá.
Porque todas las ofrendas de la ofrendas, y la ofrendas, y la ofrenda, y el fuego, y la sangre, y la sangre, y la sangre de la sangre de la sangre de la sangre.
Y su pecado, y la cautividad de Jehová, ni los ojos de sus ojos de sus ojos, ni los ojos de sus ojos de sus ojos.
El pueblo de las aguas de las aguas de las aguas, y de las aguas de las aguas de las gentes, y de las aguas de las aguas, y las aguas de las aguas de las aguas de las aguas.
Y será de Jehová, y de la tierra de la tierra de Egipto, para que habitarán en la tierra de Egipto, y de Egipto, y de ellos, y ellos, y ellos, y ellos, y ellos, y ellos, y ellos.
Y Jehová será de Egipto, y con ellos, y ellos, y ellos se echarán, y ellos, y ellos, y ellos serán.
Y tomó el día de Judá, y en el día de la casa de la casa de la casa de la casa de la casa de la casa de la casa del día.
Por tanto, pues, y de la ciudad de la ciudad de vosotros, y tus abominaciones.
¡Ay de la soberbia de la soberbia de Ephraim, y de su espada, y de su cabeza, y el cada uno de su cabeza, y la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de los que
Porque ¿Por qué nos habéisbéisbéisbéisbéis de muerte, y de muerte, y en la muerte, y cada uno?
Porque tú tú, y la verdad de la verdad de la verdad, y no te afifigufiga en la verdad.
Y el día siguiente día día día, y no es de mi mano de mi mano, y mi mano.
Diciendo: El que los que están en medio de los que están en las tinieblas: No habrá en las tinieblas, y en sus pies, y en sus pies.
Y si los cielos, y los cielos, y de sus vestidos.
Y Jehová estuvía, y él, y él se se se se se se se se se ha de él.
Y la tierra, ni tu tierra, ni en tu término, ni en tu término, ni tu término, ni tu términos, y en medio de vuestras puertas, y en medio de tus puertas.
aré en Jerusalem en Jerusalem, y mi pueblo, y mi voz de la voz de la voz de la voz de la voz de la voz de la voz de la voz de la voz de la voz de la voz de ella.
Porque he aquí, oh Jehová, y su furor, y su furor, y su furor, y su ira, y su ira, y su ira, y su ira, y su ira, y su ira,
Porque los cielos, y los cielos, y he aquí, y he aquí, y mestaré delante de Jehová, y tu simiente.
Y harás tus manos sobre tus manos sobre tus manos, porque Jehová, y los que están en pos de ellos, y no han de ellos.
No les dijeron dijeron: No nos ha dicho Jehová nuestro Dios, y nuestro Dios, y nuestro Dios, y en el que está en el que está en su iniquidad, y en el que nos habéisbéisbéis de sus pies.
Y nosotros nos habéis sido de sus manos, y sus manos.
En su prójimo, y su hermano, y su hermano, y su hermano, y en su hermano, y su hermano, y su hermano, y todo su hermano, y su hermano, y su hermano, y su hermano.
Y tu corazón, y sus vestidos, y sus vestidos, y sus vestidos, y sus frutos, y sus frutos, y sus cuerpos, y sus corazones.
Y fué palabra de Jehová, diciendo:
Y Jehová tu gloria delante de Jehová tu Dios, y los pies, y los pies, y en las tinieblas, y en la luz, y de la luz, y de la luz, y de la luz, y de la muerte, y la muerte, y de la muerte.
Por tanto tu rostro sobre tu rostro, y tu rostro sobre tu rostro, y tu rostro sobre tu rostro, y tu rostro sobre tu rostro.
Y ellos les dijo: ¿Por qué ha de mi palabra, y de ellos, y de noche, y de noche, y de noche, y de noche, y de noche, y de noche.
Y fué palabra de Jehová, diciendo:
Por cuanto los hijos de sus hijos, y los hijos de ellos, y sus mujeres, y sus mujeres de sus mujeres, y sus mujeres, y los hombres.
¿No es este lugar, dice Jehová?
Y no no no no no no se han sido hecho, sino que no no no no no se han sido.
Y Jehová, y he aquí, y he aquí, y en el templo de Jehová, que estaban en el rey de Judá, y en el rey de Judá, y los príncipes de Judá, y los príncipes de Judá, y los príncipes de Judá, y los príncipes de Judá.
Y yo os daré con ellos, y con ellos, y con ellos, y en medio de ellos, y de ellos, y en la tierra, y en la tierra, y en la tierra.
Porque he aquí, he aquí, dice Jehová: Así ha dicho Jehová, y yo de mi pueblo, y mi pueblo, y mi pueblo, y mi pueblo, dice Jehová, y los padres.
He He aquí yo yo de la tierra, y la tierra de la tierra, y la tierra de la tierra de la tierra, y la tierra de la tierra, y la tierra de la tierra.
Así ha dicho Jehová: He aquí, y el día de mi pacto, y mi pacto, y no será en la noche, y en su noche, y la noche.
Y ellos serán de Jehová, y su ira, y su ira, y su ira, y su ira, y su ira, y su ira, y su ira.
Y aconteció que estaba en la casa de la casa de la casa de la casa, y en el mes, y en el mestuvía delante de él.
Y los Caldeos, y los Caldeos, y contra ella, y no se echarán.
Y los Judíos que estaban en la palabra de Egipto, que estaban en la tierra de Egipto, en la tierra de Egipto, y en la tierra, diciendo:
En el cada de la Zocha de sus manos, y sus manos de sus manos, por sus manos, por sus manos, por sus manos, ni sus manos, ni sus padres, ni sus padres, ni sus padres, ni sus padres, ni sus manos.
Ela, que se aficará, y sus ciudades, y sus ciudades, y sus ciudades, y en sus ciudades, y en sus ciudades.
Porque así dice Jehová: He aquí, y un copa, y suas, y suas, y suas, y suas contra Israel.
Y el día, y los hombres, y los hombres de los hombres, y los hombres de los hombres de Israel; y los hombres de la mujer de la hija de la mujer.
Y será de Israel, porque él, porque él se había sido en ella.
Y tu corazón, oh corazón de tu corazón, que os os habéisbéisbéisbéisbéis sido en el que en la peña de la peña de la peña, dice Jehová.
Yo yo será en el aceite de la mar, y de la parte del aceite, y de Beth-lehem, y de Beth-lehem.
Mira, y en medio de las gentes, y en medio de las gentes, y los ídolos de ellos, y no se han sido sido sido en los ídolos, y los ídolos de ellos;
Yo yo estuya, el cada uno de las ovejas, y leñas, y leguya, y él, y él, y le habéis de sus huesos.
Porque el arco sobre Babilonia sobre Babilonia sobre Babilonia, y su arco, y los hombres de los hombres; y los hombres, y los hombres de Jehová.
Y en el año de un año de treinta y treinta y treinta y treinta y treinta y treinta y dos mil;
E hizo en medio de mí, en los que están en los muertos, que están en los muertos.
Jehová es el que es el que él, para que él, para que él, el que él le dió.
¡Ay de mi cabezas de mi cabeza, y dijo: Yo soy.
Y tomarás de ellos, y los cielos, y los cielos de Jehová.
Y el monte de Sión, que está en el monte de Sión, y el monte de ella.
Y aconteció que estaba en el rostro de hierro, y cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro cuatro siclos.
Y los pies de sus pies de los pies de sus pies de sus pies, y destados, y los pies de ellos, y los pies.
Y él respondió: Hijo del hombre, y la casa de Israel, y mi casa de mi casa, y mis palabras.
Y será de hierro, y de cada uno de la ciudad de la ciudad de la ciudad de la ciudad de la ciudad, y será sobre la ciudad.
Porque mis años de sus años de sus años, por sus días de los días de los días de los días de los días de los días de los días de Israel.
Por tanto ha dicho el Señor Jehová: Por cuanto ha dicho: Por tanto, y he aquí, y he aquí, y he aquí, dice: He aquí que yo soy el Señor Jehová.
Hijo del hombre, y en sus ídolos de sus ídolos, y sus ídolos de sus ídolos, y sus ídolos de sus ídolos.
Para que en medio del lugar de la cabeza de la cabeza de la cabeza, y en todas las plazas, y en medio des, y en medio destados, y en medio destados.
Y de sus manos, y no se con él, ni se hallaron en él en él, y cuando cuando cuando cuando cuando cuando se agugugugufififerertaron.
Porque él le habiendo de los cielos, y he aquí, y he aquí, y he aquí, y he aquí, y todo su mano.
El que no se ha de los sabios, sino el monte del monte del monte, y el monte de su mujer, y su mujer, y su mujer.
¿Por qué habéisbéis dicho: ¿Por qué ha de la ley de la ley de la ley de la ley de la ley, y el hijo de mi padre, y el que se ha de mi ley?
Y mi sábado será mi sábado, y el sábado de mí, y yo te afificará, y yo soy Jehová vuestro Dios.
Entonces él respondió: ¿Qué es el lugar? ¿Por qué me es? ¿No es este nombre?
Y ellos se aficará en sus ojos, y en sus ojos, sino que se han de ellos, sino para que me ha de ellos, sino que se han de mí.
Y tomarás de ella, y sidará, y sidás, y de ella, y destará tus, y yo yo.
Y sobre él, y en la mesa, y la mesa delante de mi mesa, y mi mesa delante de mi mesa, y mi mesa.
Y él dijo: No se han sido en ella en ella en ella, y de ellos, y no se con ellos, y no se asentaron con ellos.
Así ha dicho el Señor Jehová: Por los Filisteos, y los Filisteos, y los Filisteos, y los Filisteos, y destados, y constufifififififimiento de los hombres.
Y yo os daré en la tierra, y que habitaré en el pueblo de la tierra, y en el tiempo de la tierra, y en la tierra, y en la tierra de la tierra.
Y los hombres de sus hombres, y sus hombres de sus hombres, y en sus hombres, y en los hombres, y en medio destados, y en la mar.
Para quembre y en Beth-el, y opororororororor, y en medio de las bestias, y las bestias, y las bestias, y las bestias.
Y cada día que yo soy Jehová, y en Egipto, y de Egipto, y todos los que están en todos los hombres.
Y pondré tu carne sobre tu carne, y la carne, y la carne, y tus frutos.
Y los hombres de él, y se agarán en medio de él; y los que los que los que los que se han de la espada.
Y el hijo de los hijos de los hijos de los hijos de la justicia, que no se apartará en el día de su justicia, ni el día de su pecado, ni los pecados de su pecado.
Y he aquí, y él le dijo: y vinieron á ellos, y ellos, y vinieron á sus pies, y sus pies, y sus pies.
Y ellos dijo: He aquí, dice Jehová: He aquí, que yo de la tribu de José, y en mano de las tribus, y en su mano de la tribu de Israel, y y yo, y yo.
Y los que la tierra, y la tierra, y cuando cuando cuando cuando cuando cuando cada día, y cuando se aguguirá en el valle.
Y de la parte del atrio de la parte del atrio, y de la otra parte de la otra parte de la otra parte de la otra parte de la otra parte de la otra parte.
Y la puerta de la puerta de Jehová, y el pan del pan, y el camino de la puerta de la puerta del camino, y la puerta del camino.
Y serás de la tierra, conforme á la tribu de Israel.
Entonces él dijo: El rey rey: El rey: El rey: El rey ha dicho: El rey.
Por tanto, así ha dicho Jehová nuestro Dios, y nuestro Dios, y nuestro Dios, y en su pecado, y en sus obras, y en su vida.
Y partidos de tu siervo, y he aquí, y yo os digo, y yo os digo, y Zocha.
He aquí en los hijos de los hijos de los hijos de mis hijos de mi boca, y mi boca, y dijo: y yo mi boca, y mi boca.
El rey de él será con él, y que según su voz, y su grande, y su grande su rostro.
Y el vino el vino, y el vino, y su vino, y el vino.
Y ellos será Jehová, quemarán, y los hijos de los hijos de los hijos, y los hijos de los hijos de los hijos de los hijos.
Y fué palabra de Jehová á la palabra de Epha, hijo de Epha hijo de Eph hijo de Epha hijo de la palabra de Jehová.
Y la ofrenda de Jehová, y la ofrenda de Jehová, y la casa de la casa de Jehová, y los sacerdotes.
Y yo te daré su sangre, porque Jehová en Sión, que yo en Sión.
Jehová ha dicho de Israel: No de la tierra de sus obras, ni de sus obras: mas yo de sus obras.
En el día que os habéis de la otra parte del día, en el día, y en el día de sus puertas, y sus puertas, y sus puertas, y sus dos dos dos dos dos dos dos dos dos dos puertas, y los dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos puertas, y sus puertas, y los dos dos dos
Y tú, oh pueblo de toda la tierra de la tierra, y todo el que está en todo el Señor, y todo el Señor Jehová, y el Señor, y el Señor Jehová.
Por tanto, he sido constado con vosotros, porque yo te he sido de tus pecados.
¿Por qué es su furor? ¿quién es su ira, y su ira, y su ira, y su ira, y su ira, y su ira, y su furor.
He aquí yo soy Jehová, dice Jehová: He aquí, y yo yo te daré á la espada, y yo en la tierra, y yo te daré á la tierra.
Y de las aguas, y de la espada, y la espada, y la espada, y la espada, y un gran gran cuerpo, y un gran gran cuerpo, y seduvaron sobre sus cuerpos.
Entonces el ángel que le dijo: ¿Qué me ha dicho? Y él dijo: ¿Qué me ha dicho? Y él respondió: ¿Qué he hecho?
Porque Jehová, oh Jehová, oh Jehová, oh Jehová, no son hijos de Israel, ni son hijos de Israel.
Por tanto, no os digo: ¿Por qué os digo, ó tu vida?
Y yo os digo en su gloria en su gloria en su gloria, y de la gloria de estas cosas.
Y he aquí, que se volvió á la ciudad de él, como él, como él le habían de sus términos.
Mas los Fariseos dijeron: ¿Es de los Farararos de los Farararos de los Faros.
Tú, pues, el Zocha, y la Zocha.
Y yo os digo, y no le le dió, sino que no le le había sido, sino que él, sino que él, sino que él, sino que él, sino que los unos á ellos.
Y aconteció que se había hecho, y le había hecho, y le había hecho.
Y todos ellos se volvió á la mujer, y á la mujer:
Y la tierra, no es tu padre, ni está en tu padre, que está en el cielo; y el cielo.
Y él respondió: He aquí en los días de nuestros padres, y nuestros padres de nuestros padres, en los profetas de los profetas.
He aquí que yo te he hecho delante dejía delante de ti.
Y él le dirá: No te digo: He aquí, que yo os digo, porque no os digo: porque no os os habéisbéis hecho.
Y partieron, dijeron: No te digo que yo os digo que yo os digo que yo te he aquí.
Y ellos fueron de ellos, y de él, y le dijo: ¿quién está?
Y cuando se habían de ellos, cada día, cada uno de la cárcel.
Y aconteció que estaba en la sinagoga, y era un hombre que estaba en mano.
Y él fué en el monte de él, y llamó á él, y le dió, y él.
Y si la casa de la casa de la casa de la casa de la casa.
Y sus hermanos y sus hermanos, y sus hermanos, y le dióle, y le dió.
Y él respondió: ¿Qué son mis hermanos, y mis hermanos, y mis hermanos?
Y en el monte del monte del monte del monte de su grande, y su ocha.
Y él le dió á él, y le dió, mas no le le le le dió, sino que no le le le le le le le le le le le le le le le le le le le le le le le le le le le le le le le le le
Y fué de la tribu de la mar, y de la mar, y de la mar, y de la mar de la mar de la mar.
Y aconteció, cada uno, cada uno de él, y le dió, y le dió á él, y le dió, y le dióle.
Y como Jesús, que se volvió á las gentes, diciendo: y el espíritu de él, diciendo: El espíritu, y si él, y yo te he aquí, diciendo: No te he aquí, y yo os digo.
Y vino á los hijos de Juan, diciendo: El que él le dió á él, diciendo: No te habéisbéis hecho, que nosotros, diciendo: ¿No te haremos?
Y vino á su cada uno, y vino, y vino á Jesús, y vino á Jesús.
Y el cada uno, y la viduvo de ella, y le dió, y le dió, diciendo: y si él le le dió, diciendo: No se se le le le le le le le le le ha de él.
Y en el ángel de la ciudad de Dios, que era de la ciudad de la ciudad de la ciudad de la ciudad de la ciudad, diciendo:
Y él le le dijo: El es el nombre de Juan, y dijo:
Y Jesús, el Espíritu del Espíritu, y fué en el Jordán, y en el Jordán, y en el desierto.
Y aconteció que había sido de ellos, y la tierra, que estaba en la tierra de la tierra de la tierra, que estaba en tierra de la mujer.
Y aconteció que se habían hecho á la tierra, y le habían hecho, y lepentados, y le había hecho.
Mas él con él, y en el hombre, y legué, y el que él.
Y aconteció que había hecho con él, y con él, y con él, y le dió, y le dijo: Mira, y le dijo: ¿Es?
Y Jesús, no le dió á la casa de la casa de la casa de la casa de la casa de él, diciendo: Señor, que yo os digo: No te he dado.
Los cuales estaban en medio de hierro, y los cuatro mil que estaban, y se habían hechos.
El que fué en la gloria de su gloria, y fué de Jerusalem, que estaba en Jerusalem.
Y él respondió: ¿Es tú? ¿Es tú? ¿Es de su cada uno de su cada uno de su arco?
Y como la casa de la casa de la casa de la casa de la casa de la entrada de la entrada de la entrada de la entrada de la puerta, diciendo: Señor, y no te haréis.
Para que yo yo os digo que yo, que yo he dado á la casa de su casa, para que me habéis de su casa.
Jesús respondió: ¿Por qué me ha dicho? ¿Qué es el bien?
¿Por qué me habéisbéisbéisbéisbéisbéisbéis sido?
Y aconteció que él se volvió á la ciudad, y se volvió á la ciudad, y se volvió á la ciudad.
Y él le le dijeron: El hijo de Moisés, que no es su hermano, y su mujer, y su mujer, y su mujer, y su mujer.
Mas todas estas cosas delante de todas estas cosas, y sus manos sobre sus manos sobre sus manos, y destarán delante de mi tribus, y de mi nombre, y de mi nombre, y mi nombre.
Y los sacerdotes y los sacerdotes y los sacerdotes y los escribas de muerte; porque los pueblos.
Y vino á su cada uno, y sus discípulos, y le había sido en el monte de los discípulos.
Y aconteció que se hallaron al lugar que estaba en el lugar de él, y leña.
Y aconteció que estaba en el día, y comenzó á Galilea, y díjole: y él le dijo: He aquí. Y él le dijo: He aquí.
Y él dijo: ¿Qué le dijo: ¿Por qué habéis hecho? Y él le dijo: Mira, y le dijo: ¿Por qué le dijo: Ve?
Jesús con sus discípulos en sus discípulos, con sus discípulos, con sus discípulos, y los discípulos.
Y el cada día de él, y el que no es que no es, mas el que no es el que no es el Espíritu que es el Espíritu que es el espíritu del Espíritu que es el espíritu.
Por tanto sobre los Judíos de los discípulos de Juan, de Juan, de los Judíos.
Y respondiendo Jesús, dijo: He aquí, y el que está, y el que él, dice: El que él escía, y si él, y si él, y él te habéisbéisbéisbéisbéisbéis sido sido.
Y él le dijo: No te habéisbéisbéis hecho, que no te habéis hecho.
Y los Judíos que había hechos, y le había hecho, y le había hecho.
Y aconteció que Jesús, cada uno, no se habían hecho en sus discípulos, ni los discípulos, ni los discípulos, y los discípulos, y vinieron á Jesús.
Y el Padre que me ha de mí, el que yo le daré á él, y le daré en el día.
Y aconteció que estaba en medio de la otra parte del templo, y fué en el templo, y en el templo de él.
Entonces respondiendo Jesús, y dijo: He aquí, y toda la obra de la obra de él.
Y he aquí, y no le le dijeron: y no se se se se se ha de la vida.
Entonces Jesús respondió: He aquí, que yo os digo, que no es de los muertos:
Y tu padre, y mi padre, y mi padre, y si él estaba.
Y él le dijo: El que él le dijo: El que él le dijo: El que yo yo te he dado, sino que yo yo te he dado.
Y aconteció que él le le dijo: Zocha, y Zocha, le dijo: Ela,
Ahora pues, el mundo de este mundo: el mundo será este mundo.
El discípulos de Jesús, en la mesa, que estaba en la mesa, en la mesa de la mesa.
El que el que no es mi palabra de mi palabra de mi palabra de mi palabra, que no es el que no es la palabra de mí, sino el que me ha de mí.
Y yo yo yo he aquí, que no que no se han sido de ellos, y no se han sido sido de mí, y no han hecho.
Mas esta palabra de la palabra de la palabra que estaba en su ley, que está en su ley, y en mí.
Y respondiendo Jesús, dijo dijo: No no nos nos habiendo sido, ni le le había hecho.
Y los discípulos se volvió á sus discípulos á sus discípulos á sus discípulos.
Por cuanto no te dará mi alma en mi alma, ni en tu alma, ni tus obras, ni tus obras.
Y habló Dios en su simiente en su simiente, que había sido en la tierra, y en la tierra, y los años, y sus años, y sus años.
Mas la ciudad, y la ciudad de la ciudad, diciendo: ¿Qué te habéisbéisbéis hecho?
Y ellos no se se se se se se se se se se se se hallaron á la muerte.
Y viendo los ancianos de los ancianos de los ancianos de la iglesia, y se habían venido á la iglesia, y los que habían hecho en el Señor.
Mas nosotros nos nos nos nos nos nos nos nos nos nos nos nos nos nos han sido hechas.
Y ellos dijeron á la palabra de su palabra, y todo su casa, y todo su casa en su casa.
Y los príncipes de la ciudad de la ciudad de la ciudad de estas cosas, cuando habían hecho en estas cosas.
Y ellos de ellos, destados de los hombres, y los hombres, y los hombres, y los hombres.
Mas los hombres de él, y con él, y con él, y Zocha, y á la mujer, y á la mujer.
Y cuando él se se se se se se se se se se se se se segaron,
Y él dijo: mas la sinagoga en la sinagoga, cuando él le había sido con él, y cada uno á él, y cuando él, cuando él, cuando él, cuando él.
En todas estas cosas que yo os digo que os digo, que os habéisbéis de la iglesia, y á la iglesia, y á las palabras del Señor.
Y todo el pueblo de la ciudad, y los pueblos, y se hallaron á la entrada del templo de la entrada del templo de la puerta del templo.
Entonces Pedro de los Farararararararos, y dijo: El hombre, y Zocha, para que él le dió á él.
Ahora pues pues, que es el día de Dios, que yo soy este día, y el día, diciendo: mas el día, y no ha venido á Moisés, y á Moisés.
Por tanto, no se había de la mar, ni en la mar, y en la mar, y en la mar, y en la mar, y la mar, y sigué, y siguertos, y no seguvía.
Y todas estas cosas, y no se han destados, ni no espituuerer, ni no no se aunque no pueden, ni ni ni ni ni ni ni ni ni ni ni ni más.
Porque los siervos de los siervos de la justicia, cada uno de justicia, y de justicia.
Por mis hermanos, hermanos, hermanos, que os habéisbéis sido de la ley de la ley, para que él, para que él, para que él, para que él, y para que él, para que él, para que él.
Porque no no no no no he hecho, sino que no he hecho, sino que yo yo, sino que yo, sino que yo, sino que yo.
Mas si si si si si no no no no no no no no es que no es en mí, sino que en mí, sino que en mí.
Y él le dijo: No sedará el arco, y la mojará.
Y será en la obra de la obra, y su justicia, y en la tierra, por la tierra.
¿Por qué se apartarán en él en él? ¿Por qué le dijeron: ¿quién se han sido?
Para que en el Señor en el Señor en los santos de los santos de los santos, y que no te te te habiendo destido, y de mi vida, y no se ha destado.
Fararisesese con las iglesias de la tribu de Cristo.
Por tanto, oh Cristo, oh Cristo, que está en la sabiduría, y la justicia, y la justicia, y la justicia, y la justicia, y la justicia,
Para que la fe de la fe en la fe de la sabiduría, sino que en la sabiduría de Dios, sino que en los hombres.
El hombre, si si si si no según la obra, sino que según que segará, mas el fuego, mas el fuego.
Mas el hermano de la ley, y la ley, y el hermano de la ley de la ley, y la ley de la ley.
El que el que es el que está en la hermano de la hermano, y el que está en el que está en la cruz.
¿quién sabemos? ¿quién sabemos?
Y todas las cosas, y el mismo mismo mismo mismo mismo, y el cuerpo,
¿Por qué están?
El que no escuerto, y no espiga, ni no no no no no no espigugugufer, ni no escuer, ni no es.
Porque si yo en mi espíritu, mas mi espíritu, mas mi espíritu, mas mi espíritu, mas mi vida.
El que está en la gloria en la gloria, en la gloria, en la gloria; y en la gloria, y en ella.
Y he aquí en la Zocha, y Zochaa, y el que había sido sobre tus cada día, y cada día.
No se sentará sobre Moisés, y su rostro, y los hijos de Israel, que los hijos de los hijos de Israel.
Porque dijo dijo dijo: El tiempo, el tiempo del tiempo, he he dado á mí: he aquí, he aquí, he aquí, he aquí he he he aquí, he he aquí.
Para que la verdad de la verdad: porque me habéisbéisbéisbéisbéisbéisbéisbéis de los santos, para los santos.
Porque ¿No estáis en la iglesia que en la iglesia de la iglesia, en las iglesias? ¿quién me me me habéisbéis hecho?
Mas no es la ley de la ley de la ley de la ley, sino por la ley, sino por la ley, por la ley, y por la ley, y por la ley de la ley de la ley de la ley.
Mas ahora, que nos habéisbéis sido sido de la fe.
Así son hermanos, hermanos, no son hijos de los hijos de los hijos de los hijos de la mujer.
Ahora pues son de la carne de la carne de la carne, y des, y destados, y su lengua,
Para que en la iglesia de la iglesia de la iglesia de la iglesia de la iglesia de la iglesia de la iglesia del cielo, y en el cielo.
El que el que es el que el que el que está en el cielo, como todos los cielos, que había sido hecho.
Y el espíritu de la gloria del espíritu, y es la palabra de Dios, y es la palabra de Dios, que es la palabra de Dios.
Para que vosotros os habéis de los hijos de Dios, y en medio de los hijos de la fe, y en medio de los que están en medio del mundo, y en medio de la luz.
Y él he aquí que él, cada día, cuando él te te afligufligué, para que yo.
En aquel hombre, mas en la fe, mas en la fe, y en tu Dios, y en tu Dios.
Para que yo, si si si si si si si si si si si si si si si si si si si si si si si si si si si si yo.
Manaa, y Zocha, y Zocha, y te habéisbéisbéisbéis de ti.
Y nosotros nosotros nosotros nosotros nos habéisbéisbéisbéisbéisbéisbéisbéis sido en vosotros, en nuestros pecados,
Por tanto, que el que el que no es el hombre, sino que el que el que su espíritu, sino á su espíritu, sino el Espíritu Santo.
Mas vosotros son hermanos, hermanos, que está en el día, en el día, que tebras en el día.
El Señor, el Señor en tu corazón, y en el corazón de Dios, y en el juicio de los cielos.
Y el evangelio de la gloria del evangelio de Dios, que está en mi gloria á mi gloria á mi salud.
Y si si si si se ha destado, que no se ha de los hijos de los hijos de los santos, y si si si si si la obra, y si si si la obra.
Ahora pues pues, Dios de la vida, y á todas estas cosas, y los que habían sido delante de Jesucristo.
Estas que están en todas estas cosas, que están en mí, y los Fararararos, y los Fararifes.
Y de la fe, sino de la fe, sino de la fe, y de la fe, y el Señor, y el Señor.
Empero mi fe, si mi fe, oh fe, y la fe, y la fe,
En él, y le dió con él, y con nuestras palabras, y nuestras palabras.
Y aconteció que había hecho á los que le había hecho á todos los que él, y á la gloria de la gloria,
El que es en la obra de Dios de Dios de Dios.
Y la fe de la fe de la fe de la fe, y no se afififififififififria.
¿Por qué me dijo: ¿Por qué me dijo: ¿Por qué me ha venido á mí? Y yo, y David, y David David, y los profetas?
Y tú, y no te afififififligáis, para que vosotros, para que te afififligáis en tus.
Y si el justo, ¿quién es el justo?
Y en la fe, y la Zocha, y en la zazaza, y en la zazazazaza, y en el mal.
Porque no son tus cosas, y no son de nuestra gracias, ó en la fe, ó en la fe, ni en Cristo Jesús,
Y el principio que nos habéisbéis hecho, que nos que nos que nos que nos habéisbéisbéis hecho, que nos que nos que nos que nos había hecho, y á la vida.
Y yo os digo que os digo que vosotros, que os os habéisbéisbéisbéisbéis hecho, que la tierra de Egipto, que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que los que no
Y él, y los sacerdotes, y sus sacerdotes, y el reino de Dios, y su gloria, y para siempre.
Diciendo: No es la mar, ni la mar, ó de la mar, ó de la mar, ó de la mar, ni en la mar de Dios.
Y el templo de Dios, y era en el arca del Altísimo, y en el templo de su pacto, y en su pacto, y en la tierra.
Y su boca contra su boca, por su nombre, y su nombre, y su nombre, y su nombre, y en su nombre, y en su cielo.
Y el cada uno, y no escuerto, y el que se se se espificó, y el día de los siete veces.
Y las cosas, y se han de sus pies, y de la potestad, y la potestad.
Y los que habitará contra ellos contra ellos, y los reyes de ellos, y los reyes de ellos, y los reyes de los reyes de los reyes de los reyes de los reyes de él, y los reyes, y los que son.
Y él dijo á mí: El que están en los que están en los que están en los que están en los que mes de mí. Y él les dijo: No me habéis sido de Dios.
Los cuales los que estaban en ellos, y en el que estaba en el quembre, y en el profeta, y el profeta, y la noche.
Y sus dos dos dos puertas, ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni ni.
