//@ spec: 16.3
// filter_map: an impl parameter inferred from the closure result Option<B>.
fn parse(c: char) -> Option<u32> { if c >= '0' && c <= '9' { Some(c as u32 - 48) } else { None } }
fn main() {
    let evens_halved: u32 = (1..=10).filter_map(|x: u32| if x % 2 == 0 { Some(x / 2) } else { None }).sum();
    println!("{}", evens_halved);
    let digits = ['4', 'x', '2', '?', '9'];
    let mut total = 0;
    for i in (0..5).filter_map(|i: usize| parse(digits[i])) { total += i; }
    println!("{} {}", total, (1..20).map(|x| x * x).filter_map(|x| if x > 50 { Some(x) } else { None }).count());
}
