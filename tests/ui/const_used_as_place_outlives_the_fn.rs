//@ run-pass
//@ spec: 11.6
// A const indexed or borrowed as a place (`&LIMITS[i % 3]` in a returned struct) is
// promoted to a static: the reference stays valid after the fn returns.
const LIMITS: [i32; 3] = [10, 20, 30];
static mut COUNTER: u32 = 0;
static DEFAULT_NAME: &str = "anon";
struct Config { name: &'static str, limit: &'static i32 }
fn pick(i: usize) -> Config { Config { name: if i == 0 { DEFAULT_NAME } else { "custom" }, limit: &LIMITS[i % 3] } }
fn bump() -> u32 { unsafe { COUNTER += 1; COUNTER } }
fn main() {
    let c = pick(0); let d = pick(4);
    println!("{} {} {} {}", c.name, c.limit, d.name, d.limit);
    bump(); bump();
    println!("{}", bump());
    let big: Vec<&i32> = LIMITS.iter().filter(|&&l| l > 15).collect();
    println!("{:?}", big);
    let r: &'static [i32] = &LIMITS;
    println!("{}", r.len());
}
