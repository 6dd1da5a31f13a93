//@ spec: 12.8, 12.7
// Assignment drops the old value after the new one is built, whether the place is a
// variable, a field, an array slot or `*r`; a moved-out place has nothing to drop.
struct Label(String);
impl Drop for Label {
    fn drop(&mut self) {
        println!("discard label '{}'", self.0);
    }
}

fn label(text: &str) -> Label {
    println!("print label '{}'", text);
    Label(String::from(text))
}

struct Jar {
    front: Label,
    lid: Label,
}

fn relabel(target: &mut Label, text: &str) {
    *target = label(text);
}

fn main() {
    let mut a = label("a1");
    a = label("a2");
    println!("a is {}", a.0);
    let mut jar = Jar { front: label("jam"), lid: label("red") };
    jar.lid = label("blue");
    println!("jar {} / {}", jar.front.0, jar.lid.0);
    let mut shelf = [label("s0"), label("s1"), label("s2")];
    shelf[1] = label("s1-new");
    relabel(&mut shelf[2], "s2-new");
    relabel(&mut jar.front, "marmalade");
    println!("shelf {} {} {}", shelf[0].0, shelf[1].0, shelf[2].0);
    let moved = a;
    a = label("a3");
    println!("moved {} then a {}", moved.0, a.0);
    let mut grow = label("x");
    for i in 0..3 {
        grow = Label(format!("{}{}", grow.0, i));
    }
    println!("grew to {}", grow.0);
    println!("end of main");
}
