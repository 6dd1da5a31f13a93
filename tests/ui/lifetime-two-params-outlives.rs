//@ run-pass
//@ spec: 19.1, 19.7
// Two lifetime parameters with `'b: 'a`, declared inline and in a where clause.
fn choose<'a, 'b: 'a>(first: &'a str, second: &'b str, take_second: bool) -> &'a str {
    if take_second { second } else { first }
}

fn choose_where<'a, 'b>(first: &'a i32, second: &'b i32) -> &'a i32
where
    'b: 'a,
{
    if *second > *first { second } else { first }
}

fn main() {
    println!("{}", choose("left", "right", true));
    println!("{}", choose("left", "right", false));
    println!("{}", choose_where(&3, &8));
    println!("{}", choose_where(&9, &8));
}
