//@ spec: 18.4, 18.5
// split keeps empty pieces (leading, trailing, doubled separators) while split_whitespace
// drops them; lines strips \n and \r\n but keeps a blank line; multi-char separators work.
fn show(label: &str, parts: Vec<&str>) {
    println!("{:<18} {} {:?}", label, parts.len(), parts);
}

fn main() {
    let csv = ",a,,b,";
    show("split ','", csv.split(',').collect());
    show("split \",\"", csv.split(",").collect());
    show("split empty input", "".split(',').collect());
    show("split no match", "abc".split(';').collect());
    show("split \"::\"", "std::rc::Rc".split("::").collect());
    show("split \"ab\"", "xabyabab".split("ab").collect());
    show("split unicode", "α→β→γ".split('→').collect());
    show("split \"→\"", "α→β→γ".split("→").collect());
    let spaced = "  one \t two\n\nthree  ";
    show("split ' '", spaced.split(' ').collect());
    show("split_whitespace", spaced.split_whitespace().collect());
    let text = "first\r\nsecond\n\nfourth\n";
    show("lines", text.lines().collect());
    show("split '\\n'", text.split('\n').collect());
    let filtered: Vec<&str> = csv.split(',').filter(|p| !p.is_empty()).collect();
    show("non-empty", filtered);
    let sum: i32 = "1, 2,3 ,  4".split(',').map(|p| p.trim().parse::<i32>().unwrap()).sum();
    println!("sum {}", sum);
    let mut fields = "key=value=more".split('=');
    println!("{:?} {:?} {:?} {:?}", fields.next(), fields.next(), fields.next(), fields.next());
}
