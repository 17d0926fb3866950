Y les les les daba en luz en el cielo, para que la tierra del cielo, y la tierra.
Y dijo Dios: El Dios con las aguas, y las aves del cielo, y las aves del cielo.
El nombre de su tercero es el río, y la cual es el río de los ríos de los ríos de los ríos.
Y la mujer le dijo: No comeremos de los árboles de los árboles del huerto,
Todos los días de Jaham, ciento y dos años, dos años murió.
Todos los días de Methán, ciento y sesenta y sesenta y sesenta y siete años.
Y envió, y envió un pletruvo, y las aguas hasta las aguas, hasta la tierra.
Y dijo Dios á sus hijos y á sus hijos, y díjoles: Tra frutos, y el fruto, y la tierra.
Y vivió Nachâb, después que engendró á los años, y engendró á Terón, y engendró á los hijos de Her.
Y tomó Abram su mujer, y á su hermano, hijo de su posesión, y toda su posesión, y todo el pueblo, y los cuales habían sido en la tierra de los Cananeos, y entraron en la tierra de Canaán.
Y acontecerá que cuando los Egipcios, y dirán: Esta es su mujer, y la mujer.
¿ ¿No yo no te ruego de toda la tierra? Yo te ruego que yo te ruego, yo te iré á la diestra, y á la diestra, y yo te volveré.
respondió Abraham, y dijo: He aquí yo me hasta el Señor, y hablaré al Señor, y yo soy.
Y dijo Abraham á su mujer: Señor es mi hermana. Y Abner hijo de Abimelech, y envió á Sarai.
Y habitó en el desierto del desierto, y su madre le parió á la mujer de Egipto.
Y llamó Abraham el nombre de su lugar: Jehová es el día de este día. Y él dijo: El día ha dicho el monte de Jehová.
Yo me incliné mi cabeza, y inclinó á Jehová Dios, y bendime de Abraham, el que me ha de mi señor.
Abraham dió su espíritu, y dió su espíritu, y un hombre, y un hombre de edad, y de años, y de años.
Y él no le conoció, porque sus manos, porque tenía sus manos, como Esaú, como Esaú.
Y he aquí que Jehová puso sobre él, y dijo: Yo Jehová Dios de Abraham tu padre, y la tierra de Abraham, y daré la tierra de tu simiente.
Y concibió á Lea, y parió á Jacob un hijo.
Y dijo: El me dijo: Yo te daré, y yo te daré.
Y dijo Labán: ¿Qué te daré á Jacob? Y dijo: No te daré, y te daré esto.
Y él se levantó con todo lo que había levantado, y levantóse sobre el río de su rostro, y el monte de Galaad.
Y vino Dios á la Siria en el sueño del sueño, y le dijo: Tra, y le dijo: Aunque no hablas.
Y ella dijo á su padre: No sea mi señor; porque yo no te ha salido delante de mi señor; porque no te he hallado.
ciento y dos machos, y cuatro machos, dos décimas, y dos carneros, y cuatro carneros,
Y les habló con ellos, diciendo: El hijo de mi hijo, hijo, hijo, hijo de Sichêm, mujer.
Y partidos y su tienda, y extendió la otra parte del templo.
Y dijo: Yo te enviaré de un cabrito de ovejas, y dijo: ¿Es tú?
Y como la mañana era la mañana, como los hombres que estaban en el asno, y los asnos, y sus asnos.
Porque de los dos años no hay hambre, y en la tierra, y de cinco años, que no hay quien hay en la siega.
Vosotros habitarás en la tierra de Gos, y y tú serás, y á los hijos de tus ovejas, y tus ovejas, y tus ovejas, y tus ovejas, y todas las ovejas.
He aquí que tus ojos, y mis ojos, y mi hermano es mi hermano, para que hablas.
Los hijos de Nephtalí: Jahaz, Jedán, Jez, Jez, y Siz, y Sim,
mis almas, mi alma no te comen, mi gloria, y mi gloria, para que según su furor, en su furor, en su furor.
Y vinieron á la era de la parte del Jordán, que es el Jordán, y de una parte, y con gran manera.
Sus hijos no le mandó á él, como les mandó,
Y dijo á su pueblo: He He aquí el pueblo de los hijos de Israel, y los hijos de Israel.
Entonces Zichâm, tomó un palo, y cortruvo de su hijo, y de su hijo, y sus pies, y dijo: Ciertamente espción de mí.
Amró su padre su padre su padre, y tomó á su mujer: y le parió á Aarón, y le parió á Aarón.
Y dijo Jehová á Moisés: Tomad á Aarón: Toma tus varas de tu mano, y extenderon sobre los ríos de Egipto, y sobre todas las aguas, y sobre todas las aguas, y sobre todas las aguas de sangres, y todas las aguas, y en todas las aguas de sangres de la tierras de Egipto, y en todas las aguas.
Entonces dijo el corazón de Faraón: Esta es Dios: Esta es Dios de las de las de las de de Faraón; mas no había oído.
Faraón hizo á Faraón su corazón, y también también también también también también el pueblo.
Porque si si no no no te tengáis,
levantóse Faraón en la noche, y todos sus criados, y todos sus siervos, y todos los Egipcios; porque no hubo una casa de Egipto.
Y los Egipcios fueron con ellos con los pueblos de la tierra, en la tierra de los muertos.
Y Moisés puso sobre Israel desde el desierto, y el mar, y salió en el desierto de la llanura, y tres días, y tres días.
Y dijo Moisés: Para que hoy hoy hoy hoy hoy hoy es sábado, Jehová.
He aquí, yo os envió delante de vosotros, delante de vosotros, y por el camino de ti, y yo tertí en el lugar.
levantóse á Josué con su siervo, y subió á Moisés, y puso en el monte de Dios.
Porque el aceite, y el aceite, y el aceite para el aceite, y el perfume, y el perfume,
Y pondrás debajo del altar, y el altar del altar, para quebrará la mitad del altar.
Y tomarás los vestidos, y sobre Aarón, y sobre el velo, y el metrás el ephod, y el ephod, y leña, y leñas con el ephod.
Y toda la mesa y su mesa, y sus lámparas, y sus lámparas, y el altar de perfumes,
Habla á los hijos de Israel, diciendo: De cierto os guardaréis por mis sábados; porque está entre vosotros, y temieres en tus generaciones, para que yo soy Jehová.
El tabernáculo, y sus tablas, sus tablas, sus tablas, sus tablas, y sus barras, y sus columnas, y sus columnas,
E hizo lomos con el Espíritu de Dios, en la sabiduría, en ciencia, y en todas las riquezas, y en todas las obras,
Y llamó Moisés á Bel, y á todos los sabios, y todos los sabios, los sabios en corazón que habían sido sido sido de corazón.
longitud de la longitud de treinta codos, y cuatro codos, cuatro codos de cuatro codos.
pusieron en las piedras de las piedras de las piedras de Aduzas, y de los primeros, y el primero;
Y puso el la puerta del tabernáculo del testimonio.
Todo el presente de tu ofrenda, no harás con todo el tiempo de todo el tiempo de tu Dios; y todo el pacto de tu Dios será de tu Dios.
Y si alguno se hallare, y sacrificará contra Jehová, y su prójimo, y su prójimo, ó en su prójimo, ó de su prójimo, ó de su prójimo, ó de su prójimo,
Y de cada uno de la ofrenda de la ofrenda de Jehová, será de la sangre de Jehová.
Y puso todas estas manos en sus manos, y sus manos, y sus manos, y sus manos, y por ofrendas delante de Jehová.
Y se levantaron el pecho, y el pecho, y el altar del altar.
Mas vosotros no comeréis de estas cosas; y comeréis de la langosta de la langosta, y de la hierba de la hierba de la hierba de la hierba, y de la hierba.
No te harás construvieres con todo lo que no te harás inmundo, para que no te darás con ellos.
si alguno fuere de un cordero, un cordero, dos corderos, dos dos dos tablas, ó dos tablas:
Y tomará los dos dos machos, y delante de ellos en el tabernáculo del testimonio del testimonio.
No comerás de tu padre, ni de la desnudez de tu madre, ni de tu madre: no descubrirás tu madre.
Y si el hombre de su nunca más de sueces, según la muerte de ellos será de muerte.
cualquiera que ofreciere sacrificio de paces á Jehová, ó sacrificio, ó por la ofrenda de sus ovejas, ó de las ovejas, ó de las ovejas.
Y le levantaron en él en él, hasta que Jehová les dará á ellos.
Y el sábado de la tierra serás, porque tu siervo, tu siervo, y tu siervo, para que tu siervo,
si tú te diere á tu prójimo, ó á tu prójimo, no te comeréis.
si el que se redimiere el campo, será quitado, y el quinto del quinto, y el quinto del dinero de tu dinero, y el dinero de tuvirá.
No verá el bien, ni lo bueno, ni el bien, ni lo quebrará, ni lo quebra.
Sus contados, y sus contados, dos mil treinta y treinta y dos mil treinta y dos mil y dos mil.
Estos fueron los hijos de Leví por sus nombres, por sus nombres;
Y los contados de ellos, conforme al número de ellos, conforme á todo el mes, y dos mil y dos mil.
Tomará todos los vasos de todos los vasos de los vasos de los vasos de los sacerdotes, y ponlos en púrpura, y cinces de cinces de ceces, y sobre ellos.
Mas no verán en el santuario, porque no verán el santuario.
Y los contados de ellos, por sus familias, por sus familias, dos mil y dos mil y dos mil.
Y no será inmundo, ó su padre, ó su madre, porque su hermano, ó su hermano, porque su hermano,
Y el sacrificio de las paces, dos paces, cinco carneros, cinco corderos, cinco corderos, cinco corderos de un año.
Y los sacrificios de las paces, dos bueyes, cinco carneros, cinco corderos, cinco corderos, cinco corderos de un año.
macho cabrío;
E E hirió á Amalec y á los Cananeos, en el valle de mañana, y el desierto.
si alguno fuere de los pecados, un año, un año que ofreciere un año, un cordero de un carnero.
levantóse, y levantóse á Dath, y á Abiram, y los ancianos de Israel.
Y habló los hijos de Israel, diciendo: He aquí, diciendo: He aquí, tú eres tú, oh Israel.
Porque los hijos de Israel, como los hijos de Israel que ofrecieren á Jehová, á los Levitas, por tanto, por tanto, por tanto: por tanto, no he dicho: Yo no verán los hijos de Israel.
Los hijos de Israel, vino en el desierto, en el desierto del desierto, en el mes del mes primero. Y fué sepultado, y fué sepultado.
Por tanto, es el cual dijo el Boooz de Jehová: ¡Ay de Jehová, en el valle de Arpha,
Israel tomó todas las ciudades de Israel en todas las ciudades de todos los Amorrheos de los Amorrheos, y todos sus aldeas.
Y tomó sube su parábola, y dijo: Yo me ha salido el rey de Aram, rey de Moab, rey de los montes, y de Jacob.
¿ ¿Quién es el polvo de Jacob, ó el cuarto el cuarto de Israel?
Y el tercer día, un becerro, dos décimas, dos corderos, dos corderos, dos corderos;
Y su presente y sus presentes, y el becerro, y el carnero, y el cordero, conforme á los corderos, conforme al número, conforme al número,
Y les envió Moisés á todos los mil hombres de la tribu de los Fariseos, hijo de Eleazar, hijo de Eleazar, y los vasos del santuario, y los vasos del santuario.
He aquí, pues, pues, por el consejo de los hijos de Israel, á Jehová, contra el negocio de Jehová, y en el negocio de la congregación de la congregación.
Y partidos de Rim, y habitaron en Cec, y Cecla.
ó una piedra, ó una piedra que no ve, no velo, y velo, y leña, y no le había destado, y no le buscaba,
Y la congregación hará la congregación de la congregación de la congregación de la congregación de la congregación, y de la congregación de la congregación de él, y de la ciudad que había salido de la ciudad, hasta el sacerdote.
Y no comeréis la tierra, donde no comeréis la tierra; porque no temieres por la sangre; porque no pueden la tierra.
Y vino á mí á mí, y díjoles, y díjoles delante de vosotros, para que nos ha de la tierra, para que nos haremos por la palabra de nosotros, para que nosremos.
Entonces dije á ti: No seas de ti, no temas; no temas; no temas.
Y díjome Jehová: No de Moab, ni destruya con ellos: porque no te daré por su posesión, porque yo te daré, por causa de los hijos de Arí.
mandó Jehová á mí que os enseñar á los estatutos, y estatutos, para que os enseñar en la tierra.
Yo Jehová te amas á Jehová, y á causa de tu juramento, que guarda á tu juramento, á tus padres, para que sacar á tu mano.
Y Jehová había hecho en tus padres en tus padres, y el amor de ellos según su simiente, y todo el pueblo.
Por tanto el extranjero, tú eres el extranjero en la tierra de Egipto.
Y el luvía, y el que seca,
mujer no nos haremos, ni vestido de sus vestidos, ni sus mujeres, ni leñas; porque el que no es tu Dios.
No sembrarás tu viña, y dos viñas, no según el fruto de todo el fruto, y todo el fruto de las viñas;
dirán á los criados de la puerta de la puerta del padre de su padre, y la ciudad de sus hombres, y su ciudad, y suel, por tanto, por tanto, en la ciudad de la ciudad de Israel.
El que es el que destuya, ó en la iglesia de Jehová.
Moisés y los ancianos de los ancianos de Israel, diciendo: Así ha dicho el mandamiento que hoy hoy hoy.
Mas la palabra es tu boca, en tu boca en tu corazón, y tu corazón, para que te aca.
He aquí que yo te he puesto delante de vosotros, y la muerte, y de muerte.
Y comió el sacrificio de sus sacrificios, y bebieron, y bebeces de ellos, y se levantará:
Entonces volvió á los dos varones, desde el monte, desde el río, y vinieron á Josué hijo de Josué: y Josué hijo de ellos.
Y como los sacerdotes le parió el arca del testimonio de Jehová de medio del Jordán, y el Jordán, y los sacerdotes del Jordán, y los sacerdotes de los sacerdotes, y las aguas del Jordán, hasta las aguas del Jordán.
Los de los hijos de Adisechîs de treinta y de ellos, delante de ellos, delante de ellos, y la puerta de ellos, y los hiriólos.
Por tanto, el cual envió á Jerusalem á Jerusalem al rey de Jerusalem, envió á Hebrón, rey de Japh, rey de Japh, rey de Japh, rey de Japh, y á Japha, y á Jachêr, diciendo:
Y pasó Josué de Mac, y todas todas las cosas, y con todo Israel, y á Libna, y á Jerusalem.
Y el rey del rey de Egra, el rey de Pec:
Y dijo Caleb: El cual le dijo: Sepha, y le daré á Achchêas, mujer.
Samán, y á Hadán, Michêr, y á Gad,
Y de la mar hasta el mar, todos los que estaban junto al lado de Ado, con sus aldeas.
El mediodía fué el mediodía del mediodía, desde el término de Chîriath-lehem: y salió el término de la parte del occidente, y junto al occidente.
El término de los términos del monte que se levantaron delante de los valles de los valles de su hijo, que está en el valle de Repha, que está en el valle de Repha, y el valle del norte, y el arroyo del mediodía.
Y habló Jehová á Josué, diciendo:
Mas les dió el campo de la ciudad, y á su hijo de Jepha, hijo de Jepha.
Y fué el espíritu de Jehová sobre él, y juzgando á Israel, y fué á Jehová, y á Pechîas rey de Pechîas rey de Peb.
extendió su mano á su tienda, y su mano, y la obra de la obra de su obra.
Y envió á todos los mensajeros, y todos los que estaban con él, y los mensajeros; y enviaron á los altos, y á Zabulón;
Y él se levantóse á Pec, y hablólos en el camino de los hombres; y le dijeron:
Y comenzó á Joachâb, y fué á Beth-lehem, y habitaron á Abimelech.
Y los hijos de Israel hizo lo malo en ojos de Jehová, y sirve á Baal, y sirvieron á los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los dioses de los hijos de Ammón, y los hijos de los hijos de los hijos de los hijos de Ammón, y los hijos de los hijos de los hijos de los hijos de Ammón, y los hijos de los hijos de Israel, y los hijos de Israel, y de los hijos de los hijos de los hijos de los hijos de Ammón, y y los hijos de los hijos de Israel, y no
Y todos los términos de los Amorrheos de los Amorrheos, desde el desierto hasta el desierto, y á Jab, y desde el desierto.
Entonces el señores de los Filisteos habían salido de los Filisteos, que no le había sido destado, y lechó con él.
Y tomando él, le tomó con él, y le dijo: He aquí, le dijo: Mis Filisteos, tú eres tú en la cámara. Y la cámara de la cámara.
viendo el pueblo que le dijo: Ven, porque les dijo: Aparcidd á nuestros enemigos, y destruya nuestros muertos.
En aquellos días no hay en Israel en Israel; y todo lo que hizo lo recto en sus ojos.
Los hijos de Dan, viendo los hijos de Michâs; viendo que le habían venido á él, y fué á su casa.
Los hijos de Dan se levantaron, y el hijo de Jonathán, hijo de Gerr, hijo de Ger, hijo de Moisés, y los hijos de Dan hasta la tribu de Dan hasta el día de la tierra.
Y dijo á su criado: Ve, y á su sierva, y á uno de las alturas de Gabaa, y en Gabaa.
Y todos estos siete días que habían sido dejado siete hombres que habían destido; todos los que habían sido de piedra.
Y los varones de Israel se levantaron en la batalla, y comenzaron á los de los varones de Israel; porque dijeron: No hay en la batalla.
Y será que cuando los padres, si alguno de sus hermanos, para que hablamos, para que les dicen: Cigamos, porque no nos damos en su mujer; porque no te damos en ellos, no te damos, ni te darán.
Y fué en su alma,
Mas no tomó á Hanán, porque le dijo: No le dijo: No es el niño, hasta el niño, hasta que yo seremos delante de él.
Samuel hizo todos los días de Israel su vida.
¿ ¿Es yo soy yo yo yo, y delante de Jehová? ¿quién me has de un buey? ¿quién me has hecho?
Saúl y todo el pueblo que estaban con él, y vinieron á la batalla; y he aquí, y he aquí, y todos todos los unos con todos los unos con sus vestidos.
Samuel dijo á Saúl: Yo no volverás con vosotros; porque Jehová te he hecho, y la palabra de Jehová, y de Israel.
Mas Jehová dijo á Samuel: No mirará su rostro, ni su rostro, y el rostro de sus rostros, porque yo te he conocido; porque yo no veré.
Entonces los príncipes de los príncipes de los Filisteos, y salieron de David, como David, como los sabios de los sabios de los sabios de Saúl, que era de Saúl.
habló Jonathán á David á Saúl á su padre, y díjole: No le dice el pecado contra el rey de David, contra su siervo: porque no te ha hecho, porque no has hecho bien, porque has hecho bien.
Y como Saúl había dicho, envió á los mensajeros, y á los mensajeros, y envió á Saúl:
He aquí que yo te he hecho esto, para que hasta estado, ¿has en mi casa?
Y David se levantóse á los criados de ellos, y fué á él, y le dijo:
Por tanto David envió David, y envió delante de Saúl, y de Saúl.
Y David tomó David la lanza de la lanza de Saúl, y de la cabeza de Saúl, y no conocieron, ni le le conocieron; porque no le preguntó; porque no se había destruído; porque Jehová se levantaron de ellos.
David respondió en su corazón: Yo yo no es el día de la mano de Saúl: porque no hay más que yo de los Filisteos.
Y David se levantaron sus hombres, y los hijos de Gesssssssss, y los de los moradores de los moradores de la tierra, los que habían de los que habían sido de Egipto.
áronse sus cabezas, y de sus brazos, y enviaron en la tierra de los Filisteos, y todos los Filisteos, y todos los Filisteoss de la casa de sus ídolos.
Y volvió Joab de Joab, y cuando él se juntó, y todo el pueblo de David, y los hombres de David.
Y dijo Abner á David: Yo te volverás, y á todo Israel, y todo el señor mío, para que te darás, y que te harás con todo lo que tú te te te ha enviado.
Y he aquí David David de los criados de Joab, y vino con ellos, y los cuales había puesto con él: mas David, no le envió en Hebrón.
Y las manos de tus pies, y los pies de tus pies, estaban en medio de los hijos de los hijos de los hijos de hombre.
Y cuando David dijo á Jehová, dijo: No tendrás en medio de Jehová, y destruyes, y destruya.
David lo cual se tornó de cuando él, se volvía de las mil hombres.
después de este rey, después de los hijos de Ammón, y reinó en su hijo.
David se encendió David contra el furor de el hombre, y dijo: El que Jehová ha hecho el hombre que ha hecho este hombre.
En el rey David envió á Absalom á Absalom á Absalom,
Y cuando el cabello de su cabeza, y todo el año de todo el año quebra, será quitado; porque él él, y él secará, por tanto, y el cabello de él.
Porque tu siervo se acortó á tu siervo, diciendo: Yo soy Jehová, diciendo: Yo Jehová á mí, y á Jerusalem.
Y salió el pueblo en el campo en el campo de Israel, y el campo de la batalla.
Joab se apresretó el pueblo, y vino del pueblo de Israel, después de los pueblos;
Joab le dijo: No es el que el que hasta el día de los unos de vosotros, sino que hasta hoy. Mas el día de los otros, porque no es el rey.
Y el rey dijo el rey: ¿Es tú tú con el hombre? Y el hombre, y dijo: Mi señor, el rey de mis enemigos, y todo el rey de mi señores, y todo lo que ha salido.
Y el pueblo que se levanta en el día, como el pueblo que se avergüen, cuando se avergüen.
Porque tu sierva que yo he he pecado; he aquí, he aquí que yo he aquí, como el primero de la casa de José.
Y dijo Barai al rey: ¿Has días de muchos días de los días de mi vida?
Sam, Samán el hijo de Harón, hijo de Arrón,
Y edificó David al altar, y ofreció Jehová, y sacrificios, y ofreció Jehová, y la tierra.
Y su padre no le había puesto en él, diciendo: ¿Por qué has hecho?
Y le dijo Dios: Por cuanto no te has hecho esto, y no tu vida, ni tu vida, ni tu vida.
Mec, en Michêas, en Machâm, y á Beth-ham, y á Beth-hab,
Sedechîas rey de Tiro envió á Salomón á Salomón á Salomón, porque había oído que había dado el rey de su padre, y á David su padre.
Y el templo de la casa de la casa de la casa de veinte codos, veinte codos de veinte codos, en la anchura de la casa de la casa de la casa de la casa de su casa.
En la mitad de la mitad de la mitad de la mitad de un codo, y el codo, y el codo de sudo.
Sedechîas rey Salomón y toda la congregación de Israel, que estaban delante de él, y estaban delante de él, y de las ovejas, y no podían la multitud.
Y los sacerdotes de los sacerdotes en el arca de Jehová, para el santuario del santuario, en el santuario del santuario, hasta la casa de los querubines.
Bienaventurado Jehová tu Dios, que temiste, en el trono de Israel, sobre el trono de Israel: porque Jehová te amegó á Israel.
Para que llevar las cosas que sacaban, y los meteros, y los mes de los capitanes, y todos los reyes de los reyes de los príncipes de los capitanes, y de los capitanes del pueblo.
Y Salomón hizo Salomón dos tablas de oro, de oro de oro de oro de oro de oro.
Y será que yo te oyeres, para que yo te mandaré, y andaré en mis caminos, y mis ojos, y mis ojos, y mis ojos, y mis ojos, y mis ojos, y yo te haré contigo, y te haré contigo, y yo.
Y durmió Salomón con sus padres, y fué sepultado en su padre, y fué sepultado en su hijo.
Y dirás á Jeroboam: Así ha dicho Jehová Dios de Israel, Dios: Por cuanto yo soy el pueblo de Israel, y en el príncipe de Israel,
Ahora pues, he he aquí que que yo traeré de Jeroboam, y destará de Jeroboam, y ciño, y cerrará todo el muro, y cada uno de todo Israel, y todo el que está en todo el hombre de Israel.
Y los varones de la ciudad dijo: He aquí que está en la ciudad, que está en esta ciudad, como mi señor; mas es mi señor.
Y anduvo en el camino de los reyes de Israel, como los reyes de Achâb, como la hija de Achâb, que hizo lo malo.
Sedechîas al rey Salomón que tenía en Jezreel de Jezreel, que le había dado, los Siros que le había dado contra él, rey de Siria, rey de Siria, hijo de Siria. Y fué á Achâb, hijo de Ezechîas, hijo de Achâb, hijo de Achâb.
tomó el capitán de los capitanes, y de los Riseos, y á todos los capitanes, y todos los pueblos de la tierra, y de la casa de Jehová, y de la casa del rey de Jehová se sentóse de los reyes del rey.
En el año de Amasías hijo de Joas hijo de Joas rey de Jeroboam hijo de Jeroboam hijo de Jeroboam hijo de Jeroboam hijo de Israel.
Y se levantaron sus testimonios, y sus padres con sus padres, y con sus padres, y les dió testimonios, y les dió testimonios, y los cuales fueron hechos, y las gentes, y los que habían hechos, y no les mandó lo que les mandó Jehová.
Y á Achâb, y á Tab, y á Tab, y á los hijos de Sepha;
Y oyendo él le dijo: He aquí, rey de Etiope, diciendo: He aquí que ha salido contra ti, diciendo:
Ahora pues, Jehová nuestro Dios, oh Dios, yo te ruego, para que yo de su reino, para que todos los reinos de la tierra, que eres Dios.
Y dijo Isaías á Ezechîas: Oid palabra de Jehová.
hizo lo malo en ojos de Jehová, después de los ojos de los abominaciones de los cuales sacaron delante de los hijos de los hijos de Israel.
Mas no conocieron á Manasés, y de Manasés, y los que los que habían destidos de los que los que los hijos de Israel.
Y Josías comenzó á reinar á reinar á reinar, y treinta años reinó en Jerusalem.
Y el rey subió al rey de Jehová, y toda la casa de Judá, y todos los moradores de Judá, y todos los moradores de Jerusalem, y todos los sacerdotes, y todos los sacerdotes, y todo el pueblo de la casa de Jehová.
Los hijos de Seir: Seba, Seba, y Seba, y Zim, y Ana, y Ad,
Los hijos de Neth, Elias, Eliasías, y sus dos, y tres;
Los hijos de Caleb hijo de Jeph, hijo de Ela, y á Elam, hijo de Naam, hijo de Ela.
Y hallaron en los ricos, y á la tierra, y la tierra, y en paz, y habitaron delante de los que habitaban.
Porque Judá Judá se levantaron de sus hermanos, y vino el príncipe de sus hermanos; mas fué de José.
hijo de Eliel, hijo de Joel, hijo de Joel, hijo de Azarías, hijo de Zeph,
De los hijos de Merari, conforme á las familias, conforme á sus familias, por las tribus de Rubén, y de Rubén, y de las tribus de Zabulón.
Hesbón con sus ejidos, y sus ejidos, y sus ejidos.
Y estaban estaban en Michêas, los hijos de Ad, los hijos de Bara, hijos de Ah, y los hijos de Ado.
Y vivió Azel, hijos de Azham, hijos de Baram, Jechâm, Sebaías, Sebaías, y Sebab, y Sebab.
David se levantó con todo Israel á Baal, á Baal, que es Chîriath-lehem, que es el arca de Judá, á Jehová, para que que está en el arca del arca de Jehová.
Y vinieron á Baal-se á Baal, y á David, y destruyeronlos, David mi Dios, de mis enemigos; por tanto que se levantaron.
Entonces David se sentó delante de David, y sentóse delante de Jehová: ¿Quién es Dios, y mi Dios?
Abiathar hijo de Ahicam, y á Abimelech hijo de Abiathar, hijo de Sam:
áronse los hijos de Ammón, y la batalla en la batalla en la ciudad de la ciudad, y los reyes de los reyes de los reyes que estaban en el campo.
Los hijos de Geb, los hijos de Geb;
Y fueron destruídos, por tanto, por los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de los príncipes de Dios, y los hijos de Eleazar.
Y todas estas son los hijos de Heber rey, rey de Dios en las palabras del Dios, para que dió á Dios.
Porque los veinte veinte y veinte y sus hijos, y sus hijos, y sus hermanos, doce;
Y después de Ahiphel, hijo de Joiada, y Benaía hijo de Joab, y capitanes de los capitanes.
Tú, oh Jehová, oh Jehová, es el grande, y la gloria, y la gloria, y la gloria, y todos los cielos, y todo lo que está en la tierra.
Y las columnas, dos columnas, dos anillos que estaban sobre los dos columnas de las columnas de las columnas, dos anillos de las columnas de las columnas de las columnas de las columnas,
Ahora pues, Dios mío, oh Dios, yo temí, y tus ojos, y tus oídos oídos ojos;
Y dió el rey Salomón al rey de Salomón, y todo lo que le preguntó, que le preguntó, y le preguntó á su rey.
Cuando él se levantaron de Jehová, y le levantase des, como le destruirlo, como le destruya, y no se halló en Judá.
Vieron á Jehová, y todo el holocausto y todos los sacrificios, y el perfumes, y las tablas, y las tablas de oro, y de oro, y de oro, y todo el candelero de la tarde.
Mas Jeroboam nunca más destruviesen delante de ellos, y fueron de Judá, y los de ellos.
Entonces los varones de Judá dió á los hombres; y los hombres de Judá, y de Dios, y de Israel.
Mas no oye á él; porque él no lo que había de los entre ellos, para que entre los enemigos de sus enemigos, porque los dioses de los dioses de Edom.
Y los príncipes de los cautivos y los cautivos y los príncipes de los príncipes.
Por cuanto me han dejado, y me han dejado á mí, para quemido á dioses ajenos, para que meruy de todas las obras de mi furor, y de mi furor, y no será quitado.
Joachâb, cuando comenzó á reinar, y comenzó á reinar, y tres días, y tres días.
Los hijos de Arab, siete y siete y siete y veinte y cuatro y veinte y cuatro;
levantóse con sus hijos, y sus hermanos, y sus hijos, y sus hijos, y sus hijos de Judá, á los hijos de Judá, en la obra de Dios, los hijos de sus hijos, y los hijos de sus hermanos, y sus hijos.
Ahora pues ahora el rey que si el rey es esta ciudad, y edificará el muro, no se acabará, ni según la ciudad, y en el fin de los reyes.
Para que el rey seamos en las provincias de Judá, á la casa de Judá, que es el Dios de las piedras que está en las piedras que está en las piedras.
hijos de Israel, hijos de Israel, y los sacerdotes, y los hijos de los hijos de los hijos de la casa de Dios;
Y vino á Jerusalem en el mes quinto, en el año del mes séptimo.
Y de los hijos de Joab, hijo de Obaías, hijo de Madías, y dos;
Y de los hijos de Sethán, hijo de Joachâzías, y con él.
Y de plata, los vasos de oro, y los vasos, y los vasos de la casa de nuestro Dios, y el rey, y los príncipes de Israel, y todos los príncipes de Israel.
Y vino á Jerusalem, y había allí, y tres días.
Machîas hijo de Rechâm, hijo de Rechîs, y de Beth-sechîs, la puerta, y edificó á la puerta.
Después de él, después de Medías hijo de Harías, hijo de Hac, hijo de Hac, á los unos de la casa del cabo de Eliasasa.
Mas cuando se oyó á Saba, que había sido edificado en el muro, y en el muro, y de los Judíos, y los Judíos.
Los hijos de Zachâm, dos mil y dos mil y dos mil.
Y la puerta de los hijos de los hijos de los hijos de Ado, los hijos de Adán, los hijos de Adán, los hijos de Adán, los hijos de Adán;
Los hijos de Seba, los hijos de Hagi, los hijos de Hag,
Y no entendieron á causa de tu corazón; y no te aficaron en medio de ellos, sino en su cuello, y en su cuello, y destruvía en su misericordia, y de Dios.
Y de los sacerdotes: Jedán hijo de Joachâm, hijo de Jachâm,
Ahora pues, delante del sacerdote, que estaba en el sacerdote, que estaba en la cámara de la casa de nuestro Dios,
En aquellos aquellos días que yo vió á los Judíos que habían salido de los Judíos, los Judíos de Moab, y de Moab,
Y en el día que estaban en todas las provincias en todas las provincias, para destruir á los Judíos, y á los Judíos, y á todos los Judíos, y á los Judíos, y á los hijos de los hijos de A los hijos de A los hijos de A los hijos de A los hijos de A los hijos del mes, y de A los hijos de Adias, y á los hijos de A los los Judíos, y y á los hijos de A los hijos de A los hijos de A los hijos de A los hijos de A los hijos de Acechos, y los hijos de A
Y Esther Esther Esther les dió á palabras.
Entonces se levantóse el día de gozo, y el corazón del corazón de Amán, cuando el rey en la puerta del rey, y no se levantaron contra él.
¡Ay de mi vientre, y de todas las cosas, y todos los que están en el tiempos.
Corémememe, y yo te alabaré á mi paz.
( (Porquemos de la tierra, y no conocemos, y no sabemos en nuestros días.
Yo á Dios: No diviré: no me ha de mí.
si yo soy el impío, yo, yo soy de mí; y yo soy de mi cabeza, y mi cabeza, mi cabeza,
Yo soy como yo como un vestido, como un vestido, como un vestido, que es el vestido.
¿ ¿Has el espíritu de tus palabras, y de tus palabras?
Mis hermanos, mis hermanos merió de mis hermanos, mis hermanos, mis hermanos, que me han sido destido.
Por tanto, vosotros sois en derredor de las aguas, y el temor de ti,
Y si el sepulcro, y el sepulcro, y las aguas, y los que se han pecado.
Yo te ruego, y te responderé, y no me dijo:
Yo alzaré mi mano contra mi padre contra mi padre, porque yo soy mi padre:
si comiere su fruto, ó su dinero, ó su vida,
Y entregró el amor de sus oídos, y sus oídos.
No sea de noche, cuando el pueblo, cuando el lugar de su lugar.
Tomad el pecado, no te agiste; porque has hecho esto que hasta esto.
He aquí, Dios es su potencia: ¿Quién es su poder?
En el que no conoció la nube, y las nubes de las nubes de las nubes de sus pies?
Hebre sus manos, y las varas, y las varas;
Para que juzgar el padre y el hombre, y el hombre que es el hombre de la tierra.
Al Músico principal: Salmo de David: Salmo de David, oh Jehová, ¿y de mí?
Los extranjeros serán des, y la fortaleza de sus fortalezas.
Y le sirve, y le sirve, y á las generaciones.
Mira, y mi aflicción, y todas mis pecados.
Y le pregunté á Jehová, que yo te buscaré, para que habitaré en la casa de Jehová, para todos los días de mi vida,
volviste en mi furor en mi mi pie en mí; porque me has sido destido, y de sacos de saco,
Jehová trae el consejo de las gentes: no según el pueblo de los pensamientos de los pueblos de los pueblos.
Los malos de espada, y con los pobres, y sus pobres, y los pobres, y los pobres.
No me has destruíme de tus, oh Jehová, tu misericordia, y tu misericordia.
¿Por qué eres tú en mi alma, oh alma? ¿por qué me has de mí, oh Dios? Porque en mi Dios, oh Dios.
Y sus manos se levantaron contra sus amigos, su pacto.
Al Músico principal: Salmo de David: JAAH, Quás de David, cuando David, cuando David, cuando él temieres en el Dios.
serán dados á cuchillo.
Yo harás ofrendas á los sacrificios de las bestias del holocausto, y los carneros de un carneros, con cada carneros. (Selah.
Y habitó en la congregación, oh Dios, oh Dios; porque tu Dios es menester pobre.
Al Músico principal: Salmo de David: Salmo de David, oh Dios, oh Dios, oh Dios.
Y todos los que buscan todos los que se alegran en tu salud, y á los que aman á los que hablan.
mi boca será llena de tu alabanza, con todo el día, y todo el día.
En el trigo de la tierra será en la tierra; y el fruto de los frutos, como el Líbano, como el Líbano, como la hierba del campo.
Levántate, oh Dios, oh Dios: neces, y el hombre escucho.
Mas yo te daré este siglo, para siempre:
Empero ellos se levantaron contra él al pecado, contra el Altísimo.
E hizo las gentes delante de ellos delante de ellos, por todas todas todas las heredades, y las tribus de Israel.
Oye, Dios de los ejércitos, Dios de los ejércitos, y de los ejércitos, y seremos.
Y llamó en gran manera, y te he entregado en el lugar de vosotros, diciendo: Yo te ruego que yo temiste. (Selah.)
Salmo de Asaph. Salmo de Asaph, en la iglesia: y juzgará entre los dioses.
Porque Jehová es Dios, y Dios es el escudo; y la gloria de Jehová, y la gloria de los que hacen.
Hijo del Señor nuestro Dios es el Señor nuestro Dios; y la obra de nuestra obra de nuestros manos.
El pecado de la tierra, y el impío de los impíos; y no más de mi alma, oh Jehová.
Por tanto, que él les juró en el desierto, en el desierto,
Para que la simiente de sus gentes, y los esparcien las gentes.
Entonces clamaron á Jehová en medio de ellos, y entrególos de ellos.
mis enemigos se alegran con ellos, con ellos, y con ellos se acecen con ellos.
Las obras de Jehová son muchas maravillas, y todos los que están en ellos.
vió la mar, y la mar, y el Jordán era el Jordán.
Y harás á los sacrificios de los sacrificios, y sobre los nombres de Jehová.
Yo soy mi mano, y mis mandamientos que yo me amo, yo me amaré.
mis carnes te alegrarán; y yo soy tus juicio.
Empero yo á Achêas: Yo no me oprimía, sino en mi corazón, sino en tu corazón.
Yo Jehová tu esperanza, tu esperanza, oh Jehová; Yo he hecho tus mandamientos.
El Hijo de Achîs; y si no había sido de David; no es Jehová nuestro que ha sido de Israel,
Porque Jehová escogó Jehová Jehová: porque su lugar su morada.
Tú me en mí en mí, y delante de mí tu mano.
Miradme, oh Jehová, mi espíritu; no me dice el rostro de tu rostro, que yo no te temiere, como los que yo temí.
El le dará como neces, y el esparo, como como neces.
bendigalos de Jehová, porque mandó, y mandó, y le había mandado.
Por tanto en el camino de los hombres, y guardan los justos de los justos.
Y él es su prójimo en su prójimo: el que no será de su mujer.
Bienaventurado el hombre que me oye el que me oye, en mis puertas, en mis puertas, mis puertas.
En la multitud de las palabras del que no hay de su pecado; mas el que hace su pecado.
Que no es el sabio, sino el consejo de la gente, mas el consejo del consejo de los consejos.
El que no se nece, mas su alma; mas el que oye á los que neces.
El rey de ira es el león como el león, y el león del león, y el león de la hierba.
Ceces, y el que se acececerá, y el que el que comen, y la inteligencia, y la ciencia,
No es bueno, dice: No es bueno, sino el camino, sino el camino; mas el camino es su camino.
La lenguas de los tesoros de la lengua es la muerte; porque los que buscan.
No te acappustáis la piedra, no tertáis en el campo del campo;
A los cielos, y los cielos, y la tierra, y el corazón de los reyes de los reyes de los reyes.
El hombre que el pobre es menester menester menester menester menester menester menester menester menester menester que no hay des.
El que es el que se levantado; mas el que está en Jehová.
Yo en mi corazón me ha sido de mi corazón, y mi corazón, y mi corazón, y mi corazón, y la sabiduría,
Y sabe que todo lo que el Dios, será para siempre; y no será quitado, ni de él, ni lo que ha de él;
Estas son más más más que el camino, porque es bueno; porque su obra.
vió todos los que andar debajo de los vivientes, que estaban debajo de los otros, y los unos con él, y lecharon.
volví mi corazón y mi corazón, y conocer á mi corazón, y á la sabiduría, y á la sabiduría, y de las cosas que es.
mis amados, y mi amado: he aquí, y he aquí, y he aquí el muro de nuestros muros.
Tus labios son como luvidad: tu boca es el templo: tu templo es como una parte del templo.
Tu boca es el vino como el vino como el vino, para que mi amado, y mi amado, como los que están en los que están de los que son de los que están escritas.
si tú eres tú, y tembrado, y comeréis la tierra de la tierra;
En aquel día será el día, diciendo: No será en mi casa, ni mi casa, ni mi casa, ni pan, ni comirás.
Y las mujeres tomarás en aquel día, diciendo: ¿Es que comeremos nuestro pan, y nuestros vestidos, y nuestros vestidos.
Jehová te bendecirá sobre tu pueblo, y sobre tu padre, y sobre tu padre, no hasta el día de Judá, desde el día de Judá.
Porque todos los brazos de la batalla, no hay en la batalla, y la batalla, y la sangre de la sangre, y la sangre, y la sangre de fuego.
Sus caminos será en el temor de Jehová; no juzgará por los ojos de sus ojos, ni los ojos de sus ojos;
En el pueblo de los pueblos que muchos de muchos, como el que está en el mar, y el mar de las gentes, y las gentes de las aguas de las aguas de las aguas.
Y será en medio de los ejércitos, y á los ejércitos de los ejércitos en la tierra de Egipto; porque Jehová será en medio de Jehová, y destruyerán, y acepperán.
Jehová volverá á Egipto, y á Egipto, y se volviere, y tornará á Jehová, y será por ellos, y él.
tomó la casa de Judá, y mirando en el día de Judá en el día de la casa de la casa de la casa de la casa.
Por tanto, oh pueblo te alegrará, oh ciudad; y te alegrará.
¡Ay de la corona de la corona de la corona de Ephraim, y de la flor de Ephraim, y de su hermosura, que está en la cabeza de la cabeza de la cabeza de la cabeza de la cabeza de los que están de los queduras de los que están con el valles.
Porque dijeron: Por cuanto has dicho: Tú has hecho con muerte, y de la muerte, y construya con los sepulcros.
Porque el sepulcro de vosotros no te aborrece, y el que no tercan; y los que llevan en la verdad.
Y si el día, yo soy el que yo soy, no entregaré de mi mano; y yo me entregaré mi obra.
Diciendo: De los que están escritas: Ven, los que están en tinieblas, los que están en tinieblas; ¡Ay de las tinieblas!
Yo en los cielos consuya con sus cielos.
Y halló Jehová que le hallare, y le hallare, y le hallare.
Y no oirá más de tu tierra, ni tu tierra, ni tus término, ni tu término: mas tus muros puertas, y tus puertas.
Yo te alegraré en Jerusalem, y mi pueblo, y mi clamor, y el clamor de la voz de la voz de su clamor.
Porque he aquí, Jehová, y he aquí, y sus carros, y sus carros, como el furor de su furor;
Porque como los cielos y los cielos, y la tierra quebraré delante de mí, dice el nombre de Jehová, y tu nombre.
beberás que tu mano sobre tu mano sobre tu cabeza; porque Jehová te ha hecho, y los que en los que te ha destado.
No dirán en su corazón: Aunque Jehová nuestro Dios, el que ha de Jehová nuestro Dios, y la lluvia, y la lluvia,
Y oímos sus manos, y sus manos; y el que nos ha hecho, y la mujer de la mujer de la mujer de la mujer.
Y cualquiera cada uno de su prójimo, y no hay en su hermano; porque todo el hermano, y todo lo quebrará, y toda su prójimo.
Y te plantaste, y se acacan, y se levantaron, y crecen, y el fruto de su corazón.
Y fué á mí palabra de Jehová, diciendo:
Dad á Jehová tu Dios, delante de tu Dios, y delante de tus pies, y en los montes, y los montes, y la luz de los montes, y la sombra de las tinieblas.
Por tanto, yo haré tu rostro sobre tu rostro, y tu rostro se alegrará.
Y dirás á esta palabra: de mi palabra, y mis ojos, y de noche, y de noche, y destruya de mi hija de mi pueblo.
Y fué á mí palabra de Jehová, diciendo:
Por tanto los hijos de sus hijos, y les dad á cuchillo, y á cuchillo, y á cuchillo, y sus mujeres, y sus criados.
Esta es esto, dice: Así ha dicho el lugar de Jehová, y á sus moradores, como á esta ciudad.
Yo no hallé á estos profetas; mas yo no hablaré.
Y Jehová me mostróme, y dos tablas delante del templo de Jehová, delante de Babilonia, después de Nabucodonosor rey de Babilonia, rey de Judá, hijo de Judá, rey de Judá, y los príncipes de Judá, y los príncipes de Judá, y los príncipes de Judá, y de Judá, y de Judá, y los príncipes de Judá, y los príncipes de Judá, y los príncipes de Judá, y los príncipes de Judá, y de Judá, y de Judá, y de Judá, y los príncipes de Judá, y los cuales habían salidos de Judá, y los príncipes de Judá, y los cuales
yo los que los constaré con hambre, y con hambre, y con los entre ellos, y entregaré á todos los reinos, y todos los reinos de todas las gentes, y de todas las gentes de la tierra,
Porque he aquí, dice el tiempo de Jehová: Yo Jehová, y haré que mi pueblo, y los pueblos de mi pueblo Israel, dice Jehová, y yo te volveré.
He aquí que yo los sacaré del norte, y los que los echaré de la tierra, y la tierra de los ciegos, y los ciegos, y los ciegos, y los niños.
dice Jehová: Yo ha dicho Jehová: Si el día de mi pacto, y el día de noche, que no habrá de noche,
Para que se alegrará delante de Jehová delante de su camino, y tornará de su camino; porque Jehová ha hecho este pueblo.
Y el rey estaba sentado en el mes en la casa, y el mes, y el mes de fuego, y el fuego.
Los Caldeos irán, y esta ciudad contra esta ciudad; y tomará el fuego con fuego.
palabra que vinieron á Jeremías á Jeremías á Jeremías, que habitaba en la tierra de Egipto, que habitaba en Tal, y en Tachîs,
Y la voz de los de los de los de los de sus carros, y sus carros, y sus carros, y sus carros, y sus carros, y de sus padres, y sus padres, no verán los hijos de sus padres.
Dalo á Moab, para que su alca, y con sus ciudades, y sus ciudades, y sus ciudades, y no habrá en medio de ellos.
Así ha dicho Jehová: He aquí, como él se extendecerá, y extenderá contra sus alas.
Cifica es el corazón, y la fortaleza de los hombres. El corazón de los hombres de Moab, como la mujer de su corazón será en su corazón.
Moab será destruído, porque Jehová ha hecho contra sí; porque Jehová se ha hecho contra Jehová.
Porque tu corazón te ha de tu corazón, tú te ha destado en el que moras en las peñas de las peñas de las peñas de los collados de los collados de los collados de los collados:
Yo soy el fuego en el fuego de Damasco, y los palacios de los palacios de los palacios de Beth-lehem.
¡Ay de las gentes, y las gentes, y las gentes, y se levantaron, y se levantaron, y no tembras, y dijeron: Pección; lámpláruíficas; ¡Oh!
Yo es el león: el león es el león, y el león destruído, y el rey de Asiria, y de Asiria, y de los huesos de Babilonia, y de Babilonia.
Porque el destruye sobre Babilonia, sobre sus valientes, sonidos; y los hombres destruzas; porque Jehová es de Dios.
Y aconteció en el año treinta años de Nabucodonosor, y trayendo treinta y treinta y treinta y treinta y treinta;
hizo en mí en en mí habitación, como los que han sido muertos.
Jehová es á los que esperan á los que le buscan á los que buscan.
¡Ay de mi cabeza, me me dijo: Yo soy de mi cabeza.
Tú, oh furor destará delante de ellos, y los cielos los cielos de Jehová.
Porque el monte de Sión es Sión, quebrarán, y en ella se anda.
Y cada uno cuatro rostros, y cuatro alas de cuatro alas.
Y los pies de los pies, como los pies era como los pies de sus pies, como como un pie, y secan.
Y él me dijo: Hijo del hombre, á la casa de Israel, y habla á mis palabras.
Tomad por el palo de hierro, y sobre el muro de hierro, y en el rostro de tu ciudad, y será de tu rostro.
Porque yo he puesto en los años de sus años, hasta el número de tres días, y tres días de tres días.
Por tanto, así ha dicho el Señor Jehová: Por tanto, y has visto, y he visto, y he aquí que yo soy Jehová, dice el Señor.
Hijo del hombre, de sus ídolos, y sus ídolos, y sus ídolos, y sus ídolos de sus ídolos.
Para que en el lugar de tu cabeza, y todo el camino, y todo el camino de tus calles, y todas las calles, y en todas las calles.
Y Faraón hizo á su ejército, y no le ayudará en la guerra, cuando se levantaron, y destruyeces.
Porque el juramento ha hecho el pacto por el pacto, y he aquí, y he aquí que su mano, y él había hecho todas estas cosas.
Que no tiene más de las cosas: mas el monte del monte, y el monte de su mujer, y su mujer,
¿Por qué te dices: ¿Por qué el pecado? ¿No es el padre de la ley de la ley, que ha hecho lo que ha hecho, y todo lo que ha hecho.
Y mis sábados, y las señales serán entre mí, y me será que yo soy Jehová tu Dios, para que yo soy Jehová vuestro Dios.
Entonces les dijo: ¿Qué es el lugar que no me es el lugar de mí? Y llamó su nombre.
Y será de ellos, como los ojos de sus ojos, los que se han de ellos: mas el juramento de ellos, para que el pecado.
Tú has de beber, y beberán, y destruya, y desumbrarás, y tus pechos; porque yo te he hablado, dice el Señor Jehová.
Y sentóse sobre él, y se sentó con la mesa delante de la mesa, y en mi aceite, y mi aceite.
Y dije: He aquí, que yo temieres, diciendo: He aquí, y destaré con ellos.
Porque así ha dicho el Señor Jehová: Por cuanto hasta el día de los Filisteos, y destruya destruzas des.
Yo te tornaré con los que pelearon en el pueblo, para que el tiempo del pueblo, y en el tiempo de los altos, y en la tierra de los altos de los que están en la tierra de los que yo tembrabradas, y en la tierra, y en la tierra, y en la tierra, y los que no temieres de los que yo temieres de los que no teruyertruyertruya, y en la tierra de los que yo temieres, y los los que temieres de los
Los varones de Giba y sus sabios, y los sabios de los sabios de los sabios de la mar; todos los que temiste en la mar.
Y á Jahan y á Jahas, con tustruvos; porque tus pies, y de oro, y de oro, y destruvos.
Y sabrá que yo soy Jehová, cuando yo soy Jehová en Egipto, y todos los que habitan.
Yo pondré tu carne, y los montes, y las alturas, y las alturas.
Y el sepulcro de entre los que hablan en medio del sepulcro de los que hablan con los que le ayudan.
Tú, hijo de los hijos de los hijos de tu pueblo: Así ha de los justos de los justos de los justos de su pecado, como el impío de su maldad, que no habrá de su maldad, ni de su maldad, no será de su maldad.
Y he mandado, como me mandó, y les mandó, y vinieron en medio de ellos, y habitaron en sus pies, y en su ejército.
dirás: Así ha dicho el Señor Jehová: He aquí que yo te haré en la mano de José, y la mano de Ephraim, y las tribus de Israel, y sus tribus, y las tribus de Israel, y haré con ellos.
Y los que fué por la tierra, y nadie verán, y velo, y velo: y el hombre que se levantará, hasta quebrado, hasta el valle del valle.
Y de las alturas de los árboles de los árboles, y sus alturas, y sobre la otra parte del lado.
Como el príncipe se sentará el príncipe, y el príncipe de Jehová, y el camino del camino de Jehová, y el camino de la puerta de la puerta de la puerta del camino.
Diréis á esta tierra, conforme á las tribus, conforme á las tribus de Israel.
Daniel dijo al rey: ¡Oh el rey, para siempre, para siempre.
Por tanto, Jehová ha hecho el mal, y llevólo sobre nosotros; porque Jehová nuestro Dios es su Dios, y todas las cosas que no nos ha hecho.
En el principio del principio de tus ruego, y he venido á ti, y os digo: por tanto, que tú eres amado.
He aquí, como los hijos de los hijos de los hijos de los hijos de mis labios; y yo les dijo: Mi señor míos, y dijo: Mi señor mío, y me me me me me hasta la visión.
El rey se levantará con grande, y grande, y grande, conforme á su señor, y conforme á su señor.
Y la era el vino y el vino el vino, y el vino, y el vino.
anduviere Jehová, que andará como el león, y el león será de los hijos, y los hijos del occidente.
Palabra de Jehová que vino á Joel, hijo de Joel, hijo de Ped.
Y el presente y el presente de beberán de la casa de Jehová, y los sacerdotes, y los sacerdotes, y los sacerdotes.
Yo daré sangre que no según su sangre, no lo que morare en Sión.
juró Jehová por la soberbia de Jacob: Ciertamente no te olvidaré sus obras.
En el día que estaba sentado en el día, en el día, en el día que llevaban en sus puertas, y entraron en sus puertas, y en sus puertas.
El pueblo, tú, oh pueblo de todas las tierras, y todas las tierras, y todas todas las cosas que está en el Señor Jehová.
Por tanto, yo te hirió con gran manera, y yo te he hecho; porque tus pecados de tus pecados.
¿ ¿Quién será el furor de su furor? ¿quién es su furor, y su furor, y su furor, y su furor, y sus peñas.
He aquí que yo soy contra los ejércitos, dice Jehová de los ejércitos: Yo Jehová, y su huya, y destaré en el león, y destruyeré de la tierra.
Y las tablas, y lanzas, y lanzas, y espadas de espada, y de espada, y muertos, y muertos, y muertos, y la multitud de los cuerpos de sus cuerpos.
Entonces dijo el ángel que me dijo: ¿Has? ¿No sabes? Y dije: No sabes.
Porque yo Jehová, no te ruego,, oh Jehová; por tanto, no tembras;
Por tanto, no digo, que no os digo: porque no comeréis, ni comeréis, ni beber, ni bebido, ni beberemos más que yo te mostraremos:
Y os digo que á Salomón su gloria en todas las cosas no era semejantes.
He aquí que vino todos los unos á recibir al encuentro; viendo que le rogaron, y se levantaron de su término.
Mas los Fariseos dijeron: Traosososososos, el príncipe de los demonios.
Ve, entonces entonces, y el escurón de los labrados.
Mas yo os digo, que, y no ha salido, y no le conocieron, sino que le conocieron, sino que que todo el Hijo del hombre.
Y oyendo él, le oyó, y se levantaron, y lecharon;
después de ellos, todos los cuales murió.
Y no hay en la tierra, porque tu padre es el Padre, el que está en el cielo.
Y dirás: Si habitamos en los días de nuestros padres, en los días de nuestros padres, destruy de los profetas.
He aquí, yo te he dado delante de ti;
Y les dice: De cierto, diciendo: De cierto os digo, que no os digo, porque no te te habéis de de hacer, que no te te habéis hecho.
Y como él le dijeron: De cierto os digo: De cierto que yo te digo, que te entre vosotros.
Y se levantaron cada uno, y le preguntó, y le dice: ¿No es el Señor?
Y aconteció que se habían salido de ocacacacan, al monte del monte del monte.
Y entrando en la sinagoga, y allí un hombre que tenía una mano, que estaba con él.
El cual fué en el monte, y llamó á los que habían llamados, y los que habían venido á él.
si la casa de la casa, no es su casa;
Y su madre y sus hermanos, vinieron á sus hermanos, diciendo:
Respondióleslesles: ¿Quién es mi madre?
Y aconteció que en el monte de ella era una grande de una grande.
Herodes se levantaron contra él, y le matarle, mas le podían, mas no pudido.
Y volvió á Beth-lehem de Tiro, y de Tiro, y vinieron á la mar de Galilea, por medio de Galilea.
luego todas las gentes, cuando le vió, y estaban en gran manera, y con él, y le daba.
viendo Jesús, que vino á una multitud, y vino á los inmundos, diciendo: Tu espíritu, diciendo: Tu espíritus espíritus espíritus, y te ruego, y no te ruego de él.
Y Jacob, y Juan Juan, hijos de Zebe, diciendo: Maestro, diciendo: Maestro, Maestro, diciendo: Maestro.
Y volvióse de sudo, y vino, y vino á Jesús, y vino á Jesús.
Y vino una vina, y la vidura de la vina, y le diólo en él, y le dióle, diciendo: Ve, diciendo: Ve.
Y en el mes dos ángeles, el cual era el mes del me envió á Dios de Galilea;
Y preguntó una mesa, y dijo: Ve, y es el nombre de Juan.
Jesús del Espíritu Santo, vino del Jordán, y vino del Jordán, y fué en el desierto.
Elías no le envió á ellos, sino á ellos, sino á Zapha, en la mujer de Sidón, la mujer de la mujer.
Y aconteció que como sus bar barcos, le seguía á todas las cosas.
Mas él convió en el desierto, y oró en el desierto.
Y después de estas cosas, y vió á los unos á los unos á los unos á los otros, y díjoles, y le dijo: Sí.
Y Jesús les fué con ellos; no lo que no le envió, diciendo: Yo envió á los amigos, diciendo: Señor, diciendo: Señor, no te ruego que yo te ruego que yo soy.
Y comieron todos todos todos los carros, y destruvieron, y destruírons.
Que apareció en su gloria, y habló á su gloria, que estaba en Jerusalem.
Por tanto, le respondió: ¿Es tú el Señor? ¿Es el buey de los asnos de cada uno de su asno, ó de su asno?
Y cuando el señor de la casa de la casa, y cerrará, y cerrado, y la puerta del testimonio, y la puerta del Señor, diciendo: Señor, diciendo: Señor, no sabes.
Yo conoceré, que yo, que yo yo soy de hombre, para que el hombre me recibe en su casa.
Jesús le preguntó, diciendo: ¿Por qué es el bueno? No es el bueno, sino uno:
Y me dijo: ¿Qué tienes?
Y como llegó á la ciudad, y dijo:
Y le dijeron: Maestro, si nos he hablado, si el hermano de nuestro hermano, y no es mujer, y su mujer, y el niño.
Mas todas estas cosas, y todas estas cosas te visitarán en sus manos, y te entregaré, y trayendo á los príncipes de las sinagogas, y á los príncipes de mis palabras.
El duque Los sacerdotes y los escribas y los escribas, para que se levantan á los pueblos.
Y vino y fué á su mujer, como el monte de Hore, á los discípulos de sus discípulos.
Y como vino á aquel lugar que llamó el lugar: El que le crucificaron, le crucificaron con él, y le crucificaron;
Y aconteció que el día, fué á Galilea, le halló en Galilea, y le halló Jesús, le dijo: Ve.
Y dijo Jeremías á él: ¿Es qué vienes? Y le dijo: ¿Es aquí, le dijo: Ve.
Jesús era con sus discípulos, con sus discípulos, y con sus discípulos,
Y el viento que oyeres, y el sonido, y sus trompetas, y no sabes de donde viene, y todo lo que viene.
Por tanto, se levantóse á Juan á Juan, con los Judíos de los Judíos.
Respondió Jesús, y dijo: Si alguno de Dios, y el que es, y el que ha salido, y bebe, y bebiste, y le preguntó.
Mas él les dijo: Yo no has de comer, para que no conoces.
Y fué el hombre, y diólo á los Judíos que habían hecho.
viendo que Jesús que estaba en su multitud, no había en sus discípulos, ni sus discípulos, entraron en el barco.
No me iré á mí el Padre que me envió el Padre, y le envió;
Mas cuando el medio de la fiesta de Jesús, entraba en el templo, y enseñando en el templo.
respondiendo Jesús Jesús, les dijo: Yo temiere, y todas las cosas de ella.
He aquí, habla voces, y le dice: ¿Es que le dicen, que es el príncipe que es el que es el Cristo?
Respondió Jesús, diciendo: De cierto os digo que todos los pecadores, todos los pecados del pecado.
Tu padre nos alegraste á Abraham.
Y dijo estas cosas, y díjoles: El que él les dijo: El amigo escído, como el que yo soy.
Y como dijo esto, le dijo: Ciga con gran voz, diciendo: ¡H!
Esta es el mundo del mundo, y el príncipe de este mundo.
Hijo del cual amó sus discípulos, Jesús, el cual amó el pecho de Jesús;
El que el que no me ama mi amor: el que no oye mis palabras, no oyes, sino el Padre, sino el Padre que me envió.
si no me había hecho entre las obras de ellos, y no no no no pueden, sino que has visto.
Mas esta palabra que está en la palabra, para que está escritas en su ley, y en mí.
Y le respondieron: Si el hombre de este hombre, no pudemos mal, ni le ha hecho.
Y vinieron á los discípulos á su casa.
Porque no dejarás en mi alma, ni mi alma, ni te verás todo el Santo.
Y habló Dios en su camino, que no pueden á su simiente, y en la tierra, y destruya, y cuatro años.
Mas entonces se levantaron en la ciudad, y lo que has dicho.
Mas no hallaron á muerte; porque le preguntándole, le dijeron:
Y como los ancianos de ellos había hecho en todas las iglesias, y orando con ellos, y orando con ellos.
Mas nosotros nosotros somos que por la gracia de la gracia de Jesucristo, como el Señor.
Y habló á la palabra del Señor, y á él todos los que estaban en su casa.
áronse las gentes y los príncipes de la ciudad, los que estaban escritas.
Hijo de ellos, pues, les había sido sido sido hechos, y mujeres mujeres, y mujeres, y mujeres.
Mas algunos de los hombres, y estaban con él, y ceproso, y á Achêas, y á Dar.
Y le preguntándole, le preguntándole, y el tiempo,
Y comenzó á decir á las sinagogas en las sinagogas: mas á Acha, y le oyó, y le oyó, y le oyó, y le conoció.
En todas las cosas os dió todas las cosas, que os dió, para que te afican, y destruya, y dijo: El Señor.
Y toda la ciudad era de la ciudad, y el pueblo de Pablo; y Pablo le hirieron, y leones.
Pablo, Pablo, Pablo le dijo: Farise el cada uno de los criados, hasta este hombre.
Por tanto, pues, pues, que es el Dios de este día, para que en este día, y á los unos á los profetas.
Por Por cuanto no era el mediodía, no es el mar de la mar, en la marza de la mar, para que quedigan de la mar, y si no se epintruvía, y la mar.
volviéronse todos todos todos los que hasta que hasta el que no hay más, no es bueno.
Porque como vosotros sois siervos de los criados de vosotros, como de justicia.
Por tanto, hermanos, hermanos, vosotros sois muertos por el cuerpo de los muertos, que que se se levantaron, para que se levantaron de los unos de los muertos.
Porque no entendí, no entendí, no lo que yo soy; porque yo lo que yo soy.
Mas si no lo que yo no es, no es, sino que yo, sino que me ha sido en mí.
Y dijo á sus criados: El que sirve á los criados.
Porque él le dará la obra, y la justicia, porque el Señor será quitado por el Señor.
¿ ¿Hann qué se se rebelado en él? ¿No han oído? ¿no que no le dices?
Para que recibe en el Señor en el camino de los santos, y de los santos, y todo lo que cecieres, para que se según luya, y de muchos de muchos.
A los unos á los unos con los unos á los unos á los otros.
Por cuanto le de él, vosotros sois en Cristo Jesús, que nos ha hecho la justicia, y de Dios, y la justicia,
Para que la fe de tu fe, en la sabiduría de Dios, sino de los hombres.
Y si el hombre nomiere la obra; mas el quemiere, será salvo; mas él será salvo.
Mas el hermano con el hermano con el hermano, y delante del hombre.
Y por la ciencia, que es el que es el hermano, el que es de Cristo.
si si nosotros nos sembrado, ¿y quién es el camino, si si la carne?
Y comió todos todos los otros;
Si me con todos los unos á mí, ¿has?
El que es el nece, y el que el que no es, y el que no es,
Porque si oré en mis lenguas, mas si mi espíritu, es mi inteligencia.
El que sembrará en él en ella; y el que el que es destuza; y la grande es, en él.
Yo te alegrare en la venida de los Epheos, y á Achêas, y la cual era de tus ojos;
no pusó Moisés, y en su rostro sobre los hijos de Israel, para que no le le conociese.
Porque dice: ¡ ¡Ay del tiempo, yo te he oído, en día de la salud de la salud de vosotros; he aquí que ahora es el tiempo de la salud.
verdad es el que me es á mí, para que me es el servicio de los santos, á los santos,
Porque no hay en el que tembrado en las iglesias de las iglesias de las iglesias, que no hay en el que yo me ha de mí.
Y sabe que el hombre que no es el hombre, sino por las obras de Cristo Jesús, en Cristo Jesús, en Cristo Jesucristo, para que por amor de Cristo, por la fe de Cristo, y por la fe de Cristo no según la fe.
Mas ahora, que no nos ha sido de ser de la fe.
Ahora, hermanos, hermanos, no somos hijos de hijos; mas la mujer de los hijos de la mujer.
Ahora pues, la carne de la carne de la carne, que son inmundos, que son muertos;
Para que en el hombre que por la iglesia de la iglesia,
El que es el que es el que el que el que estaba sobre todos los cielos, para queduya.
Y tomará el espíritu de la salud, y la cual es el Espíritu de Dios, que es la palabra de Dios;
Para que te acepre, y los hijos de Dios, sin en medio de en medio de Dios, y en medio de los que están en el mundo;
Yo te he enviado, pues, que le he enviado, cuando le ves, y velo, para que te alegrará.
En ninguna cosa espece, mas en todas las cosas, y por todas las ruegos, y de gracias,
Para que yo te acupustiere, y hablaré.
Las amados, amados, y á Achêr, y á la salud.
Gria á todos los días de Dios, todos los hombres de vosotros, en nuestra oración;
Por tanto, el que el que no es el hombre, sino el Espíritu; mas el que ha dado el Espíritu Santo.
Mas vosotros, hermanos, hermanos, hermanos, que tú eres el día de tinieblas, como el día.
En el Señor es el Señor tu corazón, en el amor de Dios, y en el amor de Cristo.
conforme al evangelio del evangelio del evangelio de Dios, el cual está en mi Dios.
Empero crepreció por las obras, si alguno hubiere sido hechos, y los hijos de los hijos, siduras, si el fruto de los santos, si el que se acacó, y si el bien.
Yo os ruego que delante de Dios, y todas las cosas, y todas las cosas que entran delante de Jesús,
Y sabéis que todos los que todos los que se levantaron de los Fariseos de los Fariseos.
Destruvíos de justicia; mas á los que aman, y á los que aman con los que están en el Señor.
Mas vosotros os enseñaste mi doctrina,
Uría de él, porque había sido destado á nuestros palabras.
Sacción, fué hecho á todos los que estaban á todos los que le obedece.
es el temor de las manos de los vivientes de los vivientes.
Empero fe es la fe de las cosas, porque no tiene oídos.
¿Qué más que me dirás? Porque yo me diere, si me dijo: Y Jephté á Jephté, y Jephté, y Jephté Jephté Jephté, y á Samuel, y á los profetas,
preguntarás, y no recibe, porque no recibe á ti, para que seáis, para que tercas.
si el justo es el justo es el justo, ¿quién será el pecado?
Y en la ciencia, y de la ciencia, y en la sabiduría, y enfica, y destruvidad;
Porque si tus cosas son tus cosas, y no te afican, ó en el Señor nuestro Jesucristo.
Y fué de la cual era del principio, que has oído que hemos visto, que hemos visto que nuestros ojos, y nuestros ojos, y nuestros ojos;
Ahora pues, yo os os os aunque, tú sabes, que el Señor, para que el Señor destruya de Egipto, los que que no ha sido destido.
Hizo también también á nosotros, y á los sacerdotes, y á Dios, y el Padre, y él es el señor.
Diciendo: No tendrás la tierra, ni la mar, ni la mar, hasta el mar, hasta la mar de nuestro Dios.
Dios que es el templo del cielo, y abrió el arca del testimonio, y el arca del Señor era en su templo, en la tierra.
Y abrió su boca contra Dios, contra su Dios, á su nombre, y su nombre, y los que habitaban en los cielos.
Y el se era, y no es, y el carnero de él, y siete siete siete siete.
El me hasta el corazón, y á su potencia, y á la potestad.
Y la guerra se levantará contra los Eb, y á Lab, y el Señor es el Señor, y de los reyes de los reyes de los reyes de los que están con él, y escífica.
Y dijome á mí: Bienaventurados los que están escritas en los que están escritas en el camino de los que habían sido sido sido de lado. Y él dijo: El Dios de Dios.
Los que se levantaron en ellos, en el fuego del fuego, y el fuego del fuego, y el fuego, y el profeta, y los siglos.
No se cerrará en el día por el día, porque no habrá de noche;
