/// Which province a zone is in, and how its name is spelled in pinyin, from the place its name
/// starts with (`成都高新区` → 成都 → `cheng du`, 四川省). Data, not code: one line a place,
/// `place<TAB>pinyin syllables<TAB>province`; provinces in the order of GB/T 2260 (the codes of
/// China's statistical tables: 北京 11 … 新疆 65). A zone whose name starts with none of these
/// places belongs to no province (`其他地区`) and sorts after the rest by its characters.
///
/// Syllables are separated by spaces so that names sort syllable by syllable, as a Chinese
/// dictionary does (`xi an` 西安 before `xian yang` 咸阳).
enum RegionTable {
    /// Provinces in GB/T 2260 order: the full name and the short one (the index's column).
    static let provinces: [(name: String, short: String)] = [
        ("北京市", "北京"), ("天津市", "天津"), ("河北省", "河北"), ("山西省", "山西"), ("内蒙古自治区", "内蒙古"),
        ("辽宁省", "辽宁"), ("吉林省", "吉林"), ("黑龙江省", "黑龙江"), ("上海市", "上海"), ("江苏省", "江苏"),
        ("浙江省", "浙江"), ("安徽省", "安徽"), ("福建省", "福建"), ("江西省", "江西"), ("山东省", "山东"),
        ("河南省", "河南"), ("湖北省", "湖北"), ("湖南省", "湖南"), ("广东省", "广东"), ("广西壮族自治区", "广西"),
        ("海南省", "海南"), ("重庆市", "重庆"), ("四川省", "四川"), ("贵州省", "贵州"), ("云南省", "云南"),
        ("西藏自治区", "西藏"), ("陕西省", "陕西"), ("甘肃省", "甘肃"), ("青海省", "青海"), ("宁夏回族自治区", "宁夏"),
        ("新疆维吾尔自治区", "新疆"),
    ]

