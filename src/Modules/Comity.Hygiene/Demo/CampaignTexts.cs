using Comity.Hygiene.Content;

namespace Comity.Hygiene.Demo;

internal sealed record CampaignText(ContentKind Kind, string Key, string Language, string Title, string Summary, string Body);

/// <summary>
/// The campaign's own starting texts, written for people new to the internet: short sentences, one action each.
/// Campaign managers replace them through the review workflow.
/// </summary>
internal static class CampaignTexts
{
    private static CampaignText L(string key, string language, string title, string summary, string body) =>
        new(ContentKind.Lesson, key, language, title, summary, body);

    public static IReadOnlyList<CampaignText> Lessons { get; } =
    [
        L("passphrases", "en", "Long, unique passphrases and a password manager",
            "A long phrase is easy to remember and hard to guess. Use a different one for every important account.",
            """
            Criminals try leaked passwords on many sites at once. If you use one password everywhere, one leak opens everything.

            - Make each password a **passphrase**: four or more random words, like *river candle orbit seventy*.
            - Use a **different** passphrase for your e-mail, bank and social accounts.
            - Let a **password manager** remember them. Your phone and browser have one built in.
            - Never tell anyone your password — not even someone who says they are from your bank.
            """),
        L("passphrases", "ar", "عبارات مرور طويلة وفريدة ومدير لكلمات المرور",
            "العبارة الطويلة سهلة التذكر وصعبة التخمين. استخدم عبارة مختلفة لكل حساب مهم.",
            """
            يجرّب المجرمون كلمات المرور المسرّبة على مواقع كثيرة في وقت واحد. إذا استخدمت كلمة مرور واحدة في كل مكان، فإن تسريبًا واحدًا يفتح كل شيء.

            - اجعل كل كلمة مرور **عبارة مرور**: أربع كلمات عشوائية أو أكثر، مثل *نهر شمعة مدار سبعون*.
            - استخدم عبارة **مختلفة** لبريدك الإلكتروني ولحسابك المصرفي ولحساباتك الاجتماعية.
            - دع **مدير كلمات المرور** يتذكرها عنك. هاتفك ومتصفحك فيهما مدير مدمج.
            - لا تخبر أحدًا بكلمة مرورك، حتى من يقول إنه من مصرفك.
            """),
        L("passphrases", "zh", "使用长而独特的密码短语和密码管理器",
            "长短语好记又难猜。每个重要账户都用不同的短语。",
            """
            犯罪分子会把泄露的密码同时拿到许多网站上去试。如果到处都用同一个密码，一次泄露就会让所有账户失守。

            - 把每个密码设成**密码短语**：四个或更多随机词语，例如*河流 蜡烛 轨道 七十*。
            - 电子邮件、银行和社交账户各用**不同的**短语。
            - 让**密码管理器**替你记住它们。手机和浏览器都自带一个。
            - 不要把密码告诉任何人，即使对方自称是银行工作人员。
            """),
        L("passphrases", "fr", "Des phrases de passe longues, uniques, et un gestionnaire de mots de passe",
            "Une longue phrase est facile à retenir et difficile à deviner. Utilisez-en une différente pour chaque compte important.",
            """
            Les escrocs essaient les mots de passe volés sur de nombreux sites à la fois. Si vous utilisez le même partout, une seule fuite ouvre tout.

            - Faites de chaque mot de passe une **phrase de passe** : quatre mots au hasard ou plus, comme *rivière bougie orbite soixante*.
            - Utilisez une phrase **différente** pour votre messagerie, votre banque et vos réseaux sociaux.
            - Laissez un **gestionnaire de mots de passe** s'en souvenir. Votre téléphone et votre navigateur en ont un.
            - Ne donnez jamais votre mot de passe, même à quelqu'un qui dit appeler de votre banque.
            """),
        L("passphrases", "ru", "Длинные уникальные парольные фразы и менеджер паролей",
            "Длинную фразу легко запомнить и трудно угадать. Для каждого важного аккаунта — своя.",
            """
            Мошенники пробуют украденные пароли сразу на многих сайтах. Если у вас везде один пароль, одна утечка открывает всё.

            - Делайте пароль **парольной фразой**: четыре и более случайных слова, например *река свеча орбита семьдесят*.
            - Для почты, банка и соцсетей — **разные** фразы.
            - Пусть их помнит **менеджер паролей**. Он уже есть в телефоне и браузере.
            - Никому не сообщайте пароль — даже тому, кто представляется сотрудником банка.
            """),
        L("passphrases", "es", "Frases de contraseña largas y únicas, y un gestor de contraseñas",
            "Una frase larga es fácil de recordar y difícil de adivinar. Use una distinta para cada cuenta importante.",
            """
            Los delincuentes prueban contraseñas filtradas en muchos sitios a la vez. Si usa la misma en todas partes, una sola filtración lo abre todo.

            - Haga de cada contraseña una **frase de contraseña**: cuatro o más palabras al azar, como *río vela órbita setenta*.
            - Use una frase **distinta** para su correo, su banco y sus redes sociales.
            - Deje que un **gestor de contraseñas** las recuerde. Su teléfono y su navegador ya traen uno.
            - No diga nunca su contraseña, ni siquiera a quien dice llamar de su banco.
            """),

        L("two-factor", "en", "A second step when you sign in",
            "With a second step, a stolen password alone is not enough to get into your account.",
            """
            A second step means your account asks for something more than the password: a code from an app, a text message, or your fingerprint.

            1. Open the account's **settings** and look for *security*, *2-step verification* or *two-factor*.
            2. Turn it on. An **authenticator app** is safer than text messages.
            3. Write down the **backup codes** and keep them somewhere safe, away from your phone.

            Start with your **e-mail**: whoever controls it can reset all your other passwords.
            """),
        L("two-factor", "ar", "خطوة ثانية عند تسجيل الدخول",
            "مع الخطوة الثانية لا تكفي كلمة المرور المسروقة وحدها لدخول حسابك.",
            """
            الخطوة الثانية تعني أن حسابك يطلب شيئًا إضافيًا غير كلمة المرور: رمزًا من تطبيق، أو رسالة نصية، أو بصمة إصبعك.

            1. افتح **إعدادات** الحساب وابحث عن *الأمان* أو *التحقق بخطوتين*.
            2. فعّله. **تطبيق المصادقة** أكثر أمانًا من الرسائل النصية.
            3. اكتب **رموز الاحتياط** واحفظها في مكان آمن بعيدًا عن هاتفك.

            ابدأ **ببريدك الإلكتروني**: من يتحكم فيه يستطيع تغيير كل كلمات مرورك الأخرى.
            """),
        L("two-factor", "zh", "登录时加一道验证",
            "开启第二道验证后，仅凭被盗的密码无法进入你的账户。",
            """
            第二道验证是指账户除了密码还要别的东西：验证器应用里的代码、短信，或者你的指纹。

            1. 打开账户的**设置**，找到*安全*或*两步验证*。
            2. 打开它。**验证器应用**比短信更安全。
            3. 抄下**备用代码**，放在远离手机的安全地方。

            先从**电子邮箱**开始：谁控制了邮箱，谁就能重置你其他所有密码。
            """),
        L("two-factor", "fr", "Une deuxième étape à la connexion",
            "Avec une deuxième étape, un mot de passe volé ne suffit plus pour entrer dans votre compte.",
            """
            La deuxième étape, c'est quand votre compte demande plus que le mot de passe : un code d'une application, un SMS ou votre empreinte.

            1. Ouvrez les **paramètres** du compte et cherchez *sécurité* ou *validation en deux étapes*.
            2. Activez-la. Une **application d'authentification** est plus sûre que les SMS.
            3. Notez les **codes de secours** et rangez-les en lieu sûr, loin de votre téléphone.

            Commencez par votre **messagerie** : qui la contrôle peut changer tous vos autres mots de passe.
            """),
        L("two-factor", "ru", "Второй шаг при входе",
            "Со вторым шагом одного украденного пароля недостаточно, чтобы войти в ваш аккаунт.",
            """
            Второй шаг — это когда аккаунт просит что-то кроме пароля: код из приложения, СМС или отпечаток пальца.

            1. Откройте **настройки** аккаунта и найдите *безопасность* или *двухэтапную проверку*.
            2. Включите её. **Приложение-аутентификатор** надёжнее СМС.
            3. Запишите **резервные коды** и храните их в надёжном месте, отдельно от телефона.

            Начните с **почты**: кто управляет ею, тот может сбросить все ваши остальные пароли.
            """),
        L("two-factor", "es", "Un segundo paso al iniciar sesión",
            "Con un segundo paso, una contraseña robada ya no basta para entrar en su cuenta.",
            """
            El segundo paso significa que su cuenta pide algo más que la contraseña: un código de una aplicación, un SMS o su huella.

            1. Abra la **configuración** de la cuenta y busque *seguridad* o *verificación en dos pasos*.
            2. Actívela. Una **aplicación de autenticación** es más segura que los SMS.
            3. Anote los **códigos de respaldo** y guárdelos en un lugar seguro, lejos de su teléfono.

            Empiece por su **correo**: quien lo controla puede cambiar todas sus demás contraseñas.
            """),

        L("updates", "en", "Updates, switched on automatically",
            "Updates close the holes criminals use. Let your phone and apps install them by themselves.",
            """
            Most attacks use weaknesses that already have a fix. The fix only helps once it is installed.

            - Turn on **automatic updates** for your phone's system and its apps.
            - When your computer asks to restart for an update, say **yes** soon.
            - Only install apps from the **official store**.
            - If your phone no longer gets updates, be extra careful with banking on it.
            """),
        L("updates", "ar", "التحديثات، مفعّلة تلقائيًا",
            "التحديثات تسدّ الثغرات التي يستغلها المجرمون. دع هاتفك وتطبيقاتك تثبّتها وحدها.",
            """
            معظم الهجمات تستغل نقاط ضعف لها إصلاح موجود بالفعل. الإصلاح لا ينفع إلا بعد تثبيته.

            - فعّل **التحديثات التلقائية** لنظام هاتفك ولتطبيقاته.
            - عندما يطلب حاسوبك إعادة التشغيل من أجل تحديث، وافق **قريبًا**.
            - ثبّت التطبيقات من **المتجر الرسمي** فقط.
            - إذا توقف هاتفك عن تلقي التحديثات، فكن أكثر حذرًا عند استخدامه للمعاملات المصرفية.
            """),
        L("updates", "zh", "开启自动更新",
            "更新能堵住犯罪分子利用的漏洞。让手机和应用自动安装更新。",
            """
            大多数攻击利用的都是早已有修复的漏洞。修复只有安装后才起作用。

            - 为手机系统和应用打开**自动更新**。
            - 电脑提示重启以完成更新时，尽快点**同意**。
            - 只从**官方应用商店**安装应用。
            - 如果手机已不再收到更新，用它办理银行业务时要格外小心。
            """),
        L("updates", "fr", "Les mises à jour, en automatique",
            "Les mises à jour bouchent les failles qu'utilisent les escrocs. Laissez votre téléphone et vos applications les installer seuls.",
            """
            La plupart des attaques exploitent des failles déjà corrigées. La correction ne protège qu'une fois installée.

            - Activez les **mises à jour automatiques** du système et des applications de votre téléphone.
            - Quand votre ordinateur demande à redémarrer pour une mise à jour, acceptez **vite**.
            - N'installez des applications que depuis la **boutique officielle**.
            - Si votre téléphone ne reçoit plus de mises à jour, soyez très prudent pour la banque en ligne.
            """),
        L("updates", "ru", "Обновления — автоматически",
            "Обновления закрывают дыры, которыми пользуются мошенники. Пусть телефон и приложения ставят их сами.",
            """
            Большинство атак используют уязвимости, для которых исправление уже вышло. Но оно защищает, только когда установлено.

            - Включите **автоматические обновления** системы и приложений на телефоне.
            - Когда компьютер просит перезагрузиться для обновления, соглашайтесь **поскорее**.
            - Устанавливайте приложения только из **официального магазина**.
            - Если телефон больше не получает обновлений, будьте особенно осторожны с банковскими приложениями.
            """),
        L("updates", "es", "Actualizaciones automáticas",
            "Las actualizaciones cierran los huecos que usan los delincuentes. Deje que el teléfono y las aplicaciones las instalen solos.",
            """
            La mayoría de los ataques aprovechan fallos que ya tienen solución. La solución solo protege cuando está instalada.

            - Active las **actualizaciones automáticas** del sistema y de las aplicaciones de su teléfono.
            - Cuando el ordenador pida reiniciarse para actualizar, acepte **pronto**.
            - Instale aplicaciones solo desde la **tienda oficial**.
            - Si su teléfono ya no recibe actualizaciones, tenga mucho cuidado al usar la banca en él.
            """),

        L("scams", "en", "Spot and report scams",
            "Scams rush you, scare you or promise too much. Stop, check, and report them.",
            """
            Warning signs in a message, call or website:

            - It is **urgent** or frightening: "your account will be closed today".
            - It asks for a **password, code or payment**, or to install an app.
            - The sender's address or the link looks **almost** right, but not quite.
            - The offer is **too good**: a prize, a job, an investment that cannot lose.

            **Stop** before you click. **Check** by contacting the organisation the way you usually do, not with the number in the message. **Report** it here, so your national CERT can warn others and have the site taken down. If you lost money, call your bank and the police.
            """),
        L("scams", "ar", "اكتشف الاحتيال وأبلغ عنه",
            "المحتالون يستعجلونك أو يخيفونك أو يعدونك بالكثير. توقف، وتحقق، وأبلغ.",
            """
            علامات التحذير في رسالة أو مكالمة أو موقع:

            - الأمر **عاجل** أو مخيف: «سيُغلق حسابك اليوم».
            - يطلب **كلمة مرور أو رمزًا أو دفعة مالية**، أو تثبيت تطبيق.
            - عنوان المرسل أو الرابط يبدو **شبه** صحيح، لكنه ليس كذلك تمامًا.
            - العرض **أجمل من أن يكون حقيقيًا**: جائزة، أو وظيفة، أو استثمار لا يخسر.

            **توقف** قبل أن تنقر. **تحقق** بالاتصال بالجهة بالطريقة التي تعرفها، لا بالرقم الموجود في الرسالة. **أبلغ** عنه هنا لكي يحذّر فريق الاستجابة الوطني الآخرين ويغلق الموقع. إذا خسرت مالًا، فاتصل بمصرفك وبالشرطة.
            """),
        L("scams", "zh", "识别并举报诈骗",
            "诈骗会催你、吓你，或许诺好得离谱的东西。停一停，核实，然后举报。",
            """
            消息、电话或网站中的危险信号：

            - 十分**紧急**或吓人：“你的账户今天将被关闭”。
            - 向你索要**密码、验证码或付款**，或要你安装某个应用。
            - 发件人地址或链接看上去**几乎**正确，但并不完全一样。
            - 好处**好得不像真的**：中奖、工作、稳赚不赔的投资。

            点击之前先**停一停**。用你平时的方式联系该机构来**核实**，不要用消息里的号码。在这里**举报**，让国家计算机应急响应组织提醒其他人并关闭网站。如果已经损失钱财，请联系银行和警方。
            """),
        L("scams", "fr", "Repérer et signaler les arnaques",
            "Les arnaques vous pressent, vous font peur ou promettent trop. Arrêtez-vous, vérifiez, signalez.",
            """
            Signes d'alerte dans un message, un appel ou un site :

            - C'est **urgent** ou effrayant : « votre compte sera fermé aujourd'hui ».
            - On vous demande un **mot de passe, un code ou un paiement**, ou d'installer une application.
            - L'adresse de l'expéditeur ou le lien est **presque** correct, mais pas tout à fait.
            - L'offre est **trop belle** : un prix, un emploi, un placement sans risque.

            **Arrêtez-vous** avant de cliquer. **Vérifiez** en contactant l'organisme par le moyen habituel, pas avec le numéro du message. **Signalez-le** ici : votre CERT national pourra prévenir les autres et faire fermer le site. Si vous avez perdu de l'argent, appelez votre banque et la police.
            """),
        L("scams", "ru", "Распознавайте мошенничество и сообщайте о нём",
            "Мошенники торопят, пугают или обещают слишком много. Остановитесь, проверьте, сообщите.",
            """
            Тревожные признаки в сообщении, звонке или на сайте:

            - Всё **срочно** или страшно: «ваш счёт закроют сегодня».
            - Просят **пароль, код или оплату** или установить приложение.
            - Адрес отправителя или ссылка **почти** правильные, но не совсем.
            - Предложение **слишком хорошее**: приз, работа, вложение без риска.

            **Остановитесь**, прежде чем нажать. **Проверьте**, связавшись с организацией привычным способом, а не по номеру из сообщения. **Сообщите** здесь, чтобы национальный CERT предупредил других и закрыл сайт. Если вы потеряли деньги, позвоните в банк и в полицию.
            """),
        L("scams", "es", "Detectar y denunciar estafas",
            "Las estafas le meten prisa, le asustan o prometen demasiado. Pare, compruebe y denuncie.",
            """
            Señales de alarma en un mensaje, una llamada o una web:

            - Es **urgente** o da miedo: «su cuenta se cerrará hoy».
            - Le pide una **contraseña, un código o un pago**, o instalar una aplicación.
            - La dirección del remitente o el enlace parecen **casi** correctos, pero no del todo.
            - La oferta es **demasiado buena**: un premio, un empleo, una inversión que no pierde.

            **Pare** antes de pulsar. **Compruebe** contactando con la organización por la vía habitual, no con el número del mensaje. **Denúncielo** aquí para que su CERT nacional avise a otros y cierre la web. Si perdió dinero, llame a su banco y a la policía.
            """),

        L("backups", "en", "Backups of what you cannot lose",
            "A copy of your photos and files means a lost phone or a ransom demand is a bad day, not a disaster.",
            """
            Phones get lost, broken and stolen. Some criminals lock your files and ask for money.

            - Choose what you **cannot lose**: photos, documents, contacts.
            - Turn on your phone's **automatic backup**, or copy files to a computer or memory card regularly.
            - Keep at least one copy **away** from the device — another place, or a drive you unplug.
            - Once in a while, **check** that you can open a file from the backup.
            """),
        L("backups", "ar", "نسخ احتياطية لما لا تستطيع خسارته",
            "مع نسخة من صورك وملفاتك يصبح ضياع الهاتف أو طلب الفدية يومًا سيئًا، لا كارثة.",
            """
            الهواتف تضيع وتنكسر وتُسرق. وبعض المجرمين يقفلون ملفاتك ويطلبون المال.

            - اختر ما **لا تستطيع خسارته**: الصور والمستندات وجهات الاتصال.
            - فعّل **النسخ الاحتياطي التلقائي** في هاتفك، أو انسخ الملفات بانتظام إلى حاسوب أو بطاقة ذاكرة.
            - احتفظ بنسخة واحدة على الأقل **بعيدًا** عن الجهاز: في مكان آخر، أو على قرص تفصله بعد النسخ.
            - **تحقق** من حين لآخر من أنك تستطيع فتح ملف من النسخة الاحتياطية.
            """),
        L("backups", "zh", "备份你不能失去的东西",
            "有了照片和文件的备份，手机丢失或遭遇勒索只是倒霉的一天，而不是灾难。",
            """
            手机会丢、会坏、会被偷。有些犯罪分子会锁住你的文件并索要钱财。

            - 选出你**不能失去**的东西：照片、文件、联系人。
            - 打开手机的**自动备份**，或定期把文件复制到电脑或存储卡。
            - 至少保留一份**不在**设备上的副本——放在别处，或存在用完就拔下的硬盘里。
            - 偶尔**检查**一下能否从备份中打开文件。
            """),
        L("backups", "fr", "Des sauvegardes de ce que vous ne pouvez pas perdre",
            "Avec une copie de vos photos et fichiers, un téléphone perdu ou une rançon devient un mauvais jour, pas une catastrophe.",
            """
            Les téléphones se perdent, se cassent et se volent. Certains escrocs bloquent vos fichiers et demandent de l'argent.

            - Choisissez ce que vous **ne pouvez pas perdre** : photos, documents, contacts.
            - Activez la **sauvegarde automatique** du téléphone, ou copiez vos fichiers régulièrement sur un ordinateur ou une carte mémoire.
            - Gardez au moins une copie **ailleurs** que sur l'appareil : un autre lieu, ou un disque que vous débranchez.
            - De temps en temps, **vérifiez** que vous pouvez ouvrir un fichier de la sauvegarde.
            """),
        L("backups", "ru", "Резервные копии того, что нельзя потерять",
            "С копией фото и файлов потеря телефона или требование выкупа — плохой день, а не катастрофа.",
            """
            Телефоны теряются, ломаются и крадутся. Некоторые преступники блокируют файлы и требуют деньги.

            - Выберите то, что **нельзя потерять**: фотографии, документы, контакты.
            - Включите **автоматическое резервное копирование** на телефоне или регулярно копируйте файлы на компьютер или карту памяти.
            - Храните хотя бы одну копию **отдельно** от устройства — в другом месте или на диске, который вы отключаете.
            - Время от времени **проверяйте**, что файл из копии открывается.
            """),
        L("backups", "es", "Copias de seguridad de lo que no puede perder",
            "Con una copia de sus fotos y archivos, perder el teléfono o sufrir un rescate es un mal día, no un desastre.",
            """
            Los teléfonos se pierden, se rompen y se roban. Algunos delincuentes bloquean sus archivos y piden dinero.

            - Elija lo que **no puede perder**: fotos, documentos, contactos.
            - Active la **copia automática** del teléfono, o copie los archivos con regularidad a un ordenador o una tarjeta de memoria.
            - Guarde al menos una copia **fuera** del dispositivo: en otro lugar, o en un disco que desconecta.
            - De vez en cuando, **compruebe** que puede abrir un archivo de la copia.
            """),

        L("privacy", "en", "Privacy settings",
            "The less strangers can see about you, the harder it is to trick you or pretend to be you.",
            """
            Scammers use what you share — your birthday, your school, your family's names — to guess passwords and sound convincing.

            - In each app, open **privacy settings** and choose who can see your posts, phone number and friends.
            - Turn off **location** for apps that do not need it.
            - Think before posting travel plans, ID cards or tickets with barcodes.
            - Remove apps you no longer use; they may still collect data.
            """),
        L("privacy", "ar", "إعدادات الخصوصية",
            "كلما قلّ ما يراه الغرباء عنك، صعُب خداعك أو انتحال شخصيتك.",
            """
            يستخدم المحتالون ما تنشره، مثل تاريخ ميلادك ومدرستك وأسماء أفراد عائلتك، لتخمين كلمات المرور ولجعل كلامهم مقنعًا.

            - افتح **إعدادات الخصوصية** في كل تطبيق، واختر من يرى منشوراتك ورقم هاتفك وأصدقاءك.
            - أوقف **الموقع الجغرافي** للتطبيقات التي لا تحتاج إليه.
            - فكّر قبل نشر خطط السفر أو بطاقات الهوية أو التذاكر التي عليها رموز شريطية.
            - احذف التطبيقات التي لم تعد تستخدمها، فقد تستمر في جمع البيانات.
            """),
        L("privacy", "zh", "隐私设置",
            "陌生人能看到的关于你的信息越少，就越难骗你或冒充你。",
            """
            骗子会利用你分享的内容——生日、学校、家人的名字——来猜密码，让话术更可信。

            - 在每个应用里打开**隐私设置**，选择谁能看到你的帖子、电话号码和好友。
            - 为不需要位置的应用关闭**定位**。
            - 发布出行计划、身份证件或带条形码的票据之前先想一想。
            - 删除不再使用的应用，它们可能仍在收集数据。
            """),
        L("privacy", "fr", "Les paramètres de confidentialité",
            "Moins les inconnus en voient sur vous, plus il est difficile de vous tromper ou de se faire passer pour vous.",
            """
            Les escrocs utilisent ce que vous partagez — date de naissance, école, noms de vos proches — pour deviner vos mots de passe et paraître crédibles.

            - Dans chaque application, ouvrez les **paramètres de confidentialité** et choisissez qui voit vos publications, votre numéro et vos amis.
            - Coupez la **localisation** pour les applications qui n'en ont pas besoin.
            - Réfléchissez avant de publier vos voyages, vos pièces d'identité ou des billets avec code-barres.
            - Supprimez les applications inutilisées : elles peuvent encore collecter des données.
            """),
        L("privacy", "ru", "Настройки приватности",
            "Чем меньше о вас видят посторонние, тем труднее вас обмануть или выдать себя за вас.",
            """
            Мошенники используют то, чем вы делитесь, — день рождения, школу, имена родных, — чтобы подобрать пароль и звучать убедительно.

            - В каждом приложении откройте **настройки приватности** и выберите, кто видит ваши публикации, номер телефона и друзей.
            - Отключите **геолокацию** для приложений, которым она не нужна.
            - Подумайте, прежде чем публиковать планы поездок, документы или билеты со штрихкодом.
            - Удалите приложения, которыми больше не пользуетесь: они могут продолжать собирать данные.
            """),
        L("privacy", "es", "Configuración de privacidad",
            "Cuanto menos vean de usted los desconocidos, más difícil será engañarle o hacerse pasar por usted.",
            """
            Los estafadores usan lo que usted comparte —su cumpleaños, su escuela, los nombres de su familia— para adivinar contraseñas y sonar convincentes.

            - En cada aplicación, abra la **configuración de privacidad** y elija quién ve sus publicaciones, su número y sus amigos.
            - Desactive la **ubicación** en las aplicaciones que no la necesitan.
            - Piense antes de publicar planes de viaje, documentos de identidad o billetes con código de barras.
            - Elimine las aplicaciones que ya no usa: pueden seguir recogiendo datos.
            """),
    ];

