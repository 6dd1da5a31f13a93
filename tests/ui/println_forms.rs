//@ run-pass
//@ spec: 7.1 7.2
fn main() {
    let name = "world";
    let n = 3;
    println!("Hello, {}!", name);
    println!("Hello, {name}! n={n}");
    println!("{0} {1} {0}", "a", "b");
    println!("{{literal}} and }}{{");
    println!("{} + {} = {}", 1, 2, 1 + 2);
    println!("{x} {y}", x = 10, y = 'q');
    print!("no newline, ");
    print!("then {}\n", true);
    println!();
    println!("{}", 'λ');
    println!("tab\tquote\" backslash\\ unicode \u{2764}");
}
