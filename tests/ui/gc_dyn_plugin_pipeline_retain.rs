//@ spec: 14.1, 14.10, 17.3, 17.8, 12.4
// Text plugins owned as Vec<Box<dyn Plugin>> each transform an owned String in turn; retain
// drops the disabled ones through their vtables, and a default method reports each plugin.
trait Plugin {
    fn name(&self) -> String;
    fn run(&mut self, text: String) -> String;
    fn enabled(&self) -> bool {
        true
    }
    fn report(&self) -> String {
        format!("[{}{}]", self.name(), if self.enabled() { "" } else { " off" })
    }
}

struct Upper;
struct Replace {
    from: char,
    to: char,
    count: usize,
}
struct Limit {
    max: usize,
    on: bool,
}

impl Plugin for Upper {
    fn name(&self) -> String {
        String::from("upper")
    }
    fn run(&mut self, text: String) -> String {
        text.to_uppercase()
    }
}

impl Plugin for Replace {
    fn name(&self) -> String {
        format!("replace {}->{}", self.from, self.to)
    }
    fn run(&mut self, text: String) -> String {
        let mut out = String::new();
        for c in text.chars() {
            if c == self.from {
                out.push(self.to);
                self.count += 1;
            } else {
                out.push(c);
            }
        }
        out
    }
}

impl Plugin for Limit {
    fn name(&self) -> String {
        format!("limit {}", self.max)
    }
    fn run(&mut self, text: String) -> String {
        if text.len() <= self.max { text } else { text[..self.max].to_string() }
    }
    fn enabled(&self) -> bool {
        self.on
    }
}

impl Drop for Limit {
    fn drop(&mut self) {
        println!("unloading limit {}", self.max);
    }
}

fn run_all(plugins: &mut Vec<Box<dyn Plugin>>, input: &str) -> String {
    let mut text = input.to_string();
    for p in plugins.iter_mut() {
        if p.enabled() {
            text = p.run(text);
        }
    }
    text
}

fn main() {
    let mut plugins: Vec<Box<dyn Plugin>> = Vec::new();
    plugins.push(Box::new(Replace { from: ' ', to: '_', count: 0 }));
    plugins.push(Box::new(Limit { max: 12, on: true }));
    plugins.push(Box::new(Upper));
    plugins.push(Box::new(Limit { max: 5, on: false }));
    let names: Vec<String> = plugins.iter().map(|p| p.report()).collect();
    println!("{}", names.join(" "));
    println!("{}", run_all(&mut plugins, "the quick brown fox"));
    println!("{}", run_all(&mut plugins, "a b c"));
    plugins.retain(|p| p.enabled());
    println!("{} plugins left", plugins.len());
    plugins.remove(1);
    println!("{}", run_all(&mut plugins, "no limit now at all"));
    println!("end");
}
