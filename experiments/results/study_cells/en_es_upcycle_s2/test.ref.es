Y sean por lumbreras en la expansión de los cielos para alumbrar sobre la tierra: y fué así.
Y dijo Dios: Produzcan las aguas reptil de ánima viviente, y aves que vuelen sobre la tierra, en la abierta expansión de los cielos.
Y el nombre del tercer río es Hiddekel: éste es el que va delante de Asiria. Y el cuarto río es el Eufrates.
Y la mujer respondió á la serpiente: Del fruto de los árboles del huerto comemos;
Y fueron todos los días de Jared novecientos sesenta y dos años; y murió.
Fueron, pues, todos los días de Mathusalam, novecientos sesenta y nueve años; y murió.
Y envió al cuervo, el cual salió, y estuvo yendo y tornando hasta que las aguas se secaron de sobre la tierra.
Y bendijo Dios á Noé y á sus hijos, y díjoles: Fructificad, y multiplicad, y henchid la tierra:
Y vivió Nachôr, después que engendró á Thare, ciento diecinueve años, y engendró hijos é hijas.
Y tomó Abram á Sarai su mujer, y á Lot hijo de su hermano, y toda su hacienda que habían ganado, y las almas que habían adquirido en Harán, y salieron para ir á tierra de Canaán; y á tierra de Canaán llegaron.
Y será que cuando te habrán visto los Egipcios, dirán: Su mujer es: y me matarán á mí, y á ti te reservarán la vida.
¿No está toda la tierra delante de ti? Yo te ruego que te apartes de mí. Si fueres á la mano izquierda, yo iré á la derecha: y si tú á la derecha, yo iré á la izquierda.
Y Abraham replicó y dijo: He aquí ahora que he comenzado á hablar á mi Señor, aunque soy polvo y ceniza:
Y dijo Abraham de Sara su mujer: Mi hermana es. Y Abimelech, rey de Gerar, envió y tomó á Sara.
Y habitó en el desierto de Parán; y su madre le tomó mujer de la tierra de Egipto.
Y llamó Abraham el nombre de aquel lugar, Jehová proveerá. Por tanto se dice hoy: En el monte de Jehová será provisto.
E inclinéme, y adoré á Jehová, y bendije á Jehová, Dios de mi señor Abraham, que me había guiado por camino de verdad para tomar la hija del hermano de mi señor para su hijo.
Y exhaló el espíritu, y murió Abraham en buena vejez, anciano y lleno de días, y fué unido á su pueblo.
Y no le conoció, porque sus manos eran vellosas como las manos de Esaú: y le bendijo.
Y he aquí, Jehová estaba en lo alto de ella, el cual dijo: Yo soy Jehová, el Dios de Abraham tu padre, y el Dios de Isaac: la tierra en que estás acostado te la daré á ti y á tu simiente.
Y concibió Lea otra vez, y parió el sexto hijo á Jacob.
Y dijo: Señálame tu salario, que yo lo daré.
Y él dijo: ¿Qué te daré? Y respondió Jacob: No me des nada: si hicieres por mí esto, volveré á apacentar tus ovejas.
Huyó, pues, con todo lo que tenía; y levantóse, y pasó el río, y puso su rostro al monte de Galaad.
Y vino Dios á Labán Arameo en sueños aquella noche, y le dijo: Guárdate que no hables á Jacob descomedidamente.
Y ella dijo á su padre: No se enoje mi señor, porque no me puedo levantar delante de ti; pues estoy con la costumbre de las mujeres. Y él buscó, pero no halló los ídolos.
Doscientas cabras y veinte machos de cabrío, doscientas ovejas y veinte carneros,
Y Hamor habló con ellos, diciendo: El alma de mi hijo Sichêm se ha apegado á vuestra hija; ruégoos que se la deis por mujer.
Y partió Israel, y tendió su tienda de la otra parte de Migdaleder.
El respondió: Yo te enviaré del ganado un cabrito de las cabras. Y ella dijo: Hasme de dar prenda hasta que lo envíes.
Venida la mañana, los hombres fueron despedidos con sus asnos.
Que ya ha habido dos años de hambre en medio de la tierra, y aun quedan cinco años en que ni habrá arada ni siega.
Y habitarás en la tierra de Gosén, y estarás cerca de mí, tú y tus hijos, y los hijos de tus hijos, tus ganados y tus vacas, y todo lo que tienes.
Y he aquí, vuestros ojos ven, y los ojos de mi hermano Benjamín, que mi boca os habla.
Y los hijos de Nephtalí: Jahzeel, y Guni, y Jezer, y Shillem.
En su secreto no entre mi alma, ni mi honra se junte en su compañía; que en su furor mataron varón, y en su voluntad arrancaron muro.
Y llegaron hasta la era de Atad, que está á la otra parte del Jordán, y endecharon allí con grande y muy grave lamentación: y José hizo á su padre duelo por siete días.
Hicieron, pues, sus hijos con él, según les había mandado:
He aquí, el pueblo de los hijos de Israel es mayor y más fuerte que nosotros:
Entonces Séphora cogió un afilado pedernal, y cortó el prepucio de su hijo, y echólo á sus pies, diciendo: A la verdad tú me eres un esposo de sangre.
Y Amram tomó por mujer á Jochêbed su tía; la cual le parió á Aarón y á Moisés. Y los años de la vida de Amram fueron ciento treinta y siete años.
Y Jehová dijo á Moisés: Di á Aarón: Toma tu vara, y extiende tu mano sobre las aguas de Egipto, sobre sus ríos, sobre sus arroyos y sobre sus estanques, y sobre todos sus depósitos de aguas, para que se conviertan en sangre, y haya sangre por toda la región de Egipto, así en los vasos de madera como en los de piedra.
Entonces los magos dijeron á Faraón: Dedo de Dios es este. Mas el corazón de Faraón se endureció, y no los escuchó; como Jehová lo había dicho.
Mas Faraón agravó aún esta vez su corazón, y no dejó ir al pueblo.
Porque si no lo quieres dejar ir, y los detuvieres aún,
Y levantóse aquella noche Faraón, él y todos sus siervos, y todos los Egipcios; y había un gran clamor en Egipto, porque no había casa donde no hubiese muerto.
Y los Egipcios apremiaban al pueblo, dándose priesa á echarlos de la tierra; porque decían: Todos somos muertos.
E hizo Moisés que partiese Israel del mar Bermejo, y salieron al desierto de Shur; y anduvieron tres días por el desierto sin hallar agua.
Y dijo Moisés: Comedlo hoy, porque hoy es sábado de Jehová: hoy no hallaréis en el campo.
He aquí yo envío el Angel delante de ti para que te guarde en el camino, y te introduzca en el lugar que yo he preparado.
Y levantóse Moisés, y Josué su ministro; y Moisés subió al monte de Dios.
Aceite para la luminaria, especias para el aceite de la unción, y para el sahumerio aromático;
Y lo has de poner dentro del cerco del altar abajo; y llegará el enrejado hasta el medio del altar.
Y tomarás las vestiduras, y vestirás á Aarón la túnica y el manto del ephod, y el ephod, y el racional, y le ceñirás con el cinto del ephod;
Y la mesa, y todos sus vasos, y el candelero, y todos sus vasos, y el altar del perfume,
Y tú hablarás á los hijos de Israel, diciendo: Con todo eso vosotros guardaréis mis sábados: porque es señal entre mí y vosotros por vuestras edades, para que sepáis que yo soy Jehová que os santifico.
El tabernáculo, su tienda, y su cubierta, y sus anillos, y sus tablas, sus barras, sus columnas, y sus basas;
Y lo ha henchido de espíritu de Dios, en sabiduría, en inteligencia, y en ciencia, y en todo artificio,
Y Moisés llamó á Bezaleel y á Aholiab, y á todo varón sabio de corazón, en cuyo corazón había dado Jehová sabiduría, y á todo hombre á quien su corazón le movió á llegarse á la obra, para trabajar en ella;
La longitud de la una cortina era de treinta codos, y la anchura de cuatro codos: las once cortinas tenían una misma medida.
Y engastaron en él cuatro órdenes de piedras. El primer orden era un sardio, un topacio, y un carbunclo: este el primer orden.
Puso asimismo la cortina de la puerta del tabernáculo.
Y sazonarás toda ofrenda de tu presente con sal; y no harás que falte jamás de tu presente la sal de la alianza de tu Dios: en toda ofrenda tuya ofrecerás sal.
Cuando una persona pecare, é hiciere prevaricación contra Jehová, y negare á su prójimo lo encomendado, ó dejado en su mano, ó bien robare, ó calumniare á su prójimo;
Y de toda la ofrenda presentará una parte por ofrenda elevada á Jehová, y será del sacerdote que rociare la sangre de los pacíficos.
Y púsolo todo en las manos de Aarón, y en las manos de sus hijos, é hízolo mecer: ofrenda agitada delante de Jehová.
Y pusieron los sebos sobre los pechos, y él quemó los sebos sobre el altar:
Estos comeréis de ellos: la langosta según su especie, y el langostín según su especie, y el aregol según su especie, y el haghab según su especie.
No ensuciéis vuestras personas con ningún reptil que anda arrastrando, ni os contaminéis con ellos, ni seáis inmundos por ellos.
Y si no alcanzare su mano lo suficiente para un cordero, tomará entonces dos tórtolas ó dos palominos, uno para holocausto, y otro para expiación: y el sacerdote hará expiación por ella, y será limpia.
Después tomará los dos machos de cabrío, y los presentará delante de Jehová á la puerta del tabernáculo del testimonio.
La desnudez de tu padre, ó la desnudez de tu madre, no descubrirás: tu madre es, no descubrirás su desnudez.
Y cualquiera que durmiere con su nuera, ambos han de morir: hicieron confusión; su sangre será sobre ellos.
Asimismo, cuando alguno ofreciere sacrificio de paces á Jehová para presentar voto, ú ofreciendo voluntariamente, sea de vacas ó de ovejas, sin tacha será acepto; no ha de haber en él falta.
Y pusiéronlo en la cárcel, hasta que les fuese declarado por palabra de Jehová.
Mas el sábado de la tierra os será para comer á ti, y á tu siervo, y á tu sierva, y á tu criado, y á tu extranjero que morare contigo:
Y cuando vendiereis algo á vuestro prójimo, ó comprareis de mano de vuestro prójimo, no engañe ninguno á su hermano:
Y si el que santificó la tierra quisiere redimirla, añadirá á tu estimación el quinto del dinero de ella, y quedaráse para él.
No mirará si es bueno ó malo, ni lo trocará: y si lo trocare, ello y su trueque serán cosas sagradas; no se redimirá.
Y su hueste, con los contados de ellos, treinta y dos mil y doscientos:
Y los hijos de Leví fueron estos por sus nombres: Gersón, y Coath, y Merari.
Y los contados de ellos conforme á la cuenta de todos los varones de un mes arriba, fueron seis mil y doscientos.
Y tomarán todos los vasos del servicio, de que hacen uso en el santuario, y los pondrán en un paño cárdeno, y los cubrirán con una cubierta de pieles de tejones, y los colocarán sobre unas parihuelas.
No entrarán para ver, cuando cubrieren las cosas santas; que morirán.
Los contados de ellos por sus familias, por las casas de sus padres, fueron dos mil seiscientos y treinta.
Por su padre, ni por su madre, por su hermano, ni por su hermana, no se contaminará con ellos cuando murieren; porque consagración de su Dios tiene sobre su cabeza.
Y para sacrificio de paces, dos bueyes, cinco carneros, cinco machos de cabrío, cinco corderos de un año. Esta fué la ofrenda de Elisur, hijo de Sedeur.
Y para sacrificio de paces, dos bueyes, cinco carneros, cinco machos de cabrío, cinco corderos de un año. Esta fué la ofrenda de Eliasaph, hijo de Dehuel.
Un macho cabrío para expiación;
Ahora bien, el Amalecita y el Cananeo habitan en el valle; volveos mañana, y partíos al desierto, camino del mar Bermejo.
Y si una persona pecare por yerro, ofrecerá una cabra de un año por expiación.
Y Moisés se levantó, y fué á Dathán y á Abiram; y los ancianos de Israel fueron en pos de él.
Entonces los hijos de Israel hablaron á Moisés, diciendo: He aquí nosotros somos muertos, perdidos somos, todos nosotros somos perdidos.
Porque á los Levitas he dado por heredad los diezmos de los hijos de Israel, que ofrecerán á Jehová en ofrenda: por lo cual les he dicho: Entre los hijos de Israel no poseerán heredad.
Y llegaron los hijos de Israel, toda la congregación, al desierto de Zin, en el mes primero, y asentó el pueblo en Cades; y allí murió María, y fué allí sepultada.
Por tanto se dice en el libro de las batallas de Jehová: Lo que hizo en el mar Bermejo, y en los arroyos de Arnón:
Y tomó Israel todas estas ciudades: y habitó Israel en todas las ciudades del Amorrheo, en Hesbón y en todas sus aldeas.
Y él tomó su parábola, y dijo: De Aram me trajo Balac, rey de Moab, de los montes del oriente: ven, maldíceme á Jacob; y ven, execra á Israel.
¿Quién contará el polvo de Jacob, o el número de la cuarta parte de Israel? Muera mi persona de la muerte de los rectos, y mi postrimería sea como la suya.
Y el día tercero, once becerros, dos carneros, catorce corderos de un año sin defecto;
Y sus presentes y sus libaciones con los becerros, con los carneros, y con los corderos, según el número de ellos, conforme á la ley;
Y Moisés los envió á la guerra: mil de cada tribu envió: y Phinees, hijo de Eleazar sacerdote, fué á la guerra con los santos instrumentos, con las trompetas en su mano para tocar.
He aquí ellas fueron á los hijos de Israel, por consejo de Balaam, para causar prevaricación contra Jehová en el negocio de Peor; por lo que hubo mortandad en la congregación de Jehová.
Y partidos de Rissa, asentaron en Ceelatha.
O bien, sin verlo, hizo caer sobre él alguna piedra, de que pudo morir, y muriere, y él no era su enemigo, ni procuraba su mal;
Y la congregación librará al homicida de mano del pariente del muerto, y la congregación lo hará volver á su ciudad de acogimiento, á la cual se había acogido; y morará en ella hasta que muera el gran sacerdote, el cual fué ungido con el aceite santo.
Y no contaminaréis la tierra donde estuviereis: porque esta sangre amancillará la tierra: y la tierra no será expiada de la sangre que fué derramada en ella, sino por la sangre del que la derramó.
Y llegasteis á mí todos vosotros, y dijisteis: Enviemos varones delante de nosotros, que nos reconozcan la tierra y nos traigan de vuelta razón del camino por donde hemos de subir, y de las ciudades adonde hemos de llegar.
Entonces os dije: No temáis, ni tengáis miedo de ellos.
Y Jehová me dijo: No molestes á Moab, ni te empeñes con ellos en guerra, que no te daré posesión de su tierra; porque yo he dado á Ar por heredad á los hijos de Lot.
A mí también me mandó Jehová entonces enseñaros los estatutos y derechos, para que los pusieseis por obra en la tierra á la cual pasáis para poseerla.
Sino porque Jehová os amó, y quiso guardar el juramento que juró á vuestros padres, os ha sacado Jehová con mano fuerte, y os ha rescatado de casa de siervos, de la mano de Faraón, rey de Egipto.
Solamente de tus padres se agradó Jehová para amarlos, y escogió su simiente después de ellos, á vosotros, de entre todos los pueblos, como en este día.
Amaréis pues al extranjero: porque extranjeros fuisteis vosotros en tierra de Egipto.
Y el somormujo, y el calamón, y el corvejón,
No vestirá la mujer hábito de hombre, ni el hombre vestirá ropa de mujer; porque abominación es á Jehová tu Dios cualquiera que esto hace.
No sembrarás tu viña de varias semillas, porque no se deprave la plenitud de la semilla que sembraste, y el fruto de la viña.
Entonces la sacarán á la puerta de la casa de su padre, y la apedrearán con piedras los hombres de su ciudad, y morirá; por cuanto hizo vileza en Israel fornicando en casa de su padre: así quitarás el mal de en medio de ti.
No entrará en la congregación de Jehová el que fuere quebrado, ni el castrado.
Y mandó Moisés, con los ancianos de Israel, al pueblo, diciendo: Guardaréis todos los mandamientos que yo prescribo hoy.
Porque muy cerca de ti está la palabra, en tu boca y en tu corazón, para que la cumplas.
Mira, yo he puesto delante de ti hoy la vida y el bien, la muerte y el mal:
Que comían el sebo de sus sacrificios, bebían el vino de sus libaciones? Levántense, que os ayuden y os defiendan.
Y tornándose los dos varones, descendieron del monte, y pasaron, y vinieron á Josué hijo de Nun, y contáronle todas las cosas que les habían acontecido.
Y aconteció que como los sacerdotes que llevaban el arca del pacto de Jehová, subieron del medio del Jordán, y las plantas de los pies de los sacerdotes estuvieron en seco, las aguas del Jordán se volvieron á su lugar, corriendo como antes sobre todos sus bordes.
Y los de Hai hirieron de ellos como treinta y seis hombres, y siguiéronlos desde la puerta hasta Sebarim, y los rompieron en la bajada: por lo que se disolvió el corazón del pueblo, y vino á ser como agua.
Envió pues á decir Adonisedec rey de Jerusalem, á Oham rey de Hebrón, y á Phiream rey de Jerimoth, y á Japhia rey de Lachîs, y á Debir rey de Eglón:
Y de Maceda pasó Josué, y todo Israel con él, á Libna; y peleó contra Libna:
El rey de Eglón, otro: el rey de Gezer, otro:
Y dijo Caleb: Al que hiriere á Chîriath-sepher, y la tomare, yo le daré á mi hija Axa por mujer.
Senán, y Hadasa, y Migdalgad,
Desde Ecrón hasta la mar, todas las que están á la costa de Asdod con sus aldeas.
Y el lado del mediodía es desde el cabo de Chîriath-jearim, y sale el término al occidente, y sale á la fuente de las aguas de Nephtoa:
Y desciende aqueste término al cabo del monte que está delante del valle del hijo de Hinnom, que está en la campiña de los gigantes hacia el norte: desciende luego al valle de Hinnom, al lado del Jebuseo al mediodía, y de allí desciende á la fuente de Rogel:
Y habló Jehová á Josué, diciendo:
Mas el campo de aquesta ciudad y sus aldeas dieron á Caleb hijo de Jephone, por su posesión.
Y el espíritu de Jehová fué sobre él, y juzgó á Israel, y salió á batalla, y Jehová entregó en su mano á Chusan-risathaim, rey de Siria, y prevaleció su mano contra Chusan-risathaim.
Su mano tendió á la estaca, y su diestra al mazo de trabajadores; y majó á Sísara, hirió su cabeza, llagó y atravesó sus sienes.
Y envió mensajeros por todo Manasés, el cual también se juntó con él: asimismo envió mensajeros á Aser, y á Zabulón, y á Nephtalí, los cuales salieron á encontrarles.
Y de allí subió á Penuel, y hablóles las mismas palabras. Y los de Penuel le respondieron como habían respondido los de Succoth.
Y huyó Jotham, y se fugó, y fuése á Beer, y allí se estuvo por causa de Abimelech su hermano.
Mas los hijos de Israel tornaron á hacer lo malo en los ojos de Jehová, y sirvieron á los Baales y á Astaroth, y á los dioses de Siria, y á los dioses de Sidón, y á los dioses de Moab, y á los dioses de los hijos de Ammón, y á los dioses de los Filisteos: y dejaron á Jehová, y no le sirvieron.
Poseyeron también todo el término del Amorrheo desde Arnón hasta Jaboc, y desde el desierto hasta el Jordán.
Y los príncipes de los Filisteos le trajeron siete mimbres verdes que aun no se habían enjugado, y atóle con ellos.
Y Dalila tomó cuerdas nuevas, y atóle con ellas, y díjole: ¡Samsón, los Filisteos sobre ti! Y los espías estaban en una cámara. Mas él las rompió de sus brazos como un hilo.
Y viéndolo el pueblo, loaron á su dios, diciendo: Nuestro dios entregó en nuestras manos á nuestro enemigo, y al destruidor de nuestra tierra, el cual había muerto á muchos de nosotros.
En estos días no había rey en Israel: cada uno hacía como mejor le parecía.
Y yéndose los hijos de Dan su camino, y viendo Michâs que eran más fuertes que él, volvióse y regresó á su casa.
Y los hijos de Dan se levantaron imagen de talla; y Jonathán, hijo de Gersón, hijo de Manasés, él y sus hijos fueron sacerdotes en la tribu de Dan, hasta el día de la transmigración de la tierra.
Ven, lleguemos á uno de esos lugares, para tener la noche en Gabaa, ó en Rama.
De toda aquella gente había setecientos hombres escogidos, que eran ambidextros, todos los cuales tiraban una piedra con la honda á un cabello, y no erraban.
Luego, pues, que los de Israel se volvieron en la batalla, los de Benjamín comenzaron á derribar heridos de Israel unos treinta hombres, y ya decían: Ciertamente ellos han caído delante de nosotros, como en la primera batalla.
Y cuando vinieren los padres de ellas ó sus hermanos á demandárnoslo, nosotros les diremos: Tened piedad de nosotros en lugar de ellos: pues que nosotros en la guerra no tomamos mujeres para todos: que vosotros no se las habéis dado, para que ahora seáis culpables.
Ella con amargura de alma oró á Jehová, y lloró abundantemente.
Mas Anna no subió, sino dijo á su marido: Yo no subiré hasta que el niño sea destetado; para que lo lleve y sea presentado delante de Jehová, y se quede allá para siempre.
Y juzgó Samuel á Israel todo el tiempo que vivió.
Aquí estoy; atestiguad contra mí delante de Jehová y delante de su ungido, si he tomado el buey de alguno, ó si he tomado el asno de alguno, ó si he calumniado á alguien, ó si he agraviado á alguno, ó si de alguien he tomado cohecho por el cual haya cubierto mis ojos: y os satisfaré.
Y juntando Saúl todo el pueblo que con él estaba, vinieron hasta el lugar de la batalla: y he aquí que la espada de cada uno era vuelta contra su compañero, y la mortandad era grande.
Y Samuel respondió á Saúl: No volveré contigo; porque desechaste la palabra de Jehová, y Jehová te ha desechado para que no seas rey sobre Israel.
Y Jehová respondió á Samuel: No mires á su parecer, ni á lo grande de su estatura, porque yo lo desecho; porque Jehová mira no lo que el hombre mira; pues que el hombre mira lo que está delante de sus ojos, mas Jehová mira el corazón.
Y salían los príncipes de los Filisteos; y como ellos salían, portábase David más prudentemente que todos los siervos de Saúl: y era su nombre muy ilustre.
Y Jonathán habló bien de David á Saúl su padre, y díjole: No peque el rey contra su siervo David, pues que ninguna cosa ha cometido contra ti: antes sus obras te han sido muy buenas;
Y hecho que fué saber á Saúl, él envió otros mensajeros, los cuales también profetizaron. Y Saúl volvió á enviar por tercera vez mensajeros, y ellos también profetizaron.
¿Fáltanme á mí locos, para que hayáis traído éste que hiciese del loco delante de mí? ¿había de venir éste á mi casa?
Y tornándose los criados de David, volviéronse por su camino, y vinieron y dijeron á David todas estas palabras.
David por tanto envió espías, y entendió por cierto que Saúl había venido.
Llevóse pues David la lanza y la botija de agua de la cabecera de Saúl, y fuéronse; que no hubo nadie que viese, ni entendiese, ni velase, pues todos dormían: porque un profundo sueño enviado de Jehová había caído sobre ellos.
Y dijo David en su corazón: Al fin seré muerto algún día por la mano de Saúl: nada por tanto me será mejor que fugarme á la tierra de los Filisteos, para que Saúl se deje de mí, y no me ande buscando más por todos los términos de Israel, y así me escaparé de sus manos.
Y subía David con los suyos, y hacían entradas en los Gesureos, y en los Gerzeos, y en los Amalecitas: porque estos habitaban de largo tiempo la tierra, desde como se va á Shur hasta la tierra de Egipto.
Y cortáronle la cabeza, y desnudáronle las armas; y enviaron á tierra de los Filisteos al contorno, para que lo noticiaran en el templo de sus ídolos, y por el pueblo.
Joab también volvió de seguir á Abner, y juntando todo el pueblo, faltaron de los siervos de David diecinueve hombres, y Asael.
Y dijo Abner á David: Yo me levantaré é iré, y juntaré á mi señor el rey á todo Israel, para que hagan contigo alianza, y tú reines como deseas. David despidió luego á Abner, y él se fué en paz.
Y he aquí los siervos de David y Joab, que venían del campo, y traían consigo gran presa. Mas Abner no estaba con David en Hebrón, que ya lo había él despedido, y él se había ido en paz.
Tus manos no estaban atadas, ni tus pies ligados con grillos: caíste como los que caen delante de malos hombres. Y todo el pueblo volvió á llorar sobre él.
Y consultando David á Jehová, él le respondió: No subas; mas rodéalos, y vendrás á ellos por delante de los morales:
Y ganó David fama cuando, volviendo de la rota de los Siros, hirió diez y ocho mil hombres en el valle de la sal.
Después de esto aconteció, que murió el rey de los hijos de Ammón: y reinó en lugar suyo Hanún su hijo.
Entonces se encendió el furor de David en gran manera contra aquel hombre, y dijo á Nathán: Vive Jehová, que el que tal hizo es digno de muerte.
Y el rey David deseó ver á Absalom: porque ya estaba consolado acerca de Amnón que era muerto.
Y cuando se cortaba el cabello, (lo cual hacía al fin de cada año, pues le causaba molestia, y por eso se lo cortaba), pesaba el cabello de su cabeza doscientos siclos de peso real.
Porque tu siervo hizo voto cuando estaba en Gessur en Siria, diciendo: Si Jehová me volviere á Jerusalem, yo serviré á Jehová.
Salió pues el pueblo al campo contra Israel, y dióse la batalla en el bosque de Ephraim;
Entonces Joab tocó la corneta, y el pueblo se volvió de seguir á Israel, porque Joab detuvo al pueblo.
Y respondió Joab: Hoy no llevarás las nuevas: las llevarás otro día: no darás hoy la nueva, porque el hijo del rey es muerto.
El rey entonces dijo á Cusi: ¿El mozo Absalom tiene paz? Y Cusi respondió: Como aquel mozo sean los enemigos de mi señor el rey, y todos los que se levantan contra ti para mal.
Entróse el pueblo aquel día en la ciudad escondidamente, como suele entrar á escondidas el pueblo avergonzado que ha huído de la batalla.
Porque yo tu siervo conozco haber pecado, y he venido hoy el primero de toda la casa de José, para descender á recibir á mi señor el rey.
Mas Barzillai dijo al rey: ¿Cuántos son los días del tiempo de mi vida, para que yo suba con el rey á Jerusalem?
Samma de Arar, Ahiam hijo de Sarar de Arar.
Y edificó allí David un altar á Jehová, y sacrificó holocaustos y pacíficos; y Jehová se aplacó con la tierra, y cesó la plaga de Israel.
Y su padre nunca lo entristeció en todos sus días con decirle: ¿Por qué haces así? Y también éste era de hermoso parecer; y habíalo engendrado después de Absalom.
Y díjole Dios: Porque has demandado esto, y no pediste para ti muchos días, ni pediste para ti riquezas, ni pediste la vida de tus enemigos, mas demandaste para ti inteligencia para oir juicio;
El hijo de Decar, en Maccas, y en Saalbim, y en Beth-semes, y en Elón, y en Beth-hanan;
Hiram rey de Tiro envió también sus siervos á Salomón, luego que oyó que lo habían ungido por rey en lugar de su padre: porque Hiram había siempre amado á David.
Y el pórtico delante del templo de la casa, de veinte codos de largo, según la anchura de la casa, y su ancho era de diez codos delante de la casa.
Y en lo alto de la basa había medio codo de altura redondo por todas partes: y encima de la basa sus molduras y cintas, las cuales eran de ella misma.
Y el rey Salomón, y toda la congregación de Israel que á él se había juntado, estaban con él delante del arca, sacrificando ovejas y bueyes, que por la multitud no se podían contar ni numerar.
Y los sacerdotes metieron el arca del pacto de Jehová en su lugar, en el oráculo de la casa, en el lugar santísimo, debajo de las alas de los querubines.
Jehová tu Dios sea bendito, que se agradó de ti para ponerte en el trono de Israel; porque Jehová ha amado siempre á Israel, y te ha puesto por rey, para que hagas derecho y justicia.
Sin lo de los mercaderes, y de la contratación de especias, y de todos los reyes de Arabia, y de los principales de la tierra.
Hizo también el rey Salomón doscientos paveses de oro extendido: seiscientos siclos de oro gastó en cada pavés.
Y será que, si prestares oído á todas las cosas que te mandare, y anduvieres en mis caminos, é hicieres lo recto delante de mis ojos, guardando mis estatutos y mis mandamientos, como hizo David mi siervo, yo seré contigo, y te edificaré casa firme, como la edifiqué á David, y yo te entregaré á Israel.
Y durmió Salomón con sus padres, y fué sepultado en la ciudad de su padre David: y reinó en su lugar Roboam su hijo.
Ve, y di á Jeroboam: Así dijo Jehová Dios de Israel: Por cuanto yo te levanté de en medio del pueblo, y te hice príncipe sobre mi pueblo Israel,
Por tanto, he aquí que yo traigo mal sobre la casa de Jeroboam, y yo talaré de Jeroboam todo meante á la pared, así el guardado como el desamparado en Israel; y barreré la posteridad de la casa de Jeroboam, como es barrido el estiércol, hasta que sea acabada.
Y los hombres de la ciudad dijeron á Eliseo: He aquí el asiento de esta ciudad es bueno, como mi señor ve; mas las aguas son malas, y la tierra enferma.
Y anduvo en el camino de los reyes de Israel, como hizo la casa de Achâb, porque una hija de Achâb fué su mujer; é hizo lo malo en ojos de Jehová.
Y el rey Joram se volvió á Jezreel, para curarse de las heridas que los Siros le hicieron delante de Ramoth, cuando peleó contra Hazael rey de Siria. Y descendió Ochôzías hijo de Joram rey de Judá, á visitar á Joram hijo de Achâb en Jezreel, porque estaba enfermo.
Después tomó los centuriones, y capitanes, y los de la guardia, y á todo el pueblo de la tierra, y llevaron al rey desde la casa de Jehová, y vinieron por el camino de la puerta de los de la guardia á la casa del rey; y sentóse el rey sobre el trono de los reyes.
El año quince de Amasías hijo de Joas rey de Judá, comenzó á reinar Jeroboam hijo de Joas sobre Israel en Samaria; y reinó cuarenta y un años.
Y desecharon sus estatutos, y su pacto que él había concertado con sus padres, y sus testimonios que él había protestado contra ellos; y siguieron la vanidad, y se hicieron vanos, y fueron en pos de las gentes que estaban alrededor de ellos, de las cuales les había Jehová mandado que no hiciesen á la manera de ellas:
Los Heveos hicieron á Nibhaz y á Tharthac; y los de Sepharvaim quemaban sus hijos al fuego á Adra-melech y á Anamelech, dioses de Sepharvaim.
Y oyó decir de Thiraca rey de Ethiopía: He aquí es salido para hacerte guerra. Entonces volvió él, y envió embajadores á Ezechîas, diciendo:
Ahora pues, oh Jehová Dios nuestro, sálvanos, te suplico, de su mano, para que sepan todos los reinos de la tierra que tú solo, Jehová, eres Dios.
Entonces Isaías dijo á Ezechîas: Oye palabra de Jehová:
E hizo lo malo en ojos de Jehová, según las abominaciones de las gentes que Jehová había echado delante de los hijos de Israel.
Mas ellos no escucharon; y Manasés los indujo á que hiciesen más mal que las gentes que Jehová destruyó delante de los hijos de Israel.
Cuando Josías comenzó á reinar era de ocho años, y reinó en Jerusalem treinta y un años. El nombre de su madre fué Idida hija de Adaía de Boscath.
Y subió el rey á la casa de Jehová con todos los varones de Judá, y con todos los moradores de Jerusalem, con los sacerdotes y profetas y con todo el pueblo, desde el más chico hasta el más grande; y leyó, oyéndolo ellos, todas las palabras del libro del pacto que había sido hallado en la casa de Jehová.
Los hijos de Seir: Lotán, Sobal, Sibeón, Ana, Disón, Eser, y Disán.
Los hijos de Nearías fueron estos tres: Elioenai, Ezechîas, y Azricam.
Los hijos de Caleb hijo de Jephone: Iru, Ela, y Naham; é hijo de Ela, fué Cenez.
Y hallaron gruesos y buenos pastos, y tierra ancha y espaciosa, y quieta y reposada, porque los de Châm la habitaban de antes.
Porque Judá fué el mayorazgo sobre sus hermanos, y el príncipe de ellos: mas el derecho de primogenitura fué de José.)
Hijo de Elcana, hijo de Joel, hijo de Azarías, hijo de Sophonías;
Y á los hijos de Merari, por sus linajes, de la tribu de Rubén, y de la tribu de Gad, y de la tribu de Zabulón, se dieron por suerte doce ciudades.
Y á Hesbón con sus ejidos, y á Jacer con sus ejidos.
Y Suppim y Huppim fueron hijos de Hir: y Husim, hijo de Aher.
Y Asel tuvo seis hijos, los nombres de los cuales son: Azricam, Bochru, Ismael, Seraía, Obadías, y Hanán: estos fueron los hijos de Asel.
Y subió David con todo Israel á Baala de Chîriath-jearim, que es en Judá, para pasar de allí el arca de Jehová Dios que habita entre los querubines, sobre la cual su nombre es invocado.
Subieron pues á Baal-perasim, y allí los hirió David. Dijo luego David: Dios rompió mis enemigos por mi mano, como se rompen las aguas. Por esto llamaron el nombre de aquel lugar Baal-perasim.
Y entró el rey David, y estuvo delante de Jehová, y dijo: Jehová Dios, ¿quién soy yo, y cuál es mi casa, que me has traído hasta este lugar?
Y Sadoc hijo de Achîtob, y Abimelec hijo de Abiathar, eran sacerdotes; y Sausa, secretario;
Y los hijos de Ammón salieron, y ordenaron su tropa á la entrada de la ciudad; y los reyes que habían venido, estaban por sí en el campo.
Hijo de Gersón fué Sebuel el primero.
Repartiéronlos pues por suerte los unos con los otros: porque de los hijos de Eleazar y de los hijos de Ithamar hubo príncipes del santuario, y príncipes de la casa de Dios.
Todos estos fueron hijos de Hemán, vidente del rey en palabras de Dios, para ensalzar el poder suyo: y dió Dios á Hemán catorce hijos y tres hijas.
La vigésimaprima á Othir, con sus hijos y sus hermanos, doce;
Después de Achitophel era Joiada hijo de Benaías, y Abiathar. Y Joab era el general del ejército del rey.
Tuya es, oh Jehová, la magnificencia, y el poder, y la gloria, la victoria, y el honor; porque todas las cosas que están en los cielos y en la tierra son tuyas. Tuyo, oh Jehová, es el reino, y la altura sobre todos los que están por cabeza.
Dos columnas, y los cordones, los capiteles sobre las cabezas de las dos columnas, y dos redes para cubrir las dos bolas de los capiteles que estaban encima de las columnas;
Ahora pues, oh Dios mío, ruégote estén abiertos tus ojos, y atentos tus oídos á la oración en este lugar.
Y el rey Salomón dió á la reina de Seba todo lo que ella quiso y le pidió, más de lo que había traído al rey. Después se volvió y fuése á su tierra con sus siervos.
Y como él se humilló, la ira de Jehová se apartó de él, para no destruirlo del todo: y también en Judá las cosas fueron bien.
Los cuales queman á Jehová los holocaustos cada mañana y cada tarde, y los perfumes aromáticos; y ponen los panes sobre la mesa limpia, y el candelero de oro con sus candilejas para que ardan cada tarde: porque nosotros guardamos la ordenanza de Jehová nuestro Dios; mas vosotros le habéis dejado.
Pero Jeroboam hizo girar una emboscada para venir á ellos por la espalda: y estando así delante de ellos, la emboscada estaba á espaldas de Judá.
Entonces los de Judá alzaron grita; y así que ellos alzaron grita, Dios desbarató á Jeroboam y á todo Israel delante de Abías y de Judá:
Mas Amasías no quiso oir; porque estaba de Dios, que los quería entregar en manos de sus enemigos, por cuanto habían buscado los dioses de Edom.
Entonces el ejército dejó los cautivos y la presa delante de los príncipes y de toda la multitud.
Por cuanto me han dejado, y han sacrificado á dioses ajenos, provocándome á ira en todas las obras de sus manos; por tanto mi furor destilará sobre este lugar, y no se apagará.
De ocho años era Joachîn cuando comenzó á reinar, y reinó tres meses y diez días en Jerusalem: é hizo lo malo en ojos de Jehová.
Los hijos de Ara, setecientos setenta y cinco;
Jesuá también, sus hijos y sus hermanos, Cadmiel y sus hijos, hijos de Judá, como un solo hombre asistían para dar priesa á los que hacían la obra en la casa de Dios: los hijos de Henadad, sus hijos y sus hermanos, Levitas.
Ahora, notorio sea al rey, que si aquella ciudad fuere reedificada, y los muros fueren establecidos, el tributo, pecho, y rentas no darán, y el catastro de lo reyes será menoscabado.
Sea notorio al rey, que fuimos á la provincia de Judea, á la casa del gran Dios, la cual se edifica de piedra de mármol; y los maderos son puestos en las paredes, y la obra se hace apriesa, y prospera en sus manos.
Y los hijos de Israel, los sacerdotes y los Levitas, y los demás que habían venido de la trasportación, hicieron la dedicación de esta casa de Dios con gozo.
Y llegó á Jerusalem en el mes quinto, el año séptimo del rey.
De los hijos de Joab, Obadías, hijo de Jehiel, y con él doscientos diez y ocho varones;
Y de los hijos de Solomith, el hijo de Josiphías, y con él ciento y sesenta varones;
Y peséles la plata, y el oro, y los vasos, la ofrenda que para la casa de nuestro Dios habían ofrecido el rey, y sus consultores, y sus príncipes, y todos los que se hallaron en Israel.
Y llegamos á Jerusalem, y reposamos allí tres días.
Y reedificó la puerta del Muladar, Malchîas hijo de Rechâb, príncipe de la provincia de Beth-haccerem: él la reedificó, y levantó sus puertas, sus cerraduras y sus cerrojos.
Tras él restauró Meremoth hijo de Urías hijo de Cos la otra medida, desde la entrada de la casa de Eliasib, hasta el cabo de la casa de Eliasib.
Y fué que como oyó Sanballat que nosotros edificábamos el muro, encolerizóse y enojóse en gran manera, é hizo escarnio de los Judíos.
Los hijos de Pashur, mil doscientos cuarenta y siete;
Porteros: los hijos de Sallum, los hijos de Ater, los hijos de Talmón, los hijos de Accub, los hijos de Hatita, los hijos de Sobai, ciento treinta y ocho.
Los hijos de Lebana, los hijos de Hagaba, los hijos de Salmai,
Y no quisieron oir, ni se acordaron de tus maravillas que habías hecho con ellos; antes endurecieron su cerviz, y en su rebelión pensaron poner caudillo para volverse á su servidumbre. Tú empero, eres Dios de perdones, clemente y piadoso, tardo para la ira, y de mucha misericordia, que no los dejaste.
De los sacerdotes: Jedaías hijo de Joiarib, Jachîn,
Y antes de esto, Eliasib sacerdote, siendo superintendente de la cámara de la casa de nuestro Dios, había emparentado con Tobías,
Ví asimismo en aquellos días Judíos que habían tomado mujeres de Asdod, Ammonitas, y Moabitas:
Y fueron enviadas letras por mano de los correos á todas las provincias del rey, para destruir, y matar, y exterminar á todos los Judíos, desde el niño hasta el viejo, niños y mujeres en un día, en el trece del mes duodécimo, que es el mes de Adar, y para apoderarse de su despojo.
Y dijeron á Mardochêo las palabras de Esther.
Y salió Amán aquel día contento y alegre de corazón; pero como vió á Mardochêo á la puerta del rey, que no se levantaba ni se movía de su lugar, llenóse contra Mardochêo de ira.
¡Oh si pesasen al justo mi queja y mi tormento, y se alzasen igualmente en balanza!
Enseñadme, y yo callaré: y hacedme entender en qué he errado.
Pues nosotros somos de ayer, y no sabemos, siendo nuestros días sobre la tierra como sombra.
Diré á Dios: no me condenes; hazme entender por qué pleiteas conmigo.
Si fuere malo, ¡ay de mí! y si fuere justo, no levantaré mi cabeza, estando harto de deshonra, y de verme afligido.
Y el cuerpo mío se va gastando como de carcoma, como vestido que se come de polilla.
Pues haces frente á Dios con tu espíritu, y sacas tales palabras de tu boca?
Hizo alejar de mí mis hermanos, y positivamente se extrañaron de mí mis conocidos.
Por tanto hay lazos alrededor de ti, y te turba espanto repentino;
La sequía y el calor arrebatan las aguas de la nieve; y el sepulcro á los pecadores.
Clamo á ti, y no me oyes; preséntome, y no me atiendes.
Si alcé contra el huérfano mi mano, aunque viese que me ayudarían en la puerta;
Si comí su sustancia sin dinero, ó afligí el alma de sus dueños;
Al pobre librará de su pobreza, y en la aflicción despertará su oído.
No anheles la noche, en que desaparecen los pueblos de su lugar.
Guárdate, no tornes á la iniquidad; pues ésta escogiste más bien que la aflicción.
He aquí que Dios es excelso con su potencia: ¿qué enseñador semejante á él?
¿Quién podrá tampoco comprender la extensión de las nubes, y el sonido estrepitoso de su pabellón?
Con las nubes encubre la luz, y mándale no brillar, interponiendo aquéllas.
Para juzgar al huérfano y al pobre, á fin de que no vuelva más á hacer violencia el hombre de la tierra.
Al Músico principal: Salmo de David. ¿Hasta cuándo, Jehová? ¿me olvidarás para siempre? ¿hasta cuándo esconderás tu rostro de mí?
Los extraños flaquearon, y tuvieron miedo desde sus encerramientos.
La posteridad le servirá; será ella contada por una generación de Jehová.
Mira mi aflicción y mi trabajo: y perdona todos mis pecados.
Una cosa he demandado á Jehová, ésta buscaré: que esté yo en la casa de Jehová todos los días de mi vida, para contemplar la hermosura de Jehová, y para inquirir en su templo.
Has tornado mi endecha en baile; desataste mi saco, y ceñísteme de alegría.
Jehová hace nulo el consejo de las gentes, y frustra las maquinaciones de los pueblos.
Los impíos desenvainaron espada, y entesaron su arco, para derribar al pobre y al menesteroso, para matar á los de recto proceder.
Tú, Jehová, no apartes de mí tus misericordias: tu misericordia y tu verdad me guarden siempre.
¿Por qué te abates, oh alma mía, y por qué te conturbas en mí? Espera á Dios; porque aun le tengo de alabar; es él salvamento delante de mí, y el Dios mío.
Extendió sus manos contra sus pacíficos: violó su pacto.
Al Músico principal: sobre No destruyas: Michtam de David, cuando huyó de delante de Saúl á la cueva. Ten misericordia de mí, oh Dios, ten misericordia de mí; porque en ti ha confiado mi alma, y en la sombra de tus alas me ampararé, hasta que pasen los quebrantos.
Destruiránlos á filo de espada; serán porción de las zorras.
Holocaustos de cebados te ofreceré, con perfume de carneros: sacrificaré bueyes y machos cabríos. (Selah.)
Los que son de tu grey han morado en ella: por tu bondad, oh Dios, has provisto al pobre.
Al Músico principal: Salmo de David, para conmemorar. Oh Dios, acude á librarme; apresúrate, oh Dios, á socorrerme.
Gócense y alégrense en ti todos los que te buscan; y digan siempre los que aman tu salud: Engrandecido sea Dios.
Sea llena mi boca de tu alabanza, de tu gloria todo el día.
Será echado un puño de grano en tierra, en las cumbres de los montes; su fruto hará ruido como el Líbano, y los de la ciudad florecerán como la hierba de la tierra.
Levántate, oh Dios, aboga tu causa: acuérdate de cómo el insensato te injuria cada día.
Mas yo anunciaré siempre, cantaré alabanzas al Dios de Jacob.
Empero aun tornaron á pecar contra él, enojando en la soledad al Altísimo.
Y echó las gentes de delante de ellos, y repartióles una herencia con cuerdas; é hizo habitar en sus moradas á las tribus de Israel.
Oh Dios de los ejércitos, haznos tornar; y haz resplandecer tu rostro, y seremos salvos.
En la calamidad clamaste, y yo te libré: te respondí en el secreto del trueno; te probé sobre las aguas de Meriba. (Selah.)
Salmo de Asaph. Dios está en la reunión de los dioses; en medio de los dioses juzga.
Porque sol y escudo es Jehová Dios: gracia y gloria dará Jehová: no quitará el bien á los que en integridad andan.
Y sea la luz de Jehová nuestro Dios sobre nosotros: y ordena en nosotros la obra de nuestras manos, la obra de nuestras manos confirma.
Sean consumidos de la tierra los pecadores, y los impíos dejen de ser. Bendice, alma mía, á Jehová. Aleluya.
Por lo que alzó su mano á ellos, en orden á postrarlos en el desierto,
Y humillar su simiente entre las gentes, y esparcirlos por las tierras.
Habiendo empero clamado á Jehová en su angustia, librólos de sus aflicciones:
Sean vestidos de ignominia los que me calumnian; y sean cubiertos de su confusión como con manto.
Grandes son las obras de Jehová; buscadas de todos los que las quieren.
La mar vió, y huyó; el Jordán se volvió atrás.
Te ofreceré sacrificio de alabanza, é invocaré el nombre de Jehová.
Alzaré asimismo mis manos á tus mandamientos, que amé; y meditaré en tus estatutos.
Mi carne se ha extremecido por temor de ti; y de tus juicios tengo miedo.
SIN. Príncipes me han perseguido sin causa; mas mi corazón tuvo temor de tus palabras.
Tu salud he esperado, oh Jehová; y tus mandamientos he puesto por obra.
Cántico gradual: de David. A no haber estado Jehová por nosotros, diga ahora Israel;
Porque Jehová ha elegido á Sión; deseóla por habitación para sí.
Detrás y delante me guarneciste, y sobre mí pusiste tu mano.
Respóndeme presto, oh Jehová que desmaya mi espíritu: no escondas de mí tu rostro, y venga yo á ser semejante á los que descienden á la sepultura.
El da la nieve como lana, derrama la escarcha como ceniza.
Alaben el nombre de Jehová; porque él mandó, y fueron criadas.
Para que andes por el camino de los buenos, y guardes las veredas de los justos.
Así el que entrare á la mujer de su prójimo; no será sin culpa cualquiera que la tocare.
Bienaventurado el hombre que me oye, velando á mis puertas cada día, guardando los umbrales de mis entradas.
En las muchas palabras no falta pecado: mas el que refrena sus labios es prudente.
Cuando faltaren las industrias, caerá el pueblo: mas en la multitud de consejeros hay salud.
El que tiene en poco la disciplina, menosprecia su alma: mas el que escucha la corrección, tiene entendimiento.
Como el bramido del cachorro de león es la ira del rey; y su favor como el rocío sobre la hierba.
Hiere al escarnecedor, y el simple se hará avisado; y corrigiendo al entendido, entenderá ciencia.
El que compra dice: malo es, malo es: mas en apartándose, se alaba.
Allegar tesoros con lengua de mentira, es vanidad desatentada de aquellos que buscan la muerte.
No traspases el término antiguo, ni entres en la heredad de los huérfanos:
Para la altura de los cielos, y para la profundidad de la tierra, y para el corazón de los reyes, no hay investigación.
El hombre pobre y robador de los pobres, es lluvia de avenida y sin pan.
El altivo de ánimo suscita contiendas: mas el que en Jehová confía, medrará.
Propuse en mi corazón agasajar mi carne con vino, y que anduviese mi corazón en sabiduría, con retención de la necedad, hasta ver cuál fuese el bien de los hijos de los hombres, en el cual se ocuparan debajo del cielo todos los días de su vida.
He entendido que todo lo que Dios hace, eso será perpetuo: sobre aquello no se añadirá, ni de ello se disminuirá; y hácelo Dios, para que delante de él teman los hombres.
Mejores son dos que uno; porque tienen mejor paga de su trabajo.
Vi todos los vivientes debajo del sol caminando con el muchacho sucesor, que estará en lugar de aquél.
Yo he rodeado con mi corazón por saber, y examinar, é inquirir la sabiduría, y la razón; y por conocer la maldad de la insensatez, y el desvarío del error;
Mi amado es semejante al gamo, ó al cabrito de los ciervos. Helo aquí, está tras nuestra pared, mirando por las ventanas, mostrándose por las rejas.
Tus labios, como un hilo de grana, y tu habla hermosa; tus sienes, como cachos de granada á la parte adentro de tus guedejas.
Y tu paladar como el buen vino, que se entra á mi amado suavemente, y hace hablar los labios de los viejos.
Si quisiereis y oyereis, comeréis el bien de la tierra:
El jurará aquel día, diciendo: No tomaré ese cuidado; porque en mi casa ni hay pan, ni qué vestir: no me hagáis príncipe del pueblo.
Y echarán mano de un hombre siete mujeres en aquel tiempo, diciendo: Nosotras comeremos de nuestro pan, y nos vestiremos de nuestras ropas; solamente sea llamado tu nombre sobre nosotras, quita nuestro oprobio.
Jehová hará venir sobre ti, y sobre tu pueblo, y sobre la casa de tu padre, días cuales nunca vinieron desde el día que Ephraim se apartó de Judá, es á saber, al rey de Asiria.
Porque toda batalla de quien pelea es con estruendo, y con revolcamiento de vestidura en sangre: mas esto será para quema, y pábulo del fuego.
Y harále entender diligente en el temor de Jehová. No juzgará según la vista de sus ojos, ni argüirá por lo que oyeren sus oídos;
¡Ay! multitud de muchos pueblos que harán ruido como estruendo de la mar: y murmullo de naciones hará alboroto como murmurio de muchas aguas.
Y será por señal y por testimonio á Jehová de los ejércitos en la tierra de Egipto: porque á Jehová clamarán á causa de sus opresores, y él les enviará salvador y príncipe que los libre.
Y herirá Jehová á Egipto, herirá y sanará; y se convertirán á Jehová, y les será clemente, y los sanará.
Y desnudó la cobertura de Judá; y miraste en aquel día hacia la casa de armas del bosque.
Por esto te dará gloria el pueblo fuerte, te temerá la ciudad de gentes robustas.
¡Ay de la corona de soberbia, de los ebrios de Ephraim, y de la flor caduca de la hermosura de su gloria, que está sobre la cabeza del valle fértil de los aturdidos del vino!
Porque habéis dicho: Concierto tenemos hecho con la muerte, é hicimos acuerdo con la sepultura; cuando pasare el turbión del azote, no llegará á nosotros, pues que hemos puesto nuestra acogida en la mentira, y en la falsedad nos esconderemos:
Porque el sepulcro no te celebrará, ni te alabará la muerte; ni los que descienden al hoyo esperarán tu verdad.
Aun antes que hubiera día, yo era; y no hay quien de mi mano libre: si yo hiciere, ¿quién lo estorbará?
Para que digas á los presos: Salid; y á los que están en tinieblas: Manifestaos. En los caminos serán apacentados, y en todas las cumbres serán sus pastos.
Visto de oscuridad los cielos, y torno como saco su cobertura.
Buscad á Jehová mientras puede ser hallado, llamadle en tanto que está cercano.
Nunca más se oirá en tu tierra violencia, destrucción ni quebrantamiento en tus términos; mas á tus muros llamarás Salud, y á tus puertas Alabanza.
Y alegraréme con Jerusalem, y gozaréme con mi pueblo; y nunca más se oirán en ella voz de lloro, ni voz de clamor.
Porque he aquí que Jehová vendrá con fuego, y sus carros como torbellino, para tornar su ira en furor, y su reprensión en llama de fuego.
Porque como los cielos nuevos y la nueva tierra, que yo hago, permanecen delante de mí, dice Jehová, así permanecerá vuestra simiente y vuestro nombre.
También saldrás de él con tus manos sobre tu cabeza: porque Jehová deshechó tus confianzas, y en ellas no tendrás buen suceso.
Y no dijeron en su corazón: Temamos ahora á Jehová Dios nuestro, que da lluvia temprana y tardía en su tiempo; los tiempos establecidos de la siega nos guarda.
Su fama oimos, y nuestras manos se descoyuntaron; apoderóse de nosotros angustia, dolor como de mujer que pare.
Guárdese cada uno de su compañero, ni en ningún hermano tenga confianza: porque todo hermano engaña con falacia, y todo compañero anda con falsedades.
Plantástelos, y echaron raíces; progresaron, é hicieron fruto; cercano estás tú en sus bocas, mas lejos de sus riñones.
Y fué á mí palabra de Jehová, diciendo:
Dad gloria á Jehová Dios vuestro, antes que haga venir tinieblas, y antes que vuestros pies tropiecen en montes de oscuridad, y esperéis luz, y os la torne sombra de muerte y tinieblas.
Yo pues descubriré también tus faldas delante de tu cara, y se manifestará tu ignominia.
Decirles has, pues, esta palabra: Córranse mis ojos en lágrimas noche y día, y no cesen; porque de gran quebrantamiento es quebrantada la virgen hija de mi pueblo, de plaga muy recia.
Y fué á mí palabra de Jehová, diciendo:
Por tanto, entrega sus hijos á hambre, y hazlos derramar por medio de la espada; y queden sus mujeres sin hijos, y viudas; y sus maridos sean puestos á muerte, y sus jóvenes heridos á cuchillo en la guerra.
Así haré á este lugar, dice Jehová, y á sus moradores, poniendo esta ciudad como Topheth.
No envié yo aquellos profetas, y ellos corrían: yo no les hablé, y ellos profetizaban.
Mostróme Jehová, y he aquí dos cestas de higos puestas delante del templo de Jehová, después de haber trasportado Nabucodonosor rey de Babilonia á Jechônías hijo de Joacim, rey de Judá, y á los príncipes de Judá, y á los oficiales y herreros de Jerusalem, y haberlos llevado á Babilonia.
Y perseguirélos con espada, con hambre y con pestilencia; y darélos por escarnio á todos los reinos de la tierra, por maldición y por espanto, y por silbo y por afrenta á todas la gentes á las cuales los habré arrojado;
Porque he aquí que vienen días, dice Jehová, en que tornaré la cautividad de mi pueblo Israel y Judá, ha dicho Jehová, y harélos volver á la tierra que dí á sus padres, y la poseerán.
He aquí yo los vuelvo de tierra del aquilón, y los juntaré de los fines de la tierra, y entre ellos ciegos y cojos, la mujer preñada y la parida juntamente; en grande compañía tornarán acá.
Así ha dicho Jehová: Si pudiereis invalidar mi concierto con el día y mi concierto con la noche, por manera que no haya día ni noche á su tiempo,
Quizá caerá oración de ellos en la presencia de Jehová, y tornaráse cada uno de su mal camino; porque grande es el furor y la ira que ha expresado Jehová contra este pueblo.
Y el rey estaba en la casa de invierno en el mes noveno, y había un brasero ardiendo delante de él;
Y tornarán los Caldeos, y combatirán esta ciudad, y la tomarán, y la pondrán á fuego.
Palabra que fué á Jeremías acerca de todos los Judíos que moraban en la tierra de Egipto, que moraban en Migdol, y en Taphnes, y en Noph, y en tierra de Pathros, diciendo:
Por el sonido de las uñas de sus fuertes, por el alboroto de sus carros, por el estruendo de sus ruedas, los padres no miraron á los hijos por la flaqueza de las manos;
Dad alas á Moab, para que volando se vaya; pues serán desiertas sus ciudades hasta no quedar en ellas morador.
Porque así ha dicho Jehová: He aquí que como águila volará, y extenderá sus alas á Moab.
Tomadas son las ciudades, y tomadas son las fortalezas; y será aquel día el corazón de los valientes de Moab como el corazón de mujer en angustias.
Y Moab será destruído para dejar de ser pueblo: porque se engrandeció contra Jehová.
Tu arrogancia te engañó, y la soberbia de tu corazón, tú que habitas en cavernas de peñas, que tienes la altura del monte: aunque alces como águila tu nido, de allí te haré descender, dice Jehová.
Y haré encender fuego en el muro de Damasco, y consumirá las casas de Ben-hadad.
Denunciad en las gentes, y haced saber; levantad también bandera: publicad, y no encubráis: decid: Tomada es Babilonia, Bel es confundido, deshecho es Merodach; confundidas son sus esculturas, quebrados son sus ídolos.
Ganado descarriado es Israel; leones lo amontonaron: el rey de Asiria lo devoró el primero; este Nabucodonosor rey de Babilonia lo deshuesó el postrero.
Porque vino destruidor contra ella, contra Babilonia, y sus valientes fueron presos, el arco de ellos fué quebrado: porque Jehová, Dios de retribuciones, dará la paga.
En el año dieciocho hizo Nabucodonosor trasportar de Jerusalem ochocientas treinta y dos personas:
Asentóme en oscuridades, como los ya muertos de mucho tiempo.
Bueno es Jehová á los que en él esperan, al alma que le buscare.
Aguas de avenida vinieron sobre mi cabeza; yo dije: Muerto soy.
Persíguelos en tu furor, y quebrántalos de debajo de los cielos, oh Jehová.
Por el monte de Sión que está asolado; zorras andan en él.
Y cada uno tenía cuatro rostros, y cuatro alas.
Y los pies de ellos eran derechos, y la planta de sus pies como la planta de pie de becerro; y centelleaban á manera de bronce muy bruñido.
Díjome luego: Hijo del hombre, ve y entra á la casa de Israel, y habla á ellos con mis palabras.
Tómate también una plancha de hierro, y ponla en lugar de muro de hierro entre ti y la ciudad: afirmarás luego tu rostro contra ella, y será en lugar de cerco, y la sitiarás. Es señal á la casa de Israel.
Yo te he dado los años de su maldad por el número de los días, trescientos y noventa días: y llevarás la maldad de la casa de Israel.
Por tanto, así ha dicho el Señor Jehová: Por cuanto vosotros habéis hablado vanidad, y habéis visto mentira, por tanto, he aquí yo contra vosotros, dice el Señor Jehová.
Hijo del hombre, estos hombres han puesto sus ídolos en su corazón, y establecido el tropiezo de su maldad delante de su rostro: ¿acaso he de ser yo verdaderamente consultado por ellos?
Edificando tus altares en cabeza de todo camino, y haciendo tus altares en todas las plazas! Y no fuiste semejante á ramera, menospreciando el salario,
Y no con grande ejército, ni con mucha compañía hará con él Faraón en la batalla, cuando funden baluarte y edifiquen bastiones para cortar muchas vidas.
Pues menospreció el juramento, para invalidar el concierto cuando he aquí que había dado su mano, é hizo todas estas cosas, no escapará.
Y que no haga las otras; antes comiere sobre los montes, ó violare la mujer de su prójimo,
Y si dijereis: ¿Por qué el hijo no llevará por el pecado de su padre? Porque el hijo hizo juicio y justicia, guardó todas mis ordenanzas, y las hizo, de cierto vivirá.
Y santificad mis sábados, y sean por señal entre mí y vosotros, para que sepáis que yo soy Jehová vuestro Dios.
Y yo les dije: ¿Qué es ese alto adonde vosotros vais? Y fué llamado su nombre Bamah hasta el día de hoy.
Y seráles como adivinación mentirosa en sus ojos, por estar juramentados con juramento á ellos: mas él trae á la memoria la maldad, para prenderlos.
Lo beberás pues, y lo agotarás, y quebrarás sus tiestos; y tus pechos arrancarás; porque yo he hablado, dice el Señor Jehová.
Y te sentaste sobre suntuoso estrado, y fué adornada mesa delante de él, y sobre ella pusiste mi perfume y mi óleo.
Y dije á la envejecida en adulterios: Sus prostituciones cumplirán ellos ahora, y ella con ellos:
Así ha dicho el Señor Jehová: Por lo que hicieron los Palestinos con venganza, cuando se vengaron con despecho de ánimo, destruyendo por antiguas enemistades;
Y te haré descender con los que descienden al sepulcro, con el pueblo del siglo: y te pondré en lo más bajo de la tierra, como los desiertos antiguos, con los que descienden al sepulcro, para que nunca más seas poblada; y yo daré gloria en la tierra de los vivientes.
Los ancianos de Gebal y sus sabios repararon tus hendiduras: todas las galeras de la mar y los remeros de ellas fueron en ti para negociar tus negocios.
Asimismo Dan y el errante Javán dieron en tus ferias, para negociar en tu mercado de hierro labrado, mirra destilada, y caña aromática.
Y sabrán que yo soy Jehová, cuando pusiere fuego á Egipto, y fueren quebrantados todos sus ayudadores.
Y pondré tus carnes sobre los montes, y henchiré los valles de tu altura.
De en medio del infierno hablarán á él los fuertes de los fuertes, con los que le ayudaron, que descendieron, y yacen con los incircuncisos muertos á cuchillo.
Y tú, hijo del hombre, di á los hijos de tu pueblo: La justicia del justo no lo librará el día que se rebelare; y la impiedad del impío no le será estorbo el día que se volviere de su impiedad; y el justo no podrá vivir por su justicia el día que pecare.
Y profeticé como me había mandado, y entró espíritu en ellos, y vivieron, y estuvieron sobre sus pies, un ejército grande en extremo.
Diles: Así ha dicho el Señor Jehová: He aquí, yo tomo el palo de José que está en la mano de Ephraim, y á las tribus de Israel sus compañeros, y pondrélos con él, con el palo de Judá, y harélos un palo, y serán uno en mi mano.
Y pasarán los que irán por el país, y el que viere los huesos de algún hombre, edificará junto á ellos un mojón, hasta que los entierren los sepultureros en el valle de Hamón-gog.
Y sus postes caían fuera al atrio, con palmas á cada uno de sus postes de una parte y otra: y sus gradas eran de ocho peldaños.
Para el príncipe; el príncipe, él se sentará en ella para comer pan delante de Jehová: por el camino de la entrada de la puerta entrará, y por el camino de ella saldrá.
Partiréis, pues, esta tierra entre vosotros por las tribus de Israel.
Entonces habló Daniel con el rey: oh rey, para siempre vive.
Veló por tanto Jehová sobre el mal, y trájolo sobre nosotros; porque justo es Jehová nuestro Dios en todas sus obras que hizo, porque no obedecimos á su voz.
Al principio de tus ruegos salió la palabra, y yo he venido para enseñártela, porque tú eres varón de deseos. Entiende pues la palabra, y entiende la visión.
Mas he aquí, como una semejanza de hijo de hombre tocó mis labios. Entonces abrí mi boca, y hablé, y dije á aquel que estaba delante de mí: Señor mío, con la visión se revolvieron mis dolores sobre mí, y no me quedó fuerza.
Levantaráse luego un rey valiente, el cual se enseñoreará sobre gran dominio, y hará su voluntad.
La era y el lagar no los mantendrán; les fallará el mosto.
En pos de Jehová caminarán: él bramará como león: cual león rugirá él de cierto, y los hijos se moverán azorados del occidente.
Palabra de Jehová que fué á Joel hijo de Pethuel.
Pereció el presente y la libación de la casa de Jehová: los sacerdotes ministros de Jehová hicieron luto.
Y limpiaré la sangre de los que no limpié; y Jehová morará en Sión.
Jehová juró por la gloria de Jacob: No me olvidaré para siempre de todas sus obras.
El día que estando tú delante, llevaban extraños cautivo su ejército, y los extraños entraban por sus puertas, y echaban suertes sobre Jerusalem, tú también eras como uno de ellos.
Oid, pueblos todos: está atenta, tierra, y todo lo que en ella hay: y el Señor Jehová, el Señor desde su santo templo sea testigo contra vosotros.
Por eso yo también te enflaqueceré hiriéndote, asolándote por tus pecados.
¿Quién permanecerá delante de su ira? ¿y quién quedará en pié en el furor de su enojo? Su ira se derrama como fuego, y por él se hienden las peñas.
Heme aquí contra ti, dice Jehová de los ejércitos. Encenderé y reduciré á humo tus carros, y espada devorará tus leoncillos; y raeré de la tierra tu robo, y nunca más se oirá voz de tus embajadores.
Caballero enhiesto, y resplandor de espada, y resplandor de lanza; y multitud de muertos, y multitud de cadáveres; y de sus cadáveres no habrá fin, y en sus cadáveres tropezarán:
Y el ángel que hablaba conmigo respondió, y díjome: ¿No sabes qué es esto? Y dije: No, señor mío.
Porque yo Jehová, no me mudo; y así vosotros, hijos de Jacob, no habéis sido consumidos.
Por tanto os digo: No os congojéis por vuestra vida, qué habéis de comer, ó qué habéis de beber; ni por vuestro cuerpo, qué habéis de vestir: ¿no es la vida más que el alimento, y el cuerpo que el vestido?
Mas os digo, que ni aun Salomón con toda su gloria fué vestido así como uno de ellos.
Y he aquí, toda la ciudad salió á encontrar á Jesús: y cuando le vieron, le rogaban que saliese de sus términos.
Mas los Fariseos decían: Por el príncipe de los demonios echa fuera los demonios.
Oid, pues, vosotros la parábola del que siembra:
Mas os digo, que ya vino Elías, y no le conocieron; antes hicieron en él todo lo que quisieron: así también el Hijo del hombre padecerá de ellos.
Y oyendo esto, se maravillaron; y dejándole se fueron.
Y después de todos murió también la mujer.
Y vuestro padre no llaméis á nadie en la tierra; porque uno es vuestro Padre, el cual está en los cielos.
Y decís: Si fuéramos en los días de nuestros padres, no hubiéramos sido sus compañeros en la sangre de los profetas.
He aquí os lo he dicho antes.
Entonces les responderá, diciendo: De cierto os digo que en cuanto no lo hicisteis á uno de estos pequeñitos, ni á mí lo hicisteis.
Y comiendo ellos, dijo: De cierto os digo, que uno de vosotros me ha de entregar.
Y entristecidos ellos en gran manera, comenzó cada uno de ellos á decirle: ¿Soy yo, Señor?
Y habiendo cantado el himno, salieron al monte de las Olivas.
Y otra vez entró en la sinagoga; y había allí un hombre que tenía una mano seca.
Y subió al monte, y llamó á sí á los que él quiso; y vinieron á él.
Y si alguna casa fuere dividida contra sí misma, no puede permanecer la tal casa.
Vienen después sus hermanos y su madre, y estando fuera, enviaron á él llamándole.
Y él les respondió, diciendo: ¿Quién es mi madre y mis hermanos?
Y estaba allí cerca del monte una grande manada de puercos paciendo.
Mas Herodías le acechaba, y deseaba matarle, y no podía:
Y volviendo á salir de los términos de Tiro, vino por Sidón á la mar de Galilea, por mitad de los términos de Decápolis.
Y luego toda la gente, viéndole, se espantó, y corriendo á él, le saludaron.
Y como Jesús vió que la multitud se agolpaba, reprendió al espíritu inmundo, diciéndole: Espíritu mudo y sordo, yo te mando, sal de él, y no entres más en él.
Entonces Jacobo y Juan, hijos de Zebedeo, se llegaron á él, diciendo: Maestro, querríamos que nos hagas lo que pidiéremos.
El entonces, echando su capa, se levantó, y vino á Jesús.
Y corrió uno, y empapando una esponja en vinagre, y poniéndola en una caña, le dió á beber, diciendo: Dejad, veamos si vendrá Elías á quitarle.
Y al sexto mes, el ángel Gabriel fué enviado de Dios á una ciudad de Galilea, llamada Nazaret,
Y demandando la tablilla, escribió, diciendo: Juan es su nombre. Y todos se maravillaron.
Y Jesús, lleno del Espíritu Santo, volvió del Jordán, y fué llevado por el Espíritu al desierto
Pero á ninguna de ellas fué enviado Elías, sino á Sarepta de Sidón, á una mujer viuda.
Y como llegaron á tierra los barcos, dejándolo todo, le siguieron.
Mas él se apartaba á los desiertos, y oraba.
Y después de estas cosas salió, y vió á un publicano llamado Leví, sentado al banco de los públicos tributos, y le dijo: Sígueme.
Y Jesús fué con ellos. Mas como ya no estuviesen lejos de su casa, envió el centurión amigos á él, diciéndole: Señor, no te incomodes, que no soy digno que entres debajo de mi tejado;
Y comieron todos, y se hartaron; y alzaron lo que les sobró, doce cestos de pedazos.
Que aparecieron en majestad, y hablaban de su salida, la cual había de cumplir en Jerusalem.
Entonces el Señor le respondió, y dijo: Hipócrita, cada uno de vosotros ¿no desata en sábado su buey ó su asno del pesebre, y lo lleva á beber?
Después que el padre de familia se levantare, y cerrare la puerta, y comenzareis á estar fuera, y llamar á la puerta, diciendo: Señor, Señor, ábrenos; y respondiendo os dirá: No os conozco de dónde seáis.
Yo sé lo que haré para que cuando fuere quitado de la mayordomía, me reciban en sus casas.
Y Jesús le dijo: ¿Por qué me llamas bueno? ninguno hay bueno sino sólo Dios.
Diciendo: ¿Qué quieres que te haga? Y él dijo: Señor, que vea.
Y como llegó cerca, viendo la ciudad, lloró sobre ella,
Diciendo: Maestro, Moisés nos escribió: Si el hermano de alguno muriere teniendo mujer, y muriere sin hijos, que su hermano tome la mujer, y levante simiente á su hermano.
Mas antes de todas estas cosas os echarán mano, y perseguirán, entregándoos á las sinagogas y á las cárceles, siendo llevados á los reyes y á los gobernadores por causa de mi nombre.
Y los príncipes de los sacerdotes y los escribas buscaban cómo le matarían; mas tenían miedo del pueblo.
Y saliendo, se fué, como solía, al monte de las Olivas; y sus discípulos también le siguieron.
Y como vinieron al lugar que se llama de la Calavera, le crucificaron allí, y á los malhechores, uno á la derecha, y otro á la izquierda.
El siguiente día quiso Jesús ir á Galilea, y halla á Felipe, al cual dijo: Sígueme.
Y díjole Natanael: ¿De Nazaret puede haber algo de bueno? Dícele Felipe: Ven y ve.
Y fué también llamado Jesús y sus discípulos á las bodas.
El viento de donde quiere sopla, y oyes su sonido; mas ni sabes de dónde viene, ni á dónde vaya: así es todo aquel que es nacido del Espíritu.
Y hubo cuestión entre los discípulos de Juan y los Judíos acerca de la purificación.
Respondió Jesús y díjole: Si conocieses el don de Dios, y quién es el que te dice: Dame de beber: tú pedirías de él, y él te daría agua viva.
Y él les dijo: Yo tengo una comida que comer, que vosotros no sabéis.
El se fué, y dió aviso á los Judíos, que Jesús era el que le había sanado.
Como vió pues la gente que Jesús no estaba allí, ni sus discípulos, entraron ellos en las navecillas, y vinieron á Capernaum buscando á Jesús.
Ninguno puede venir á mí, si el Padre que me envió no le trajere; y yo le resucitaré en el día postrero.
Y al medio de la fiesta subió Jesús al templo, y enseñaba.
Jesús respondió, y díjoles: Una obra hice, y todos os maravilláis.
Y he aquí, habla públicamente, y no le dicen nada; ¿si habrán entendido verdaderamente los príncipes, que éste es el Cristo?
Jesús les respondió: De cierto, de cierto os digo, que todo aquel que hace pecado, es siervo de pecado.
Abraham vuestro padre se gozó por ver mi día; y lo vió, y se gozó.
Dicho esto, díceles después: Lázaro nuestro amigo duerme; mas voy á despertarle del sueño.
Y habiendo dicho estas cosas, clamó á gran voz: Lázaro, ven fuera.
Ahora es el juicio de este mundo: ahora el príncipe de este mundo será echado fuera.
Y uno de sus discípulos, al cual Jesús amaba, estaba recostado en el seno de Jesús.
El que no me ama, no guarda mis palabras: y la palabra que habéis oído, no es mía, sino del Padre que me envió.
Si no hubiese hecho entre ellos obras cuales ningún otro ha hecho, no tendrían pecado; mas ahora, y las han visto, y me aborrecen á mí y á mi Padre.
Mas para que se cumpla la palabra que está escrita en su ley: Que sin causa me aborrecieron.
Respondieron y dijéronle: Si éste no fuera malhechor, no te le habríamos entregado.
Y volvieron los discípulos á los suyos.
Que no dejarás mi alma en el infierno, ni darás á tu Santo que vea corrupción.
Y hablóle Dios así: Que su simiente sería extranjera en tierra ajena, y que los reducirían á servidumbre y maltratarían, por cuatrocientos años.
El, temblando y temeroso, dijo: Señor, ¿qué quieres que haga? Y el Señor le dice: Levántate y entra en la ciudad, y se te dirá lo que te conviene hacer.
Y sin hallar en él causa de muerte, pidieron á Pilato que le matasen.
Y habiéndoles constituído ancianos en cada una de las iglesias, y habiendo orado con ayunos, los encomendaron al Señor en el cual habían creído.
Antes por la gracia del Señor Jesús creemos que seremos salvos, como también ellos.
Y le hablaron la palabra del Señor, y á todos los que estaban en su casa.
Y alborotaron al pueblo y á los gobernadores de la ciudad, oyendo estas cosas.
Así que creyeron muchos de ellos; y mujeres Griegas de distinción, y no pocos hombres.
Mas algunos creyeron, juntándose con él; entre los cuales también fué Dionisio el del Areópago, y una mujer llamada Dámaris, y otros con ellos.
Los cuales le rogaban que se quedase con ellos por más tiempo; mas no accedió,
Y comenzó á hablar confiadamente en la sinagoga: al cual como oyeron Priscila y Aquila, le tomaron, y le declararon más particularmente el camino de Dios.
En todo os he enseñado que, trabajando así, es necesario sobrellevar á los enfermos, y tener presente las palabras del Señor Jesús, el cual dijo: Más bienaventurada cosa es dar que recibir.
Así que, toda la ciudad se alborotó, y agolpóse el pueblo; y tomando á Pablo, hiciéronle salir fuera del templo, y luego las puertas fueron cerradas.
Y Pablo, llamando á uno de los centuriones, dice: Lleva á este mancebo al tribuno, porque tiene cierto aviso que darle.
Mas ayudado del auxilio de Dios, persevero hasta el día de hoy, dando testimonio á pequeños y á grandes, no diciendo nada fuera de las cosas que los profetas y Moisés dijeron que habían de venir:
Y no habiendo puerto cómodo para invernar, muchos acordaron pasar aún de allí, por si pudiesen arribar á Fenice é invernar allí, que es un puerto de Creta que mira al Nordeste y Sudeste.
Todos se apartaron, á una fueron hechos inútiles; no hay quien haga lo bueno, no hay ni aun uno:
Porque cuando fuisteis siervos del pecado, erais libres acerca de la justicia.
Así también vosotros, hermanos míos, estáis muertos á la ley por el cuerpo de Cristo, para que seáis de otro, á saber, del que resucitó de los muertos, á fin de que fructifiquemos á Dios.
Porque lo que hago, no lo entiendo; ni lo que quiero, hago; antes lo que aborrezco, aquello hago.
Y si hago lo que no quiero, ya no lo obro yo, sino el pecado que mora en mí.
Le fué dicho que el mayor serviría al menor.
Porque palabra consumadora y abreviadora en justicia, porque palabra abreviada, hará el Señor sobre la tierra.
¿Cómo, pues invocarán á aquel en el cual no han creído? ¿y cómo creerán á aquel de quien no han oído? ¿y cómo oirán sin haber quien les predique?
Que la recibáis en el Señor, como es digno á los santos, y que la ayudéis en cualquiera cosa en que os hubiere menester: porque ella ha ayudado á muchos, y á mí mismo.
Saludaos los unos á los otros con ósculo santo. Os saludan todas las iglesias de Cristo.
Mas de él sois vosotros en Cristo Jesús, el cual nos ha sido hecho por Dios sabiduría, y justificación, y santificación, y redención:
Para que vuestra fe no esté fundada en sabiduría de hombres, mas en poder de Dios.
Si la obra de alguno fuere quemada, será perdida: él empero será salvo, mas así como por fuego.
Sino que el hermano con el hermano pleitea en juicio, y esto ante los infieles?
Y por tu ciencia se perderá el hermano flaco por el cual Cristo murió.
Si nosotros os sembramos lo espiritual, ¿es gran cosa si segáremos lo vuestro carnal?
Y todos comieron la misma vianda espiritual;
Que si todos fueran un miembro, ¿dónde estuviera el cuerpo?
La caridad es sufrida, es benigna; la caridad no tiene envidia, la caridad no hace sinrazón, no se ensancha;
Porque si yo orare en lengua desconocida, mi espíritu ora; mas mi entendimiento es sin fruto.
Se siembra en vergüenza, se levantará con gloria; se siembra en flaqueza, se levantará con potencia;
Huélgome de la venida de Estéfanas y de Fortunato y de Achâico: porque éstos suplieron lo que á vosotros faltaba.
Y no como Moisés, que ponía un velo sobre su faz, para que los hijos de Israel no pusiesen los ojos en el fin de lo que había de ser abolido.
(Porque dice: En tiempo aceptable te he oído, y en día de salud te he socorrido: he aquí ahora el tiempo aceptable; he aquí ahora el día de salud:)
Porque cuanto á la suministración para los santos, por demás me es escribiros;
Porque ¿qué hay en que habéis sido menos que las otras iglesias, sino en que yo mismo no os he sido carga? Perdonadme esta injuria.
Sabiendo que el hombre no es justificado por las obras de la ley, sino por la fe de Jesucristo, nosotros también hemos creído en Jesucristo, para que fuésemos justificados por la fe de Cristo, y no por las obras de la ley; por cuanto por las obras de la ley ninguna carne será justificada.
Mas venida la fe, ya no estamos bajo ayo;
De manera, hermanos, que no somos hijos de la sierva, mas de la libre.
Y manifiestas son las obras de la carne, que son: adulterio, fornicación, inmundicia, disolución,
Para que la multiforme sabiduría de Dios sea ahora notificada por la iglesia á los principados y potestades en los cielos,
El que descendió, él mismo es el que también subió sobre todos los cielos para cumplir todas las cosas.)
Y tomad el yelmo de salud, y la espada del Espíritu; que es la palabra de Dios;
Para que seáis irreprensibles y sencillos, hijos de Dios sin culpa en medio de la nación maligna y perversa, entre los cuales resplandecéis como luminares en el mundo;
Así que le envío más presto, para que viéndole os volváis á gozar, y yo esté con menos tristeza.
Por nada estéis afanosos; sino sean notorias vuestras peticiones delante de Dios en toda oración y ruego, con hacimiento de gracias.
Para que lo manifieste como me conviene hablar.
Os saluda Lucas, el médico amado, y Demas.
Damos siempre gracias á Dios por todos vosotros, haciendo memoria de vosotros en nuestras oraciones;
Así que, el que menosprecia, no menosprecia á hombre, sino á Dios, el cual también nos dió su Espíritu Santo.
Mas vosotros, hermanos, no estáis en tinieblas, para que aquel día os sobrecoja como ladrón;
Y el Señor enderece vuestros corazones en el amor de Dios, y en la paciencia de Cristo.
Según el evangelio de la gloria del Dios bendito, el cual á mí me ha sido encargado.
Que tenga testimonio en buenas obras; si crió hijos; si ha ejercitado la hospitalidad; si ha lavado los pies de los santos; si ha socorrido á los afligidos; si ha seguido toda buena obra.
Te mando delante de Dios, que da vida á todas las cosas, y de Jesucristo, que testificó la buena profesión delante de Poncio Pilato,
Ya sabes esto, que me han sido contrarios todos los que son en Asia, de los cuales son Figello y Hermógenes.
Huye también los deseos juveniles; y sigue la justicia, la fe, la caridad, la paz, con los que invocan al Señor de puro corazón.
Pero tú has comprendido mi doctrina, instrucción, intento, fe, largura de ánimo, caridad, paciencia,
Guárdate tú también de él; que en grande manera ha resistido á nuestras palabras.
Y consumado, vino á ser causa de eterna salud á todos los que le obedecen;
Horrenda cosa es caer en las manos del Dios vivo.
Es pues la fe la sustancia de las cosas que se esperan, la demostración de las cosas que no se ven.
¿Y qué más digo? porque el tiempo me faltará contando de Gedeón, de Barac, de Samsón, de Jephté, de David, de Samuel, y de los profetas:
Pedís, y no recibís, porque pedís mal, para gastar en vuestros deleites.
Y si el justo con dificultad se salva, ¿á dónde aparecerá el infiel y el pecador?
Y en la ciencia templanza, y en la templanza paciencia, y en la paciencia temor de Dios;
Porque si en vosotros hay estas cosas, y abundan, no os dejarán estar ociosos, ni estériles en el conocimiento de nuestro Señor Jesucristo.
Lo que era desde el principio, lo que hemos oído, lo que hemos visto con nuestros ojos, lo que hemos mirado, y palparon nuestras manos tocante al Verbo de vida;
Os quiero pues amonestar, ya que alguna vez habéis sabido esto, que el Señor habiendo salvado al pueblo de Egipto, después destruyó á los que no creían:
Y nos ha hecho reyes y sacerdotes para Dios y su Padre; á él sea gloria é imperio para siempre jamás. Amén.
Diciendo: No hagáis daño á la tierra, ni al mar, ni á los árboles, hasta que señalemos á los siervos de nuestro Dios en sus frentes.
Y el templo de Dios fué abierto en el cielo, y el arca de su testamento fué vista en su templo. Y fueron hechos relámpagos y voces y truenos y terremotos y grande granizo.
Y abrió su boca en blasfemias contra Dios, para blasfemar su nombre, y su tabernáculo, y á los que moran en el cielo.
Y la bestia que era, y no es, es también el octavo, y es de los siete, y va á perdición.
Estos tienen un consejo, y darán su potencia y autoridad á la bestia.
Ellos pelearán contra el Cordero, y el Cordero los vencerá, porque es el Señor de los señores, y el Rey de los reyes: y los que están con él son llamados, y elegidos, y fieles.
Y él me dice: Escribe: Bienaventurados los que son llamados á la cena del Cordero. Y me dijo: Estas palabras de Dios son verdaderas.
Y el diablo que los engañaba, fué lanzado en el lago de fuego y azufre, donde está la bestia y el falso profeta; y serán atormentados día y noche para siempre jamás.
Y sus puertas nunca serán cerradas de día, porque allí no habrá noche.
