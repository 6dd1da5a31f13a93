//@ spec: 18.4, 18.5
// The str searches take any Pattern: a char, a &str, a &String or a closure over chars;
// empty patterns match at every char boundary, and the new split/trim/strip forms agree.
fn main() {
    let s = "a=b/c";
    println!("{:?} {} {} {}", s.find('='), s.contains('/'), s.starts_with('a'), s.ends_with('c'));
    println!("{}", s.replace('/', "-"));
    println!("{:?}", "abc".split("").collect::<Vec<_>>());
    println!("{:?}", "a,b,,c,".split(',').collect::<Vec<_>>());
    println!("{:?}", "a,b,,c,".split_terminator(',').collect::<Vec<_>>());
    println!("{:?}", "a,b,,c,".splitn(2, ',').collect::<Vec<_>>());
    println!("{:?}", "a,b,,c,".splitn(10, ',').collect::<Vec<_>>());
    println!("{:?}", "a1b22c".split(|c: char| c.is_ascii_digit()).collect::<Vec<_>>());
    println!("{}", "abc".replace("", "-"));
    println!("{:?} {:?}", "k=v=w".split_once('='), "k=v=w".rsplit_once("="));
    println!("{:?} {:?}", "xxhixx".trim_matches('x'), "123abc456".trim_start_matches(|c: char| c.is_ascii_digit()));
    println!("{:?} {:?}", "v1.2".strip_prefix('v'), "file.rs".strip_suffix(".rs"));
    println!("{} {:?}", "banana".matches("an").count(), "banana".match_indices('a').collect::<Vec<_>>());
    println!("{:?} {:?} {:?}", "héllo".get(0..2), "héllo".get(0..3), "héllo".get(1..2));
    println!("{:?} {:?}", "héllo".rfind('l'), "héllo".rfind("zz"));
    let pat = String::from("l");
    println!("{:?}", "hello".find(&pat));
    println!("{}", "aXbXc".replacen('X', "_", 1));
    println!("{}", "Hello".eq_ignore_ascii_case("hELLO"));
    closures();
}

fn closures() {
    let mut seen = 0;
    let parts: Vec<&str> = "a,b;c".split(|c: char| { seen += 1; c == ',' || c == ';' }).collect();
    println!("{:?} {}", parts, seen);
    let digits = |c: char| c.is_ascii_digit();
    println!("{:?} {:?}", "ab12".find(digits), "ab12".rfind(|c: char| c.is_alphabetic()));
    let word = "x";
    println!("{} {}", "axbx".contains(&word), "axbx".split_at(2).1);
    println!("{:?} {:?}", "é".is_char_boundary(1), "".split(',').collect::<Vec<_>>());
    println!("{}", "ÉCOLE école".to_ascii_lowercase());
}
