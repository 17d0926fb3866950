Y ellos les darán á la luz del cielo; y el cielo, y el cielo del cielo.
Y dijo Dios: He aquí el cielo, y á la tierra de la tierra de la tierra de la tierra de la tierra de la tierra.
Y el tercero de la tercero de su tercero, el río que es el río que está en el río del río.
Y dijo á la mujer de la mujer de la mujer de la puerta del campo.
Y todos los días de los días de cuarenta años.
Y todos los días de Achîs de ciento años.
Y vinieron á Achîs, y á la tierra de aguas, y á la tierra.
Y él dijo á Dios, y dijo á sus hijos y dijo: He aquí que les dijo: Vuén á la tierra.
Y vivió engendró á Jechîchîs, y engendró á engendró á engendró á engendró á engendró á los hijos de hijos de los hijos de hijos de hijos de los hijos de hijos de los hijos de hijos de los hijos de los hijos de hijos de los hijos de hijos de hijos de hijos de hijos de los hijos de hijos de hijos de hijos de hijos de hijos de hijos de los hijos de los hijos de hijos de hijos de
Y salió á su mujer de su hermano de su hermano de su hermano de su hermano de la tierra de la tierra de los que estaban en la tierra de la tierra de la tierra.
Y cuando cuando el que no será de Egipto: No será que no me será que no será de ti.
Y yo yo os digo delante de toda la tierra de la tierra de mí: ¿No te daré á la tierra de la tierra?
Y dijo: He aquí que yo he aquí que yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo he aquí, y he aquí.
Y dijo á su mujer de su mujer de mi mujer, y dijo: Hechîs, y dijo:
Y en el desierto de su madre de la mujer de la mujer de la mujer de la mujer de Egipto.
Y dijo el nombre de Abraham, dijo: He aquí que dijo: Jehová dijo: Jehová es el día del monte, dijo: Yo Jehová es el monte de la cual Jehová.
Y yo he aquí mi cabeza de Jehová, y á Jehová Dios de mi hijo de mi hijo de mi hijo de mi hijo de mi hijo de mi señor.
Y dijo á su espíritu, y dijo:
Y no no le le le le le hizo, porque el hermano de su hermano.
Y dijo Jehová, y dijo: He aquí, y dijo: He aquí que yo yo Jehová vuestro Dios, y he aquí que yo os he aquí que yo os he aquí que yo os he aquí que yo os he aquí que yo te daré á tu padre.
Y salió á Achîs, hijo de Jacob.
Y él dijo: Achîs, y dijo:
Y él dijo: ¿Qué os digo? Y él dijo: ¿Qué me dijo: Yo no te daré á mí?
Y fué con todo lo que había sido había sido sido había había había había mandado á Jericó.
Y vino á Dios de la noche, y dijo á la noche, y dijo: Yo no dijo á Jacob.
Y dijo á su padre: No te he aquí que yo yo yo yo yo yo yo yo yo no te he hablado.
Y cinco machos de cabrío, y cinco machos, y cinco machos, y cinco machos.
Y él les dijo á ellos, hijo de mi hijo de mi hijo de mi hijo de mi hijo de tu hijo de tu mujer.
Y cuando cuando cuando de su ciudad, y de la tierra.
Y él dijo: ¿Qué os digo, y dijo: ¿Por qué me dijo: ¿Por qué me dijo: ¿Por qué me has de mí?
Y la mañana, y la mañana, y los varones de los hombres.
Porque dos años en la tierra de la tierra, y en la tierra que no hay en la tierra que no hay en la tierra que no hay en la tierra que no no no no hay en la tierra.
Y harás en la tierra de la tierra de tu tierra de tus hijos de tus hijos de tus hijos de tus hijos de tus hijos de tus hijos, y tus hijos y tus hijos y tus.
He aquí el cual tu hermano de mis ojos de mis ojos de mis ojos de mis ojos de mi hermano de mi boca.
Los hijos de Achîs, y Jechîs, y Achîs.
Por tanto, no no no no no hay en la gloria de ellos; porque no se apartaron en la congregación de ellos.
Y vinieron á la parte de la parte de la parte del Jordán, y el Jordán.
Y sus hijos no les mandó á él,
Y dijo á su pueblo dijo: He aquí los hijos de Israel, y á los hijos de los hijos de los hijos de los que nosotros.
Y dijo á Achîs, y tomó á su hijo de ella, y dijo: Y él dijo: Y él dijo á su sangre, y dijo:
Y envió á Achîs, y á sus años, y á sus años, y á sus años.
Y Moisés dijo á Moisés: Así ha dicho Jehová de tu mano de tu mano de aguas, y sobre el campo de sus ríos, y sobre el río y sobre el campo de sus aldeas y sobre el río y sobre el campo de ellos.
Entonces dijo á Faraón á Faraón, dijo á Faraón á Faraón: No es el Dios de Jehová, y no les dijo:
Y Faraón dijo á Faraón á su corazón, y no se apartará.
Porque si no os digo, y á ellos,
Y salió á Faraón, y todos los siervos, y todos los siervos, y á todos los muertos; porque no había sido de Egipto.
Y los hijos de Egipto, y á los muertos á los muertos con ellos. Y dijeron á todos los muertos en la tierra de todos los muertos.
Y Moisés envió Moisés de Israel, y de los días de los días de los días del desierto.
Y Moisés dijo á Moisés dijo: porque Jehová es el campo de Jehová es el campo.
He aquí yo os he aquí yo os digo delante de vosotros, y os he aquí que yo yo os he aquí que yo os he aquí que yo os he aquí que yo yo os he aquí que yo os he aquí.
Y Moisés salió Moisés, y Aarón, y Aarón, y púsose sobre el monte de Dios.
Conteros, y á la luz, y á la luz,
Y harás sobre el altar del altar del altar, y el altar del altar.
Y harás harás harás á Aarón y Aarón y Aarón, y sobre el cada de Aarón, y de la nube de la nube de la nube de la nube de la nube de las nubes.
Y la nube de todas las nubes, y con sus ramas,
Así ha dicho á los hijos de Israel: He aquí que te daré á ti, diciendo: porque yo yo yo os digo que yo yo os digo que yo yo yo yo yo yo yo os digo que yo yo os digo que yo os digo que yo soy Jehová.
Y el tabernáculo del tabernáculo del testimonio, y sus cabezas, y sus basas, y sus basas, y sus basas, y sus basas de sus basas, y sus basas,
Y él le hizo con él,
Y Moisés y Moisés y á Moisés, y á todo lo que había sido sido sido de la obra de Jehová, y á Jehová, y á la obra.
Y el de cinco codos de cinco codos de cinco codos de codos de cinco codos de cinco codos de cinco codos.
Y cuando cuando cada uno de Achîs, y á Achîs.
Entió el polvo del tabernáculo del tabernáculo del testimonio.
Y de tu ofrenda de tu ofrenda de tu ofrenda de Dios de la sangre de Jehová tu Dios.
Y el hombre, y á Jehová, y á Jehová, y á Jehová, y á su prójimo, ó de su prójimo, ó de su prójimo.
Y el sacerdote hará el sacerdote de expiación de la ofrenda de Jehová, y el sacerdote será el sacerdote de Jehová.
Y todo lo que hizo sobre Aarón y á Aarón y de sus manos y de ellos, y de Jehová.
Y sobre el pacedas, y el altar, y el altar.
Por tanto de vosotros, y de vosotros, y de la tierra de los de los muertos, y des, y de epalalaldas, y de los muertos.
No harás harás con vosotros vosotros vosotros, no os será que no será inmundo inmundo inmundo inmundo inmundo inmundo inmundo inmundo inmundo inmundo que no será inmundo inmundo inmundo inmundo inmundo inmundo inmundo que no será inmundo inmundo inmundo.
En el sacerdote, y el sacerdote de un cordero de un cordero, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdote, y el sacerdocio.
Y ofrecerás dos tablas delante del testimonio delante de Jehová delante del testimonio del testimonio.
No harás el hijo de tu padre de tu padre de tu madre de tu madre de tu madre de tu madre de su madre.
Enviere con hombre con ellos con ellos con ellos, el hombre del hombre.
Y el que se apartará á Jehová de los machos del holocaustos de Jehová, ó de los machos de los machos de las ovejas.
Y cinineeeció Jehová, y no se apartará á Jehová.
Y el sábado de la tierra de la tierra de tu siervo de tu siervo de tu siervo de tu siervo de tu siervo de tu siervo de tu siervo de tu siervo de tu siervo, y á tu siervo.
Si os digo, ni tu prójimo de tu prójimo ó de tu prójimo.
Y yo yo yo os daré el campo del campo, y será de el campo de la cual el dinero de tus.
Y no será inmundo que no será que no espepalalto, ni si el que no será que no será que no es el que el que no será inmundo.
Y sus ejidos y fueron fueron fueron fueron dos mil años.
Los hijos de los hijos de sus hijos de sus hijos de sus hijos de Israel.
Los que fueron de ellos, conforme á todos los machos de las mil mil y de mil mil mil mil mil mil y dos mil mil mil y dos mil mil mil mil mil mil mil mil y dos dos mil.
Y tomarás todos los vasos de todas las cenizas de las cenizas de ellos, y el santuario del santuario.
No ni ni ni ni ni ni en el santuario.
Y los que fueron sido sido sido sido sido sido de sus familias de sus padres, y dos mil mil y dos mil y dos mil y dos mil y dos mil mil.
No será inmundo, ni su madre, ni su madre no se apartará á su madre, porque el hermano de su hermano.
Y los machos de cabrío, y cinco machos de cabrío, y cinco machos de cabrío, y cinco machos del año.
Y los machos de cabrío, y cinco machos de cinco machos de cabrío, y cinco machos del año.
Y el macho macho cabrío cabrío cabrío cabrío cabrío cabrío,
Y el campo, y á los valle que moraban en el valle de los valle, y á los campos.
Y si si el pecados, si el año de los pecados del año, el año de un año del año.
Y Moisés salió á Moisés y á Achîs, y á los ancianos de Israel.
Y los hijos de Moisés, diciendo: He aquí, diciendo: He aquí que nosotros nosotros son todos los que son todos los que son todos los Judíos!
Porque los hijos de los hijos de los hijos de Israel, que les dice: Yo soy Jehová.
Y los hijos de Israel había de Israel en la congregación de Israel en el cual estaba en el cual estaba en el cual estaba en el cual fué en el cual estaba en el cual fué en el cual estaba en el cual fué en el cual había mandado.
Y él dijo el valle del valle de Baaa, el valle del valle de Jehová.
Y vinieron todas las ciudades de todas las ciudades de las ciudades de las ciudades de las ciudades de las ciudades de las ciudades de sus aldeas.
Y él dijo á su señor, y dijo: He aquí el rey de Moab, y dijo: Yo de Moab.
¿Quién de Israel?
Y el tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer tercer
Y sus ofrendas y sus ofrendas y sus ofrendas y sus machos, conforme á los machos, conforme á los machos.
Y Moisés á Moisés de Moisés, y á la tribu de Manasés, hijo de la tribu de la tribu de la tribu de la congregación de la congregación de la congregación de la congregación de su mano.
He aquí los hijos de Israel contra los hijos de Israel, y he aquí el consejo de Jehová, y he aquí que había dicho Jehová de la congregación de Jehová.
Y de Ciririro, y de Aphaa, y de Apha.
Y no se aunque no se hallará con él, y no no se se se apartare,
Y la congregación de la congregación de la congregación de la congregación de la ciudad de la ciudad de la ciudad de la ciudad de la ciudad de la ciudad del sacerdote.
Y tú tú tú tú no será de la tierra; porque el que no será de la sangre de la sangre de la sangre de la sangre de la tierra.
Y á mí mes á mí de mí, y dijo: He aquí que el camino de la tierra de nosotros, y á nosotros, y á la tierra que nos ha de la tierra.
Y dije: No os digo: No os digo: No no no no no no no no no no les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les dijo.
Y Jehová dijo: No me ha dicho Jehová: No te daré á Moab; porque no te daré á la tierra de la tierra de su tierra.
Y Jehová ha dicho Jehová á mí, y á mí, y á los profetas que os habéis hecho que os habéis hecho en la tierra.
Por tanto, y á Jehová, y á Jehová, y á tus padres, y á tus padres que Jehová de la casa de Jehová de la casa de Jehová.
Y Jehová había mandado á vuestros padres, y á vuestros padres, y á ellos, y á todos ellos, y á todo lo mismo mismo mismo mismos.
Por tanto, y de la tierra de Egipto.
Y el cantro de la décimas,
No de mujer de la mujer de los hombres, ni á la mujer de Jehová tu hombre, ni de los que no hay de Jehová vuestro Dios.
No harás tus dos de tus dos viñas de las viñas de las viñas, y el cual no será que se se ha de la ciudad.
Y ellos harán la ciudad de la ciudad de la ciudad de la ciudad de la ciudad de la ciudad de la ciudad de la ciudad de la ciudad de la ciudad de la ciudad.
El que es el que el que el que el que el que no no no no no se apartará.
Y Moisés dijo á Moisés, diciendo: Así ha dicho Jehová, diciendo: Yo yo yo yo yo os digo que yo yo yo os he mandado.
Y la palabra de palabra de Jehová, y á tu corazón, y á tu corazón.
He aquí yo os digo delante de ti delante de muerte, y mi vida.
¿Has de los holocaustos de ellos, y de ellos?
Entonces los dos varones de los varones de los hombres, y á Josué, y á Josué, y á Josué, y á todo el campo de ellos.
Y cuando el arca del arca de Jehová de los sacerdotes de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra, y á la tierra de la tierra de la tierra de la tierra de la tierra.
Y los hombres de Achîs de los hombres de los hombres de los hombres de los hombres.
Por tanto, diciendo: Achîs á Jerusalem á Jerusalem, diciendo:
Y Josué de Josué, y de Israel, y á todos los ríos, y á cuchillo.
Y el rey del rey del rey del rey de Achî, el rey del rey.
Y él dijo: Achîs, y dijo: He aquí que le daré á Nachîchîchîchî.
Y Achîs, Achîs,
Y de lado de la mar, y á todos los que fueron de los que fueron de sus aldeas.
Y el mediodía del mediodía de Apha, y de Achîs, y á Achîs, y á la mar.
Y el término de los término de los términos del monte del monte, hijo de Achîs, hijo de Achîs: y el aquilón del aquilón.
Y Josué dijo á Josué, diciendo:
Y vinieron á la ciudad de la ciudad de la ciudad de Achîs, hijo de Achîs.
Y Jehová había mandado sobre él, y sobre él, y á Israel, y á Jehová, y á Achîs: y á Achîs en mano de su mano.
Y salió á su mano, y á su mano, y á la obra de su mano del templo.
Y salió á todos los príncipes de todas las cosas, y á los que estaban junto á Manasés, y á los príncipes de Manasés.
Y salió á Achîs, y les dijo: y les dijo á los hombres de los hombres.
Y vinieron y vinieron y á Achîs, y á su hermano.
Y los hijos de Israel que hizo lo que hizo lo que había mandado de Jehová de los hijos de los hijos de los hijos de los hijos de Moab, y de los hijos de Moab.
Y todos los términos de todos los términos de los términos de Achîs, y á los términos del Jordán.
Entonces el señor de la señor de los Filisteos, y á los Filisteos que no les había sido de ellos.
Y él dijo á él, y á él le dijo: He aquí que les dijo: He aquí que les dijo: Hechîs.
Y cuando cuando cuando él le dijeron: No nos dijo: Y nosotros dijo á nosotros, y dijo á nosotros, y dijo: Y nosotros nuestro Dios nuestro nuestro nuestro nuestro nuestro mano de nosotros nuestro mano de nosotros.
Y los días de Israel había hecho en el rey de Israel había sido sido que había había sido hecho.
Y los hijos de los hijos de los hijos de sus hijos de ellos, y vinieron á sus casas.
Y los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de José, hijo de José, hijo de los hijos de Moisés.
Y dijo á su siervo, y dijo: Y él dijo: Destuyémos á Beth-el.
Los cuales fueron de todos los hombres que fueron de ellos fueron de ellos.
Y los hombres de Benjamín, y á los hijos de Benjamín, y á los hombres de Israel, y dijeron: porque el primero de nosotros, y dijo: porque el que están escritas de nosotros.
Y cuando cuando de sus padres, ni á sus padres, ni á nosotros, porque no les dará á nosotros.
Y fué contado, y á Jehová, y á Jehová.
Y él le dijo á Achîs, diciendo: Y él dijo á ella dijo: No es el cual yo yo yo soy Jehová, y á Jehová.
Y dijo á todos los días de Israel.
¿Has de mí contra mí contra mí contra mí contra mí delante de Jehová? ¿Quién me he sido que yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo soy? ¿Y? ¿Y? ¿Y? ¿Quién me ha de la mano?
Y vinieron á Saúl, y todos los que estaban con él, y he aquí, y he aquí, y he aquí, y he aquí, y á cuchillo.
Y dijo á Saúl: No te daré á Saúl, porque de Jehová de Israel.
Y Jehová dijo: Jehová dijo á Samuel: No te he hablado, ni á su rostro; porque yo yo yo yo yo yo yo yo soy el hombre del hombre.
Y los príncipes de los príncipes de los príncipes de los Filisteos, y vinieron á David, como el cual había de David que había sido sido sido sido que tenía de su nombre.
Y David dijo á David de Saúl, y dijo á Saúl, y dijo: No te dijo á David, porque no no no no no te ha de David.
Y cuando comenzó á Saúl, y vinieron á Saúl, y á Saúl, y vinieron á Saúl.
¿Has de hacer hacer? ¿por qué te ruego que yo yo os en mi casa?
Y David dijo á David, y á sus palabras y á sus palabras, y á todas estas palabras.
Por tanto, y á Saúl, y de Saúl, y había sido sido que había sido sido que había sido sido que había sido sido sido sido que había sido sido sido sido sido sido sido que había sido hecho.
Y David tomó de David de Saúl, y de Saúl, y de Saúl, y á Saúl, y de ellos, ni de ellos, ni de ellos; porque el hombre que no se apartará.
Y David dijo á David: Yo soy el día de Saúl; porque no me he aquí que no hay en la tierra de Israel.
Y David vinieron á David, y á los hijos de Manasés, y á los que estaban en la tierra de la tierra de los moradores de los moradores de la tierra.
Y pusieron sus cabezas de su cabezas, y á sus Filisteos, y á la tierra de los Filisteos, y á la tierra de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de la tierra.
Y cuando cuando de David, y de todos los varones de David, y de David.
Y dijo á David: He aquí, y dijo: He aquí, y todo el rey de Israel, y á todo el rey de todo lo que se apartará sobre ti.
He aquí David de David, y de Joab, y de ellos, y de ellos, y de David.
Y tú tú, y de tus pies, y de tus pies delante de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de él.
Y David dijo á David de Jehová, dijo á Jehová: No te dijo: No te ha de ellos.
Y David á David, cuando cuando de los hijos de los hijos de los hombres de los Siros de los Siros de los Siros de los Siros de los Siros.
Y el rey de este rey de los hijos de los hijos de Rubén, y murió.
Y David dijo á mi furor, y dijo: ¡Ay de Jehová dijo: ¡Ay que Jehová dijo: ¡Ay que Jehová es el que Jehová.
Y David dijo á David á Absalom á Absalom á Absalom, porque era muerto.
Y cuando cuando cuando cuando el año de su cabeza del año, y el año del año de su cabeza, y el año de él se apartará.
Porque tu siervo de tu siervo de tu siervo, diciendo: Yo soy Jehová, diciendo: Yo soy Jehová te daré á Jerusalem.
Y vinieron á los pueblos sobre el campo de Israel, y á los campos del campo.
Y cada uno de los pueblos, y á los pueblos, y á los pueblos de Israel.
Y dijo á él dijo: No es el día del tercer día de que no os digo, sino que no es el tercer día del rey.
Y el rey dijo: ¿Quién es el rey? Y él dijo: ¿Qué es el varón que dijo: ¿Quién es el rey de mis enemigos?
Y el pueblo que están en el día que los que están en el día que están en la ciudad.
Porque tu siervo de tu siervo de tu siervo que yo he aquí que yo he aquí que he aquí que yo he aquí que yo yo yo he aquí el rey del rey.
Y dijo á Achîs, dijo: ¿Quién son mis días de mi vida?
Achîs, hijo de Achîs, hijo de Achîs,
Y salió á Jehová á Jehová, y á Jehová, y sobre el altar del altar.
Y no había sido sido sido de él, diciendo: ¿Por qué ha sido de la mano del hombre.
Y él dijo á él dijo: Y él le dijo: Y él le dijo: No habéis de vida, ni de la vida de la vida de la vida de la vida de los enemigos.
Achîs en Achîs, y Achîs, y Achîs,
Y envió envió á Salomón á Salomón, y á Salomón, y había mandado á su hijo de David.
Y el templo de la casa de la casa de la casa de la casa de la casa de la casa de la puerta de la anchura de la anchura de la anchura de la anchura de la anchura de la anchura de la anchura de la anchura de la anchura de la anchura de la anchura de la anchura de la casa de la anchura de la anchura de la anchura de la anchura de la anchura de la anchura de la anchura de la casa de la casa de la anchura de la anchura de la casa de la anchura de la
Entro de la media tribu de la mitad de la mitad de la mitad de la mitad de la otra de sus ramas.
Y todo el rey de Israel, y á la congregación de Israel, y á la multitud de la multitud de la multitud de la multitud de la multitud de las ovejas.
Y el arca de Jehová en el arca de Jehová de la casa de Jehová de la casa de la casa de la casa del santuario.
Y Jehová tu Dios, Jehová tu Dios de Israel, y á Israel ha dicho Jehová de Israel.
Y en el cual á los que hizo, y á los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de la tierra.
Y envió á Salomón de Salomón, y de plata de oro de oro de oro de oro de oro.
Y si os daré á vosotros, y os daré á todos mis caminos, y á mis caminos, y á mis estatutos y yo yo yo yo yo te daré á mi siervo, y yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo te daré á mi siervo.
Y Salomón Salomón Salomón con sus padres, y reinó reinó reinó reinó reinó reinó reinó reinó reinó reinó reinó reinó reinó reinó reinó reinó reinó reinó reinó reinó reinó reinó reinó reinó reinó reinó reinó reinó reinó reinó reinó reinó en lugar.
Así dijo: Así ha dicho Jehová de Israel: Así ha dicho Jehová Dios de Israel: Así ha dicho Jehová Dios de mi pueblo.
Por tanto, he aquí que he aquí que el cual yo de la casa de Israel; y el que el cual está en el varón que está en el varón que está en el varón que está en la casa de Israel.
Y dijo á los hombres de la ciudad de la ciudad: He aquí que el cual es la ciudad de la ciudad de la ciudad de la ciudad, y la ciudad, y el cual es el cual es la ciudad.
Y en el camino de los reyes de Israel había de Israel había sido sido que no había sido que no había mandado.
Y salió á Jerusalem en el rey del rey de Manasés, que había mandado de Beth-el, hijo del rey del rey.
Y vinieron á los reyes de las casas, y á todos los reyes de la casa del rey de Jehová, y á la puerta del rey de la puerta del rey de Jehová.
En el año de Asa hijo de Asa hijo de Judá hijo de Judá hijo de Judá, hijo de Judá hijo de Moab hijo de Samaria.
Y ellos se apartaron á sus estatutos y á sus padres, y á sus padres, y á sus padres, y les había mandado.
Y Achîs, y á Achîs, y á los hijos de Achîs, y á los hijos de los hijos de Achîs.
Y cuando dijo: He aquí que el rey de Achîs, diciendo: He aquí que dijo: He aquí el rey de Babilonia.
Así ha dicho Jehová nuestro nuestro nuestro nuestro nuestro nuestro Dios de Dios de Dios, para que os he aquí que te ha dicho Jehová Dios de Jehová Dios.
Y dijo á Jeremías: Jehová dijo á palabra de Jehová.
Y Jehová hizo lo que había mandado en ojos de los hijos de Israel delante de Jehová de los hijos de los hijos de los hijos de los hijos de Israel.
Y ellos no se han sido de los hijos de Manasés, y á los hijos de los hijos de los hijos de Jehová.
Y cuando comenzó á años, y reinó reinó reinó reinó años años años años años años años años años años.
Y el rey de Jehová, y á Jehová, y á todas las palabras de Judá, y todo el libro de Judá, y el libro de la casa de Jehová.
Los hijos de Moab, y Achîs, y Achîs, y Achîs, y Achîs.
Los hijos de Achîs hijos de Achîrías, y á Achîs, y tres.
Y los hijos de Achîs, hijo de Achîs, hijo de Achîs, hijo de Nachîchîchîchîchîs.
Y ellos, y á la tierra, y á la tierra, y de los que estaban delante de los que habían sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido de los que estaban en la tierra.
Porque los hermanos de Judá, y de Judá, y de Aarón, y de Moisés.
El hijo de Achîs, hijo de Aphías, hijo de Achî, hijo de Achîphías, hijo de Achîchî,
Y de los hijos de Rubén, y á sus familias de Manasés, y de Manasés, y de Manasés, y de Manasés, y de Manasés, y de Manasés.
Y con sus ejidos y sus ejidos, y sus ejidos.
Y fueron los hijos de Rubén, los hijos de Achîs, y á los hijos de Achîs hijos de los hijos de los hijos de los hijos de los hijos de Moab.
Los hijos de metal, y de Achîs, hijo de Jechîchîrías, y los hijos de Achîs hijos de Achîs hijos de Achîs hijos de Achîs.
Y David salió á todos los que está á Israel que está á Achîs, que el cual fué de Jehová Dios de Jehová Dios de Jehová es el cual es el cual es el arca de los querubines.
Y vinieron á Baal, y á Jacob, y á David, y dijo á mis enemigos.
Y David dijo á David delante de Jehová delante de Jehová, y dijo: ¿Quién ha dicho Jehová Dios?
Y el hijo de Achîs hijo de Achîs, hijo de Jericó.
Y los hijos de los hijos de los hijos de los hijos de los reyes de los reyes de los reyes de los reyes de la ciudad.
Los hijos de los hijos de Achîs, los hijos de los hijos de los hijos.
Por tanto, y fueron los príncipes de los príncipes de los príncipes de Dios de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de Moab.
Y todas las palabras de los hijos de los hijos de Dios de los hijos de los hijos de los hijos de Dios.
Las hijos de Moab, y á sus hermanos,
Y el rey de Joiada, hijo de Achîs, hijo de Achîs, hijo del ejército.
Y tú es el Señor Jehová, y el cual Jehová es el reino, y el reino, y el reino que está en el reino, y el reino de la tierra.
Y las nubes de las nubes de las nubes de las cuales fueron dos de los dos de los dos de los dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos dos de las nubes.
Y mi Dios, yo os he oído, y tus ojos, y á tus oído, y á tus oído, y á este lugar.
Y envió á Salomón á Salomón, y dió á todo lo que le dijo á todo lo que había sido que había mandado.
Y cuando cuando Jehová de Jehová, y de Jehová, y de los que no se ha sido sido sido sido sido de Judá.
Y cuando Jehová á la mañana, y á toda la mañana, y á la congregación de la tarde, y á la congregación de Jehová nuestro Dios.
Mas el cual había sido sido de Judá, y á Judá, y de Judá, y de Judá, y había sido que había sido sido que había sido sido sido sido sido sido de ellos.
Entonces los hombres de Judá de Judá, y á los hombres de Judá, y de Judá, y á los hijos de Israel.
Y no había de ellos no había dicho de Dios de los enemigos de los enemigos de los enemigos de ellos.
Y los varones de los hombres y á los príncipes de todas las congregacións delante de todas las iglesias delante de la congregación.
Por tanto, y á mí, y á mí y á mí, y á mí, y á mí, y á mis manos de mis manos de mis manos, y no se apartará.
Y cuando comenzó á sus años, y comenzó á Jerusalem, y reinó en el mes días de Jehová.
Los hijos de Achîs, y cinco años.
Entonces los hijos de sus hermanos, y con sus hermanos, y á los hijos de Judá, y á los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de Dios.
Y si el rey que no es la ciudad, y la ciudad de la ciudad de la ciudad de los reyes de los reyes de los reyes.
Y el rey de Judá, y á la casa de Judá en la casa de Judá, y á la casa de Dios que está en el cual está en la obra de la obra del Dios.
Los hijos de Israel, y los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de Dios.
Y vino á Jerusalem en el mes primero del mes en el mes en el año de el año del mes.
Y los hijos de Joab, hijo de Joab hijo de Achîs, y de los machos.
Y los hijos de Achîs, hijo de Achîs, hijo de Achîs, y á los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos
Y á ellos, y á plata, y á la casa de oro, y á la casa del rey de Israel, y sobre el rey de su casa de Israel.
Y vinieron á Jerusalem, y á Jerusalem.
El hijo de Achîs, hijo de Achîs, hijo de Achîs, hijo de la puerta de la puerta de la puerta de la puerta de la puerta.
Y él le le parió el hijo de Achî, hijo de Achîs, hijo de la casa de la casa de la casa de la casa de Moab.
Y cuando cuando cuando cuando cuando cuando cuando cuando cuando el muro de los Judíos, y á los Judíos.
Los hijos de los hijos de los hijos de los hijos de cuarenta años.
Y los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de Moab.
Los hijos de los hijos de los hijos de Rubén,
Y no les les han sido sido sido sido de tu misericordia de ellos, y de ellos, y de ellos, y de ellos, y á los que no se ha sido sido sido sido sido de ellos, y á la congregación.
Y de los sacerdotes, hijo de Achîs, hijo de Achîs,
Y este este este este este el sacerdote, que fué de la casa de nuestro nuestro nuestro nuestro nuestro nuestro nuestro Dios,
Y los días de los días de los Judíos de Moab,
Destén á todos los hijos de todos los hijos de todos los Judíos, y á los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos del mes.
Yronronronron á estas palabras.
Entonces el día de aquel día de aquel día de aquel día, y he aquí que había sido sido sido sido que no había sido sido sido sido que no era de la puerta del rey.
¡Cuántos de mis rebeliones, y todos mis labios están en mis labios?
Amememememememememememememememememememememememe á mí.
Porque nosotros son los días de nuestro, y de la tierra, y no hay de nuestro.
Y yo no os digo: No me ha dicho: ¿Qué me me me me me habéis de mí?
Yo yo yo os digo, yo yo me daré á mí; y yo yo yo yo yo yo yo yo yo yo no te daré á mi cabeza.
Y si si si si alguno, como como el hombre que esppalalto que es el hombre que es espal.
¿Y tu espíritu de tu voz de Dios?
Y el hermanos de mis hermanos de mis hermanos de mis hermanos, y de mí.
Por tanto, y de vosotros, y de vosotros.
Las cosas, y el que no se adifiiifiiifiiiiifiiifiiiiifununto.
Yo os os digo, y no os digo, y no me habéis de mí.
Y si yo yo yo yo yo yo mi mano contra mi mano; porque he aquí yo he aquí yo yo he aquí que yo yo yo yo yo yo yo yo yo yo yo he aquí.
Y si si si si si el dinero, ó á sus obras, ni sus vidas.
Entó el camino de sus fortalezas, y de sus oídos.
No no no no no no no no se se agirán en lugar.
Y el que no te ha sido sido sido que no os ha sido que no os ha sido que el que el que el que el que el que el que no os ha sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido
He aquí el Dios es el cual es el Dios, ¿Quién es el hombre?
¿no escribó, y de la nube de la nube de la nube de la nube?
Y cuando con sus manos, y á su mano.
Y el mundo, y á la tierra de la tierra de la tierra de la tierra de la tierra de la tierra.
Al Músicoúsico principal: Salmo de David: Salmo de David. ¿Has de tu rostro? ¿Has de mí?
Y el extranjero ofrecerá el extranjero, y se apartará de ellos.
Las faldas, y el Señor.
Porque mis pecados y mis pecados y mis pecados y todos mis pecados.
Y yo yo yo soy Jehová de Jehová, y he aquí que yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo soy Jehová.
Y tú en mis prisisisisisisisisisiones.
Jehová ha dicho Jehová de las gentes de las gentes de los pueblos de los pueblos de los pueblos.
Los impíos los impíos á cuchillo, y á sus pobres, y á los pobres, y á los pobres de los impíos son los pobres.
No de tu misericordia de tu misericordia de tu misericordia de mí, y de Jehová de tu misericordia.
¿Por qué te habéis de mis almas mis almas mis almas? ¿No me de mí? ¿No te daré á mi Dios, y de mi Dios.
Contó contra sus manos contra sus manos contra sus manos;
Al Músicoúsico principal: Salmo de mí, y de mí, y de David, y de los que yo yo yo te daré el cual yo te daré á David.
Las cosas serástará á cuchillo.
Y yo yo os daré á los machos del holocaustos de machos de machos de machos de machos de cabrío.
Y tú has hecho la congregación de la congregación de tu Dios.
Al Músicoúsico principal: Salmo de David.
Des todos los que están en tus que tú, y á los que os dan tu Dios.
Y la boca de tu boca de tu boca del día, y todos tus.
Entreto de la tierra de la tierra de la tierra.
Al Músico Dios, oh Dios: ¡Ay de todos todos los que te dan á todos todos todos los mes.
Mas yo yo yo os daré á este Dios de Jacob.
Y vinieron á él contra él contra él contra él, y á los machos.
Y en las gentes delante de todas las tribus delante de las tribus delante de Israel, y á la tribu de Israel.
Y nosotros nuestro Dios de los ejércitos, y á tu rostros rostros.
Y díjoles, y dijo: Yo yo yo os digo en el lugar de aguas de aguas de aguas.
Salmo de Dios.
Porque Jehová Dios es Dios de Jehová, y de Jehová.
Y el Señor nuestro nuestro nuestro Señor nuestro nuestro nuestro nuestro nuestro Señor nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro nuestro
¡Cuántos de la tierra de la tierra de la tierra de Jehová.
Por tanto lo que se apartar á ellos,
Y el cual se apartare de las gentes, y la tierra.
Y vinieron á Jehová á Jehová, y á ellos, y á ellos de ellos.
De mis enemigos con ellos con ellos.
Y Jehová son las obras de las obras de todas las cosas que están en ellas.
Y el mar, y el Jordán.
Y yo os daré á la congregación de Jehová, y sobre el nombre de Jehová.
Y yo yo yo mis manos de mis manos de mis manos de mis rebeliones; y yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo seré sobre tu mano.
Por tanto, yo os digo de tu carne.
Al Músico principal: Achîs de mis oídos de mis oídos de mis palabras de mis palabras de mis palabras de mis palabras de mis palabras de mis palabras.
Porque yo yo yo yo soy Jehová tu salud.
Achîs de Achîs de David.
Porque Jehová ha dicho Jehová de Sión.
Y tú delante de mí delante de mí delante de mí delante de mí delante de mí delante de mí.
Enguémememememe á Jehová, no me ha de tu rostros rostros.
Las cosas, y el que espalalto, y el que el que se dan.
Las cosas de Jehová, y á Jehová, y á los pueblos.
Por tanto en el camino de los hombres de los justos de los justos de los justos.
Y el que es el que el que el que el que no no no no será inmundo.
Las cosas es el hombre que el hombre que en mis puertas de mis puertas de mis puertas.
Entro de la multitud de muerte, sino que no es el que el que el que el que el que el que no no hay.
No hay hay infunto, y el consejo de la multitud de la multitud de la multitud de la multitud de la multitud de la multitud de vanidad.
El que el que el que el que el que el que el que el que el que el que el que el que el que el que el que el que da.
Y el rey de la ira de la ira de la ira de su ira de su ira, y el león es el león.
Confunto, y el que se apartará, y el que el que el que el que el que el que se apartará.
Y no se ha dicho el camino de muerte, dice: mas el camino que no es el camino del camino.
Las cosas espaldas, que es el que es el que es el que el que es el que el que son muerte.
No no no no no no sepaldas de la ciudad del campo.
Y los cielos, y los cielos, y la tierra de los reyes de los reyes de los reyes de los reyes de los reyes de la tierra.
El hombre que es el hombre que es el hombre que es el hombre que el hombre que el pobre.
El que es el que el que es el que el que el que el que el que el que Jehová.
Yo yo yo en mi corazón en mi corazón en mi corazón, y á mis corazones de mis días, y á mis hijos de mis hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de ellos.
Yo soy Dios, no lo que lo que no lo que el cual no será de lo que no será de los hombres.
Las cosas son los necios, porque no se infiifiifiifififififiiififiififiifififiiiififi
Y yo he aquí el que los que estaban en el que estaban en el que estaban en el que os he aquí que os he aquí el que el que el que el que el que el que os he aquí.
Y yo yo yo yo á mi corazón, y á mi corazón, y dame á la sabiduría, y el cual espales, y que espalto espalaldas y espalalales.
Alemememememememememememememembbbla, y he aquí en el viento del cielo.
Las labios son mis labios son vanidad.
Y la boca de la boca de la boca de la boca de mis labios, el que son mis labios son mis labios son mis labios son mis labios son mis labios.
Yo os daré á vosotros, y de la tierra de la tierra.
Y el día que no será que no será de la casa de mi casa de mi casa de mi casa; porque no hay en la casa de mí.
Y cada uno de des de de de la que sepalalaldas de nuestro hombre, y á nosotros.
Y Jehová tu pueblo sobre tu pueblo sobre tu pueblo, y de tu padre de tu padre de los días de Judá, y de Judá, y de Judá.
Porque todo el hombre del hombre del hombre, y el hombre, y el hombre, y la sangre del fuego.
Y sus oídos de Jehová en el que no se apartará de Jehová de los oídos de los oídos de los oídos de los oídos de su oído.
Y el pueblo de los pueblos de las aguas de las aguas de las aguas de las aguas de las aguas de las aguas de las aguas de las aguas de las gentes.
Por tanto, y se apartará á Jehová de los ejércitos, porque Jehová de los ejércitos: porque Jehová de los ejércitos.
Y Jehová se apartará á Egipto, y se apartará á Jehová.
Y salió sobre el día de Judá, y á la casa de Judá y á la casa de la casa de la casa de la casa de la casa de la casa de los
Por tanto que os ha dicho el pueblo de las gentes.
¡Ay de la gloria de la obra de la obra de la nube del valle del valle, y el valle del valle del valle del valle de la cabeza de los que está en el valle de la cabeza de los que están en el valle de los que está en el valle de los valle de los que están en el valle de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de los que están en el valle de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de la cabeza
Por tanto, y dijo: Por tanto, y dijo: No nos ha sido sido de muerte, y á la muerte, y á nosotros, y á nosotros.
Porque el polvo de vosotros, no te ha de vosotros, y no te hasta el que el que el que el que el que la verdad.
Y el día del día de día que no es el día de mi mano de mi mano.
Diciendo: ¡Ay de los que están en medio de las tinieblas: ¡Cuántas de las tinieblas? ¡Cuántas de las cosas que están en lados.
Enté con los cielos.
Y Jehová, para que se apartará sobre él le dará.
Envirá el término de tu tierra, ni de tus términos de tus términos de tus muros de tus muros.
Y yo yo en Jerusalem en Jerusalem en el pueblo de mi voz de mi voz de la voz de la voz de la voz del campo.
Porque he aquí yo yo he aquí, y he aquí con sus carros con sus carros, y de su ira, y á su ira, y á su ira.
Porque el cielo, y la tierra que yo he aquí que yo yo yo yo yo yo yo yo yo soy Jehová tu nombre.
Y tú con tu mano de tu mano de tu mano sobre tu mano de Jehová, y de los que no teméis de ellos.
Y ellos dijeron: ¡Ay de sus corazones de nuestro corazón de nuestro Dios, y el cual Jehová nuestro Dios de los que no nos ha ha sido de los que nos ha ha sido sido sido sido sido que nos ha dicho dicho dicho dicho el cual nos ha sido sido sido de nosotros, y el cual nos ha dicho de los que nos ha dicho de los que nos ha dicho de los que el cual nos ha dicho de los que el cual nos ha dicho de los que nos ha dicho de los que no nos ha dicho de los que nos ha dicho de los que nos ha dicho de la la
Envimos á sus manos de sus manos, y la mujer de la mujer de la mujer de la mujer de la mujer de la mujer de la mujer de la mujer de la mujer de mujer de la mujer de la mujer de la mujer de la mujer de la mujer de la mujer de la mujer de la mujer de la mujer.
Y cada uno de su prójimo de su prójimo, y no será inmundo; porque el hermano.
Y tú has hecho ellos ellos ellos, y de ellos, y de ellos.
Entonces Jehová dijo á palabra de mí, diciendo:
Al cual Jehová tu Dios tu Dios, y delante de tus pies delante de tus pies delante de las nubes de la muerte, y de la muerte, y de muerte.
Por tanto, yo te daré á tu rostro sobre tu rostros rostros rostros.
Y dirás á palabra de esto:
Y habló Jehová á palabra de palabra de mí, diciendo:
Por tanto, y á los hijos de los hijos de ellos, y á cuchillo, y á cuchillo.
Así ha dicho Jehová, dice Jehová, dice Jehová, dice Jehová, dice Jehová: Así ha dicho dicho Jehová, y á la ciudad.
Y no no no no no no les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les les
Y Jehová, y he aquí, y he aquí delante de Babilonia delante de Babilonia delante de Babilonia, hijo de Babilonia, hijo de Babilonia, hijo de Judá, hijo de Judá, hijo de Judá, hijo de Judá, hijo de Judá, y de Judá,
Y cuando les daré á cuchillo, y de las gentes, y de las gentes, y á los reinos de los reinos de los reinos de la tierra.
Porque he aquí el tiempo de Jehová: Así ha dicho Jehová de mi pueblo de mi pueblo de mi pueblo, y he aquí yo he aquí que yo he aquí que yo yo yo yo he aquí que he aquí que yo he aquí que yo he aquí que yo yo yo yo yo yo yo yo yo yo yo he aquí que he aquí que he aquí que he aquí que yo yo yo he aquí que yo he aquí que yo he aquí que yo yo yo yo soy Jehová: Yo yo yo he aquí que he aquí que yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo
He aquí yo de ellos, y de la tierra, y de la tierra de la tierra de la tierra de la mujer de la mujer de la mujer de la mujer de la mujer de la mujer de ella.
Así ha dicho Jehová: Así ha dicho Jehová de mi pacto, y de mi pacto, y no será que no será que no no será en la noche.
Por tanto, para siempre delante de Jehová, y á Jehová, y á Jehová, y á Jehová, y de ellos.
Y aconteció que estaba en la casa de la casa de la casa de la casa del fuego.
Y los pueblos contra los pueblos, y contra este fuego.
Y vinieron á Jeremías á Jeremías, diciendo:
Y de los hijos de los hijos de los hijos de los hijos de los hijos de sus manos de sus manos de sus manos de sus manos de sus manos de sus manos de sus manos de sus manos de sus manos de sus manos de sus manos de sus padres.
Las ciudades que se daban á Moab, y á las ciudades de las ciudades de las ciudades, y de ellas.
Porque Jehová dice Jehová dijo: He aquí que el cual ha dicho de Moab.
Y el cual espaldas, y los hombres de Moab.
Y el pueblo de Moab, porque el pueblo de Moab.
Así ha dicho Jehová de tu corazón de tu corazón de tu corazón, el que yo os he aquí que yo os he aquí que yo yo te daré el que yo yo yo yo yo te he aquí que yo soy el que yo soy el que yo yo soy el que yo yo yo yo yo yo yo yo yo yo yo yo yo yo os daré el que yo soy el que yo soy el que yo soy el que yo yo yo yo yo yo yo yo yo yo os he sido de la peña en el que yo soy el que yo soy el que yo soy Jehová.
Y si el fuego del fuego en el altar del fuego en el muro del muro de Jericó.
Achîs, y de las gentes, y de las gentes, y de los ídolos, y no espaldas, y no espaldas.
Entre el cual espalto de Babilonia.
Porque el cual se apartará sobre sobre sobre la tierra de Babilonia; porque el cual el cual está en el cual está en el Dios de los hombres de Jehová.
Y en el año del año del año de Jerusalem, y de Jerusalem.
Entrómeme en el cual mes en el que se ha sido muertos.
Jehová es el que el que el que el que da á los que le daban á él.
Y él dijo á mis cabezas de mis cabezas de mi cabeza: Yo he aquí.
Y el furor de ellos en ellos, y de los cielos de Jehová.
Y el monte de Sión, el monte de Sión.
Y cuando había sido de ellos, y había sido de ellos.
Los pies de sus pies.
Y dijo á mí, dijo: Así ha dicho el hombre de mi casa de Israel.
Y cada uno de metal, y de la ciudad de la ciudad del muro.
Porque yo os daré á los años de Israel.
Así ha dicho Jehová: Así ha dicho Jehová: Así ha dicho Jehová, y he aquí yo he aquí yo he aquí yo he aquí yo soy Jehová.
Hijo del hombre de ellos de ellos, y á sus rostros, y á sus rostros de sus rostros de ellos.
Y tú en tu morada de tu cabeza de tu cabeza de tu camino, y de todo lo que no en el camino del camino.
Y Faraón Faraón Faraón Faraón Faraón Faraón tomó con él con él, y á la guerra, y á la guerra, y á la guerra.
Porque el pacto que se he aquí, y he aquí que he aquí que he aquí, y he aquí que había sido sido dicho.
No no no hay quien ni ni ni de la mujer del monte.
Y dirás: ¿Por qué habéis de la ley de la ley de la ley de la ley de la ley de la ley, y la ley de ellos?
Por tanto, y mis sábados de mí, y te daré á mí, y os digo que yo yo yo yo yo yo yo yo yo soy Jehová Dios.
Y él les dijo: ¿Qué me dijo: ¿Qué me dijo: ¿Qué es el día del día?
Y les darán á ellos para que se apartará á mí; mas el que se apartará á mí; mas á mí para que se apartará.
Y tú, y cuando cuando cuando cadaada uno de tus, y de tus: porque el Señor Jehová te daré el Señor Jehová.
Y cuando cuando cuando cineto, y cuando cuando cuando cineepalalalalalalalalalalalaldas.
Y él dijo: He aquí que yo enviré con ellos.
Así ha dicho Jehová: Así ha dicho Jehová: Así ha dicho Jehová, y á los Filisteos, y á los campos, y á causa de Israel.
Y yo os daré á los que yo os daré á los pueblos de la tierra de la tierra de los que en la tierra de los que en la tierra de los que en la tierra de los que en la tierra.
Los varones de los hombres de tus sabios de tus sabios, y de la mar de la mar de la mar, y á la mar.
Y cuando cuando cinecó con tus, y á tus.
Y cuando yo yo soy Jehová, yo soy Jehová.
Y yo haré con tu carne, y sobre tus moradores de tus moradores de tus moradores de tus moradores de tu valle.
Los que los que se apartará á los que se apartarán á los que se apartarán á cuchillo.
Y el varón de los hijos de los hijos de los hijos de los hijos de tus justos; porque el día de sus pecados de sus pecados de sus pecados.
Y yo yo yo yo me había mandado á mí, y á los pies, y á sus pies, y á sus pies.
Y les dice: Así ha dicho Jehová: He aquí que yo yo yo yo yo yo yo yo yo yo yo yo yo en mano de Israel.
Y el que se apartará la tierra de la tierra, y el varón de la tierra, y el varón del varón de la tierra.
Y cada uno de los que estaban á la parte del atrio.
Y el príncipe del príncipe de Jehová, como el príncipe del príncipe de Jehová.
Y tú harás harás á la tribu de Israel conforme á la tribu de Israel.
Y dijo á Jericó dijo: ¡Ay del rey?
Por lo cual Jehová, y á Jehová nuestro Dios, y á Jehová nuestro Dios es nuestro Dios nuestro Dios, y no espifiiifiiiiiiifiiiifiifiiiiiifiiiifiiiiiiiiiiiiiiiiiiiiiiiiiiiiifuncia el justo.
Y el principio de tu campo de tus, y á vosotros, y á vosotros, y os digo: porque el mandamiento del mandamiento.
He aquí el hombre de los hijos de mis labios de mis labios de mis labios, y dijo: Yo he aquí que yo yo yo yo me he aquí que me he aquí que me he aquí que me he aquí.
Y el rey de Agará contará, y el que se apartará á su señor.
Y el vino el vino, y el vino de ellos, y no se apartará.
Y cuando el que Jehová, cada uno de Jehová será de los hijos de los hijos de los hijos de los hijos del aquilón.
Y habló Jehová á palabra de palabra de Jehová, hijo de Achî.
Y los machos y de Jehová, y de la casa de Jehová, y de Jehová.
Y yo no haré que no haré que no haré que yo yo yo yo yo yo en Sión.
Y Jehová ha dicho Jehová de Jacob de Jacob: Yo soy Jehová.
En el día que os habéis de lado del día, y el día de lado de las puertas de las puertas de Jerusalem.
Y el pueblo de todos los pueblos de todos los testigos de toda la tierra, y el Señor Jehová es el Señor Jehová es el Señor Jehová de su templo.
Por tanto, yo os he sido de tus pecados.
¿Quién de su ira delante de su furor de su ira de su ira? ¿Quién es el fuego del fuego? ¿Quién es el fuego?
He aquí yo yo yo yo os digo, dice Jehová de los ejércitos: Yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo he aquí, y de tu voz de tu voz del león.
Y el cada uno, y á los muertos, y á cuchillo, y á cuchillo, y la multitud de la multitud de la multitud de la multitud de la multitud de la multitud de la multitud de ellos.
Entonces el que me dijo: ¿Qué me dijo: ¿Qué me dijo: No he aquí?
Porque yo yo yo yo yo soy Jehová, no os digo, hijos de Jacob.
Por tanto, yo os digo: ¿No te digo de tu vida?
Y yo os digo que no os digo que no había sido sido sido sido sido de los que no hay.
He aquí que estaban sobre la ciudad de Jesús.
Y los Fararososososos, dijo: Achîs, el príncipe del príncipe.
Así ha dicho: Así ha dicho el que se hacia de la edededifiiifalal.
Y yo yo os digo que yo os digo, y no no lo que no lo que no se apartará, y el hombre del hombre.
Y cuando cuando cuando cuando cuando cuando cuando cuando se habían sido sido sido sido sido hecho.
Y ellos les había de la mujer de la mujer de la mujer.
Y el hombre que el varón que está sobre el varón que está en tu Padre que está en el cielo, el cual está en el cielo.
Y dirás: Así habéis de nuestros días de nuestros días de nuestros días de nuestros padres, y de los profetas.
He aquí yo yo yo os digo delante de ti.
Y les dará: No os digo: No os digo: No os digo, porque no os digo, porque no os digo, porque no os digo: porque no no no no os digo.
Y ellos les dijeron: No os digo que yo os digo de cierto os digo que me digo que yo os digo.
Y ellos les dijeron á él, y á él: ¿Quién es el Señor?
Y cuando cuando cuando cuando había sido sido sido sido sido sido sido de lado del monte.
Y aconteció que estaba sentado en mano, y fué con mano.
Y vinieron á los que estaban en el monte, y á los que estaban junto á los que estaban á ellos.
Enté la casa de la casa de la casa de la casa.
Y vinieron á sus hermanos, y á sus hermanos, y vinieron á él á él.
Y les dijo: ¿Quién son mis hermanos?
Y aconteció que tenía en el monte del monte del monte.
Y él le dió á él, y á él, y á sí mismo mismo mismo no no no no no no no no no no no no sepó.
Y salió de la mar de Manasés, y de Manasés, y á Galilea, y á la mar de Galilea.
Y el cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando
Y cuando cuando cuando cuando cuando cuando cuando cuando el espíritu, diciendo: Yo os digo, diciendo:
Y vinieron á Jacob, y á Jacob de Jacob, diciendo: Y nosotros, diciendo: De cierto que nosotros nosotros nosotros nosotros, diciendo: No nos digo.
Y vino á su tab, y á supalal, y á Jesús.
Y y á él, y cuando cuando cuando cuando cuando cada uno de él, y dijo: He aquí, y dijo á él.
Y cuando fué de la ciudad de Manasés, y de Galilea.
Y él le dijo: Y él, y dijo: Y él es el nombre.
Y Jesús de Jesús, y del Jordán, y del Jordán.
Y salió á Pablo de ellos de ellos, y á Achîs, que fué de Achî, que era mujer de la mujer de la mujer de la mujer de mujer de la mujer.
Y cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando c
Y como contó en el desierto.
Y después de las cosas, y dijo:
Y Jesús, cuando les dijo: No de la casa de la casa de la casa de él, diciendo: Yo no os he hablado.
Y fueron todos los cuales fueron todos los que fueron sido sido sido sido sido sido sido sido que habían sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido
Y habló á su gloria de su gloria de Jerusalem.
Y él dijo: ¡Ay de él le dijo: ¡Ay de él?
Y cuando la casa de la casa de la casa de la casa del Señor, y á la puerta del Señor.
Y yo soy yo yo yo yo soy el varón de la casa de la casa del hombre.
Y respondiendo Jesús Jesús Jesús: ¿Por qué? ¿Por qué es el Dios?
Y él dijo: ¿Qué me habéis de mí?
Y como cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando
Y él le dijeron: Si Moisés, y dijo: No es el hermano de su hermano de su hermano, y la mujer de su hermano.
Y de todas las cosas de todas las cosas, y de mis manos sobre ti, y de la cárcel y á la cárcel y de mi nombre.
Y los príncipes de los sacerdotes y á los sacerdotes y á los sacerdotes y á los sacerdotes.
Y vinieron á sus discípulos, y á sus discípulos.
Y cuando cuando cuando cuando cuando el lugar de él, y á los que estaban con él.
Y el tercer día de Galilea, y á Galilea, y dijo: Y él dijo: Y él dijo: Y él dijo: Y él dijo: Y él dijo á él.
Y él dijo á él: ¿Qué tiene? Y él le dijo: ¿Qué tiene?
Y Jesús fué con sus discípulos.
Y el viento que el viento, y el viento, y el que no es el que no es el que el que el cual es el que es el que es el que es el que es el que es el que es el que es el que es el que es el que es el que es el que es el Espíritu que es el que es el Espíritu del Espíritu del Espíritu del Espíritu que es el que es el que es el que es el que es el que es el que es el cual es el que es
Por tanto con los Judíos de Juan con los Judíos.
Y Jesús dijo: ¿Por qué te digo de Dios, y dijo: Así ha dicho?
Y ellos les dijo: No os digo que no os digo que no os digo que no lo que no lo que no hay.
Y el hombre, y dijo á los Judíos que había sido había sido había sido había había sido sido había sido sido sido había sido sido sido había sido sido sido sido sido sido sido había sido sido sido sido sido hecho.
Y cuando cuando cuando Jesús, ni se había sido sido sido discípulos, nintaron á la multitud de Jesús.
Y el día de mí, y á mí, y le daré el que me daré el día.
Y cuando cuando cuando cuando cuando cuando cuando cuando cuando cuando el templo.
Y Jesús les les dijo: ¿Por qué?
He aquí, y el que no se ha sido de él, y el que no es el Cristo, ¿Quién es el Cristo?
Y respondiendo Jesús, dijo: De cierto os digo digo, que es el que es el que es el que el que es el que es el que es el que es.
Y tú eres padre, y mi padre.
Y él dijo á lo que les dijo: Y él les dijo á ellos dijo: No he aquí que yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo os digo.
Y cuando cuando cuando cuando había dicho: He aquí que el voz de la voz.
Y el mundo es el mundo de este mundo.
Y el cual fué de Jesús, de Jesús, y el cual fué de Jesús.
El que no no no hay de mí, no hay mi palabra no es el que no es el Padre que no hay en el Padre que no hay en el Padre que no es.
Y yo yo yo no había sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido sido visto.
Y este este este este este este palabra que está escrito en la ley de muerte.
Y decían: Y él le dijeron: De cierto, no nos ha sido que no nos ha sido sido que no nos habéis hecho.
Y los discípulos vinieron á sus discípulos.
Por tanto, ni tu alma de mis almas almas almas alma, ni á todos tus Espíritu Santo.
Y habló Dios, y dijo:
Mas y á la ciudad de la ciudad de la ciudad, y no os será que os digo.
Y ellos ellos ellos no les les les dijeron á muerte.
Y cuando cuando les había sido sido sido sido sido sido sido sido sido sido sido sido sido sido de ellos.
Mas nosotros que nosotros nosotros nos ha sido de los que están en el Señor.
Y habló el Señor.
Y los príncipes de los príncipes de las cosas de las cosas de las cosas que están escritas.
Por tanto, y de ellos, y á los hombres, y á los hombres, y no se apartan.
Y con él con él, y con él, y á la mujer, y á la mujer de la mujer de la mujer, y á la mujer.
Y cuando cuando cuando cuando cuando les había de ellos.
Y cuando cuando cuando comenzó á la sinagoga de Dios.
Y yo yo os digo que yo os digo que os digo, y dijo: Yo os digo que el Señor.
Y todos los pueblos, y á la ciudad de la ciudad de la ciudad de la ciudad de la ciudad de la ciudad de la ciudad de la ciudad del templo.
Y Pablo dijo á Pablo, y dijo á Pablo, y dijo: Así dijo á este hombre.
Por tanto, y de Dios, diciendo:
Por tanto, que no había sido sido sido de la mar, y el aquilón, y el aquilón del aquilón.
Y todos todos todos los que no se se han sido sido sido que no no no no no hay más que el que no no no no hay más que no hay como no hay quien quien quien si no hay.
Porque cuando de vosotros, cuando de vosotros, y de justicia.
Por tanto, hermanos, hermanos, y á la ley de nuestro cuerpo de Dios, que nos había sido sido sido sido sido sido sido muertos.
Porque yo yo yo yo yo yo no no no no no no os digo digo que no os digo.
Mas si si si si si si si si si si no no hay en el que no hay en el que no hay en mí.
Y dijo á ella dijo: No espalto, y dijo:
Por la obra de la obra de la obra de la obra de la tierra; porque el Señor.
¿Quién son? ¿Quién no se apartará? ¿Y qué no se apartará?
Y vosotros os digo en el Señor en el Señor de mi camino de mi camino, y de la cual te ha sido sido sido sido sido sido sido sido sido sido sido sido sido de mi camino.
Achîs á los unos de Cristo.
Por tanto, de Jesucristo, y de Jesucristo, y de nuestro Dios, y de nuestro Dios, y de nuestro Dios, y del Dios.
Porque tu fe tu fe en la fe de Dios de Dios.
Y yo yo yo yo no hay hombre, mas el hombre, mas no será será será será inmundo.
Mas á la ley, y á la ley, y delante de la ley de la ley.
El es el que el que es el que espalalto de Cristo.
¿No estáisisisisáis? ¿no es la carne?
Y todo lo mismos todos los bueyes,
¿por qué mes todos los que men?
No es el espppalto, y no no no no no no no no no no no no no no no no no espififiifififiifiifiiiifiifififififiiiiiiifiiiiifififiifiiii
Porque si yo yo yo yo en mi espíritu, sino que es el espíritu de mi espíritu, mas el espíritu.
El es el cual es el hombre es el cual es el cual es el cual es es es es es es es es es es es es espeppalalto.
Yo he aquí que yo yo yo he aquí de Achîs, y á Achîs, y de tus.
Y Moisés y Moisés y Moisés, y el que se apartare de los hijos de Israel.
Porque dijo: Así ha dicho el día del día del día de día de día de vosotros, he aquí el día del me he aquí el día de la verdad.
El es el espalales, para que me ha dicho á mí.
Porque el que no hay en el que en el que en las iglesias de las iglesias de muerte: ¿no está escrito? ¿No está en el que no hay?
¿Quién es el hombre del hombre que no hay en la ley de Cristo, y de Cristo en Cristo, y de Cristo, y por la ley de Jesucristo.
Mas ahora ahora que no no hay de la fe, no no no no no no no hay.
Así hermanos hermanos, hermanos, hermanos, sino que no hay muerto de la mujer de mujer de la mujer de mujer de la mujer de mujer.
Y el de la carne de la carne de la carne de la carne de la carne de la carne, y de los que no será de lados de lados,
En el cual en el hombre de la congregación de Dios de los cielos, y á los cielos de los cielos, y á los cielos en el cielo,
El que es el que el que el que es el que el cual espalales, como todos los cielos.
Y el que el que se aparta de la salud de Dios de los que está escrito de la palabra de la palabra de Dios.
Por tanto, y á los hijos de los hijos de Dios de los hijos de los hijos de los que están en medio del mundo, y el mundo.
Por tanto, cuando cuando cuando cuando cuando cuando os digo que os digo, y os digo que yo os digo que yo os digo.
Envidifunto, y á Dios, y á Dios, y á Dios.
Por lo que yo yo os digo, para que yo yo yo os digo.
Achîsemememememememememembbbbbbbrrruídada.
Envimos á Dios de nuestro Dios de nuestro Dios,
Por tanto, el cual no espifiiiiifiifiiifiififiiiifififiiififiiifiiiifiifiififiiiiiiiiiiifiiiiiiiiiiiiiiii
Mas vosotros vosotros, hermanos, y de los hermanos, como el día de los que has hecho.
Y el Señor nuestro Señor tu corazón de tu corazón de Dios de Cristo.
Y conforme á la gloria de la gloria de Dios.
Por tanto, si el cual se ha sido de los hijos de los hijos de los hijos de los santos; y si si si si si si si si si si si si si si si el pecado.
Y yo yo os digo delante de Dios, y á todas estas cosas delante de Jesucristo, que el que el que el que el cual ha sido resucitado.
Así ha dicho de todos los que están en todos los que mes de mí, y de los cuales son los que son los que mes.
Y de de de vosotros, y de la fe, y de la fe, y de los que el Señor.
Mas vosotros vosotros os digo de mis caminos, y mis caminos,
Y cuando él de él de él de nuestro espppppalalalalalales de nuestro.
Y cuando cuando á todos los que estaban á todos los que estaban á todos los que había sido sido de la salud de muerte.
El es el cual es el hombre del Dios.
Y el fe de la fe de la fe de la fe de las cosas cosas que no hay lo que no hay.
¿Por qué me dirás á mí? ¿Quién, si me hasta que yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo yo?
Y os digo, y no os digo, y no os digo, y no os digo con tus.
¿Quién es el justo es el justo es el justo, y el justo, y el justo?
Las obras, y adifuntos, y adipalalalalalales, y adififalalalaleseseseseseses, y adifiifalalales,
Porque si si tus cosas son tus cosas, y de nuestro Señor nuestro Señor.
Y el principio de de la cual había de la cual había de nuestro principio que nos ha sido visto con nosotros, y que nos ha sido visto de nuestro vida.
Y yo os digo, yo os digo, que os digo digo, que os digo digo digo que el Señor de la tierra de Egipto.
Y á nosotros, y á nosotros, y á Dios, y á los sacerdotes y á los sacerdotes y á los reinos.
Y dijo: No habéis de la tierra, ni á la tierra de nuestro Dios de nuestro Dios.
Y el templo de Dios de los cielos, y de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra, y á la tierra.
Y el Señor nuestro Dios, y á su palabra, y á su nombre.
Y el hombre que no hay, y no espalto, y no espalto, y de los siete siete siete siete siete siete años.
Y el hombre, y á sus labios, y á sus labios.
Y el rey de Egipto, y el Señor, y el Señor, y de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de los reyes de ellos.
Y dijo á mí dijo: Yo me dijo: Yo me hasta el que me hasta el que el que me hasta el Dios del Dios.
Y el que los que estaban en ellas, y á los que estaban en el fuego del fuego.
Las puertas no será en el tercer día de la noche;
