// Everyday English words. The Latin key is phonetic («Women» and «Oman» both give «uman», «Came» gives Hama's
// «kama», «When» Wuhan's «uhan»), so a capitalised English word at the start of a sentence can land on a place
// through its key. A word in this list is read as a place only when it is the exact spelling of a name
// («Jordan», «Nice» stay places); otherwise never.

const WORDS = `
a about above across after again against ago ahead all almost along already also although always am among an and
another any anyone anything are area areas around as ask asked at away back bad be became because become been
before began behind being below best better between big both brought but by call called came can cannot case
cause city come comes coming could country course day days dead deal did do does done down during each early east
else end enough even ever every eye face fact far few field fight fighting find fire first five for force forces
four free from front full gave get give given go going gone good got great group groups had half hand hard has
have he head held help her here high him his hold home hour hours house how however if in including into is it its
just keep kept key killed kind know known land large last late later lead least left less let life like line
little long look lost made main make man many may me men might more most move much must my near need never new
news next night no none nor north not now number of off often old on once one only open or order other our out
over own part party past people place plan point power press put rate read real report reported right road rule
run said same saw say says second security see seen send sent set several she should show side since six small
so some south state states still such take taken tell ten than that the their them then there these they thing
think this those though three through time times to today told too took toward town two under until up upon us
use used very via war was way we week weeks well went were west what when where which while who whole whom whose
why will with within without woman women word work world would year years yes yet you young your
agree agreed air army attack attacks border bombing camp camps capital ceasefire civilians clash clashes control
council deal defence defense democratic deputy district east eastern even ever fell forces foreign free general
government held hit hold human islamic killing leader local media military minister ministry missile missiles
national north northern office official officials opposition peace police president province rebel rebels region
regime rights said seed sources south southern spokesman statement strike strikes sunday monday tuesday wednesday
thursday friday saturday january february march april june july august september october november december
talks troops union united village war west western
`;

const SET = new Set(WORDS.split(/\s+/).filter((w) => w !== ''));

/** True for an everyday English word (input in normalizeLatin form: lowercase, no diacritics). */
export function isEnglishWord(word: string): boolean {
  return SET.has(word);
}