    /// `place<TAB>pinyin<TAB>province (short)`: cities with a high-tech zone, and the names of
    /// zones that do not start with their city (东湖, 中关村, 张江 …).
    static let places = """
        北京\tbei jing\t北京
        中关村\tzhong guan cun\t北京
        天津\ttian jin\t天津
        石家庄\tshi jia zhuang\t河北
        保定\tbao ding\t河北
        唐山\ttang shan\t河北
        承德\tcheng de\t河北
        邯郸\than dan\t河北
        燕郊\tyan jiao\t河北
        太原\ttai yuan\t山西
        长治\tchang zhi\t山西
        大同\tda tong\t山西
        呼和浩特\thu he hao te\t内蒙古
        包头\tbao tou\t内蒙古
        鄂尔多斯\te er duo si\t内蒙古
        沈阳\tshen yang\t辽宁
        大连\tda lian\t辽宁
        鞍山\tan shan\t辽宁
        营口\tying kou\t辽宁
        辽阳\tliao yang\t辽宁
        本溪\tben xi\t辽宁
        锦州\tjin zhou\t辽宁
        阜新\tfu xin\t辽宁
        长春\tchang chun\t吉林
        吉林\tji lin\t吉林
        延吉\tyan ji\t吉林
        通化\ttong hua\t吉林
        哈尔滨\tha er bin\t黑龙江
        齐齐哈尔\tqi qi ha er\t黑龙江
        大庆\tda qing\t黑龙江
        佳木斯\tjia mu si\t黑龙江
        牡丹江\tmu dan jiang\t黑龙江
        上海\tshang hai\t上海
        张江\tzhang jiang\t上海
        南京\tnan jing\t江苏
        江宁\tjiang ning\t江苏
        苏州\tsu zhou\t江苏
        昆山\tkun shan\t江苏
        常熟\tchang shu\t江苏
        无锡\twu xi\t江苏
        江阴\tjiang yin\t江苏
        宜兴\tyi xing\t江苏
        常州\tchang zhou\t江苏
        武进\twu jin\t江苏
        泰州\ttai zhou\t江苏
        盐城\tyan cheng\t江苏
        淮安\thuai an\t江苏
        宿迁\tsu qian\t江苏
        徐州\txu zhou\t江苏
        镇江\tzhen jiang\t江苏
        扬州\tyang zhou\t江苏
        南通\tnan tong\t江苏
        连云港\tlian yun gang\t江苏
        杭州\thang zhou\t浙江
        萧山\txiao shan\t浙江
        宁波\tning bo\t浙江
        温州\twen zhou\t浙江
        嘉兴\tjia xing\t浙江
        绍兴\tshao xing\t浙江
        衢州\tqu zhou\t浙江
        莫干山\tmo gan shan\t浙江
        合肥\the fei\t安徽
        芜湖\twu hu\t安徽
        蚌埠\tbeng bu\t安徽
        淮南\thuai nan\t安徽
        铜陵\ttong ling\t安徽
        马鞍山\tma an shan\t安徽
        宁国\tning guo\t安徽
        福州\tfu zhou\t福建
        厦门\txia men\t福建
        泉州\tquan zhou\t福建
        莆田\tpu tian\t福建
        漳州\tzhang zhou\t福建
        三明\tsan ming\t福建
        龙岩\tlong yan\t福建
        南昌\tnan chang\t江西
        景德镇\tjing de zhen\t江西
        新余\txin yu\t江西
        赣州\tgan zhou\t江西
        吉安\tji an\t江西
        抚州\tfu zhou\t江西
        九江\tjiu jiang\t江西
        鹰潭\tying tan\t江西
        宜春\tyi chun\t江西
        济南\tji nan\t山东
        青岛\tqing dao\t山东
        潍坊\twei fang\t山东
        烟台\tyan tai\t山东
        威海\twei hai\t山东
        淄博\tzi bo\t山东
        济宁\tji ning\t山东
        泰安\ttai an\t山东
        临沂\tlin yi\t山东
        枣庄\tzao zhuang\t山东
        莱芜\tlai wu\t山东
        德州\tde zhou\t山东
        黄河三角洲\thuang he san jiao zhou\t山东
        郑州\tzheng zhou\t河南
        洛阳\tluo yang\t河南
        安阳\tan yang\t河南
        新乡\txin xiang\t河南
        南阳\tnan yang\t河南
        焦作\tjiao zuo\t河南
        许昌\txu chang\t河南
        平顶山\tping ding shan\t河南
        驻马店\tzhu ma dian\t河南
        三门峡\tsan men xia\t河南
        武汉\twu han\t湖北
        东湖\tdong hu\t湖北
        襄阳\txiang yang\t湖北
        宜昌\tyi chang\t湖北
        孝感\txiao gan\t湖北
        荆门\tjing men\t湖北
        随州\tsui zhou\t湖北
        仙桃\txian tao\t湖北
        咸宁\txian ning\t湖北
        黄冈\thuang gang\t湖北
        荆州\tjing zhou\t湖北
        黄石\thuang shi\t湖北
        长沙\tchang sha\t湖南
        宁乡\tning xiang\t湖南
        株洲\tzhu zhou\t湖南
        湘潭\txiang tan\t湖南
        衡阳\theng yang\t湖南
        益阳\tyi yang\t湖南
        常德\tchang de\t湖南
        郴州\tchen zhou\t湖南
        怀化\thuai hua\t湖南
        岳阳\tyue yang\t湖南
        张家界\tzhang jia jie\t湖南
        广州\tguang zhou\t广东
        深圳\tshen zhen\t广东
        珠海\tzhu hai\t广东
        佛山\tfo shan\t广东
        惠州\thui zhou\t广东
        肇庆\tzhao qing\t广东
        江门\tjiang men\t广东
        中山\tzhong shan\t广东
        清远\tqing yuan\t广东
        汕头\tshan tou\t广东
        湛江\tzhan jiang\t广东
        茂名\tmao ming\t广东
        河源\the yuan\t广东
        源城\tyuan cheng\t广东
        东莞\tdong guan\t广东
        松山湖\tsong shan hu\t广东
        南宁\tnan ning\t广西
        柳州\tliu zhou\t广西
        桂林\tgui lin\t广西
        北海\tbei hai\t广西
        海口\thai kou\t海南
        重庆\tchong qing\t重庆
        荣昌\trong chang\t重庆
        璧山\tbi shan\t重庆
        成都\tcheng du\t四川
        绵阳\tmian yang\t四川
        德阳\tde yang\t四川
        乐山\tle shan\t四川
        泸州\tlu zhou\t四川
        内江\tnei jiang\t四川
        自贡\tzi gong\t四川
        攀枝花\tpan zhi hua\t四川
        贵阳\tgui yang\t贵州
        安顺\tan shun\t贵州
        昆明\tkun ming\t云南
        玉溪\tyu xi\t云南
        楚雄\tchu xiong\t云南
        拉萨\tla sa\t西藏
        西安\txi an\t陕西
        宝鸡\tbao ji\t陕西
        渭南\twei nan\t陕西
        咸阳\txian yang\t陕西
        榆林\tyu lin\t陕西
        安康\tan kang\t陕西
        杨凌\tyang ling\t陕西
        兰州\tlan zhou\t甘肃
        白银\tbai yin\t甘肃
        西宁\txi ning\t青海
        银川\tyin chuan\t宁夏
        石嘴山\tshi zui shan\t宁夏
        乌鲁木齐\twu lu mu qi\t新疆
        昌吉\tchang ji\t新疆
        克拉玛依\tke la ma yi\t新疆
        石河子\tshi he zi\t新疆
        新疆\txin jiang\t新疆
        """
}
