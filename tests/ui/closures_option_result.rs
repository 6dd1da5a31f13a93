//@ spec: 15.4
// Option and Result methods that take closures.
#[derive(Debug)]
struct Item { name: &'static str, price: u32 }
fn parse_digit(c: char) -> Result<u32, &'static str> {
    if c >= '0' && c <= '9' { Ok(c as u32 - '0' as u32) } else { Err("not a digit") }
}
fn find(items: &[Item], name: &str) -> Option<u32> {
    for it in items { if it.name == name { return Some(it.price); } }
    None
}
fn main() {
    let items = [Item { name: "tea", price: 3 }, Item { name: "cake", price: 5 }];
    let discount = 1;
    println!("{:?}", find(&items, "tea").map(|p| p - discount));
    println!("{:?}", find(&items, "pie").map(|p| p - discount));
    println!("{}", find(&items, "cake").map_or(0, |p| p * 2));
    println!("{}", find(&items, "pie").unwrap_or_else(|| 99));
    println!("{:?}", find(&items, "cake").filter(|p| *p > 4));
    println!("{:?}", find(&items, "tea").filter(|p| *p > 4));
    println!("{}", find(&items, "tea").is_some_and(|p| p == 3));
    println!("{:?}", find(&items, "tea").and_then(|p| if p > 1 { Some(p * 100) } else { None }));
    println!("{:?} {:?}", parse_digit('7').map(|d| d * 3), parse_digit('x').map(|d| d * 3));
    println!("{:?}", parse_digit('x').map_err(|e| e.len()));
    println!("{:?}", parse_digit('4').and_then(|d| if d % 2 == 0 { Ok(d / 2) } else { Err("odd") }));
    println!("{}", parse_digit('q').unwrap_or_else(|e| e.len() as u32));
    println!("{:?}", items[1]);
}
