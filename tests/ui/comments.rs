//@ run-pass
//@ spec: 2.1
/* block /* nested */ comment */
/// doc comment
fn main() {
    // line comment
    let x = 1; /* inline */ let y = 2;
    println!("{}", x + y); // trailing
    let s = r"raw \n string";
    let t = r#"raw "quoted" string"#;
    println!("{} {}", s, t);
}
