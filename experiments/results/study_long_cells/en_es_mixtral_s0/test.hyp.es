las en la luz de los cielos, y fué la luz de la tierra.
dijo Dios: En las bestias de los animales, y las aves del cielo en la tierra.
Y el nombre de la tercero, el cual es su nombre de los ríos que está en el río de Asiria.
dijo la mujer: De los árboles de los árboles de los árboles,
Y todos los días de Jao, murió.
todos los días de Meduth.
envió á los cielos, y pasaban las aguas de la tierra, hasta las aguas.
Y Noé, oh Dios, y díjole: Ven á ellos, y díjoles: Ven á la tierra.
Y vivió Achîs, y engendró hijos de Aser, y engendró hijos de Aser, y engendró hijos de los hijos de Asiria.
Y tomó Abram su mujer su su mujer, y todo lo que había hecho su mujer, y todo el pueblo que habían quedado en la tierra de Canaán.
Y será que como los Egipcios que los Egipcios, dirán á los Egipcios.
toda la tierra delante de ti, ¿hastate de mí de mí? Y si yo te mostraré á la mano de mí.
Y respondiendo Abraham: He aquí, he aquí yo he puesto á hablar á mí, y yo he puesto en mí.
Y dijo Abraham á Abraham su mujer: Envia es mi hermana, y tomó á Abraham mi hermana.
Y habitaba en el desierto de Egipto.
Y llamando Abraham el nombre de aquel lugar donde Jehová es el nombre de aquel lugar. Y dijo á este día: En esto es el día de Jehová.
Y haré mi cabeza, y bendí mi cabeza de mi señor, y bendiga á Jehová, el Dios de mi señor, que me había puesto en el camino de mi señor.
dió Abraham su espíritu, y murió, y murió de un hombre, y un hombre de edad de años;
Y no lo había hecho, porque sus manos estaban sus manos.
Y he aquí Jehová, y dijo: Yo soy Jehová, Dios de Abraham, y dijo: Yo soy Dios de Abraham, y el Dios de Abraham, y el Dios de Isaac, y el Dios de Isaac, y á tu simiente.
Y parió Lea, y parió un hijo de Jacob.
Y él respondió: Sí, y haré que me daré.
dijo Labán: ¿Qué tengo dejado? Y yo le dijo: No me darás esto?
huyeron con todo el río de Galaad, y fué su rostro.
Y vino Dios á Labán en sueño de noche, y díjole: Ven á él en sueños de noche, y le dijo: Ven á Jacob.
Y ella dijo á su padre: No me destruye á mi señor, porque no pusiste mi señor.
cabrío cabrío cabrío cabrío cabrío cabrío cabrío cabrío cabrío cabrío cabrío cabrío cabríos,
hablaron con ellos con ellos, diciendo: El alma de mi hijo de mi hijo de mi hijo.
Y partieron Israel su tienda, y extendió su tienda.
Y él respondió: Yo pondré un macho cabrío de ovejas, y díjole: ¿Por qué me daréis?
Y aconteció que la mañana fué la luz de la mañana.
Porque estas tres años era hambre en la tierra, y en la tierra, y no hay cinco años.
Y habitaréis en la tierra de Gosuya, y os serás en la tierra de Gosur, y tus hijos, y tus hijos, tus hijos, y tus ovejas, y todos los hijos de vuestros hijos.
He aquí, oh ojos de mi hermano, y los ojos de mi hermano es mi boca.
Los hijos de Nephtalí.
mi alma no se agravo, ni mi gloria, ni mi gloria en sus consumbradas, porque no se han destruído á sus ovejas.
Y vinieron á la era de la era de la era de la era de la era de la otra de la otra, que está con el Jordán.
sus hijos.
Y dijo á su pueblo: He aquí el pueblo de los hijos de Israel, y el pueblo de los hijos de Israel.
Zilón, y corrióse de su hijo, y cortóla de su hijo de su hijo, y le dijo: Entruyete de la sangre de su sangre.
tomó Joam su padre de su padre de su padre de su padre, y le parió á Aarón y á Aarón y á Aarón.
dijo Jehová á Moisés: Toma tus varas, y pondrán tu mano sobre las aguas de Egipto, y sobre sus ríos, y sobre sus ríos, y sobre los vasos de Egipto.
ron el Dios á Faraón: Este es lado de Dios, mas no hay corazón de Dios, como Jehová había dicho.
contra Faraón, y no quiso al pueblo.
si no quiso beber.
Y levantó Faraón en la noche en la noche, y todos sus siervos, y todos sus siervos, y todos los Egipcios en Egipto, y no había muertos muertos muertos muertos.
los Egipcios. Y los Egipcios de la tierra de la tierra.
sacó Moisés de Israel de Resón, y vinieron á los de Israel, y vinieron en el desierto de Beth-seba, y se hallaron en el desierto, y no se hallaron en el desierto.
dijo Moisés: En hoy es hoy hoy hoy hoy hoy hoy hoy.
He aquí que yo metído delante de ti, y guardas en el camino que os he puesto en el lugar que yo os he puesto en el lugar que yo he puesto en el lugar que yo he puesto.
subió Moisés con Josué, y levantóse en Josué su siervo de Dios, y salió el monte de Dios.
Y aceite para el aceite para el aceite, y para el aceite,
Y pondrás debajo del altar.
tomarás los vestidos de Aarón, y pongas sobre Aarón, y pongas sobre Aarón, y pongas el ephod del ephod, y el rastro del ephod.
Y toda la mesa, y todo el candelero, y sus tablas;
Habla á los hijos de Israel, diciendo: Así habéis de venir mis sábados, y guardaréis mis sábados, para que yo soy Jehová, para que yo soy Jehová.
pieles, y sus tablas, sus tablas, sus tablas, sus tablas, sus columnas, y sus columnas, sus columnas, y sus columnas;
El espíritu de Dios, en sabiduría de Dios, y en sabiduría, y en toda obra de la obra de la obra de la obra de la obra de la obra.
Y llamando Moisés, y todo lo que le había dicho, y todo lo malo, cada cual le había dicho, y todo lo que Jehová le había dicho.
treinta codos de cada longitud de cada uno de cada uno de cada una cortina de cada una cortina de cada uno.
aban en los cuatro esquinas de piedras;
ó el tabernáculo del testimonio.
toda ofrenda de vuestros presentes con cada uno con todo el pacto de la pacto de la pacto de tu Dios, y todo el pacto de tu presente, y de todo lo que ofrecieres de tu presente.
Y si alguno pecare contra Jehová, y comía contra Jehová contra Jehová;
Y será un sacrificio de cada ofrenda de cada ofrenda de cada uno de cada ofrenda de cada uno de la ofrenda de la paz.
Y puso todas las manos de Aarón y en la mano de sus hijos delante de Jehová.
aban los pechos, y quemaban el altar.
comerás de estar, de la langosta de la langosta de la langosta, y de cada uno de cada uno de la hierba.
no seas hecho con todo lo que seáis, que no seas destruído con ellos.
cualquiera que ofreciere un cordero de un carnero, y tomará dos tablas dos tablas, ó dos tablas para expiación por el sacerdote.
tomará el macho cabrío delante del tabernáculo del testimonio.
No darás la desnudez de tu padre de tu madre, ni tu madre será tu madre, ni su su su su su su desnudez.
Y si el varón con su hija de ellos se harán con su nunca más de ellos, será destruído.
Y cualquiera que ofreciere sacrificio de paz, ó para ofrecer sacrificio de las ofrendas de las ovejas, ó de las ovejas de las ovejas de las ovejas.
Y le echaron enojas de Jehová.
sábado de la tierra de la tierra será para ti por tu siervo por tu siervo, porque tu siervo, y por tu siervo, y por tu extranjero, y por tu extranjero, y por tu extranjero como á vuestros extranjeros.
os ruego, ó de tu prójimo, no volverás de tu prójimo.
éndolo el que la redimiere, y el que la redimiere, será el quinto, y harálo el quinto de tu dinero.
Y si no es bueno, ni lo quebrará, ni lo quebrare, ni lo que se ha destruído.
sus compañeros;
los hijos de Leví.
Los cuales fueron contados de ellos, conforme á la cuenta de todos los contados de todo el número de todo el número de todos los dos mil.
Y tomarán todos los vasos de los vasos de los vasos en el santuario, y ponerán en el santuario, y las pondrán en el tabernáculo del odimiento, y las pondrán en el odimiento de larra.
no volverán en el santuario.
los contados de ellos, por sus familias, por sus familias.
No morirá por su padre, ó por su padre, ó por su su padre, ó por su hermana, porque por su hermana es su hermana.
Y para sacrificio de paces, dos bueyes, dos bueyes, cinco machos de cabrío, cinco carneros, cinco carneros de cabrío, cinco machos de Beth-lehem de Beth-el.
Y para sacrificio de paces, dos bueyes, dos bueyes, cinco machos de cabrío, cinco machos de cabrío, cinco machos, cinco machos de Elias, hijo de Elias, hijo de Elias.
Un macho cabrío para expiación;
Abdu, y Phineos en el valle, y volverán en el valle en el valle.
Y si el hombre hubiere pecado, será macho cabrío para expiación de un año.
Y levantó Moisés, y vinieron á Neram, y los ancianos de Israel le siguieron á los ancianos de Israel.
Y dijeron los hijos de Israel, diciendo: He aquí nosotros somos de iremos, y nosotros somos.
Porque á los hijos de Israel, que sacrifican á Jehová, que sacrifican á la ofrenda de los hijos de Israel, para que ofrecieren á la heredad de los hijos de Israel.
Y los hijos de Israel se llegaron todos los hijos de Israel en el mes, en el mes del mes; y fué sepultado en el mes, y fué sepultado en Caín.
Y dijo: Por la mar de Jehová: En el valle de Jehová, y los valles de los valles,
tomó todo Israel todas las ciudades de los Amorrheos en todas las ciudades de los Amorrheos, y en todas las ciudades de los Amorrheos, y en todas sus aldeas.
Y tomó subrón, y dijo: Entruyóme, oh rey de Moab, y díjoles: Venme á Israel.
cualquiera de Jacob, ó por el cuarto de Israel, ó por el cuarto de la muerte de los justos de los justos de los justos de los justos.
Y el tercer día, dos carneros, dos carneros, dos carneros, dos carneros, un año sin defecto,
sus presentes y sus presentes, para los carneros, y para los carneros, conforme á los carneros, conforme á los carneros, conforme á sus números;
Y envió Moisés á Moisés, mil hombres de la tribu de todas las tribus con los Fariseos con los vasos de la guerra, con los vasos de los vasos del santuario.
Y he aquí estos hijos de Israel, por el consejo de Balaam, por los consejos de Balaam, por el consejo de Balaam, y por el negocio de Jehová, y así la plaga de Jehová.
partieron de Ruth, y campos.
ó de piedra, que no muriere, ni que el hombre, y que su suegro, y no se levantó suegro, y no le buscaba su mal.
cortina de mano de la mano de la mano de la mano de la mano de de la sangre de la sangre de la sangre de la vida de la vida de la vida: y el que había destruído de la vida.
Y no os darás la tierra en la tierra, porque no habrá la tierra de la tierra, sino que no tiene la tierra de la tierra que está en ella.
Y llegasteme á mí, cada uno de ti, y díjoles: Dejad á los hombres de nosotros, y á la tierra de nosotros.
Y dije: No temas, no temas de ellos no temas.
Y Jehová dijo á mí: No temas, ni destruyes con ellos: porque no os daré á los hijos de Los hijos de Los hijos de Lotán.
mandó Jehová á mí en aquel tiempo, y guardas testimonios en la tierra donde os habéis de venir.
andando á Jehová, y por cuanto Jehová te escribido á vuestros padres, y á vuestros padres de la casa de Faraón rey de Egipto, de la mano de Faraón rey de Faraón rey de Egipto.
Y fué Jehová en vuestros padres en vuestros padres en vuestros padres.
Por tanto, pues, por tanto, porque tú eran extranjeros en la tierra de Egipto.
el lado,
No podemos un hombre de los hombres, ni su vestido sobre las mujeres de las mujeres, porque cualquiera que no es tus abominaciones.
No sembrarás tu viña con dos de dos de dos, porque todos los frutos de la viña, y el fruto de la viña de la viña de la viña.
Y harán los mancebos de la casa de su padre, y los mancebos de la ciudad de su padre, y los de la ciudad de su ciudad, para quebrar las aguas de su padre.
cualquiera que fuere destruído en el oculto de Jehová, no habrá en la iglesia de Jehová.
Moisés y los ancianos de Israel mandó á todos los ancianos de Israel.
palabra que estáis en tu corazón, y en tu corazón, para que habéis hecho.
he aquí hoy hoy delante de ti, y muerte.
¿Por qué comieren el vino de sus sacrificios de sus sacrificios de sus sacrificios de sus ofrendas?
ieron los dos hombres de la monte, y vino á Josué hijo de Nun, y vino á Josué hijo de Nun, y vinieron á Josué hijo de Nun, y le había dicho.
Y viendo los sacerdotes que habían tomado el arca del pacto de Jehová, los sacerdotes de los sacerdotes, y el arca del pacto de los sacerdotes de los sacerdotes de los sacerdotes de los sacerdotes de los sacerdotes, como el Jordán.
treinta varones de Abatán, los cuales los hombres de ellos los destruyeron de ellos, y tomaron destruídas de la puerta del pueblo.
Abed-sech rey de Jerusalem rey de Jerusalem,
Josué, y todo Israel con él, y todo Israel contra Rama, y pelearon contra Jerusalem.
Y el rey de Egipcio, otro:
dijo Samuel: El que toma á Sepha, y tomaré á Sepha, y tomaré á la mujer.
Zera,
de Ecrón, y todos los mares de la mar, y todos sus aldeas.
el lado de la ciudad de Chîriath-arim, y fué de la mar de la mar, y fué de la mar, y fué al occidente.
términos del monte, que está delante del monte de su monte, que está delante de los valles de su monte, que está en el valle de su ocultro, y fué á la puerta del mediodía.
Y habló Jehová á Josué, diciendo:
Y dióron los campos de la ciudad de la ciudad, y sus aldeas.
ándose el espíritu de Jehová sobre él, y juzgando á Israel á Israel, y á juzgar á la guerra.
Y edificó su mano á la tienda de la tienda, y á su diestra de la obra de la obra de la obra, y su diestra, y su su sucho, y tomó su cabeza.
Y envió mensajeros mensajeros mensajeros á todas las cosas que le habían traídos á Aserios, y les envió mensajeros á Asirios, y á los mensajeros, y vinieron á José.
Y fué á Pararlos, y hablóles en el camino de Egipóles, y díjoles:
Y durmió Jeroboam, y vinieron á Beer-seba, y vinieron á Beer-seba, porque allí habitaban allí.
Y los hijos de Israel hizo lo malo en ojos de Jehová, é hizo lo malo en ojos de Jehová, y sirvieron á los dioses de los hijos de Ammón, y los dioses de los hijos de Ammón.
Y habitaron todos los términos de los Amorrheos de los Amorrheos, de Arnón, y de la nación del desierto.
príncipes de los Filisteos, que no habían destruído á sus siete cuerpos que no habían sido con ellos.
Y tomandos, tomóle con ellos, y díjoles: Destruyeron con ellos, y dijeron: Destruyeron en la cámara.
vió el pueblo á los pueblos, y díjoles: Entruyéndote á su pueblo, porque Jehová ha librado á nuestras heredades en nuestras tierras.
habitó rey en Israel en Israel en Israel, cada cual hizo lo recto en sus ojos.
los hijos de Dan su camino, cuando vinieron á su camino, cuando venían á su camino, cuando vinieron á su casa.
los hijos de Dan; y Jonathán Jonathán Jonathán Jonathán Jonathán, y Jonathán, y Jonathán Jonathán Jonathán, hijo de Moisés, hijo de Moisés, y sus hijos de Dan hasta el día de la tierra de la tierra.
dijo á su siervo de estas cosas: Ven, y poneremos en Gabaa de estas cosas en Gabaa de estas cosas.
Y entre todas las cosas que estaban en todas las cosas que habían destruído á los siete hombres que habían quedado.
Y los de Israel se tornaron en la batalla en la batalla de los de Israel, y diólos de los de los hombres de los hombres de Israel, como dijeron: No hay en la batalla.
estarán sus padres, y sus hermanos, que nos dirán á nosotros, que nos dijeren á cada uno á su mujer.
era de alma;
Hanana, porque dijo á su marido: No se ha de ir á su marido, porque yo le dicen delante de Jehová.
Y juzga Samuel todos los días de su vida.
éme contra mí contra mí, ¿cómo tengo destruído delante de Jehová?
Saúl y todo el pueblo que estaban con él, vinieron á todo el pueblo que estaban con él, y hemieron á la batalla, y he aquí en sus espadas, y he aquí en sus espadas en sus espadas.
dijo Samuel á Saúl: No te daré con vosotros con vosotros, porque no has dicho de Jehová, y Jehová ha de venir de en Israel.
Y dijo Samuel á Samuel: No temas, ó sobre su rostro, ó sobre la tierra de su rostro, porque no he visto el hombre de su cara, porque no veo, porque no veo.
príncipes de los Filisteos, y de los príncipes de los Filisteos, como los príncipes de los hijos de los Filisteos, que se fueron más más más que todos los siervos de Saúl había dicho.
Y dijo Jonathán á Jonathán á Jonathán su padre de David, y dijo á su padre: No te ha dicho el rey contra David su siervo contra David su siervo, porque no ha pecado contra ti.
fué mensajeros mensajeros mensajeros mensajeros mensajeros mensajeros.
pastores, para que has has puesto en mi oculto?
Y vinieron los mancebos de David, y vinieron á todo lo que le había dicho.
Y envió David á David, y destruyó que Saúl había dicho.
tomó David, y tomó la lanza del agua del agua, y se juntaron de las aguas de Saúl, y se fueron destruídas de ellos. Y fuése todo el sueño, porque todos los destruídos.
dijo David en su corazón en su corazón su corazón: Yo he puesto por mano de Saúl en la mano de Saúl, y no hay más que me destruyeré de los Filisteos en la tierra de Israel.
Y los de David y sus destruyó David su ejército, y los de los de los de la tierra de Egipto, y los moradores de la tierra de la tierra de la tierra de Egipto.
cortaron sus armas, y ponían su cabeza en la tierra de los Filisteos, y envió á la tierra de los Filisteos, y á la casa de sus ídolos.
Joab, y cuando se levantóse á Abner, cuando el pueblo se juntaron de todo el pueblo de David, cuando vinieron á todo el pueblo de David.
Abner dijo á David: Yo haré volver á todo Israel y á todo Israel, y á todo el rey de Israel, y á todo el rey David tu alma.
Y he aquí los siervos de David, vinieron de los siervos de David, y vinieron á los siervos de David, y metió con ellos con ellos en paz.
Los pies eran tus pies, y tus pies se han destruído delante de los hijos de iniquidad.
preguntó David de Jehová, y dijo: No destruyaréis, y destruíficos de los árboles.
oídos, cuando se levantaba de David, cuando se levantaba de los de los Siros.
después de los hijos de Ammón.
furor de David contra el hombre, y dijo al hombre, y dijo: ¡Ay del hombre que ha hecho Jehová, el hombre que ha hecho esto?
rey David tomó á Absalom á Absalom, porque era muerto muerto muerto.
Y cuando el peleo de su cabeza de su cabeza de su cabeza de su cabeza, porque era destruídolo en el año de su cabeza.
votos, diciendo: Si yo he puesto en Gertes en Gersara, yo haré volver á Jerusalem.
Y fué el pueblo á Israel en el campo de Israel, y la batalla en la batalla.
Y la trompeta, tomando el trompeta, y el pueblo de Israel, y el pueblo de Israel, y el pueblo de Israel.
dijeron: No os habéis de venir hoy, sino que el día del rey, de cierto os habéis visto esto, porque no es esto.
Y el rey dijo al rey: ¿No es el rey que Absalom? Y el rey respondió á Absalom, y á todo el rey de mi señorío?
al pueblo que están en la ciudad, como el pueblo que están en la batalla.
tu tu siervo que yo he aquí yo he pecadodo hoy, he aquí que yo he aquí hoy hoy hoy hoy.
Y dijo Boooo: ¿Esta cuándo son los días de los días de mi vida?
Y Achîr,
Y edificó David altares á Jehová, y ofrecieron holocaustos á Jehová, y ofrecieron holocaustos, y ofrecieron holocaustos á Jehová, y ofreció en la tierra de Israel.
su padre no había hecho, diciendo: ¿Por qué habéis hecho en cualquiera tiempo?
dijo Dios: Por cuanto has dicho esto, y no te han dicho esto, ni te has dicho, ni te has dicho á ti, ni á la vida de tus enemigos.
Y Aser, en Madim, y Beth-sim, y Beth-el,
Y envió David á Salomón rey de Asiria á Salomón rey de Tiro, porque había criado en el lugar de su padre, y había dicho en el lugar de su padre.
Y el templo de la casa de la casa de la casa de la casa de veinte codos de veinte codos, que estaba en la anchura de la casa de la casa de la casa de la casa de la casa de la casa.
En el odécio de la una parte de la una parte, y sobre el codo de la otra.
rey Salomón y todo el rey Salomón, que todos los de Israel habían traído delante de él, y las ovejas de las ovejas, y las ovejas, y las ovejas, y las ovejas, que no podían destruído, ni según número.
Y los sacerdotes de la pacto de Jehová metión en el arca del pacto de la casa de la casa de la casa de la casa de la casa de los querubines.
Bendito Jehová tu Dios en el trono de Israel, para que te mandó en el trono de Israel en el trono de Israel, para siempre.
además de los sacerdotes, y las cuales los mensajeros de los sacerdotes, y de los reyes de los príncipes de los reyes de los príncipes de los príncipes de los príncipes del pueblo.
Y fué el rey Salomón dos siclos de oro, ciento siclos de oro, ciento siclos de oro.
Y será que cuando oyereis á todos mis caminos, y si anduvieres en mis caminos, y andaréis en mis caminos, como mi siervo, como mi siervo, como David mi siervo David mi siervo David mi siervo.
Y durmió Salomón con sus padres, y fué sepultado en su padre de David, y reinó en su lugar.
Así ha dicho Jeroboam: Así ha dicho Jehová, Dios de Israel de Israel, Dios de Israel,
ahora, he aquí yo traigo mal sobre la casa de Jeroboam, y destruiré en la casa de Jeroboam, como la casa de Jeroboam, como la casa de Jeroboam, como la casa de Jeroboam, como la casa de Jeroboam.
los de la ciudad dijo á Eliseo: He aquí, yo ruego que es mi señorío á mi señorío, como mi señorío es la tierra.
Y anduvo en el camino de los reyes de Israel en el camino de la casa de Achâb, como hizo la hija de Achâb.
Y aconteció que el rey Ezechîas rey de Jerusalem, que los Siros habían puesto en Jerusalem en Rama, cuando los Siros habían dado en Rama. Y fué que el rey de Achâb hijo de Achâb hijo de Achâb hijo de Achâb hijo de Achâb hijo de Achâb hijo de Achâb hijo de Achâb.
tomó los príncipes de los sacerdotes, y el pueblo, y todo el pueblo de la tierra de la tierra de la tierra de la tierra de la tierra de la tierra de la casa de Jehová.
En el año de Judá, Jeroboam hijo de Joas rey de Judá, Jeroboam hijo de Joas rey de Israel.
Y fueron sus testimonios y sus testimonios, y sus testimonios, y sus testimonios, y sus testimonios, y sus testimonios, y fueron que los había mandado.
Y Achîs, y Aser, y Aseroth, y Tapher, y Aser, y los hijos de Sepharim, y los hijos de Sepharim, y los hijos de Sepharim, y los hijos de Sepharim, y los hijos de Sepharim.
oyó, y dijo: He aquí que el rey de Aser rey de Egipó contra Ezechîas, diciendo:
Ahora pues, oh Jehová nuestro Dios, para que seas de la mano de su mano, para que todos los reinos de la tierra.
Y dijo Isaías: Oid palabra de Jehová.
hizo lo malo en ojos de Jehová, conforme á las abominaciones de las abominaciones de los hijos de Israel.
Mas ellos no oyeron, y Manasés, y Manasés, y Manasés más que las gentes es más que Jehová es más que las gentes de los hijos de Israel.
Y aconteció que comenzó á reinar á reinar á reinar á reinar á reinar á reinar á reinar á reinar en Jerusalem.
Y fué el rey de Judá, y todos los de la casa de Judá, y todos los moradores de Judá, y todos los moradores de Jerusalem, y todos los sacerdotes, y todo el pueblo de la casa de Jehová.
Los hijos de Seir, y Ziba, y Siba, y Siba,
Los hijos de Neriel, y Eliaram, y Semeías,
los hijos de Jepher, Elam, Eliel hijo de Elam.
Y hallado hallado hallado hallados, y que la tierra era destruído, y paz.
Porque Judá fué de sus hermanos, y destruyó de él, y destruyó el príncipe de José.
hijo de Joel, hijo de Joel, hijo de Sephán,
los hijos de Merari, conforme á sus familias, conforme á sus familias, y de la tribu de la tribu de Rubén, y de la tribu de Gad, y de la tribu de Nephtalí.
Hesbón con sus ejidos.
Y fueron Achôr, y Pherim, y los hijos de Isim, y los hijos de Adim, y los hijos de Achîs.
Y los hijos de Azel, que son los nombres, y Baram, y Bariel, y Zachîs, y Hanani.
subió David con todo Israel con todo Israel, que es á Baal, para que es el arca de Dios, para que es el arca de Jehová, para que es el arca de Jehová.
vinieron á Baal, y dijo á Baal-seim, y díjoles: El Dios de Israel, y destruyeron mis enemigos.
ó David el rey David en el rey David, y dijo: ¿Quién es yo delante de Jehová mi Dios?
Sadoc hijo de David hijo de Abiathar;
vinieron los hijos de Ammón en la ciudad de la ciudad de la ciudad de la ciudad, y los reyes de la ciudad de la ciudad de la ciudad..
los hijos de Ammón.
fueron consartados, porque los príncipes de los destruídos, y de los príncipes de Dios de los hijos de Ithamar, y de los hijos de Ithamar, y de los hijos de Ithamar.
Y todos los hijos de él estaban en las palabras de Dios en las palabras de Dios.
Y por el veinte hijos, sus hijos y sus hermanos, doce;
Y aconteció después de Aphel hijo de Benaías hijo de Benaías hijo de Benaía.
En el grande grande grande grande grande grande grande, y la gloria, y la gloria de la gloria, y la gloria, y en la tierra, como el reino, y tus cuerpos, como el reino, y tus cuerpos.
dos columnas, dos columnas, dos columnas, dos columnas, dos columnas, dos columnas de las columnas de las columnas, dos basas de las columnas de las columnas de las columnas.
Ahora pues, oh Dios, mi Dios sea tus ojos, y tus oídos, y tus oídos en este lugar que está en este lugar.
Y dió Salomón el rey Salomón todas las cosas que le había dicho á todo lo que le había mandado, que le había mandado que le había dicho.
cuando se levantaba de Jehová de él de él, como la ira de la ira de Jehová, como lo había hallado en Judá.
mañana toda la mañana, y todo lo que ofrecieren holocaustos en holocaustos en el pan, y todo el pan de oro puro, para que el pan de Jehová el Dios de Jehová nuestro Dios, para que guardas de Jehová.
Empero Jeroboam se juntaron de ellos delante de Judá delante de Judá.
Entonces los de Judá dió voces de Judá, y destruyeron á Dios de Judá, y á todo Israel delante de Jeroboam y á Israel.
Empero él no oyeron de Dios, porque él había entregado en mano de sus enemigos de sus enemigos, para que los libraron en mano de sus enemigos.
Y los destruyó los de los de los de los príncipes, y todos los cautivos delante de los príncipes, y todo el despojo.
Por tanto me han puestos á mí, y quemaron á los dioses ajenos de sus manos, para que me destruyeron con todas las obras de sus manos.
Y reinó reinó en Jerusalem, y reinó en Jerusalem tres años, y reinó en Jerusalem tres días en Jerusalem.
Levitas.
Y vinieron con sus hijos con sus hijos con sus hijos y sus hermanos, los hijos de Judá y sus hermanos, con sus hijos, con sus hermanos, con sus hermanos, con sus hermanos, con sus hijos, con sus hermanos, con sus hijos, con sus hermanos, con sus hijos, y sus hermanos, y sus hermanos, y sus hermanos, y sus hermanos.
Para que el rey es el rey que es esta ciudad, y el muro, y el muro, y en el muro, y en los reyes, y en los reyes, y en los reyes.
Berga rey de Judá, para que se hallaron en la provincia de Judá, que es la casa de Dios, que está en la casa de la grandeza, que está en las puertas en sus manos.
Los hijos de Israel, sacerdotes, sacerdotes, sacerdotes de los hijos de los hijos de la cautividad de los hijos de la casa de Dios de la casa de Dios de la casa de Dios de Dios de Dios de Dios de Dios.
Y fué á Jerusalem en el mes séptimo, que estaba en el mes séptimo día del rey.