    private static CampaignText C(string key, string language, string title, string summary, string body) =>
        new(ContentKind.Campaign, key, language, title, summary, body);

    /// <summary>The demo centre's regional campaign (Eastern and Southern Africa), keyed by the region's slug.</summary>
    public static IReadOnlyList<CampaignText> Campaigns { get; } =
    [
        C("eastern-southern-africa", "en", "Eastern and Southern Africa: safe online, together",
            "This season the regional centre and national CERTs focus on mobile-money scams and on a second sign-in step.",
            """
            Mobile money is how most of us pay, and scammers know it. This campaign asks you to do two things this month:

            1. **Turn on a second step** for your e-mail and your mobile-money account.
            2. **Report** any message that asks for your PIN or a code. Your national CERT reads every report.

            Nobody from your bank or mobile operator will ever ask for your PIN.
            """),
        C("eastern-southern-africa", "ar", "شرق أفريقيا وجنوبها: معًا بأمان على الإنترنت",
            "يركّز المركز الإقليمي وفرق الاستجابة الوطنية هذا الموسم على احتيال الأموال عبر الهاتف المحمول وعلى الخطوة الثانية لتسجيل الدخول.",
            """
            المال عبر الهاتف المحمول هو طريقة الدفع لمعظمنا، والمحتالون يعرفون ذلك. تطلب منك هذه الحملة أمرين هذا الشهر:

            1. **فعّل خطوة ثانية** لبريدك الإلكتروني ولحساب المال عبر الهاتف.
            2. **أبلغ** عن أي رسالة تطلب رقمك السري أو رمزًا. فريق الاستجابة الوطني يقرأ كل بلاغ.

            لن يطلب منك أحد من مصرفك أو من مشغّل هاتفك رقمك السري أبدًا.
            """),
        C("eastern-southern-africa", "zh", "东部和南部非洲：携手安全上网",
            "本季，区域中心和各国计算机应急响应组织重点关注手机支付诈骗和登录的第二道验证。",
            """
            我们大多数人用手机钱包付款，骗子也清楚这一点。本次活动请你这个月做两件事：

            1. 为电子邮箱和手机钱包账户**开启第二道验证**。
            2. **举报**任何索要 PIN 码或验证码的消息。你所在国家的应急响应组织会阅读每一份举报。

            银行或移动运营商的工作人员绝不会向你索要 PIN 码。
            """),
        C("eastern-southern-africa", "fr", "Afrique de l'Est et australe : en sécurité en ligne, ensemble",
            "Cette saison, le centre régional et les CERT nationaux se concentrent sur les arnaques au mobile money et sur la deuxième étape de connexion.",
            """
            Le mobile money, c'est ainsi que la plupart d'entre nous paient, et les escrocs le savent. Cette campagne vous demande deux choses ce mois-ci :

            1. **Activez une deuxième étape** pour votre messagerie et votre compte de mobile money.
            2. **Signalez** tout message qui demande votre code PIN ou un code. Votre CERT national lit chaque signalement.

            Personne de votre banque ou de votre opérateur ne vous demandera jamais votre code PIN.
            """),
        C("eastern-southern-africa", "ru", "Восточная и Южная Африка: вместе в безопасности в сети",
            "В этом сезоне региональный центр и национальные CERT сосредоточены на мошенничестве с мобильными деньгами и на втором шаге входа.",
            """
            Мобильные деньги — главный способ оплаты для большинства из нас, и мошенники это знают. В этом месяце кампания просит сделать две вещи:

            1. **Включите второй шаг** для почты и кошелька мобильных денег.
            2. **Сообщайте** о любом сообщении, где просят PIN-код или код подтверждения. Национальный CERT читает каждое сообщение.

            Сотрудники банка или оператора никогда не попросят ваш PIN-код.
            """),
        C("eastern-southern-africa", "es", "África Oriental y Austral: seguros en línea, juntos",
            "Esta temporada, el centro regional y los CERT nacionales se centran en las estafas de dinero móvil y en el segundo paso al iniciar sesión.",
            """
            El dinero móvil es como pagamos la mayoría, y los estafadores lo saben. Esta campaña le pide dos cosas este mes:

            1. **Active un segundo paso** para su correo y su cuenta de dinero móvil.
            2. **Denuncie** cualquier mensaje que pida su PIN o un código. Su CERT nacional lee cada denuncia.

            Nadie de su banco ni de su operador le pedirá nunca su PIN.
            """),
    ];
}
