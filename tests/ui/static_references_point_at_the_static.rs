//@ run-pass
//@ spec: 11.6
// References to statics, their elements, fields and subslices point at the static itself
// (they outlive every stack frame), in any declaration order.
static LIMIT: i32 = 40;
static B: i32 = A[1] + 1;
static A: [i32; 3] = [7, 8, 9];
static NAMES: [&str; 3] = ["zero", "one", "two"];
static TABLE: [i32; 5] = [10, 20, 30, 40, 50];
static GREETING: &str = "hello";
static PAIR: (i32, char) = (5, 'p');
static REF_A: &[i32; 3] = &A;
struct Config { depth: u32, name: &'static str }
static CFG: Config = Config { depth: 3, name: "cfg" };
const C: i32 = 12;
fn pick<'a>(_x: &'a i32) -> &'a i32 { &LIMIT }
fn get(i: usize) -> &'static str { &NAMES[i] }
fn get2(i: usize) -> &'static str { NAMES[i] }
fn all() -> &'static [i32] { &TABLE }
fn tail() -> &'static [i32] { &TABLE[1..] }
fn mid() -> &'static [i32] { &TABLE[1..3] }
fn elem(i: usize) -> &'static i32 { &TABLE[i] }
fn five() -> &'static i32 { &5 }
fn neg() -> &'static i64 { &-7 }
fn flag() -> &'static bool { &true }
fn cfg() -> &'static Config { &CFG }
fn depth() -> &'static u32 { &CFG.depth }
fn second() -> &'static char { &PAIR.1 }
fn same(a: &i32, b: &i32) -> bool { a as *const i32 == b as *const i32 }
fn main() {
    { let n = 3; println!("{}", pick(&n)); }
    println!("{} {} {}", get(0), get(2), get2(1));
    println!("{:?} {:?} {:?} {}", all(), tail(), mid(), elem(4));
    let r: &'static i32 = &5;
    println!("{} {} {} {}", r, five(), neg(), flag());
    println!("{} {} {} {}", cfg().name, depth(), second(), GREETING);
    println!("{} {:?} {:?}", B, REF_A, PAIR);
    println!("{}", same(&LIMIT, pick(&1)));
    println!("{}", same(elem(2), &TABLE[2]));
    let total: i32 = all().iter().sum();
    println!("{}", total);
    let big: Vec<&i32> = TABLE.iter().filter(|x| **x > 25).collect();
    println!("{:?}", big);
    let longest = NAMES.iter().max_by_key(|s| s.len()).unwrap();
    println!("{}", longest);
    let c: &'static i32 = &C;
    println!("{}", c);
    for (i, name) in NAMES.iter().enumerate() { println!("{} {}", i, name); }
}