De los hijos de Sepherías, hijo de Joel.
plata y oro, y oro, los vasos de la plata, y los vasos de la casa de nuestro Dios, y los vasos de la casa de nuestro Dios, y todo Israel, y todo Israel.
imos á Jerusalem.
Machîs hijo de Rechôr, el príncipe de Beth-semeoch, y la puerta de Beth-semes, y sus puertas, y sus puertas.
Después de él, Mesullam hijo de Habel hijo de Habel, de la puerta de la puerta de la casa de Eliasab, de la casa de Elisarab, de la casa de Elisarab.
Y aconteció que, viendo que los muros que había edificado el muro, y fué enojado en gran manera.
Los hijos de Aser, dos;
Los hijos de Achôr, los hijos de Achôr, los hijos de Abalón, los hijos de Haba, los hijos de Haba, los hijos de Haba;
los hijos de Coath;
comieron, y no destruyeron de tus obras, y no destruyeron de tus obras, y destruyeron en sus misericordias, y no hay Dios destruído á su furor, y no hay Dios destruído á su furor, y no se han destruído á su furor, y no hay Dios.

Elisama delante de este sacerdote, Eliab, que fué puesto sobre las cámaras de la casa de la casa de nuestro Dios.
En aquellos días que habían visto á los Judíos de los Judíos que habían venido á los Judíos de los Judíos que habían venido á los Judíos de Ammón, y de Moab,
enviados por todas las provincias de la provincia de la provincia de la provincia de la provincia del rey, y á los Judíos, y á los Judíos, y á los Judíos, y á todos sus niños, y á los hijos de los mes, y á los hijos de los mes, y á los hijos de los mes, y á los hijos de los mes;
Y dijeron á Mardochêo.
Y fué que el día de Adonio, y decidéndolo en la puerta del rey, que no pusieren en la puerta del rey.
¿Esta cuándo eran mi maldimientos?
me.
Porque somos de ciertostados, y no sabemos en la tierra.
Y os digo: No me consolaré.
Yo los malos, que me agravo, que yo soy justo.
o, como ceño, como ceño.
Para que tu espíritu te mostrará á Dios de tu boca?
¿Por qué me ha puesto mis hermanos de mí de mí, y destruyes de mí.
Por tanto, son de ti, y multiplicas destruyes;
El quebran en las aguas, y los que han pecado.
émememe, y no me responderé.
Y si mi mano contra el padre, porque he visto mi mano.
si no comiere su fruto, ni su fruto,
cortó la aflicción de ellos.
No sepas, cuando el pueblo están en su lugar.
a, porque tú has dicho.
He aquí, Dios está en su potencia, como el que le enseñan.
En aquello pues, si no puro de las nubes de las nubes, y el oculto de las nubes?
cubrirá sus manos, y mandó al oculto.
Para juzgar á juzgar á juzgar el padre, para que el hombre de la tierra es de la tierra.
Al Músico principal: Salmo de David.
el extranjero.
ásletes á él.
Mi aflicción y mi aflicción todos mis pecados.
: que yo he dicho de Jehová, para que yo soy yo en el tiempo de la casa de Jehová.
han puesto en mí por mí por mí, y destruyes, y destruyes, y destruídome con alegría,
En el consejo de las gentes terruyeron los pensamientos de las gentes, para que no seas de los pueblos.
los impíos, y destruyeron á cuchillo, y á los pobres y á los menesterosos de los pobres.
éis tu misericordia de mí tu misericordia, oh Jehová, oh Jehová, y tu verdad tu verdad y tu verdad.
¿Por qué eres mi alma? ¿hasta cuándo eres mi alma, y mi alma?
ó sus manos.
Al Músico principal: Al Músico principal: Salmo de David, oh Dios de David, cuando me destruyeron de David, que me agravo, cuando vinieren á mi alma.
serán dados de espada.
macho cabrío con las bestias de los animales, con los carneros de las bestias;
Y habitaste allí en la congregación, oh Dios.
Músico principal: Salmo de David.
Los que buscan á todos los que te alegran en ti, y conocen en ti, y dirán á Dios.
será tu alabanza.
embroso en la tierra de la tierra de la tierra, y el fruto de la tierra como el Líbano.
Levántate, oh Dios.
Mas yo os he enviado para siempre.
Y ellos se fueron contra el pecado contra él:
pondrás las gentes delante de ellos delante de ellos delante de ellos, y todas las tribus de Israel;
emos, oh Dios de los ejércitos.
Y llamaste en angustia, y dije: Yo os he entregado en el lugar de los cielos, y yo os he dicho. (Selah. (Selah. (Selah. (Selah.)
Salmo de Asaph.
Porque Jehová es Dios de Dios, y escudo y escudo de los que andan.
nuestro Dios sobre nosotros.
es de la tierra, y el impío no sea más; y el impío, oh Jehová.
Por lo cual les había de ir á ellos en el desierto,
que destruyeron en las gentes, y destruyólos en la tierra.
ronron á Jehová, y entrególos.
Mis enemigos se agravos destruyes con sus enemigos.
Estas son las obras de Jehová, y de todos los que están en ellos.
Y viendo la mar.
Y pondré el sacrificio de la gracia de Jehová.
En tus mandamientos de tus mandamientos, que me amaré.
mía.
Al Músico principal:
é tu salud.
El Hijo del hombre, Boooo, oh Jehová, que no había dicho Jehová sobre nuestro la otra vez.
Sión es Sión.
me delante de mí.
habla á mí, oh Jehová, oh Jehová, y mi espíritu de mí, que no se destruye á los que teméis.
a.
Aleluéndoloslos por nombre de Jehová.
andando en el camino del justo.
Así que, el que entrare en la mujer de su prójimo.
Bienaventurado el hombre que me aborrecen, cada día que me aborrecen en mi puertas.
en la multitud de las palabras de los que no hay sabios.
Y no hay sabios, sino sabios, sino en la multitud de los consejos, mas en la multitud del consejo es.
no quiso su alma: mas el que hablan su alma.
ira contra el leño del león, mas su amo, mas su es como la la hierba.
Fuás, y el oculto, y el que escribiere la sabiduría.
No es bueno, y no es bueno.
Y á los tesoros de la lengua: el que buscan la muerte.
No podéis la piedra de la piedra de la piedra;
El cielo, y la tierra de los reyes, y el corazón de los reyes de reyes;
menester menesterosos como el pobre, que no hay lluvia.
el que está en Jehová: mas el que confía en Jehová.
hice en mi corazón en mi corazón, y mi corazón me agravo, para que mi corazón me agravo de los hombres de sus vidas de sus vidas, hasta el cielo de sus vidas.
sabe lo que Dios hiciere, será para siempre para siempre, y no morirá, ni destruído de él.
Al Músico principal: porque es bueno.
vió todo el que andaban con los que andaban con los que andaban con los que andaban con los que andaban con vosotros.
pondré mi corazón alrededor, y mi corazón conocen, y á buscar la sabiduría y á buscar la sabiduría de las cosas, y que es la maldad de las cosas.
mi amado, he aquí que es su parente: he aquí que el ceño, y el ceño.
Tus labios son como la boca de la boca, y tus templos son como el templo de grano, como el templo de gran grano.
boca es el vino, para que el vino á mi amado.
eres bien, y comeréis el bien de la tierra de la tierra de la tierra.
En aquel día, diciendo: Sinta cuándo no habrá pan; porque no me darás pan de la casa de los pueblos.
tomarás mujeres en aquel día en aquel día, diciendo: Despálvenos, y comamos panes de nosotros.
Jehová sobre ti, y sobre tu pueblo, y sobre tu padre de la casa de Judá, que no había de venir de la casa de Asiria.
Porque todos los brazos de la mano de los animales, y los vestidos de la guerra, y las vestiduras en la sangre.
será en el temor de Jehová, y no juzgará á los ojos de Jehová, ni á juzgar á los ojos de sus ojos de sus oídos de sus oídos de sus oídos de sus oídos de sus oídos.
A los de muchos pueblos de muchos pueblos de muchos pueblos, como la mar de las gentes, y el que se acogras de las gentes.
será por señal en la tierra de Egipto, porque Jehová de los ejércitos los darán en la tierra de Egipto.
degollará Jehová á Egipto, y volverán á Jehová, y volverán á Jehová, y volverán á Jehová.
tomó la cubierta de Judá, y he aquí que yo os he aquí en aquel día en la casa de de la casa de la casa.
Por tanto el pueblo de las gentes te juzgará.
¡Ay de la soberbia de la soberbia de Ephraim, y á la nación de Ephraim, que está en la cabeza de los que están en la cabeza de los que están en la cabeza de los que están en el valle de los que están en el valle de los que están en el valle de los que están en el valle de los que están en el valle de los que están en la cabeza de los que están en la cabeza de los que están en la cabeza de los que están en la cabeza de los que están en la cabeza de los que están en la cabeza de los que están
Y dijo: Por cuanto nos han dicho con muerte con muerte con muerte, y destruíficos, cuando seamos en el sepulcro, cuando no nos han hecho.
Hijos, y no podéis en el oculto de la muerte, y los que se volverán á tu verdad.
Y aconteció que, y el día de mi mano de mi mano, y no hay quien los que no hay quien los libradores de mi mano?
Diciendo: ¡Ay de los que están en las tinieblas! ¡Ay de los que están en tinieblas!
Sintémeme los cielos, y harélos destillo.
morirá.
No habrá más más más más en tu tierra en tu tierra, ni tus muros, sino tus muros, y tus muros.
alegraré en Jerusalem en Jerusalem, y voz de la voz de la voz del clamor, y voz de la voz del clamor del clamor.
Porque he aquí, he aquí que Jehová con fuego con fuego con fuego, y sus carros, y sus carros, y sus carros, y sus carros, y sus carros, y su su furor, y su su crío.
Espíritu, que yo traigo delante de mí, que yo traigo delante de mí delante de mí.
Y será que también tu mano sobre vuestros manos, porque Jehová ha puesto en vuestros manos, y no habrán destruído en los que están en él.
dirán en sus corazóns: Ven á Jehová nuestro Dios en su corazón, el que temieren á nosotros, y á la lluvia de la siega de la siega de de la siega.
Y oímos las manos de ellos, y las manos de la mujer de la mujer, y de la mujer de la mujer.
Y cada uno de su prójimo, y no sepacirá en cualquiera de su prójimo: porque todo lo que se levantarán en cualquiera de la manera.
stelos, y han destruídolos, y se han destruído de ellos.
ron á mí palabra de Jehová, diciendo:
glorias delante de Jehová tu Dios, delante de Jehová, y delante de vuestros pies delante de la muerte, y ponte delante de la muerte, y ponedlo en la sombra de muerte.
Por tanto, yo también tus rastados sobre tu rostro.
Y dirás este palabra: Despártate á mis ojos de noches, y de noche, y de noche, y no despintruyes de mi pueblo.
Y fué palabra de Jehová, diciendo:
Por tanto los hijos de ellos, y ponedlos á los hambres de espada, y á las mujeres de la espada, y á sus mujeres, y á sus niños, y á sus niños, y á sus mancebos.
esto ha dicho Jehová: Así ha dicho Jehová.
mettuyéron estos profetas, y no han dicho.
Y Jehová me ha puesto, y he aquí dos tablas del templo de Jehová, y he aquí el rey de Babilonia, y de los príncipes de Babilonia, y de los príncipes de Judá.
Y yo enviaré con espada con espada, y con los hambres, y con las gentes, y con los reinos de la tierra, como los reinos de la tierra de la tierra, y destruyeron en todas las gentes.
aquí, he aquí, he aquí, dice Jehová, los días de mi pueblo Israel, y haré subir á la tierra de mi pueblo Israel, dice Jehová.
ré de los nortes del norte del norte, y poneré de la tierra de la tierra de la tierra, de la mujer de la tierra, y el niño, y el niño.
Así ha dicho Jehová: Así ha dicho Jehová: En mi pacto de día y mi pacto de día y mi pacto;
Para que se juntarán de Jehová delante de Jehová delante de Jehová, y cada uno de su mal sobre este pueblo su mal sobre este pueblo.
el rey estaba sentado en el mes, en el mes, y allí estaba en el mes, y allí estaba en el mestro de él.
Y será los Caldeos, y pelearán contra esta ciudad, y degollarán contra el fuego.
Y fué palabra palabra palabra que fué á Jeremías en la tierra de Egipto, que habitaban en la tierra de Egipto, que habitaban en la tierra de Egipto;
debajo de la voz de los ceños de sus valientes, en el oculto de sus carros, en las ceñas de sus carros, en sus manos.
ad á Moab, y poned á los alas, y pongan á sus ciudades;
dijo Jehová: He aquí quebrará con el odécio, y harán á sus alas.
Combrada, y las fortalezas de los valientes son de los valientes de Moab; y el corazón de los valientes de la mujer de Moab.
serán destruídos destruyerán contra Jehová.
soberbia de tu corazón, oh Jehová que habitas en la peña de la peña de la peña de la peña de la peñas, que seáis en el alto de la peñas, dice Jehová.
aré fuego fuego en el muro de Damasco.
En las gentes y destruyes de las gentes, y destruyeos, y no hay enstruído, y no haynzo.
Y si el cayere, y el león le destruyeron, y el león le destruyó á Nabucodonosor rey de Babilonia.
angustia, sobre Babilonia, sobre Babilonia, sobre Babilonia es valiente, y agravo, porque son destruído de Dios.
Y en el año de Nabucodonosor rey de Nabucodonosor;
me ha puesto en los desiertos, como los que están muertos muertos muertos muertos.
Jehová es bueno, para los que le buscan.
.
Y los darás en furor de Jehová, y destruirlos de los cielos.
En el monte de Sión es el monte de Sión.
Y como los cuatro rostros de ellos.
Y los pies de sus pies fueron los pies de sus pies, y los pies de sus pies como el pie de sus pies, como el pie de sus pies.
Y dijome: Hijo del hombre, Hijo del hombre, y habla á la casa de Israel.
tomarás de hierro, y ponedlo en el muro de hierro y la ciudad de hierro, y será destruído á la casa de Israel.
Porque yo he librado los años de sus iniquidades de sus iniquidades, tres días de los días de los días de su iniquidad; y serás días de la casa de Israel.
Así ha dicho el Señor Jehová: Por cuanto ha dicho el Señor Jehová: he aquí, he aquí que yo he visto el Señor Jehová.
Hijo del hombre que han puesto en sus ídolos en sus ídolos, y pongan los ídolos de sus ídolos delante de ellos?
Y en aquel lugar que te edificares en la cabeza de cada uno en las calles de cada uno en todas las calles, y no hay en las calles.
Empero Faraón con sus valientes y con grande ejército, cuando se arrepintieron en la guerra en la guerra, cuando los destruyeron.
Porque el que se ha librado el pacto, y he aquí el pacto de su mano, y he aquí el pacto de su mano.
si no comiere de las cosas de las cosas que no comieren la mujer de su prójimo,
Y dirás: ¿Por qué habéis hecho la iniquidad de la maldad de la maldad? ¿Por qué es la ley de la maldad de la maldad?
Tomad mi sábado, y será por señal entre mí, y serás entre mí.
Y les dijo: ¿Qué tienes el alto? ¿cómo es el alto? Y él respondió el alto: ¿Qué es su nombre?
Y estarán en sus ojos en sus ojos, que guardaren en sus ojos: mas el que guardaren á mí.
Y comerás de beber, y será destruído, y será tus pechos; porque yo te han dicho el Señor Jehová.
estaba sentados delante de él, con tablas con tablas delante de él, donde has puesto mi aceite.
Y dije: He aquí que en la manera de su que estaba en ella, y consumión en ella.
Así ha dicho el Señor Jehová: Por cuanto los Filisteos han tomado los Filisteos, y destruyes destruíficas destruíficos de almas;
aré con los que os pondréis en el pueblo de los que habitan en los que habitan en las tierras de la tierra de la tierra, y en las tierras de la tierra que están en la tierra de la tierra, y en las tierras de la tierra que están en la tierra.
Los cuales fueron los hombres de Geba, y sus sabios, y sus sabios, y todos sus sabios en tiñas de la mar.
Jadia, y Jadian con tu guerra con tu guerra, y de hierro.
Y sabrán que yo soy fuego en Egipto en Egipto, y todos los que están en Egipto.
Y pondré tu carne sobre los montes, y destruyeré los valles.
Y los valientes de los valientes dirán en medio de los que hablan en medio de los que le buscan.
Tú pues, hijo de hombre, á los hijos de tu pueblo: El que guardaren los hijos de los justos de los justos, como la maldad de su iniquidad, como la maldad de su maldad, y no morirán en el día de su maldad.
Y he aquí que me mandó que me mandó, y lo había mandado en ellos, y agravo en sus pies.
respondió el Señor Jehová: He aquí que yo traigo el Señor Jehová, y tomaré á las tribus de José, y á las tribus de Israel, y á las tribus de Judá, y á las tribus de Israel.
Y los que habitaban por la tierra por la tierra de hombre, y si alguno se verán por la tierra de hombre; y si la verán en el valle de Edom.
fueron los atrios del atrio, y en el atrio, y de los árboles de la otra.
tomará el príncipe en ella, como el príncipe de la mañana, como el príncipe de la puerta de la puerta de la puerta de la puerta.
En esto os darás á vosotros conforme á las tribus de Israel.
respondiendo el rey.
Por tanto, oh Jehová, y ponedlo sobre el mal sobre el mal sobre nosotros: porque Jehová es nuestro Dios en todas sus obras que no tienes en todas sus obras que no haremos en todas sus obras, y no pusiste su voz.
En el principio de tu peligro, y yo he dicho, y os he dicho: porque os he sido agravo, y os he conocido.
aquí en el odio de los hijos de los hijos de los hijos de los hijos de los hombres, y díjoles: Heme aquí mi boca, y habló mi señor, y díjoles: Heme aquí yo delante de mí.
El rey que habitará con grande pueblo, y según su señorío.
el vino, y el vino, y el vino, y el vino, y el vino.
serán como un león como león como león como león, y los hijos de la mar, y los hijos de la mar.
palabra de Jehová, que fué á Joel.
Y la ofrenda de la ofrenda de Jehová, y los sacerdotes de la casa de Jehová, los sacerdotes de la casa de Jehová.
haré limpio en Sión.
En la soberbia de Jacob, porque no me olvidaré de sus obras de sus obras.
Y en el día que estaba en el día que estaba en el lado que estaba en el otro lado, que los extranjeros de los extranjeros, y destruyes de ellos.
pueblos, y todos los pueblos de ti, y toda la tierra, y todo el Señor Jehová es testigo contra ti, y todo el Señor Jehová.
Por tanto, también me he puestos con ovejas de vuestros pecados.
¿Quién harán delante de su ira contra su furor de su furor?
dije: He aquí yo contra ti, dice Jehová de los ejércitos, y harélos de los destruyeré en la tierra de tus mensajeros, y destruyeré de la tierra de tus mensajeros.
las ramas, y la espada, y la espada, y la multitud de muertos, y la multitud de sus cuerpos, y no hay en sus cuerpos.
Y respondiendo el ángel que me decía: No sabes que me conocen, no sabes lo que me conocen.
Yo, oh hijos de Jacob, oh hijos de Jacob, no temas.
Por tanto os digo, no os digo, ni que no comieres á tu vida, ni lo que comieres, ni que el cuerpo de tu cuerpo?
yo os digo que Salomón en todos sus glorias, no era como un poco de estas cosas.
Y viendo todo el ciudad de la ciudad, cuando se levantaron á él.
Y dijeron los Fariseos: En el príncipe de los Fariseos.
mañana, y el oculto de la cárcel.
Empero yo os digo, y no lo había dicho, sino que lo había dicho, sino que no lo que no lo que el Hijo del hombre no lo que el Hijo del hombre.
viendo, y secaron, y le destruyó.
después de ellos.
No está el hombre tu padre, porque el que está en el cielo.
y dijeron: Yo he aquí en los días de nuestros padres en los días de nuestros padres.
Y he dicho: He aquí os he dicho.
respondió: De cierto os os digo: De cierto os digo, porque no os digo, porque no lo habéis dicho.
dijeron: De cierto os digo que yo os digo que yo os digo.
Y se juntaron, y cada uno comenzó á mí, y le rogaron: ¿cómo es el Señor?
llegaron á los narices de las Oliglaciones de Ogón.
Y entrando en la sinagoga, y fué en la sinagoga.
Y fué en el monte, y llamó á los que pasaban á él.
a, que no pueden destruído contra sí mismos.
Y vinieron sus hermanos, y ponían sus hermanos.
respondiendo.
en el monte.
mensajeros contra él, y no pudieron.
Y partieron de los términos de Tiro, y vinieron á la mar de Galilea, y vinieron á la mar de Galilea, y vinieron á la mar de la mar de la mar.
Y viendo toda la multitud, viendo que le vió, y secían, y agravo, y sepultieron.
vió Jesús, cuando se levantóse el espíritu, diciendo: Despálvete el espíritu, y el espíritu de él, y si no le destruído.
Jacob, los hijos de Zebe, vinieron á Juan, diciendo: Maestro, nos que comamos á nosotros á nosotros.
Y fué, y vino á Jesús, y vinieron á Jesús.
Y viendo uno de él, y destruyeron en medio de la vidición, y le dió á beber de beber, y le dió.
Y aconteció en el mes, el mes, el ángel de Dios envió de la ciudad de Galilea,
.
respondiendo Jesús, de la Espíritu Santo, del Jordán estaba en el Espíritu Santo.
envió Elías á Zapha, sino á Zapha, sino á otro que estaba en la tierra de Sidón.
Y viendo la tierra de ellos.
quedó en el desierto.
después de estas cosas, y vió á los cuales le dijeron: Dejando también el nombre de los sacerdotes, y díjoles: Amén.
Y fué con ellos con ellos con ellos, que no había enviado de la casa de la casa de la casa de la casa; porque no os envió á ti, porque no os envió.
comieron.
oí la gloria de su prójimo.
respondiendo el Señor, le dijo: ¿Hasta cuándo, tú? ¿hasta cuándo no pusiste á su asno?
Y cuando el señor de la casa de la casa de la casa de la casa de la casa de la casa de la puerta, y os dirá: Señor, Señor, y os dirás: Señor, Señor, y no sabes.
sé que yo sé que yo soy el hombre, para que me destruyeré de hombre en sus casas.
preguntó Jesús: ¿Por qué me es bueno?
Y él le dijo: Señor, ¿Qué ve.
Y como vió, viendo la ciudad, y vió la ciudad,
Y ellos le dijeron: Maestro, Maestro, si el varón de aquel hombre, y si el hermano de hombre es mujer de su hermano, y su hermano es su hermano.
todas estas cosas, y destruyes de todos sus manos, y destruyes en las sinagogas de mi nombre.
Y los sacerdotes y los escribas, y los escribas de muerte.
salieron, como el monte de las Olivas, como sus discípulos le siguieron.
Y viendo el lugar que es llamado el lugar que es llamado el lugar que es llamado con la otra.
tercer día siguiente, y fué hallado en Galilea.
Y dijo Nathán á él: ¿Esta cuándo nos ha de venir?
estaba en sus discípulos, con sus discípulos.
Y el viento viento viento, y dirás sus ojos, y no sabes que la conoce, sino que lo sabe. Y todo lo que es el que es el que es de la Espíritu de la Espíritu.
aban sobre los otros de Juan, con los discípulos de Juan con los Judíos.
Y respondiendo Jesús, dijo: Yo te ruego que te escribo de Dios de Dios de Dios, y que me ha dicho: Tomad el agua.
Y les dijo: Si no sabes lo que no sabes.
Y fué el hombre que le había dicho.
viendo las gentes que estaba en el barco, y sus discípulos se fueron en los barcos, y vinieron á los barcos, y vinieron á las otras.
No podré el Padre que me envió el Padre que me envió, y le enviaré.
Y aconteció que, como estaba en medio de la fiesta de la fiesta.
respondiendo Jesús.
Y he aquí, ¿cómo dicen destruído, y no saben que el príncipe de la verdad?
Y respondiendo Jesús, les dijo: De cierto os digo, cada uno de cierto os digo.
alegras á Abraham mi día.
dijo estas cosas, y después de los que le dijo: Despuéntate á Las amigos, y le dijo: Despuéntate de sueños.
Y aconteció que, como se levantóse de la voz de la voz, y dijo: Síntate, y destruya.
será el juicio del mundo.
De sus discípulos fué palabra de sus discípulos, el cual amó á la mesa de Jesús.
no guardas mis palabras que no me aborrecen mis palabras, sino la palabra de la Padre de la Padre del Padre.
yo no había hecho entre ellos entre los obras que no habían visto el pecado que no había visto, y no me han visto.
aconteció esto esta palabra que estaba escrito en su ley.
respondieron: Si no pusiesen mal sobre el hombre que no pusiesen.
Y vinieron los discípulos.
no habrás en Hacer tu alma, ni á todos tus testimonios.
Y habló Dios en este camino en este camino, que su simiente en este camino, y que se agravo, y que se han de venir.
volvieron á la ciudad.
Y no se hallaron.
Y aconteció que los ancianos de ellos los ancianos en todas las iglesias en todas las iglesias, y oraron con cada uno en el cual habían sido sido hechos.
creeremos por la gracias de la gracias.
Y hablaron la palabra del Señor, y á todos los que estaban en su casa.
Y los príncipes de la ciudad fueron de la ciudad de la ciudad.
Y muchos de ellos también los de ellos, también no conocieron de los hombres, y no hay quienes.
unos de los hombres, y de la mujer, y de la mujer, y de la mujer.
Y como le dijeron:
Y comenzó á hablar á hablar en la sinagoga, cuando vinieren en la sinagoga, cuando le oían en la sinagoga de Dios.
En todas las cosas que os he enviado á todos los que os habéis de venir, y destruíficos, y destruyes de las palabras de los santos.
Y toda la ciudad fué el pueblo, y tocaban el pueblo, tocaron á Pablo y á Pablo.
Pablo, y dijo á Pablo: Ven á este hombre, y á los mozos, porque él le ha dicho.
Por tanto, pues, pues, que es librar de Dios de Dios de Dios de Dios, diciendo:
no fué agravo en el odécio, en el oculto de la mar, y el oculto de la mar, y si el lado de Coocho, si el norte es el norte, y el norte y el norte, y el norte, que es el norte, y el norte y el norte, y el norte, y el norte, y el norte, y el norte y el norte, y el norte, y el norte.
aron todos.
Porque eran siervos de pecados, vosotros sois de justicia.
Por tanto, hermanos míos, hermanos, también vosotros también os han sido hechos muertos por el cuerpo de Cristo, para que seáis de los muertos por los muertos de los muertos.
Porque no soy lo malo, porque no lo que yo he dicho.
Mas si no lo lo que no es más, sino que no es más, sino que no hay más que en mí.
dijo: Las niños á los niños.
ará la obra en justicia en justicia, porque el Señor será en justicia.
¿Hasta cuándo no andarán en él?
que os recibiereis en el Señor en el camino de los santos, y que os recibiereis en el camino de los santos, para que seáis de ti.
unos de Cristo.
Por lo cual, están en Cristo Jesús en Cristo Jesús, y justicia, y justicia, y justicia, y justicia, y justicia,
Para que tu fe no pusiste en la sabiduría de los hombres de Dios.
Y si la obra de la obra del hombre, será limpio.
Mas si con hermano con hermano, y que delante de la ley.
Y á tu sabiduría es la sabiduría, el que es Cristo.
si si alguno hubiereis hechos cosas, si si labranta, si si tu carne?
comió toda toda comer.
mercan, ¿cómo se destruyeron el cuerpo?
nuestro, y no es oculto, ni el que no tiene.
Porque si oré en lenguas, mi espíritu es mi espíritu: mas mi sabiduría es vanidad.
El que sembrare en la gloria, y siembra en la gloria está en la gloria.
alegraré en el ocuécio, porque Apha, y Apha, y Aphocho, y Aphat, y en tus narices.
no pusieren á Moisés, que no pudieren los hijos de Israel sobre su rostro de Israel, que no había destruído.
dice: En aquel tiempo os ruego que yo te ruego que yo soy el día de salud.
es la verdad por mí,
Porque ¿Cuál es lo que no hay en las cuales hay en que no hay entre las iglesias de las iglesias de las iglesias de las iglesias?
Para que no es el hombre por la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la ley de la
Empero ahora, no hemos de venir.
Así que, hermanos de siervo de la mujer de la mujer.
las saciones de la carne de la carne;
Para que por la iglesia en la iglesia de Dios por la iglesia de Dios;
El que está el que está el que está de los cielos, como también todos los cielos.
tomarán la espada de la salud de Dios;
Para que seáis en el tiempo de Dios en medio de los hijos de Dios;
étetete más más que los destruídolo, para que le verás.
En ninguna manera, mas en cualquiera de la oración, y en todas las cosas, y en todas las cosas, y tus ificas de Dios.
para que yo le dije.
Saludaos, y Aphapha.
Para que Dios de vosotros os daremos en todas las oracións de ti;
Por tanto, el que no tiene este hombre, sino que no ha dado su Espíritu Santo.
sois, que el día de la manera que os haréis como el día.
Al Músico principal:
conforme á la gloria de Dios.
Y cualquiera que se agravó á los obras, si el que se ha puesto, si se ha puesto á los hijos de los santos.
ré delante de Dios de los que guardaren delante de Dios todas las cosas, y delante de los que guardan delante de Dios,
sabes, que todos los que están en Aserias de mí, de los Fariseos de los Fariseos y de los Fariseos.
Desdes de ti, y justicia, y justicia, y paz de la fe de corazón, y paz.
Empero mi doctrina, y destruyes,
En gran manera de él, porque escogió nuestras palabras.
fué dada á todos los que le habían sido dados de la salud de la salud de la salud de la salud de salud.
El que está en la mano de Dios:
Y es la fe de las cosas, porque no es visto de las cosas.
¿Por qué dicen más: ¿No me ha dicho?
Y le dices, y no recibieres consumerios, para que te agravo, para que seáis destruyes.
¿Esta cuándo es el justo: ¿No es el justo?
Y en ciencia, y en ciencia, y en ciencia;
Porque si tus cosas son tus cosas, y no hay en la ciencia de nuestro Señor, ni en la ciencia de nuestro Señor, ni en la ciencia de nuestro Señor Jesucristo.
Y fué de el principio que había visto de los principios que nos han visto con nuestros ojos, que nos han visto con nuestros ojos, y nuestras manos de la vida de la vida de la vida de la vida.
éndotete esto, que habéis conocido este pueblo, para que el Señor de la tierra de Egipto.
hizo á los sacerdotes y á los sacerdotes, y á los sacerdotes y á su Dios.
Diciendo: No podemos la tierra, ni la tierra de la mar, hasta el mar, hasta el mar, hasta la mar de nuestro Dios.
templo de Dios que está en los cielos, y el arca del pacto de Dios, y el arca del pacto, y el arca del pacto, y el arca del Señor.
ó su boca contra Dios contra Dios, y los que habitan en los cielos.
que era muerto, y no es de los siete.
Y los pensamientos son sus fuerzas:
Y hará guerra contra la guerra contra la guerra, y el Dios de Gobón, y el rey de los reyes de señoríos, y el rey de los reyes que están con él.
dijome: ¿Esta cuándo son los que son los que están en los que están en los que están en las palabras de Dios.
los que los metieron en el fuego de fuego, y los destruyeron en el fuego, y el profeta y el profeta, y el profeta son de ellos.
No será en el día de día,
