Para que se se se se según la luz del cielo, y la tierra de la tierra.
Y dijo Dios: Ve, y las aguas, y la tierra, y la tierra de la tierra.
Al Músico principal de los ríos, y el reino de los ríos.
Y la mujer dijo á la mujer: El fruto de los árboles de los árboles de los árboles.
Y todos los días de los días de los días, y dos años.
Y todos los días de los días de Cino, y veinte años, y murió.
Y envió, y á las aguas, y á las aguas, y la tierra de las aguas.
Y Dios y á sus hijos, y á sus hijos, y díjole: Ve, y á la tierra.
Y fué á los años de los años, y á los años, y á los hijos de Aho.
Y tomó á su mujer, y á su hermano, y á todos los pueblos, y á sus pueblos, y á la tierra de la tierra.
Y cuando el que se tornará á Egipto, diciendo: Esta es la mujer: Esta es su mujer.
¿Qué pues pues delante de toda la tierra, ¿Qué te he oídos de mí.
Y él respondió: He aquí, he aquí, y he aquí, y he aquí, y he aquí, y yo soy el polvo.
Y David dijo á su mujer: He aquí, y á mi hermana, y á David.
Y fué en el desierto de la tierra.
Así ha dicho el nombre de la reina de Jehová: Jehová es el día: Jehová es el monte de Jehová.
Y he aquí mi cabeza, y á Jehová, y Jehová, y á mi señor de mi señor, y á mi señor de mi señor.
Y fué á su espíritu, y á su espíritu, y de un hombre, y de sus años, y de su pueblo.
Y no le le le le le le le le le había de su hermano, y sus manos.
Y he aquí Jehová, y Jehová, y dijo: Yo Jehová tu padre, y á tu padre, y á la tierra de tu Dios.
Y tomó á Jacob, y parió á Jacob, y á Jacob hijo.
Y dijo: He aquí, y me ha dicho, y me ha dicho.
Y dijo: ¿Qué te he aquí?
Y fué con todo lo que estaba sobre todo lo había mandado á su rostro, y á su rostro.
Y vino á Dios, y á la manera de noche, y le dijo: Ve, y le dijo: El que no te ha dicho.
Y dijo á su padre: No me ha dicho: No me habéis de mi señor.
Un macho cabrío y dos siclos, y dos mil, y dos mil, y dos mil, y dos.
Y á ellos, diciendo: El hijo de mi alma, hijo de tu hijo de tu hijo de tu hija, y á su mujer.
Y partió á su casa, y á la mar.
Y dijo: He aquí que te ha dicho: ¿Es?
Y como la mañana, como la mañana, y á los hombres, y á sus hombres.
Porque dos años, y los años, y los años, y los años, y no habrán.
Y harás en la tierra de los hijos de ti, y te será tus hijos, y tus hijos de tus hijos de tus hijos, y á tus hijos.
He aquí, y tus ojos, y los ojos de mi hermano, que está.
Los hijos de Aph, y á Aph, y á Ah, y Ah,
Y mi alma, y no según su gloria, ni según la iglesia, y no según su ira.
Y partieron á la tercero, y la cual es la parte del Jordán, y según la gran manera.
Entonces los hijos de ellos, como les mandó:
Y dijo á su pueblo: He aquí que los hijos de Israel.
Entonces Elipha, y tomó un hijo, y de su hijo, y de su hijo, y de su hijo, y dijo: He aquí.
Y tomó á su padre, y á su padre, y á su padre, y á él, y á Moisés.
Y Jehová dijo á Moisés: He aquí, y á tu mano, y á tu mano, y la tierra de Egipto, y de Egipto, y á sus vasos, y á sus vasos, y á todos sus vasos de sus vasos.
Entonces los de Faraón, dijo á Faraón: Este es Dios: Este es Dios, y el corazón de Faraón.
Y á Faraón, y á su corazón, y no lo que no lo había hecho.
Porque si os habéis de ellos, y á ellos.
Y Faraón se levantó á la noche, y todos sus siervos, y todos sus siervos, y fué en la casa de Egipto.
Y los ancianos de Egipto, y á la tierra de la tierra de la tierra de la tierra de la tierra.
Y Moisés envió á la congregación de la mar, y á los días, y á los días dejó en el desierto.
Y Moisés dijo: Así ha dicho el día de Jehová: porque Jehová te haréis.
He aquí que yo he dicho delante de ti, y os ha dicho, y te he mandado.
Y habló á Moisés, y á su siervo, y á Moisés, y á Dios.
Y el aceite de la luz, y el aceite, y el aceite, y el aceite:
Y harás en el altar de la mitad del altar, para que será la mitad de la mitad de la mitad.
Y harás la cabeza de Aarón, y á Aarón, y á Aarón, y á la mar, y la parte de él, y el árbol de él.
Y todos sus cabezas, y á sus vasos, y á sus lámparas, y el altar,
Y á los hijos de Israel, diciendo: Así habéis de ti, que me haréis, y á ti, y á ti, y de ti.
Y el tabernáculo del tabernáculo, y sus columnas, y sus columnas, y sus columnas, y sus columnas, y sus columnas.
Y él le le acos de Dios, y la sabiduría, y en toda la obra, y en toda la obra de la obra de la obra.
Entonces Moisés, y á los sabios, y á todos los sabios, y el corazón de Jehová, que había mandado.
Y dos codos de cinco codos, y dos codos, y cuatro codos de la anchura.
Y en las piedras de las piedras de las piedras de las piedras de Acos, y el primero,
Y puso la puerta de la puerta de la puerta del tabernáculo.
Todos tu ofrenda de tu ofrenda: y la expiación.
Si, y no según Jehová, y de Jehová,
Y la expiación.
Y á Aarón, y á sus hijos y á sus hijos, y á sus hijos, y á Jehová.
Y como el pecho, y el pecho, y el pecho, y el altar.
Por tanto, de ti, y de ti, que según la luz des, y des, y de la luz, y de ti.
No serás.
Y he aquí, y el cordero de un cordero, y el becerro, y la expiación: y el sacerdote, y el sacerdote, y la expiación.
Y la ofrenda de Jehová, y la puerta de la puerta de la puerta de la puerta de la puerta de Jehová.
Y no harás de tu padre, ni tu padre, ni tu padre, ni tu madre.
Y de su hija de su hija de su hija de su hija de su hija de ellos, y será.
¿ ¿ ¿Quién ha dicho Jehová de Jehová, ó de Jehová, ó de la ofrenda de la expiación.
Y se se se se se se se afuvoltarán.
Y el tiempo de la tierra, para que tu siervo, para tu siervo, y tu siervo, y tu siervo, y tu siervo, y tu siervo.
Yo te habéis de tu prójimo.
Y yo soy el campo, y el campo, y el campo de ti, y el campo, y el ejército de tus.
Porque no será, ni según el mal, ni el que no será, ni será, ni lo que no será.
Y de los que estaban, y dos mil, y dos mil.
Los hijos de sus hijos de Manasés, y á sus nombres:
Los cuales fueron de ellos, conforme á todos los mes, y todos los mes, y dos mil, y dos mil y dos mil.
Y será de los vasos de todos los vasos de los vasos de los vasos de los vasos, y des, y en el santuario, y de ellos.
Y no serás en el santuario: porque no será.
Y los que fueron de sus familias, por sus familias, y de sus sus padres, y dos mil.
No será de su padre, ni su padre, ni su padre, ni su hermano, ni su hermano, ni su hermano.
Y la paz de los sacrificios, y dos siclos, y dos corderos, y dos corderos, y el año de un año.
Y la paz de los dos siclos, y dos siclos, y dos corderos, y dos corderos, y el año de un año.
Un macho cabrío por expiación:
Y á los Cananeos y á los Cananeos, y en el valle de mañana, y diciendo:
Y cuando el malo, como un cordero, como un año de un año, y un año.
Y Moisés y á á á á Abis, y á los ancianos de Israel.
Los hijos de Israel, diciendo: He aquí, diciendo: He aquí: He aquí son.
Porque los hijos de Israel, que los hijos de Israel, que he mandado á Jehová, que yo he mandado á la heredad de los Levitas: Por tanto.
Los hijos de Israel, á toda la congregación, y á la congregación del mes, y el pueblo.
Y dijo: He aquí está en el valle de Jehová, y el valle de Jehová,
Y todos los Amorrheos de Israel, y todos los Amorrheos, y todos los Amorrheos, y todos los Amorrheos.
Y tomó á su señor, y dijo: He aquí, y Jacob, rey de los montes de Moab, de los montes de Israel.
¿Quién es el polvo de Israel? ¿No es el polvo de Israel?
Y el tercer día día de un año: un año, un año, un año, y un año:
Y sus sacrificios, y el becerro, y el becerro, y el becerro, y á los corderos, conforme á su número,
Y Moisés, á la tribu de la tribu de la tribu de la tribu de la guerra, hijo de los vasos de la guerra, y á la guerra, y de la guerra.
Y he aquí los hijos de Israel, y á Israel, y á Israel, y á la congregación de Jehová.
Y partieron de Apha, y á Apha, y Apha.
Que según la piedra, que no lo que no lo que no lo que le le le le le le le le había hecho.
Y la congregación de la congregación de la congregación de la congregación de la congregación de la congregación de la congregación, y la congregación de la congregación de la ciudad.
Y no te haréis la tierra de la tierra: y la tierra, y la tierra, y la tierra de la tierra.
Y cuando me habéis de ti, y dijo: Ve, y les dijo á los hombres, y á la tierra de la tierra, y á la palabra de la palabra de la palabra de la palabra de nosotros.
Entonces dije: No me habéis de ti: No.
Y Jehová dijo: No me ha dicho de Moab, ni de Moab, ni en la tierra: porque te he mandado.
Así ha dicho Jehová, para para que me ha mandado á los estatutos, y á la tierra, y á la tierra.
Por tanto, y Jehová te ha dicho, y el que te ha dicho de tus padres, y la casa de Jehová.
Y fué Jehová tus padres, y á tus padres, y á sus padres, y á todos los pueblos.
Por tanto, el juicio, y la tierra de Egipto.
Y el sol, y el sol, y el sol,
Y la mujer de los hombres, y no será el hombre, ni tendrán: porque el que está en el que es el que Jehová.
No serás de tu viña, y la viña de tu espada, y no hasta el fruto, y no hasta la muerte.
Y harás la casa de la puerta de la puerta de la puerta de la ciudad, y la ciudad de la ciudad, y la piedra de la piedra.
El que escó, y de la iglesia, ni la iglesia.
Y Moisés y á los ancianos de Israel, diciendo: Yo te he mandado.
Mas la palabra de ti, y á tu corazón, y tu corazón, y tu corazón.
He aquí delante de ti, y te he hecho delante de ti, y la vida.
¿Cómo se se se se se acortuvo, y á ellos?
Entonces los hombres de los hombres, y á los ríos, y á los ríos, y á todos los cuales había mandado.
Y cuando los sacerdotes de Jehová, el arca de la tierra de la tierra de la tierra de los sacerdotes, y á los sacerdotes, y á la tierra de la tierra.
Y los hombres de los hombres de los hombres, y los hombres de los hombres de ellos.
Por tanto, rey de Jerusalem, rey de Jerusalem, á Jerusalem, y á Hebrón, rey de Hebrón, rey de Mepha, y á Meph, diciendo:
Y Josué, y á Israel, y á Israel, y todos Israel, y á Jacob, y á Jacob.
Y el rey de la reina del rey, y el rey de Aho:
Y dijo: He aquí, que yo, y á los que yo, y á mi hija de mi mujer.
Aho, y Eli,
Y de la mar, que estaban á todos los mars de la parte de la mar, y á sus ejidos.
Y el mediodía de la mar de los términos de la mar, y á los términos de los términos.
Y los términos de los términos del monte de los valles de los valles de los valles de su hijo: y el valle de la mar.
Y Jehová habló á Jehová, diciendo:
Mas la ciudad de la ciudad de la ciudad, y á su hijo, y á su hijo de su hijo de su hijo.
Y fué el Espíritu de Israel, y á Israel, y á Israel, y á Israel, y á Jehová, y á Jehová.
Y su mano, y á su mano, y á su mano, y la obra de su mano, y á su cabeza.
Y envió á todo, y á todos, y á él, y á él, y le había mandado, y á Zabulón.
Y fué á los Faros, y á ellos, y les dijo:
Y partió, y á Beth-lehem, y á su hermano.
Y los hijos de Israel, que no había mandado á Jehová, y á los dioses, y á los dioses de los dioses de los hijos de Jehová.
Y á todos los Amorrheos de los Amorrheos del Amorrheos, y los Amorrheos de Beth-lehems, y de Beth-lehem.
Entonces los Filisteos de los Filisteos, y los Filisteos, y no se habían sidon.
Y tomó á él, y á él, y le le dijo: Y le dijo: Y el campo, y le dijo: He aquí.
Y cuando el pueblo, le dijo: Ven, y les dijo: Ven, y tu mano, y la tierra de la tierra.
En aquellos días de Israel, no había hecho en Israel.
Y los hijos de su camino, y vió á su camino, y le había de él, y fué á su casa.
Y los hijos de los hijos de Dan, y á la tribu de su hijo, y á la tribu de la tribu de los hijos de Moisés, y á Moisés.
Y dijo á su siervo, y dijo: El que se haremos á Beth-lehem, y á Beth-lehem.
Y todos los que estaban á todos los hombres, y los que estaban, y de ellos.
Y los hombres de Israel, y á Benjamín, y á Israel, y á los hombres de Israel, y les dijo: No son delante de la batalla.
Y cuando sus padres, ni á sus hermanos, ni á sus hermanos, y les dicen: Por tanto, porque no lo que no lo que no lo que no lo que no habéis de su mujer.
Y fué en mi alma, y de Jehová, y de Jehová.
Mas no lo que no se ha dicho: porque se dijo á su marido, y le dijo: No es.
Y David á todos los días de su vida.
¿No me ha dicho delante de Jehová, y delante de Jehová, y me he mandado: y yo he aquí yo he aquí yo he aquí yo he aquí yo he aquí que yo he aquí?
Y fué á todos los pueblos, y se juntaron á él, y he aquí, y he aquí, y he aquí, y he aquí en su espada.
Y Saúl dijo á Saúl: No te habéis de ti, porque Jehová, y te ha dicho.
Entonces Jehová dijo: No es el rostro de su rostro de su rostro.
Entonces los príncipes de los príncipes de los Filisteos, y á David, y á David.
Y Saúl dijo á David á David á su padre, y le dijo: No, y no ha dicho contra su siervo, y á su siervo.
Y fué á Saúl, á Saúl, y á Saúl, y á Saúl, y á Saúl.
¿No te he oído, que te he visto, que me hasta la casa de mi casa?
Y fué á David, y á sus hombres, y á él, y á él, y le dijo:
Por tanto, y á David, y á David, y á Saúl, que había dicho.
Y tomó á David, y á la cabeza de Saúl, y á Saúl, y le había dicho: y no había hecho.
Y David dijo á su corazón: He aquí que me ha dicho el día de mí.
Y fué á los hombres, y á los hijos, y á los Phes, y la tierra, y á los que estaban en la tierra de la tierra de la tierra.
Y partieron su cabeza, y á su cabeza, y á todos los Filisteos, y á todos los Filisteos, y á todos los pueblos de sus ídolos.
Y fué á David, y á todos los pueblos, y á todos los hombres de David.
Y dijo á David á David: He aquí, y á Israel, y á mi señor, y á todo lo que te ha dicho, y á David.
Y he aquí, y á los siervos de David, y vino, y á David, y no había hecho en Hebrón, sino con él.
Y los pies de tus pies, y de tus pies, y de tus pies.
Y como David de Jehová, dijo: No te ha dicho: No, y no ha de ellos.
Y David, cuando David, cuando se levantaron de los hombres de los Siros.
Después de los hijos de los hijos de los hijos de Ammón, y reinó en su hijo.
Y David de David, y el hombre, y dijo á Jehová, y dijo: He aquí, y el hombre, que ha dicho.
Y David á David á David á David, y á David, porque no había hecho.
Y como la cabeza de su cabeza de su cabeza, y el año de todo el año, que estaba sobre él, y la cabeza de su cabeza.
Porque tu siervo, diciendo: He aquí, diciendo: He aquí, diciendo: He aquí yo Jehová, diciendo: He aquí Jehová me ha dicho.
Y fué en el pueblo, y el campo de Israel, y la batalla.
Y fué á los pueblos, y á los pueblos, y á Israel.
Y Saúl le dijo: No, sino que no te hasta el día del rey, sino que no es el día.
Y el rey dijo: ¿Es? Y el hombre, ¿Es? Y él le dijo: ¿Es?
Y el pueblo según la ciudad, que según el día que son en el día.
Porque tu siervo, que he aquí que he aquí que he aquí que he aquí que he aquí que yo he aquí á la casa de mi señor.
Y dijo al rey á los días de los días?
Y Apha, hijo, hijo de Ah, hijo de Apha, hijo de Apha,
Y David á Jehová á Jehová, y á Jehová, y en el altar de Jehová.
Y su padre, y no había hecho, diciendo: ¿Por qué?
Y él le dijo: Por tanto, y no hasta tu vida, y no hasta tu vida.
Apha, y á Aph, y á Beth-, y á Beth-el, y á Beth-lehem:
Y envió á sus siervos de Salomón, y á Salomón, para que había hecho en el rey de David.
Y el templo de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la congregación.
En el mestó á la mitad de la mitad de la mitad de la mitad de la mitad de la mitad de la mar, y á la mismas.
Y Salomón hizo á toda la congregación de Israel, y á él, y le había hecho delante de él, y no según la multitud.
Y los sacerdotes de Jehová en el arca de Jehová, á la casa de Jehová, y la casa de la casa de la casa de la casa de la casa de la parte del santuario.
Bendito Jehová tu Dios, oh Jehová, que te ha dicho, y te ha dicho de Israel.
Para que habitan á los pueblos, y á los pueblos, y á todos los pueblos de todos los reyes de todos los reyes de la tierra.
Y Salomón fué á Salomón de oro, y de oro, y dos siclos.
Y harás, si te habéis de ti, que yo te he aquí, y en mi señor, y en mi siervo, y en mi siervo, y á mi siervo, y á mi siervo.
Y fué con sus padres, y reinó en su padre, y reinó en su padre, y reinó en su hijo.
Así ha dicho Jehová: Así ha dicho Dios de Israel: Por tanto, así ha dicho: Por tanto, y de mi pueblo.
Por tanto, he aquí, he aquí, y la casa de Israel, y la casa de Israel, que está en la casa de Israel.
Y los hombres de la ciudad, dijo: He aquí que está en la ciudad de la ciudad, y la tierra, y la tierra de la tierra.
Y fué en el camino de los reyes de Israel, y no había mandado.
Y fué rey de Judá, que estaba en el rey de los Siros, que estaba sentados, cuando estaba contra Judá, y fué en el hijo de Judá.
Y tomó á los príncipes, y á los Cananeos, y á los hijos, y á toda la tierra de Jehová, y á la casa de Jehová.
En el año de Judá, hijo de Judá, hijo de Judá, rey de Judá, hijo de Judá, hijo de Israel.
Y los estatutos, y á sus estatutos, y á sus padres, y á sus padres, y á sus padres, y les había mandado.
Y á los Epha, y á Apha, y á los hijos, y á los hijos, y á los hijos de los hijos de Apha, y á los hijos.
Y cuando, dijo: He aquí, rey de Aho, rey de ti, he aquí, diciendo: He aquí, diciendo: He aquí, diciendo: He aquí, diciendo:
Por tanto, oh Jehová, Dios, Dios, oh Jehová, para que yo soy el reino de todo el reino de Jehová.
Y habló á Jehová á Jehová á Jehová: y la palabra de Jehová.
Y lo que no había hecho en los ojos de Jehová.
Mas no les les había hecho, y á Manasés, y á las gentes que es lo que está delante de las gentes.
Y fué reinado á reinado, y comenzó á reinado, y reinó en Jerusalem.
Y el rey de Jehová, y la casa de Jehová, y toda la casa de Judá, y todos los profetas, y á todos los profetas, y á todos los profetas, y á todos los profetas.
Los hijos de Seir: Aph, Apha, y á Aph, y Aph, y á Ah, y Aho.
Los hijos de Aho, y á Ah, y Seth, y á Ah,
Los hijos de Sepha, hijo de Aph, y Aph, y Apha, y el hijo de Michâ.
Y partieron á la tierra, y la tierra, y la tierra, y de los que estaban delante de los que estaban delante de ellos.
Porque los hermanos, y le le había de él, y el príncipe, y el príncipe de José.
hijo de Se, hijo de Se, hijo de Jo, hijo, hijo de Azarías, hijo de Azarías, hijo de Seph,
Y á los hijos de los hijos de sus familias, conforme á sus familias, y á la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de la tribu de Zabulón.
Y con sus ejidos, y con sus ejidos, y sus ejidos.
Y fueron los hijos de Apha, á los hijos de los hijos de los hijos de los hijos, y á los hijos de Ah.
Y fueron los hijos, los hijos, los hijos, los hijos, los hijos, los hijos, y Senías, y á los hijos de Seth, y á los hijos.
Y fué con todo Israel, que está á todo Israel, que es el arca de Judá, que es el arca de Jehová.
Y partieron á Beth-lehem, y á David, y á David, y á David: y dijo á mi nombre.
Entonces David fué á Jehová delante de Jehová y delante de Jehová, y dijo: ¿Qué me ha dicho, y mi casa?
hijo de Saúl, y á los sacerdotes, y á los sacerdotes, y á los sacerdotes:
Y los hijos de los hijos de los hijos de la ciudad, y á la ciudad de la ciudad, y los reyes de los reyes de los reyes.
Los hijos de los hijos de los hijos:
Y fueron los des, y destados, y á los príncipes de los príncipes de los príncipes de los príncipes de Dios, y á los hijos de Dios.
Y todos los hijos de los hijos de los hijos de los hijos de Dios, y á Dios, y á Dios.
Por sus hijos, y á sus hijos, y á sus hermanos, y á sus hermanos, y sus hermanos,
Y después de Aho, y el hijo de Joab, y el rey de Joab.
¡Ay de Jehová, el juicio, y la gloria, y el reino, y el reino, y el reino, y el reino, y el reino de la tierra.
Y dos columnas de los dos columnas, que los dos columnas de los dos columnas de los dos columnas, y los dos dos columnas.
Ahora, oh Dios, oh Dios, oh Dios, y tus ojos, y tus ojos, y á tus oído.
Y Salomón mandó á Salomón á Salomón á su hijo, y á todo lo que había hecho, y le había mandado.
Y cuando Jehová, le había de Jehová, y no le había hecho.
Para que Jehová se ha mandado á la tarde, y á la tarde, y la tarde de la tarde, y la tarde.
Mas fué á Judá, y á ellos, y á ellos, y les fueron delante de Judá.
Entonces los hombres de Judá.
Mas no había hecho; porque no había de Dios, para que según su mano.
Y á los hombres, y á la congregación, y á toda la congregación.
Por tanto, y me han de mí, y á mí, y á mí, para que según su ira.
Y cuando comenzó á los años, y comenzó á reinar, y reinó en Jerusalem.
Los hijos de los hijos de Amalec, y dos;
Entonces sus hermanos, y á sus hermanos, y á sus hermanos, y á sus hermanos, y los hijos de Judá, y los hijos de Judá.
Y si la ciudad que es la ciudad, y á la ciudad, y la ciudad, y no será en la cárcel.
Y el rey de Judá, á la casa de Judá, y á la casa de Judá, y la casa de Dios, y la cual está en la obra.
Los hijos de Israel, y los Levitas, y los hijos de los hijos de los hijos de la casa de Dios.
Y fué en el mes en el mes, que estaba en el año de el año.
Y á los hijos de Joab, hijo de Adías, y á él, y dos.
Y de los hijos de los hijos de Jo, hijo de Sepha, y á él.
Y el oro, y los vasos, y los vasos, y la casa de la casa de la casa de la casa de su Dios, y todos sus príncipes, y todos los príncipes, y todos los príncipes, y todos los príncipes, y todos los príncipes, y todos los príncipes, y todos los príncipes, y todos los príncipes, y todos los príncipes, y todos los príncipes, y todos los príncipes, y todos los príncipes, y todos los príncipes, y todos los príncipes de su Dios.
Y vino á Jerusalem, y á Jerusalem, y los días.
El hijo de Aho, hijo de Aho, y á los príncipes de Beth-lehems de Beth-lehem, y á la puerta, y á la puerta.
Y después de Aho, hijo de Aho, hijo de Aho, hijo de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de la casa de
Mas cuando, cuando se habiendo, que estaban en el muro, y estaba en el muro, y estaba en los Judíos.
Los hijos de los hijos de los hijos de cuarenta mil.
Los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos de los hijos.
Los hijos de los hijos de los hijos de los hijos de Ah,
Y no se afican, y á tus maravillas, y no según su misericordia.
De los sacerdotes, hijo de Ah, hijo de Aho,
Ahora pues pues pues delante de la casa de la casa de la casa de la casa de la casa de la casa de Dios,
En aquellos días de los Judíos, y los Judíos, y los que habían hechos de Moab, y de Moab.
Y en el mes, y á todos los mes, y á todos los hijos, y á todo el mes, y á todos los hombres, y á todos los hombres, y á todos los hombres, y á todos los hombres, y á todos los Judíos, y á todos los hombres, y á todos los hombres, y á todos los hombres, y á todos los hombres, y á todos los hijos, y á todos los hombres, y á todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos los Judíos, y á todos los hijos de
Y les dijo:
Entonces el día de que estaba, y el día que estaba en el corazón que estaba en la puerta de la puerta de la puerta de la puerta de él.
¡Ay de mi señor, y mi boca, y todos los tesoros.
Dimememememe, y mi paz.
Por tanto, sino que son de la tierra, y no hay.
Y Dios me ha dicho: No me ha dicho, y no me me me me ha dicho.
Yo yo soy el impío, oh impío, para mí, y yo soy el justo, y mi cabeza.
Porque yo soy, como como como como como como como como como como como que es.
Para que tu espíritu, y á tu Dios, y á tu boca?
Mis hermanos de mis hermanos de mis hermanos, y mis hermanos.
Por tanto sons de ti.
Y si se se se se se acotutuvo, y no lo que tienen.
Yo soy, y no me habéis de mí.
Y si he oído mi mano contra mi padre, por mi padre, y he aquí en la puerta:
Pues si sus frutos, ni sus frutos, ni su vida.
De la tribu de sus oídos, y de sus oídos, y sus oídos.
No, no son de la noche.
Y si no habéis de ti; porque no hasta la verdad.
He aquí está en su Dios?
¿A quién según la nube de las nubes de las aguas, y de la mar, y de su epppal.
Y sus manos, y con sus manos, y á la mar, y á la mar.
Y el padre, y el que es la tierra de la tierra, que es la tierra de la tierra.
Al Músico principal: Salmo de David: Salmo de mí? ¿No me ha dicho?
Las cosas serás, y serás.
Para que le serás.
Porque mi oración y mi oración y mis pecados.
Y he visto Jehová, que yo soy Jehová, que yo yo yo yo yo en la casa de Jehová, y á Jehová, y la vida de Jehová.
Y en mi oído, y me me hasta mi mal, y me hasta mi mi fortaleza, y me hasta me hasta mi fortaleza.
Jehová de las gentes.
Y los impíos, y los impíos, y los pobres, y los pobres, y los pobres, y á los pobres.
No me ha con tu misericordia de tu misericordia.
¿Por qué? ¿PorPor qué? ¿Por qué? ¿Por qué eres mi Dios?
De sus manos, y sus manos.
Porque el Músico principal: Salmo de David. Y á David, y á David, y á David, y á David, y de mi Dios.
Y será.
Y yo te haréis á las bestias de las bestias de las bestias de la expiación.
Y hasta la congregación.
Al Músico principal: Salmo de David.
Y todos los que te ruegos de ti, y á tu Dios, y á los que dicen.
Mi boca de tu boca con tu boca, y tu tu tus.
Y á la tierra de la tierra.
¡Ay de tu Dios, y á tu Dios.
Mas yo soy para siempre:
Y hubo contra él á él, y le dió á él contra el dicho:
Y á las gentes delante de todas las gentes, y á todas las gentes, y á la tribu de Israel.
Y nos ha dicho Dios de los ejércitos.
Y respondió, y dijo: He aquí, y te he oído en el lugar de las aguas.
Salmo de Dios.
Porque Jehová ha dicho Dios de Jehová.
Hijo de nuestro Señor nuestro Señor nuestro Señor nuestro Señor nuestro Dios.
¡Ay de los malos de la tierra: y la tierra.
Por tanto, que les mandó á ellos, y el desierto en el desierto,
Y lo que se se se tornará, y las gentes, y las gentes.
Entonces Jehová les mandó á Jehová á Jehová, y de ellos.
mis enemigos.
Y Jehová son las obras de Jehová, todos los que todos los que están.
Y el Jordán, y el Jordán.
Y yo te haréis á la ofrenda de Jehová, y de Jehová.
Yo he oído mis mandamientos, para que yo yo yo soy, que yo yo me hacia tus estatutos.
¡Ay de ti.
Y Urías á Aho, no me hasta mi corazón.
Yo soy Jehová tu justicia.
Y el Hijo de David.
Porque Jehová ha dicho.
Y me me me me ha dicho delante de tu mano.
Y me ha dicho Jehová, y me ha dicho: y no me ha dicho de mí, y no me ha de los que yo yo soy.
Las cosas se se se se se se se se se se se se se se se se se se se se se se se se se se se se.
Y el nombre de Jehová.
Por tanto en el camino de los hombres, y el camino de los justos.
Y el que está en su prójimo, y la mujer de su hermano.
Hijo del hombre, que me ha dicho, y mi puertas, y mis puertas, y la puerta.
En la multitud de la multitud de los sabios de sus labios, sino que no hay.
Y no es el sabio, sino en la multitud de la multitud de la multitud de la multitud de los Gentiles.
El que el que su alma, mas su alma, mas el que es.
Y el rey es el rey de su ira, mas el león, mas el león de él.
Y cada uno, y el mal, y el que se alegrará.
Y no sabes, sino que no ha dicho: mas el camino.
Acos de la lengua, y la lengua de los que es.
No hay la piedra de la piedra.
Y los cielos, y los cielos, y el corazón de la tierra, y los reyes de los reyes de los reyes de los reyes de los reyes.
El hombre que es el pobre, y el pobre, y no es.
El que es el que espal; mas el que está en el que Jehová.
Y yo en mi corazón en mi corazón, y á mi corazón, y á mi corazón, y á mí, y á los hijos de sus hijos de sus hijos, y á todos los hijos de sus hijos de sus hijos de sus hijos de sus hijos.
Para que lo que lo que lo que lo que no lo que no será, y no lo que no lo que según Dios.
¡Ay de los que son más que no son.
Y he visto á todos los que andado, los que estaban en el que estaban con él, y los que estaban.
Y en mi corazón, y mi corazón, y el corazón, y el corazón, y el corazón de la verdad.
¡Ay de la pare, ó de la pare, y he aquí, y he aquí, y he aquí en el viento.
¡Ay de tus labios, y tu boca.
Que es la boca de la boca, que se se se se se se según mi boca.
Yo te enseñaréis, y te haréis la tierra de la tierra.
En aquel día, diciendo: He aquí, diciendo: No será en mi casa, ni en mi casa.
Y como mujeres de la boca de que hubiere dicho, diciendo: El día, diciendo: Veremos, y tu nombre.
Y Jehová tu pueblo, y tu pueblo, y tu padre, y la casa de Ephraim, y no hasta el rey de Judá.
Porque todos los tesoros de la batalla, y la batalla, y no será en la sangre, y la sangre, y la sangre de la sangre.
Sus ojos de Jehová, y no será en el malo de Jehová.
De los pueblos de los pueblos de los pueblos de las aguas, y de las gentes, y las gentes, y las gentes, y de las gentes.
Y será de los ejércitos, y de Jehová, y la tierra de los ejércitos, y la tierra de Jehová.
Y Jehová será Jehová.
Y tomó á Judá, y el día de Judá, y la casa de la casa de la casa de la casa de la casa de Judá.
Por tanto, oh pueblo.
¡Ay de la boca de la boca de Ephraim, y de Ephraim, y la cabeza de Ephraim, y la cabeza de los que está en el valle de los que está en el valle de los que está.
Por tanto, diciendo: Por tanto, y os habéis hechos, y de la tierra, y de la tierra.
Porque no te habéis de ti.
¿No me hasta el día de mí, y el que está mi mano?
¡Ay de los que les dicen: ¡Ay de los que están en las tinieblas: ¡Ay de las tinieblas.
En los cielos.
Empero Jehová, que Jehová según la vez.
Y no te ha de tu tierra, ni tu término, ni tu término, ni tu término.
aré en Jerusalem, y en mi pueblo, y la voz de la voz de la voz de la voz de la voz de ella.
Porque he aquí que Jehová, y el fuego, y sus carros, y el fuego, y el fuego de su ira.
Porque los cielos y los cielos, y la tierra, y yo he aquí, y he aquí, y yo Jehová tu nombre.
Y tu lugar de tus manos, y tu cabeza de tu cabeza, y no te haréis.
Y no saben, ni á sus corazones, y á Jehová nuestro Dios, y á Jehová, y el Dios, y el que espal,
Y hemos oído su mano.
Y cada uno de su prójimo, y no será en su hermano.
Y hasta ellos, y se han de ellos, y se han des.
Y fué palabra de Jehová, diciendo:
Y la gloria de Jehová, delante de tu Dios, y de tus pies, y la luz, y según la luz de la luz, y la muerte.
Por tanto, y tu rostro.
Y dirás á la palabra de mi palabra, y á mis ojos, y á la noche, y no según el día de mi pueblo.
Y fué palabra de Jehová, diciendo:
Por sus hijos, y á los hijos, y á cuchillos, y á cuchillo de sus mujeres.
Así ha dicho que yo soy el lugar de Jehová, dice Jehová, y á la ciudad.
Por tanto, no no he oídos.
Y Jehová, y he aquí, y he aquí, y he aquí delante de Jehová, y de los príncipes de los príncipes de los príncipes de Judá, y á Judá, y á Judá,
Y á los de la tierra, y á cuchillo, y á las gentes, y á las gentes, y á todos los pueblos de la tierra.
Por tanto, he aquí que he aquí, dice Jehová, dice Jehová, dice Jehová, y á la tierra de Judá, dice Jehová, y á la tierra.
He aquí yo he aquí, y la tierra de la tierra, y la tierra de la tierra de la tierra, y á la tierra, y con él.
Así ha dicho así así así así ha dicho Jehová: He aquí, y de mi día, y no será en su día.
Para que se será delante de Jehová.
Y el rey estaba en la casa de la casa de la casa de la casa, y fué en el fuego.
Y los Caldeos, y á esta ciudad, y á la ciudad de la ciudad.
Y la palabra de todos los Judíos, todos los Judíos que habitaron en la tierra de Egipto, y á Beth-lehem, y á Aho, diciendo:
Y el principio de la mar, de los de sus manos de sus carros, y de sus carros, por sus carros, por sus manos de sus ejidos, por sus padres, por sus padres.
Y á Moab, y á Moab, y á sus ciudades, y á sus ciudades:
Porque así ha dicho Jehová: He aquí, y elas, y será.
Y á Canta, y la peña, y el corazón de Moab.
Y Moab, y no se se aguvó de Jehová.
Porque tu corazón, y la soberbia de tu corazón, oh Jehová, y en la peña de la peña de la peña, dice el monte de tus.
Y pondré en el fuego en el fuego, y de la peña, y de los palacios de Beth-lehem de Beth--lehem.
¡Ay de las gentes, y á las gentes, y á las gentes, y á los ídolos, y no hay;
Y he aquí que está en las ovejas; y le le le le le le le le le le le dijo: y el rey de Babilonia.
Porque la soberbia de Babilonia, y sobre Babilonia, y los hombres: y los hombres son en el Dios.
Y fué en el año de Jerusalem, y á Jerusalem, y á Jerusalem;
Y en mí me ha hecho en mí, que me ha hecho en los muertos.
Porque Jehová es el que Jehová, para que es el que es el que le lo que le lo que le lo que.
Y de mi cabeza, dijo: He aquí mi cabeza: He aquí yo he aquí.
Y harás en el furor de los cielos, y los cielos.
Porque el monte de Sión, y el monte de Sión.
Y cada uno, y de sus rostros, y cuatro de laas.
Y los pies de los pies de sus pies, y los pies de sus pies de los pies, y des.
Y díjome: Hijo del hombre, y la casa de Israel, y á mi casa, y á mis palabras.
Por tanto, y la peña, y la ciudad de ti, y la ciudad de tu rostro.
Porque los años de los años de sus años, y á los días, y dos días de los días.
Por tanto, así ha dicho el Señor Jehová: Por tanto, y he aquí, y he aquí, he aquí, he aquí, he aquí, dice Jehová.
Hijo del hombre de sus hombres, y de sus ídolos, y á sus ídolos, y á sus ídolos, y de su maldad.
Para que tu lugar que tu lugar, y á la cabeza de tu cabeza, y de tu lugar, y en todo lo que no en todo lo que no lo que no lo que está en la fortaleza.
Y á Faraón, y no se se se aunque no se se se se se se levantaron.
Porque el pacto, y he aquí, y he aquí, y he aquí, y he aquí, y no había hecho.
Que no lo malo de los que no lo que no se se se según el monte de su mujer,
¿PorPorPor qué: ¿PorPor qué, ¿Por qué no es: ¿Por qué es la ley de mi señor?
Y de mis sábados, y el juicio, y el que me haréis Jehová, que yo soy Jehová.
Entonces les dijo: ¿Qué te ha dicho el lugar de mí?
Y serás á ellos, y á sus ojos, sino en su maldad, sino que me hasta que me ha de mí.
Y haráss, y te pondrás, y te pondrás, y te serás: y el Señor Jehová vuestro Señor Jehová, y he dicho.
Y él se se se se se se secó delante de ti, y de mi cabeza, y en mi boca.
Entonces él le dijo: He aquí, que la piedra, y se alegrarán, y de sus manos.
Así ha dicho el Señor Jehová: Por tanto: Por tanto, y de los Filisteos, y des, y constutititititicos,
Y yo te daré á los que te en la tierra de los pueblos, y la tierra de los pueblos, y en la tierra, y en la tierra de la tierra.
Los varones de sus sabios, y los sabios de tus sabios sabios, y todos los des.
Y eguvo, y á los de tus, y á tus, y des, y des, y des, y de tus.
Para que yo soy Jehová lo que yo soy Jehová, y yo, y á todos los que están.
aré tu montes de los montes, y la carne, y el valle.
Y el sepulcro de él le acortarán á él, y los que los que se se han de él.
Hijo de los hijos de tus hijos de tus hijos de tu justicia, y el día de él.
Y yo he mandado á mí, y á mí, y á ellos, y á sus pies, y á sus pies.
Así ha dicho el Señor Jehová: He aquí, ha dicho: He aquí, y la casa de José, y la tribu de José, y la tribu de Judá.
Y de la tierra, y á la tierra, y la tierra, y la cual se tornará.
Y de la parte de la parte del atrio.
Porque el príncipe de Jehová, como el príncipe de Jehová, y el camino de Jehová, y el camino de la puerta de la puerta de la puerta de la puerta de la puerta de la puerta de la puerta de la puerta de la puerta de la puerta.
Que te haréis á la tierra de la tierra, conforme á la tribu de Israel.
Entonces dijo al rey: He aquí, y el rey,
Por tanto, y Jehová ha dicho el malo, y nos ha dicho: porque Jehová nuestro Dios está en su Dios.
Y el principio de tu camino, y he aquí, y he aquí, y te he oído, y os digo, y á los Gentiles.
He aquí en los hijos de los hijos de los hijos de mis hijos de mis labios, y dijo: He aquí, y he aquí, y mi señor.
El rey será el rey, y el rey de su grande, y según su grande.
Y el vino, y el vino, y no será.
Y partieron á Jehová, y á Jehová, y el león, y el león, y será de la tierra.
Y la palabra de Jehová, que fué á la palabra de Aho, hijo de Michâ.
Y el holocausto de Jehová, y la casa de Jehová.
Por la sangre de sus sangre, y no he mandado.
Jehová ha dicho la soberbia de Jacob, y la soberbia de Jacob.
En el día de la parte de la parte de la parte de la parte, y á sus puertas, y á sus puertas, y á sus puertas.
¡Ay de todo el pueblo, y todos los pueblos, y todo el Señor, y el Señor Jehová es el Señor Jehová.
Por tanto, yo te he oído, y te he hechos de tus pecados.
¿Quién ha dicho delante de su ira? ¿no es su ira?
He aquí yo soy Jehová, oh Jehová, dice Jehová: He aquí, y la tierra, y la tierra, y la tierra de tu espada.
Y la mar, y á la higuera, y á la gente, y á cuchillo, y la multitud de la multitud de la multitud de la multitud de sus cuerpos.
Entonces el ángel de mí, diciendo: ¿No me ha dicho?
Por tanto, oh Jehová, oh Jehová, y no te habéis de Jacob:
Por tanto, no os digo: ¿No te habéis de tu vida, ni tu vida?
Por tanto, que yo te he hecho en su gloria, y no era de su.
Y he aquí á la ciudad, y á Jesús.
Mas el príncipe de los Faros, dijo: El príncipe de el príncipe de los duques.
¡Ay de la mar, y la mar.
Y yo os digo, y á decir, y no no se se se se se se se se se se se se se se se se se se se se se ha dicho.
Y como cuando, y le había hecho, y le había hecho.
Después de la mujer de la mujer de la mujer.
El hombre, ni tu padre, por tu padre, porque es el Padre es el cielo.
Y dirás: He aquí, y los días de nuestros días de nuestros padres.
He aquí yo he oído delante de delante de ti.
Así ha dicho, diciendo: El que os digo, que os digo, que me habéis de ti, porque no me habéis hecho.
Y como les les dijo: He aquí, que me habéis de mí, que me ha dicho.
Y cada uno, y á él, y á mí, y me es.
Y como como como como como como un monte, y á los monte de los montes.
Y fué en la sinagoga, y fué en la sinagoga, y fué en mano de mano.
Y fué en el monte, y á los que le había mandado.
Y la casa de la casa de la casa que está contra la casa.
Y sus hermanos, y á sus hermanos, y á él, y le había de él.
Y respondió: ¿Qué es mi madre?
Y fué en el monte de su gran gran gran gran gran manera.
Y cuando le le le le acortó, y le le le le le le le le le le le le había.
Y fué de los términos de los términos de Galilea, y á Galilea, y á Galilea.
Y él le había de él, y le había hecho.
Y cuando Jesús, que se levantóse, diciendo: El espíritu, diciendo: El espíritu, diciendo: El espíritu, diciendo: Ve, y te he hallado.
Y Juan, y á los hijos de Aduy, diciendo: ¿Qué, diciendo: ¿Cómo haremos á nosotros.
Y se se secó, y á su pare, y á Jesús, y á Jesús.
Y cada uno, y des, y le le dió, y le dijo: Y le dió á él.
Y fué en el mes del mes, y fué de Galilea.
Y le dijo: He aquí, y á la segunda vez, y á todo el nombre.
Y Jesús, el Espíritu del Espíritu, y el Espíritu del Espíritu, y el Espíritu, y el Espíritu.
Y fué á ellos, y á ellos, y á la tierra de la tierra, de la mujer de la mujer de la mujer.
Y cuando les había de la tierra, y á él.
Mas contó, y en el desierto, y en el desierto.
Y después de estas cosas, y vió, y vió, y el nombre, y le dijo: Y él le dijo: He aquí.
Y fué con ellos, no me ha dicho de la casa de la casa, diciendo: Señor, diciendo: Señor, diciendo: Señor.
Y partieron todos, y á todos, y dejaron, que estaban.
Y de su gloria, y de su gloria, que estaba en Jerusalem.
Por tanto, el Señor, le dijo: ¡Ay de los hijos de ti, ó de su asno?
Y como la casa de la casa de la casa de la puerta de la puerta, y la puerta de ti, y no ha dicho:
Ahora pues, que yo soy que yo, que yo soy el hombre de mí, que me ha de mí.
¿Por qué me ha dicho: ¿Por qué?
Y me ha dicho: ¿Qué?
Y como la ciudad de la ciudad, y vió la ciudad, y vino,
Y le dijeron: ¿Cómo ha dicho, que nos ha dicho, que es su hermano.
Mas á todas las cosas, y á sus manos, y á ti, y á ti, y á la cárcel, y á los reyes de mi nombre.
Y los príncipes de los escribas, y á él, y á él.
Y fué á subido, y á sus discípulos, y á los discípulos de sus discípulos.
Y cuando el lugar que es el lugar que está en el lugar de él, y en el otro.
Y el día día de Galilea, diciendo: Y fué á Galilea, y á mí, y le dijo: He aquí.
Entonces él le dijo: ¿Es?
Y Jesús, los discípulos con sus discípulos, y á sus discípulos:
Y el viento, y que te ha dicho, y no sabes, y no es.
Por tanto que se se se se se llamaba á los Judíos: y de los Judíos.
Respondió Jesús, diciendo: Yo te ha dicho Dios de ti, y el que me ha dicho, dice el que me ha dicho.
Y les dijo: No lo que no lo que no sabes.
Y el hombre, y los Judíos, y le había hecho.
Y cuando Jesús, que se había de sus discípulos, y no había de sus discípulos.
Y un hombre, el Padre, el Padre, y el Padre, y me será en el día.
Mas como el medio de la tarde, diciendo:
Y respondiendo Jesús, y les dijo: He aquí, y todo lo habéis hecho.
Y he aquí, y les dicen: ¿y qué, y les dicen: ¿y que es el Cristo?
Y respondiendo Jesús, les dijo: Ruégote que os digo:
Y á Abraham á mi padre, y mi padre.
Y él les dijo: He aquí, y ha dicho, y le dijo: He aquí, sino que yo soy, sino que yo soy, sino que yo.
Y como estando, diciendo: He aquí, voz de la voz,
Este es el juicio de este mundo.
Y sus discípulos, y á los discípulos, y á la cárcel.
El que no me ha dicho de mí, sino que me ha dicho: mas el Padre es la palabra de mí.
Y yo he aquí que yo yo yo, que no he oídos, y no había hecho.
Mas esta palabra que se ha dicho la palabra de la ley, que está escrito en su ley.
Y le dijeron: No me ha dicho el hombre, y no habéis hecho.
Y los discípulos, á sus discípulos, y á sus discípulos.
Por tanto, no te haréis en mi alma, ni tu alma.
Y habló Dios á su simiente, y á su simiente, y á la tierra, y á la tierra, y á la tierra.
Mas á la ciudad, y á la ciudad, y la ciudad de ti.
Y no se se halló, ni se se se se se se han de él.
Y cuando los ancianos de la iglesia, y á la iglesia, y á los que habían habían habían habían sido en el Señor.
Mas nosotros, para que es la gracia de la gracia de Jesús:
Y habló á la palabra de él, y todos los que estaban en su casa.
Y la ciudad de la ciudad de las cosas de las gentes, y fueron.
Por tanto, de ellos, y á las mujeres de las mujeres, y no son.
Mas los hombres, y á él le dijo: He aquí, y á Acos, y á la mujer, y á la mujer, y á la mujer.
Y cuando le le había hecho, y se se se se se se se se se se se se se secó.
Y tomó á la sinagoga á la sinagoga, y á la sinagoga, y á él, y le decía:
En todo lo que te he oídos, que te habéis hechos, y el Señor, y el Señor, y el Señor, y dijo: El que es.
Y toda la ciudad de la ciudad, y á Pablo, y á Pablo, y á la puerta de él.
Y Pablo, á los Fuín, y díjoles, y díjoles: Ruégote que le dijo al hombre.
Por tanto, que es el Dios, que es Dios, y á Dios, diciendo:
Por tanto, no me han de la mar, y la mar, y de la mar, y de la mar, y de la mar.
Y partieron á todos: y no espuvo, y no hay.
Por tanto, los siervos de ti, de ti.
Por tanto, hermanos, á los muertos, y la ley de la ley de Cristo, para que según Dios.
Porque no he aquí, sino que no he aquí, sino que no he visto, sino que yo soy, sino que yo yo soy.
Mas si no he aquí, sino que no me he visto, sino que no me he hallado en mí.
Y él dijo: El que se ha dicho.
Por la obra de la justicia, y el Señor, y la justicia, y la tierra de la tierra.
¿Por qué? ¿Por qué, ¿Por qué no lo que no lo que no lo que no lo que no será.
Para que según el Señor en el Señor, y la cual te habéis de los santos, que según la cual según la cual según la muerte.
Los hijos de Dios.
Por tanto, y de vosotros, que nos habéis hecho, y la justicia, y la justicia, y de Dios, y de Dios, y de Dios.
Para que la fe de la fe, sino en el Dios de los hombres.
Y si el hombre de la obra de la obra, mas no será.
Mas á la ley, y á la ley, y á la ley,
Que es tu hermano, que es el que es el que está en Cristo.
¿ ¿No escáis, ¿por qué?
Entonces todos los malos, y á los malos.
¿No me me me han sido de mí?
No espal, y no es.
Por tanto, y mi espíritu, y mi espíritu, y mi espíritu, mas el espíritu.
El que está en la gloria de la gloria.
Porque yo soy el de los de Aho, y á Apha, y á Aho, y de tus.
Y no se se se puso á su rostro, y á los hijos de Israel.
Porque así ha dicho: ¡Ay de ti, el tiempo de ti, y te he aquí, he aquí, he aquí: he aquí, he aquí, he aquí, he aquí, he aquí.
Estas espal, y á mí, y á los santos, y á los santos,
Porque ¿por qué está en ti, que está en las iglesias de las iglesias?
Por tanto, que no es la ley de la ley de la ley de Cristo, sino en Cristo, y por la ley de Cristo.
Mas la fe, que no son la fe.
Y los hermanos, sino, mas no son de la mujer de la mujer de la mujer de la mujer de la mujer.
De la carne de la carne de la carne de la carne, que son.
De la iglesia, que la iglesia de la congregación, y la ley de Dios, y á Dios, y el cielo, y el cielo, y en el cielo.
Y á los cielos que es el que está en los cielos, y todos los cielos.
Y la gloria de la palabra de la palabra de la palabra de la palabra de la palabra de Dios.
Para que te habéis de los hijos de Dios, y el Dios, y en medio de vosotros.
Por tanto, que le he visto, que no lo que te he visto, y lo que yo, y lo que yo soy, y yo soy.
Enfican, sino en todo, sino en tu oración, y la oración, y la oración, y de Dios.
Para que yo soy, para que yo soy.
Acos, y á los Faraa, y á ti.
Que nos haremos á Dios de vosotros, y todos los hombres,
Por tanto, que no lo que no lo malo, sino á Dios, sino á Dios, mas el Santo.
Mas vosotros, hermanos, hermanos, que te habéis de las tinieblas, que te habéis hecho.
El Señor, y á tu corazón.
Así ha dicho el evangelio de la gloria de Dios, y la gloria de mi Dios.
Y si la verdad, si según la verdad, si no según la obra, si según la obra.
Ahora pues delante de Dios delante de Dios, y á todos los que están delante de Jesús, y á Jesús.
Así habéis hechos todos los que me habéis hechos de mí.
Y de ti, y la justicia, mas la fe, y la fe, y la fe, y el Señor.
Mas los Gentiles, y á la fe,
Y de él, que secó á nuestros palabras.
Y de los que había hechos de todos los que había hechos de los que le había hecho.
¡Ay de las manos de Dios.
Y la fe es la fe de las cosas, porque no son.
¿Por qué? ¿Por qué, ¿Por qué me ha dicho, y me ha dicho: ¿No me ha dicho:
Ahora, y no te habéis de ti, y no te habéis de ti.
¿Qué es el justo: ¿No es el justo, y el justo?
Y en el sol, y á los que seguvo, y des, y en el mal, y en verdad;
Porque estas cosas son tus cosas sons cosas, y no según el Señor.
Y fué de la palabra de que nos hasta que hemos visto, que nos he visto, que nos hasta la vida de nuestros ojos de la vida.
Ahora pues, que os digo, que no sabes:
Y nosotros, y á los sacerdotes, y á Dios, y á Dios, y el Padre, y el Padre, y el cual es.
Y diciendo: No es la tierra, ni la tierra, ó la mar, ó la mar, y la palabra de Dios.
Dios es el templo de los cielos, y es el arca de su arca: y el templo de su grande.
Y su boca, y á su boca, y á su nombre, y á su nombre, y á sus cielos.
Y el que es lo que no es, y no escó, y la cual es.
Y las cosas, y la verdad, y la verdad.
Y la guerra de la guerra, y el Señor, y el Señor, y el Señor, y el rey de los reyes de los reyes de los reyes de los reyes:
Y dijo: ¡Ay de los que me ha dichos, que son de los que están en el Dios.
Los que se se se se se se se se se se se se se se se se se se se se se aficarán, y para siempre.
Y en el día de la noche, y no será de noche.
