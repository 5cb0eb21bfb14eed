/**
 * Self-written paragraph pairs (not corpus text) for the omission check's tests: a short story
 * in Chinese and its English translation, paragraph by paragraph, sentence by sentence.
 */
export const STORY: readonly (readonly [string, string])[] = [
  [
    '那年秋天，父亲带我去县城看病。我们天不亮就出门，沿着河边的土路走了三个钟头。路上他一句话也没说，只是不停地抽烟。',
    'That autumn my father took me to the county town to see a doctor. We set out before dawn and walked for three hours along the dirt road by the river. He said not a word the whole way, only smoked one cigarette after another.',
  ],
  [
    '医院的走廊又长又暗，墙上贴满了发黄的告示。一个护士叫了我的名字，父亲站起来，把帽子攥在手里。医生看了看我的喉咙，开了一张药方。',
    'The hospital corridor was long and dark, its walls covered with yellowing notices. A nurse called my name, and my father stood up, clutching his cap in his hands. The doctor looked at my throat and wrote a prescription.',
  ],
  [
    '出了医院，父亲在街角买了两个烧饼。他把大的那个递给我，自己蹲在墙根下慢慢地吃。太阳已经升得很高了，街上全是赶集的人。',
    'Outside the hospital my father bought two sesame cakes at the street corner. He handed me the bigger one and squatted by the wall to eat his slowly. The sun was already high, and the street was full of people going to market.',
  ],
  [
    '回家的路上下起了小雨。父亲把外衣脱下来披在我身上，自己淋得浑身湿透。我问他冷不冷，他笑着摇摇头。',
    'On the way home a light rain began to fall. My father took off his coat and put it over my shoulders, and got soaked to the skin himself. I asked him if he was cold, and he shook his head with a smile.',
  ],
  [
    '到家的时候天已经黑了。母亲站在门口等我们，手里提着一盏煤油灯。她看见我们，什么也没问，转身进屋去热饭。',
    'It was already dark when we got home. My mother was waiting at the door with a kerosene lamp in her hand. When she saw us she asked nothing, but turned and went in to warm up the food.',
  ],
  [
    '那天夜里我发起了高烧。母亲守在床边，一遍又一遍地用湿毛巾给我擦额头。父亲坐在门槛上，直到天亮都没有睡。',
    'That night I came down with a high fever. My mother sat by the bed, wiping my forehead again and again with a wet towel. My father sat on the threshold and did not sleep until daybreak.',
  ],
  [
    '过了一个星期，我的病才慢慢好起来。父亲又开始下地干活，每天回来都给我带一把野果。那些果子又酸又涩，我却觉得比什么都甜。',
    'A week went by before I slowly began to get better. My father went back to work in the fields, and every evening he brought me a handful of wild berries. They were sour and bitter, yet to me they tasted sweeter than anything.',
  ],
  [
    '很多年以后，我在城里有了自己的家。父亲来看过我一次，住了两天就说要回去。他说城里太吵，晚上睡不着觉。',
    'Many years later I had a home of my own in the city. My father came to visit me once, and after two days he said he wanted to go back. The city was too noisy, he said; he could not sleep at night.',
  ],
  [
    '送他上车的那天早上，我给他买了一条好烟。他接过去看了看，又塞回我的手里。他说这么贵的烟，他抽不惯。',
    'On the morning I saw him off at the station I bought him a carton of good cigarettes. He took it, looked at it, and pushed it back into my hands. Cigarettes that expensive, he said, were not for him.',
  ],
  [
    '车开动了，他隔着玻璃朝我挥手。我站在站台上，看着那辆车越开越远，最后拐过山脚不见了。',
    'The bus pulled away and he waved to me through the glass. I stood on the platform watching it grow smaller and smaller until it rounded the foot of the hill and was gone.',
  ],
];

/** The English of a paragraph of STORY without its `k`-th sentence. */
export function withoutSentence(en: string, k: number): string {
  const sentences = en.match(/[^.!?]+[.!?]+/g) ?? [en];
  return sentences
    .filter((_, i) => i !== k)
    .map((s) => s.trim())
    .join(' ');
}

/**
 * A longer self-written paragraph (eight sentences) and its English, for the local gap evidence:
 * its seventh sentence is short (14 of 139 Chinese characters), so leaving it out barely moves
 * the pair's length ratio; but the words that find their English just before and after it
 * (张 / "Zhang", 脚 / "feet", 28 English letters apart) leave no room for it.
 */
export const WINTER: readonly [string, string] = [
  '那年冬天特别冷，河面上结了厚厚的一层冰。孩子们放了学就跑到河上去滑冰，一直玩到天黑才回家。我母亲不许我去，说冰下面的水深得很。我嘴上答应着，心里却痒痒的。有一天下午，我趁她去集上卖鸡蛋，偷偷溜了出去。冰面上已经有七八个孩子，张家的老三滑得最快。他一看见我，就嚷着要跟我比一比。我的脚下一滑，整个人摔了个仰面朝天。',
  'That winter was especially cold, and a thick layer of ice formed on the river. After school the children ran out onto the river to skate, and played until dark before going home. My mother forbade it: the water under the ice was deep. I said yes to her face, but inside I was itching to go. One afternoon, while she was at the market selling eggs, I slipped out. There were already seven or eight children on the ice, and the third Zhang boy was the fastest of them. The moment he saw me he shouted for a race. My feet slid away and I landed flat on my back.',
];
